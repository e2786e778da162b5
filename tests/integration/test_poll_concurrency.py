"""How many feeds a run fetches at once, through real sockets: few while answers come back at
once, ``[fetch] workers`` once they wait on the network."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from monitor import feedpolls, runstate
from monitor.config import Config, FetchSettings
from monitor.models import FeedConfig, FeedPoll, FeedState, FetchOutcome
from tests.integration.rss import send_feed, serving

NOW = datetime(2021, 6, 10, tzinfo=UTC)


class _Feeds(ThreadingHTTPServer):
    """RSS feeds that answer after ``delay_s``, counting requests in flight."""

    daemon_threads = True

    def __init__(self, delay_s: float, *, only_slow: bool = False) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.delay_s = delay_s
        self.only_slow = only_slow  # delay only the paths that say "slow"
        self.lock = threading.Lock()
        self.in_flight = 0
        self.most_in_flight = 0
        self.requests = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Feeds

    def do_GET(self) -> None:
        server = self.server
        with server.lock:
            server.in_flight += 1
            server.requests += 1
            server.most_in_flight = max(server.most_in_flight, server.in_flight)
        try:
            time.sleep(server.delay_s if "slow" in self.path or not server.only_slow else 0)
            send_feed(self, self.path.strip("/"))
        finally:
            with server.lock:
                server.in_flight -= 1

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(delay_s: float, *, only_slow: bool = False) -> Iterator[_Feeds]:
    yield from serving(_Feeds(delay_s, only_slow=only_slow))


@pytest.fixture
def slow_feeds() -> Iterator[_Feeds]:
    yield from _serve(0.3)


@pytest.fixture
def fast_feeds() -> Iterator[_Feeds]:
    yield from _serve(0.0)


def _poll(
    tmp_path: Path, server: _Feeds, feeds: int, names: list[str] | None = None
) -> tuple[list[FeedPoll], bool]:
    urls = [f"{server.base}/{name}" for name in names or [f"feed-{i}.xml" for i in range(feeds)]]
    config = Config(
        db=tmp_path / "monitor.duckdb",
        fetch=FetchSettings(private_networks_allowed=("127.0.0.1/32",), workers=8, per_host=8),
        stories=(),
        feeds=tuple(FeedConfig(url=u) for u in urls),
        alerts=(),
    )
    ctx = runstate.make_context(config)
    rows = [FeedState(u, current_url=u) for u in urls]
    try:
        polls = list(feedpolls.iter_polls(ctx, rows, NOW))
        gate = ctx.feed_fetcher.gate
        assert gate is not None
        return polls, gate.open
    finally:
        ctx.close()


def test_feeds_that_wait_on_the_network_are_fetched_all_at_once(
    tmp_path: Path, slow_feeds: _Feeds
) -> None:
    polls, opened = _poll(tmp_path, slow_feeds, 8)
    assert sorted(p.url.rsplit("/", 1)[1] for p in polls) == sorted(
        f"feed-{i}.xml" for i in range(8)
    )
    assert all(p.outcome is FetchOutcome.NEW and len(p.items) == 1 for p in polls)
    assert opened
    # one request starts; no answer within 0.1 s opens the gate to all eight workers
    assert slow_feeds.most_in_flight >= 6


def test_fast_feeds_are_all_fetched(tmp_path: Path, fast_feeds: _Feeds) -> None:
    polls, _ = _poll(tmp_path, fast_feeds, 40)
    assert len(polls) == 40 == fast_feeds.requests
    assert {p.outcome for p in polls} == {FetchOutcome.NEW}
    assert {p.title for p in polls} == {f"feed-{i}.xml" for i in range(40)}


def test_a_feed_that_hangs_opens_the_gate_before_it_answers(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    names = ["slow-0.xml", *(f"feed-{i}.xml" for i in range(5))]
    caplog.set_level(logging.DEBUG, logger="monitor.fetchlimits")
    for server in _serve(1.0, only_slow=True):
        polls, opened = _poll(tmp_path, server, len(names), names)
    assert len(polls) == 6 and opened
    # the fast feeds were done long before; waiting 0.1 s on the slow one opened the gate
    assert any("no feed answered in 0.1 s" in r.getMessage() for r in caplog.records)
