"""Load a development story: its baseline's metadata, the baseline text and the labelled cases.

A story is a folder ``bench/stories/<slug>/`` with ``story.toml`` (the baseline's headline, URL,
date, language, a one-line summary and the query that found it) and ``cases.jsonl`` (one
labelled case a line: id, URL, headline, date, label, category, query, note; never text).
The texts are third-party and stay outside the repository, in the story cache:
``$MONITOR_STORY_CACHE``, else ``/work/cache/stories``; ``<cache>/<slug>/baseline.txt`` and
``<cache>/<slug>/<id>.txt``, each the headline on the first line, then the text.
Without the cache a story is unavailable: :func:`available_stories` leaves it out and
:func:`load_story` raises :class:`StoryUnavailable` with a sentence that says why.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

STORIES_DIR = Path(__file__).resolve().parent
DEFAULT_CACHE = Path("/work/cache/stories")
CACHE_ENV = "MONITOR_STORY_CACHE"

# Category of a case -> its label (is it a follow-up of the story?).
CATEGORIES: dict[str, bool] = {
    "followup": True,
    "hard-negative": False,
    "off-topic": False,
    "pre-baseline": False,
}
CASE_FIELDS = ("id", "url", "title", "published", "label", "category", "query", "note")
STORY_FIELDS = ("slug", "title", "url", "published", "language", "summary", "query")
# What a story needs to count as a development set (issue 20).
MINIMUM = {"followup": 25, "hard-negative": 25, "off-topic": 8}


class DatasetError(Exception):
    """A story folder or case file that cannot be read; the message names it."""


class StoryUnavailable(DatasetError):
    """The story's texts are not in the cache (see README.md to rebuild it)."""


@dataclass(frozen=True)
class StoryMeta:
    """A story's baseline, from ``story.toml``."""

    slug: str
    title: str
    url: str
    published: date
    language: str
    summary: str
    query: str


@dataclass(frozen=True)
class Case:
    """One labelled article; ``text`` is empty until read from the cache."""

    id: str
    url: str
    title: str
    published: date | None
    label: bool
    category: str
    query: str
    note: str
    text: str = ""


@dataclass(frozen=True)
class DevStory:
    """A story with its baseline text and the cases whose text is in the cache."""

    meta: StoryMeta
    baseline_title: str
    baseline_text: str
    cases: tuple[Case, ...]
    missing: tuple[str, ...]  # ids of cases whose text is not in the cache


def cache_dir() -> Path:
    """The story cache: ``$MONITOR_STORY_CACHE``, else ``/work/cache/stories``."""
    env = os.environ.get(CACHE_ENV)
    return Path(env) if env else DEFAULT_CACHE


def story_slugs(root: Path = STORIES_DIR) -> list[str]:
    """Every story with a ``story.toml`` under ``root``, by slug."""
    return sorted(p.parent.name for p in root.glob("*/story.toml"))


def available_stories(root: Path = STORIES_DIR, cache: Path | None = None) -> list[str]:
    """The stories whose baseline text is in the cache."""
    cache = cache or cache_dir()
    return [slug for slug in story_slugs(root) if (cache / slug / "baseline.txt").is_file()]


def read_meta(slug: str, root: Path = STORIES_DIR) -> StoryMeta:
    """The story's ``story.toml``."""
    path = root / slug / "story.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatasetError(f"no story {slug!r}: {path} does not exist") from None
    except tomllib.TOMLDecodeError as err:
        raise DatasetError(f"{path} is not valid TOML ({err})") from None
    missing = [name for name in STORY_FIELDS if not isinstance(raw.get(name), str)]
    if missing:
        raise DatasetError(f"{path} lacks the text field(s) {', '.join(missing)}")
    if raw["slug"] != slug:
        raise DatasetError(f"{path} names slug {raw['slug']!r}, not its folder's {slug!r}")
    return StoryMeta(
        slug=slug,
        title=raw["title"],
        url=raw["url"],
        published=_date(raw["published"], str(path)),
        language=raw["language"],
        summary=raw["summary"],
        query=raw["query"],
    )


def read_cases(slug: str, root: Path = STORIES_DIR) -> list[Case]:
    """The story's labelled cases, without their texts."""
    path = root / slug / "cases.jsonl"
    if not path.is_file():
        raise DatasetError(f"story {slug!r} has no case file ({path})")
    return read_case_file(path)


def read_case_file(path: Path) -> list[Case]:
    """Labelled cases, one JSON object a line, without their texts."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            cases.append(_case(line, f"{path} line {number}"))
    return cases


def load_story(slug: str, root: Path = STORIES_DIR, cache: Path | None = None) -> DevStory:
    """The story with the texts the cache holds; :class:`StoryUnavailable` without them."""
    meta = read_meta(slug, root)
    folder = (cache or cache_dir()) / slug
    baseline = folder / "baseline.txt"
    if not baseline.is_file():
        raise StoryUnavailable(
            f"story {slug!r} has no texts in the cache ({baseline} is missing): "
            "rebuild the cache as bench/stories/README.md describes"
        )
    title, text = _headline_and_text(baseline)
    cases: list[Case] = []
    missing: list[str] = []
    for case in read_cases(slug, root):
        path = folder / f"{case.id}.txt"
        if path.is_file():
            _, body = _headline_and_text(path)
            cases.append(replace(case, text=body))
        else:
            missing.append(case.id)
    return DevStory(meta, title or meta.title, text, tuple(cases), tuple(missing))


def _case(line: str, where: str) -> Case:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as err:
        raise DatasetError(f"{where} is not JSON ({err.msg})") from None
    if not isinstance(raw, dict):
        raise DatasetError(f"{where} is not a JSON object")
    missing = [name for name in CASE_FIELDS if name not in raw]
    if missing:
        raise DatasetError(f"{where} lacks the field(s) {', '.join(missing)}")
    category = raw["category"]
    if category not in CATEGORIES:
        raise DatasetError(f"{where} has an unknown category {category!r}")
    if raw["label"] is not CATEGORIES[category]:
        raise DatasetError(f"{where}: label {raw['label']!r} contradicts category {category!r}")
    published = raw["published"]
    return Case(
        id=str(raw["id"]),
        url=str(raw["url"]),
        title=str(raw["title"]),
        published=None if published is None else _date(published, where),
        label=CATEGORIES[category],
        category=category,
        query=str(raw["query"]),
        note=str(raw["note"]),
    )


def _date(value: object, where: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DatasetError(f"{where} has a date that is not YYYY-MM-DD: {value!r}") from None


def _headline_and_text(path: Path) -> tuple[str, str]:
    headline, _, text = path.read_text(encoding="utf-8").partition("\n")
    return headline.strip(), text.strip()


def requested_stories(slugs: list[str] | None) -> list[DevStory]:
    """The stories named (every story in the cache when none is), loaded; raises
    :class:`StoryUnavailable` when the cache holds none, or the first that cannot be read."""
    names = slugs or available_stories()
    if not names:
        raise StoryUnavailable(
            f"no story texts in the cache ({cache_dir()}); set {CACHE_ENV} or "
            "rebuild the cache as bench/stories/README.md describes"
        )
    return [load_story(slug) for slug in names]
