"""Staging files and shard plans: round trips of polls and articles, and host grouping."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from monitor import staging
from monitor.models import (
    Candidate,
    ExtractedPage,
    FeedItem,
    FeedPoll,
    FeedState,
    FetchedArticle,
    FetchOutcome,
    FetchResult,
)

NOW = datetime(2021, 6, 20, 12, 0, tzinfo=UTC)


def _poll(url: str, n_items: int = 2) -> FeedPoll:
    result = FetchResult(
        url=url,
        final_url=url + "?r=1",
        status=200,
        body=b"<rss/>",
        headers={"content-type": "application/rss+xml", "etag": '"abc"'},
        fetched_at=NOW,
        etag='"abc"',
        last_modified="Sun, 20 Jun 2021 11:00:00 GMT",
        permanent_url=None,
        retry_after_s=None,
    )
    items = tuple(
        FeedItem(
            feed_url=url,
            key=f"{url}#{i}",
            link=f"https://news.example/a/{i}" if i else None,
            title=f"Title {i} \u2014 \u00e9t\u00e9",
            summary="",
            published=datetime(2021, 6, 19, i, tzinfo=UTC) if i else None,
            published_raw="Sat, 19 Jun 2021" if i else None,
            guid=None if i else "g-0",
        )
        for i in range(n_items)
    )
    return FeedPoll(
        url=url,
        current_url=url,
        stories=("story-a", "story-b"),
        outcome=FetchOutcome.NEW,
        result=result,
        items=items,
        title="A feed",
        http_status=200,
        body_hash="f" * 64,
        previous=FeedState(url, items_seen=3),
    )


def test_polls_round_trip_without_the_feed_body(tmp_path: Path) -> None:
    failed = FeedPoll(
        url="https://b.example/feed",
        current_url="https://b.example/feed2",
        stories=(),
        outcome=FetchOutcome.ERROR,
        result=None,
        error="HTTP 503",
        http_status=503,
        retry_after_s=120.0,
        previous=FeedState("https://b.example/feed", consecutive_errors=2),
    )
    polls = [_poll("https://a.example/feed"), failed, _poll("https://c.example/rss", 0)]
    path = staging.write_polls(tmp_path / "polls-0.parquet", polls, {"pid": "42"})
    previous = {p.url: p.previous for p in polls}

    back = staging.read_polls(path, previous)

    expected = [replace(p, result=replace(p.result, body=b"")) if p.result else p for p in polls]
    assert back == expected
    assert staging.read_meta(path) == {"pid": "42"}
    assert not list(tmp_path.glob("*.partial"))


def test_read_polls_without_previous_leaves_it_empty(tmp_path: Path) -> None:
    path = staging.write_polls(tmp_path / "p.parquet", [_poll("https://a.example/feed")])
    assert staging.read_polls(path)[0].previous is None


def test_fetched_articles_round_trip_pages_and_failures(tmp_path: Path) -> None:
    candidate = Candidate(
        url="https://news.example/a/1",
        link="https://news.example/a/1?utm_source=x",
        feeds=("https://a.example/feed",),
        title="Title",
        summary="Summary",
        feed_published=datetime(2021, 6, 19, 8, tzinfo=UTC),
        first_seen=NOW,
    )
    page = ExtractedPage(
        url=candidate.link,
        title="Title",
        text="First sentence. Second sentence.",
        author=None,
        sitename="News",
        canonical_url=candidate.url,
        published_raw="2021-06-19",
        language="en",
        extractor_version="trafilatura-2.0",
    )
    recheck = replace(candidate, url="https://news.example/a/2", known_fingerprint="abc")
    fetched = [
        FetchedArticle(candidate, page),
        FetchedArticle(recheck, None, "HTTP 410", gone=True),
        FetchedArticle(replace(candidate, feed_published=None), None, "timeout", transient=True),
    ]
    path = staging.write_fetched(tmp_path / "articles-1.parquet", fetched)
    assert staging.read_fetched(path) == fetched

    work = staging.write_candidates(tmp_path / "candidates-1.parquet", [candidate, recheck])
    assert staging.read_candidates(work) == [candidate, recheck]


def test_feed_rows_round_trip_with_nulls_and_lists(tmp_path: Path) -> None:
    states = [
        FeedState("https://a.example/f", etag=None, stories=("s",), consecutive_errors=0),
        FeedState("https://b.example/f", etag='"x"', stories=(), consecutive_errors=3),
    ]
    path = staging.write_feed_rows(tmp_path / "feeds-0.parquet", states)
    assert staging.read_feed_rows(path) == states


def test_a_file_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = staging.write_feed_rows(tmp_path / "feeds-0.parquet", [FeedState("u")])
    with pytest.raises(ValueError, match="not a polls/v1 staging file"):
        staging.read_polls(path)


def test_result_files_are_plain_parquet_for_other_readers(tmp_path: Path) -> None:
    path = staging.write_polls(tmp_path / "polls-0.parquet", [_poll("https://a.example/f", 3)])
    table = pq.read_table(path)
    assert table.num_rows == 1
    assert len(table.column("items")[0]) == 3


def _host(url: str) -> str:
    return url.split("/")[2]


def test_plan_keeps_each_host_on_one_shard_and_balances() -> None:
    items = [f"https://h{h}.example/{i}" for h in range(5) for i in range(h + 1)]  # 1..5 each
    plan = staging.plan_shards(items, _host, 2)

    assert len(plan) == 2
    hosts = [{_host(u) for u in s.items} for s in plan]
    assert not hosts[0] & hosts[1]
    assert sorted(len(s.items) for s in plan) == [7, 8]
    assert all(s.host_share == 1 for s in plan)
    assert sorted(u for s in plan for u in s.items) == sorted(items)
    # Items keep their original order inside a shard.
    for s in plan:
        assert list(s.items) == [u for u in items if u in s.items]


def test_plan_splits_a_dominant_host_only_when_allowed() -> None:
    items = [f"https://one.example/{i}" for i in range(9)] + ["https://two.example/x"]

    whole = staging.plan_shards(items, _host, 3)
    assert [len(s.items) for s in whole] == [9, 1]

    split = staging.plan_shards(items, _host, 3, max_split=4)
    assert sorted(len(s.items) for s in split) == [3, 3, 4]
    assert sum(s.split_hosts.get("one.example", 0) > 0 for s in split) == 3
    assert all(
        s.split_hosts.get("one.example") == 3
        for s in split
        if "one.example" in {_host(u) for u in s.items}
    )


def test_plan_edge_cases() -> None:
    assert staging.plan_shards([], _host, 4) == []
    assert [s.items for s in staging.plan_shards(["https://a/1"], _host, 4)] == [("https://a/1",)]
    with pytest.raises(ValueError):
        staging.plan_shards(["https://a/1"], _host, 0)
    items = [f"https://h{i}.example/" for i in range(6)]
    assert staging.plan_shards(items, _host, 3) == staging.plan_shards(items, _host, 3)
