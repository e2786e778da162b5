"""Onboarding a story in one command (``monitor stories add``): from a baseline page to a
``[[stories]]`` table in the configuration, with its text saved beside it.

The page is judged as a run would (``pagecheck``); nothing is written unless the page is an
article, its date is known and the configuration it makes is valid.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from monitor import dates
from monitor.config import load_config
from monitor.errors import ConfigError, MonitorError
from monitor.text import strip_accents, tokens
from monitor.wordlists import STOPWORDS

_SLUG_WORDS = 5


@dataclass(frozen=True)
class NewStory:
    """What ``add_story`` wrote: the story's slug, its table and the saved baseline text."""

    slug: str
    table: str
    baseline_file: Path
    config: Path


def require_article(record: dict[str, Any]) -> None:
    """Raise a ``MonitorError`` saying why the page cannot be a baseline, if it cannot."""
    reason = str(record.get("reason") or "")
    if reason.startswith("fetch failed"):
        raise MonitorError(f"stories add: {record['input']}: {reason}; nothing was changed")
    if not record.get("ok"):
        raise MonitorError(
            f"stories add: {record['input']} is not an article ({reason}); nothing was changed"
        )
    if not str(record.get("title") or "").strip():
        raise MonitorError(f"stories add: {record['input']} has no headline; nothing was changed")


def baseline_date(record: dict[str, Any], given: date | None) -> date:
    """The baseline's day: ``given`` (``--published``), else the page's own date."""
    if given is not None:
        return given
    raw = record.get("published")
    parsed = dates.parse_date_string(str(raw)) if raw else None
    if parsed is None:
        raise MonitorError(
            f"stories add: no publication date found on {record['input']}: "
            "give it as --published YYYY-MM-DD; nothing was changed"
        )
    return parsed.date()


def propose_slug(title: str, published: date, taken: Iterable[str]) -> str:
    """A slug from the headline's first content words and the year, unique among ``taken``."""
    words = [w for w in tokens(title) if w not in STOPWORDS and not w.isdigit()][:_SLUG_WORDS]
    ascii_words = (strip_accents(w).encode("ascii", "ignore").decode() for w in words)
    base = "-".join(re.sub(r"[^a-z0-9]+", "-", w).strip("-") for w in ascii_words)
    base = re.sub(r"-+", "-", base).strip("-") or "story"
    base = f"{base}-{published.year}"
    used = set(taken)
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    return slug


def story_table(slug: str, title: str, url: str, published: date, baseline_file: str) -> str:
    """The ``[[stories]]`` table (TOML basic strings share JSON's escapes)."""
    return (
        "\n[[stories]]  # added by `monitor stories add`\n"
        f"slug = {json.dumps(slug)}\n"
        f"title = {json.dumps(title, ensure_ascii=False)}\n"
        f"published = {published.isoformat()}\n"
        f"url = {json.dumps(url, ensure_ascii=False)}\n"
        f"baseline_file = {json.dumps(baseline_file, ensure_ascii=False)}\n"
    )


def add_story(
    config_path: Path,
    record: dict[str, Any],
    *,
    published: date | None,
    url: str,
    slug: str | None = None,
) -> NewStory:
    """Save the page's text beside the configuration and add its story table, or change
    nothing and raise a ``MonitorError`` that says why. ``published``: the baseline's day
    when the page does not give it (see :func:`baseline_date`)."""
    require_article(record)
    day = baseline_date(record, published)
    title = str(record["title"]).strip()
    existing = config_path.read_text(encoding="utf-8") if config_path.exists() else ""
    taken = [s.slug for s in load_config(config_path).stories] if existing else []
    slug = slug or propose_slug(title, day, taken)
    if slug in taken:
        raise MonitorError(f"stories add: a story {slug!r} is configured already; nothing changed")
    folder = config_path.resolve().parent
    baseline = folder / f"{slug}.baseline.txt"
    if baseline.exists():
        raise MonitorError(f"stories add: {baseline} exists already; nothing was changed")
    table = story_table(slug, title, url, day, baseline.name)
    baseline.write_text(f"{title}\n{record['text']}\n", encoding="utf-8")
    try:
        _write_checked(config_path, existing + table)
    except (ConfigError, OSError):
        baseline.unlink(missing_ok=True)
        raise
    return NewStory(slug=slug, table=table, baseline_file=baseline, config=config_path)


def _write_checked(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` only if it is a valid configuration (checked on a copy)."""
    folder = path.resolve().parent
    handle, name = tempfile.mkstemp(prefix=".monitor-", suffix=".toml", dir=folder)
    trial = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        try:
            load_config(trial)
        except ConfigError as exc:  # name the user's file, not the trial copy
            raise ConfigError(str(exc).replace(str(trial), str(path))) from None
        trial.replace(path)
    finally:
        trial.unlink(missing_ok=True)
