"""Which items still need their article, without joining the whole history every cycle: the
items_settled mark, on a real DuckDB file. Each test drives pending_articles, the article rows
judging would write, and finish_run, and checks what the next cycle is given."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor import articlefetch, feedstate, runs, runstate
from monitor.config import load_config
from monitor.models import FeedItem, FeedPoll, FetchOutcome
from monitor.store import Store

T0 = datetime(2021, 6, 10, 12, 0, tzinfo=UTC)
FEED = "https://news.example/feed.xml"


@pytest.fixture
def ctx(baseline_config: Path) -> Iterator[runstate.RunContext]:
    context = runstate.make_context(load_config(baseline_config))
    with context.session():
        runs.prepare(context, T0)
        yield context
    context.close()


def _record(ctx: runstate.RunContext, now: datetime, *names: str) -> None:
    items = tuple(
        FeedItem(FEED, name, f"https://news.example/{name}", name, "", None, None) for name in names
    )
    poll = FeedPoll(FEED, FEED, (), FetchOutcome.CHANGED, None, items=items)
    feedstate.record_polls(ctx, [poll], now)


def _store_articles(store: Store, now: datetime, status: str, *names: str) -> None:
    """The rows judging writes for fetched (ok), failed (error) or transient (retry) pages."""
    store.insert(
        "articles",
        [
            {"url": f"https://news.example/{n}", "site": "news.example", "title": n,
             "first_seen": now, "last_fetched_at": now, "status": status}
            for n in names
        ],
        on_conflict="update",
        key=("url",),
    )  # fmt: skip


def _cycle(
    ctx: runstate.RunContext, now: datetime, *, judge: str = "ok", skip: str = ""
) -> list[str]:
    """pending_articles, their article rows (all but ``skip``), finish_run: the names taken."""
    names = [
        c.url.rsplit("/", 1)[1] for c in articlefetch.pending_articles(ctx, now, rechecks=False)
    ]
    with ctx.store() as store:
        _store_articles(store, now, judge, *(n for n in names if n != skip))
    runs.finish_run(ctx, now)
    return names


def _mark(ctx: runstate.RunContext) -> datetime | None:
    with ctx.store() as store:
        [row] = store.rows("items_settled")
    mark: datetime | None = row["settled_through"]
    return mark


def test_a_cycle_that_took_every_item_settles_them_and_new_ones_are_still_found(
    ctx: runstate.RunContext,
) -> None:
    _record(ctx, T0, "a", "b")
    assert _mark(ctx) is None
    assert sorted(_cycle(ctx, T0)) == ["a", "b"]
    assert _mark(ctx) == T0
    t1 = T0 + timedelta(minutes=15)
    _record(ctx, t1, "c")
    assert _cycle(ctx, t1) == ["c"]
    assert _mark(ctx) == t1
    assert _cycle(ctx, t1 + timedelta(minutes=15)) == []


def test_an_old_item_waiting_for_a_retry_is_found_behind_the_mark(
    ctx: runstate.RunContext,
) -> None:
    _record(ctx, T0, "a", "b")
    assert sorted(_cycle(ctx, T0, judge="retry")) == ["a", "b"]
    assert _mark(ctx) == T0  # a retry row is an article row: the retry branch finds it
    assert _cycle(ctx, T0 + timedelta(minutes=15)) == []  # retried after an hour, not sooner
    assert sorted(_cycle(ctx, T0 + timedelta(hours=2))) == ["a", "b"]


def test_an_item_left_without_its_article_keeps_the_mark_back(
    ctx: runstate.RunContext,
) -> None:
    _record(ctx, T0, "a", "b")
    assert sorted(_cycle(ctx, T0, skip="b")) == ["a", "b"]
    assert _mark(ctx) is None
    assert _cycle(ctx, T0 + timedelta(minutes=15)) == ["b"]


def test_a_cycle_that_hit_its_article_cap_settles_nothing(ctx: runstate.RunContext) -> None:
    capped = dataclasses.replace(ctx, max_articles=2)
    _record(capped, T0, "a", "b", "c")
    assert len(_cycle(capped, T0)) == 2
    assert _mark(capped) is None
    assert len(_cycle(capped, T0 + timedelta(minutes=15))) == 1


def test_a_replay_of_an_earlier_cycle_clears_the_mark(ctx: runstate.RunContext) -> None:
    t1 = T0 + timedelta(hours=1)
    _record(ctx, t1, "a")
    assert _cycle(ctx, t1) == ["a"]
    assert _mark(ctx) == t1
    _record(ctx, T0, "old")  # a cycle replayed at an earlier time records an item
    assert _mark(ctx) is None
    assert _cycle(ctx, t1 + timedelta(minutes=15)) == ["old"]


def test_items_behind_the_mark_are_not_looked_at_again(ctx: runstate.RunContext) -> None:
    """What makes the mark pay: an item behind it is trusted to have its article (here its
    row is removed by hand, which no run does) and is not joined with articles again."""
    _record(ctx, T0, "a")
    assert _cycle(ctx, T0) == ["a"]
    with ctx.store() as store:
        store.sql("DELETE FROM articles")
    assert _cycle(ctx, T0 + timedelta(minutes=15)) == []
    with ctx.store() as store:
        store.run("clear_items_settled")
    assert _cycle(ctx, T0 + timedelta(minutes=30)) == ["a"]
