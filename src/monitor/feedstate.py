"""Storing a batch of feed polls: new items, and each feed's state (validators, errors, when
it is next due), writing only the columns a poll changed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from monitor import polling, urls
from monitor.models import FeedPoll, FeedState, FetchOutcome
from monitor.runstate import RunContext


def record_polls(ctx: RunContext, polls: Sequence[FeedPoll], now: datetime) -> int:
    """Store feed states and new items in one transaction; returns the number of new items."""
    if not polls:
        return 0
    settings = ctx.config.fetch
    item_rows: list[dict[str, Any]] = []
    for poll in polls:
        for item in poll.items:
            link = item.link
            item_rows.append(
                {
                    "feed_url": poll.url,
                    "key": item.key,
                    "guid": item.guid,
                    "link": link,
                    "canonical_url": urls.canonical_url(link) if link else None,
                    "title": item.title,
                    "title_key": urls.normalise_title(item.title) if item.title else None,
                    "summary": item.summary,
                    "published": item.published,
                    "published_raw": item.published_raw,
                    "first_seen": now,
                }
            )
    with ctx.store() as store, store.transaction():
        existing = {
            (r["feed_url"], r["key"])
            for r in store.rows_with_batch(
                "existing_items", [{"feed_url": r["feed_url"], "key": r["key"]} for r in item_rows]
            )
        }
        fresh = [r for r in item_rows if (r["feed_url"], r["key"]) not in existing]
        # One item key may appear twice in a sloppy feed: keep the first.
        seen: set[tuple[str, str]] = set()
        unique = []
        for r in fresh:
            if (r["feed_url"], r["key"]) not in seen:
                seen.add((r["feed_url"], r["key"]))
                unique.append(r)
        store.insert("items", unique, on_conflict="ignore")
        if unique:  # a replay of an earlier cycle records items the mark says are settled
            store.run("unsettle_items", first_seen=now)
        new_per_feed: dict[str, int] = {}
        for r in unique:
            new_per_feed[r["feed_url"]] = new_per_feed.get(r["feed_url"], 0) + 1
        store.insert(
            "feeds",
            [
                _changes_only(_feed_state(p, now, new_per_feed.get(p.url, 0), settings), p.previous)
                for p in polls
            ],
            on_conflict="update",
            key=("url",),
        )
    ctx.count("items_new", len(unique))
    for poll in polls:
        if poll.error:
            ctx.errors.append(f"feed {poll.url}: {poll.error}")
    return len(unique)


# Feed columns a poll mostly leaves as they were (a 304 changes none of them). Written only
# when they differ from the stored row: DuckDB rewrites every column an update names, so
# writing them all made recording 1,000 unchanged feeds cost ~4x more, and the checkpoint
# that closes the file ~5x more (stories is a list).
_WRITTEN_IF_CHANGED = frozenset(
    {"current_url", "stories", "last_status", "last_http_status", "last_error",
     "consecutive_errors", "items_seen", "etag", "last_modified", "body_hash"}
)  # fmt: skip


def _changes_only(row: dict[str, Any], stored: FeedState | None) -> dict[str, Any]:
    """``row`` without the columns that hold the same value in ``stored`` (the state polled
    from; None, nothing known: every column)."""
    if stored is None:
        return row
    before = stored.to_row()
    return {k: v for k, v in row.items() if k not in _WRITTEN_IF_CHANGED or before[k] != v}


def _feed_state(poll: FeedPoll, now: datetime, new_items: int, settings: Any) -> dict[str, Any]:
    prev = poll.previous or FeedState(poll.url)
    ok = poll.outcome is not FetchOutcome.ERROR
    errors = 0 if ok else prev.consecutive_errors + 1
    result = poll.result
    item_times = [i.published for i in poll.items if i.published is not None]
    row: dict[str, Any] = {
        "url": poll.url,
        "current_url": poll.current_url,
        "stories": list(poll.stories),
        "last_status": poll.outcome.value,
        "last_http_status": poll.http_status,
        "last_error": poll.error,
        "consecutive_errors": errors,
        "last_polled_at": now,
        "next_poll_at": polling.next_poll_at(
            now,
            ok=ok,
            consecutive_errors=errors,
            retry_after_s=poll.retry_after_s,
            item_times=item_times,
            min_interval_s=settings.min_interval_s,
            max_interval_s=settings.max_interval_s,
        ),
        "items_seen": prev.items_seen + new_items,
        "etag": prev.etag,
        "last_modified": prev.last_modified,
        "body_hash": prev.body_hash,
    }
    if ok:
        row["last_ok_at"] = now
    if result is not None and result.status == 200 and ok:
        row["etag"] = result.etag
        row["last_modified"] = result.last_modified
        row["body_hash"] = poll.body_hash
    if poll.title:
        row["title"] = poll.title
    return row
