"""The configured feeds are recorded on every run, and only rewritten when they change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor import feedpolls, feedstate, runs, runstate, store
from monitor.config import load_config
from monitor.models import FeedPoll, FeedState, FetchOutcome, FetchResult
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
    ctx = runstate.make_context(load_config(config_path))
    try:
        with ctx.session():
            runs.prepare(ctx, NOW)
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
    assert "stories" not in writes  # nor the same stories
    assert _recorded(db) == {"a.example": (True, story), "b.example": (True, story)}

    _prepare(baseline_config, "a")  # b leaves the configuration, keeping its history
    assert _recorded(db) == {"a.example": (True, story), "b.example": (False, story)}
    _prepare(baseline_config, "a", "b-for-none")  # b is back, for another story only
    assert _recorded(db) == {"a.example": (True, story), "b.example": (True, ["another-story"])}
    assert writes.count("feeds") == 4  # two syncs, two writes each
    assert "stories" not in writes

    config = baseline_config.read_text()
    baseline_config.write_text(config.replace('title = "Another story"', 'title = "Renamed"'))
    _prepare(baseline_config, "a")
    assert writes.count("stories") == 1
    with open_reader(db) as reader:
        titles = {r["slug"]: r["title"] for r in reader.sql("SELECT slug, title FROM stories")}
    assert titles["another-story"] == "Renamed"


def _result(status: int, etag: str, when: datetime) -> FetchResult:
    return FetchResult(
        url="https://a.example/feed.xml",
        final_url="https://a.example/feed.xml",
        status=status,
        body=b"",
        headers={},
        fetched_at=when,
        etag=etag,
    )


def test_a_poll_writes_only_the_feed_columns_it_changed(
    tmp_path: Path, baseline_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 304 rewrites the schedule, not the stored validators, hash, title or stories."""
    db = tmp_path / "monitor.duckdb"
    _prepare(baseline_config, "a")
    ctx = runstate.make_context(load_config(baseline_config))
    written: list[dict[str, object]] = []
    real_insert = store.Store.insert

    def spy(self: store.Store, table: str, rows: Any, **kw: Any) -> int:
        if table == "feeds":
            written.extend(rows)
        return real_insert(self, table, rows, **kw)

    monkeypatch.setattr(store.Store, "insert", spy)
    try:
        with ctx.session():
            [due] = feedpolls.due_feeds(ctx, NOW)
            changed = FeedPoll(
                url=due.url, current_url=due.url, stories=due.stories,
                outcome=FetchOutcome.NEW, result=_result(200, '"v1"', NOW), title="A feed",
                http_status=200, body_hash="h1", previous=due,
            )  # fmt: skip
            feedstate.record_polls(ctx, [changed], NOW)
            later = NOW + timedelta(hours=1)
            [due] = feedpolls.due_feeds(ctx, later)
            not_modified = FeedPoll(
                url=due.url, current_url=due.url, stories=due.stories,
                outcome=FetchOutcome.NOT_MODIFIED, result=_result(304, '"v1"', later),
                http_status=304, previous=due,
            )  # fmt: skip
            feedstate.record_polls(ctx, [not_modified], later)
    finally:
        ctx.close()
    assert {"etag", "body_hash", "title", "last_status"} <= set(written[0])
    # what the 304 changed: its status and the schedule
    assert set(written[1]) == {
        "url", "last_status", "last_http_status", "last_polled_at", "next_poll_at", "last_ok_at",
    }  # fmt: skip
    with open_reader(db) as reader:
        [row] = reader.sql("SELECT * FROM feeds")
    assert (row["etag"], row["body_hash"], row["title"]) == ('"v1"', "h1", "A feed")
    assert row["last_status"] == "not-modified" and row["last_http_status"] == 304
    assert row["last_polled_at"] == later and row["next_poll_at"] > later
    assert list(row["stories"]) == list(due.stories)


def test_a_feeds_state_is_its_due_row_and_failures_count_on_from_it(
    tmp_path: Path, baseline_config: Path
) -> None:
    """The typed state carries every column ``due_feeds`` selects, and gives the row back;
    a failed poll counts its error on from the stored count (the backoff's input)."""
    _prepare(baseline_config, "a")
    ctx = runstate.make_context(load_config(baseline_config))
    try:
        with ctx.session():
            with ctx.store() as st:
                [row] = st.rows("due_feeds", now=NOW)
            [due] = feedpolls.due_feeds(ctx, NOW)
            assert due.to_row() == row
            assert FeedState.from_row(row) == due
            for at in (NOW, NOW + timedelta(days=1)):
                [due] = feedpolls.due_feeds(ctx, at)
                failed = FeedPoll(
                    url=due.url, current_url=due.fetch_url, stories=due.stories,
                    outcome=FetchOutcome.ERROR, result=None, error="HTTP 503",
                    http_status=503, previous=due,
                )  # fmt: skip
                feedstate.record_polls(ctx, [failed], at)
            [due] = feedpolls.due_feeds(ctx, NOW + timedelta(days=30))
    finally:
        ctx.close()
    assert due.consecutive_errors == 2
    assert (due.last_status, due.last_http_status, due.last_error) == ("error", 503, "HTTP 503")
