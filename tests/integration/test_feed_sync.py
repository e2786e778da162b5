"""The configured feeds are recorded on every run, and only rewritten when they change."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor import pipeline, store
from monitor.config import load_config
from monitor.store import open_reader

NOW = datetime(2021, 6, 10, 12, 0, tzinfo=UTC)
FEEDS = {
    "a": 'url = "https://a.example/feed.xml"',
    "b": 'url = "https://b.example/feed.xml"',
    "b-for-none": 'url = "https://b.example/feed.xml"\nstories = ["another-story"]',
}


ANOTHER_STORY = """
[[stories]]
slug = "another-story"
title = "Another story"
published = "2021-06-03"
url = "https://news.example/another"
baseline_file = "baseline.txt"
"""


def _prepare(config_path: Path, *feeds: str) -> None:
    base = config_path.read_text().split("[[feeds]]")[0]
    if "another-story" not in base:
        base += ANOTHER_STORY
    config_path.write_text(base + "".join(f"\n[[feeds]]\n{FEEDS[f]}\n" for f in feeds))
    ctx = pipeline.make_context(load_config(config_path))
    try:
        with ctx.session():
            pipeline.prepare(ctx, NOW)
    finally:
        ctx.close()


def _recorded(db: Path) -> dict[str, tuple[bool, list[str]]]:
    with open_reader(db) as reader:
        rows = reader.sql("SELECT url, configured, stories FROM feeds ORDER BY url")
    return {r["url"].split("/")[2]: (r["configured"], list(r["stories"])) for r in rows}


def test_feed_changes_are_recorded_and_an_unchanged_configuration_writes_nothing(
    tmp_path: Path, baseline_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "monitor.duckdb"
    story = ["us-mexico-enforcement-2021", "another-story"]
    _prepare(baseline_config, "a", "b")
    assert _recorded(db) == {"a.example": (True, story), "b.example": (True, story)}

    writes: list[str] = []
    real_insert = store.Store.insert

    def counting_insert(self: store.Store, table: str, *args: object, **kwargs: object) -> None:
        writes.append(table)
        real_insert(self, table, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store.Store, "insert", counting_insert)
    _prepare(baseline_config, "a", "b")
    assert "feeds" not in writes  # the same feeds: nothing rewritten
    assert _recorded(db) == {"a.example": (True, story), "b.example": (True, story)}

    _prepare(baseline_config, "a")  # b leaves the configuration, keeping its history
    assert _recorded(db) == {"a.example": (True, story), "b.example": (False, story)}
    _prepare(baseline_config, "a", "b-for-none")  # b is back, for another story only
    assert _recorded(db) == {"a.example": (True, story), "b.example": (True, ["another-story"])}
    assert writes.count("feeds") == 4  # two syncs, two writes each
