"""Every fault endpoint through the real fetch path (sockets on 127.0.0.1), and parsing where it
applies: right error type, readable reason, bounded time."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import httpx
import pytest

from monitor.errors import (
    AddressRefusedError,
    FeedError,
    PermanentFetchError,
    TransientFetchError,
)
from monitor.feeds import parse_feed
from monitor.fetch import build_client, fetch_url
from monitor.fetchguard import AddressGuard
from monitor.fetchlimits import HostLimiter
from tests.integration import faultserver
from tests.integration.faultserver import ETAG, LAST_MODIFIED, FaultServer

# The session fixture, bound by assignment: an imported fixture used as a parameter trips F811.
fault_server = faultserver.fault_server

NOW = datetime(2025, 10, 2, 12, 0, tzinfo=UTC)
GUARD = AddressGuard(["127.0.0.1/32"])
UA = "monitor-test/1 (+https://example.org/monitor)"


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with build_client(user_agent=UA, timeout_s=5.0) as client:
        yield client


def timed_fetch(client: httpx.Client, url: str, **kwargs: object) -> tuple[object, float]:
    started = time.perf_counter()
    try:
        result: object = fetch_url(client, url, guard=GUARD, now=NOW, **kwargs)  # type: ignore[arg-type]
    except Exception as exc:
        result = exc
    return result, time.perf_counter() - started


def test_ok_rss_parses_and_the_second_request_is_not_modified(
    client: httpx.Client, fault_server: FaultServer
) -> None:
    url = fault_server.url("/ok.rss")
    first = fetch_url(client, url, guard=GUARD, now=NOW)
    assert first.status == 200
    assert first.etag == ETAG
    assert first.last_modified == LAST_MODIFIED
    assert first.content_type == "application/rss+xml"
    feed = parse_feed(first.body, first.final_url, now=NOW)
    assert [item.title for item in feed.items] == [
        "Harbour bridge reopens after repairs",
        "Council approves budget",
        "Storm warning issued",
    ]
    assert feed.items[0].link == fault_server.url("/news/bridge")
    assert feed.items[0].summary == "The bridge reopened on Tuesday."

    second = fetch_url(
        client, url, guard=GUARD, now=NOW, etag=first.etag, last_modified=first.last_modified
    )
    assert second.not_modified
    assert second.body == b""
    assert second.etag == ETAG
    path, headers = fault_server.requests[-1]
    assert path == "/ok.rss"
    assert headers["If-None-Match"] == ETAG
    assert headers["User-Agent"] == UA

    by_date = fetch_url(client, url, guard=GUARD, now=NOW, last_modified=LAST_MODIFIED)
    assert by_date.status == 304


def test_ok_atom(client: httpx.Client, fault_server: FaultServer) -> None:
    result = fetch_url(client, fault_server.url("/ok.atom"), guard=GUARD, now=NOW)
    feed = parse_feed(result.body, result.final_url, now=NOW)
    assert feed.version == "atom10"
    assert [item.key for item in feed.items] == ["urn:fs:1", "urn:fs:2"]
    assert feed.items[1].title == "Ferry delays"
    assert feed.items[1].published == datetime(2025, 9, 30, 6, 0, tzinfo=UTC)


def test_host_name_is_resolved_pinned_and_sent_as_host(
    client: httpx.Client, fault_server: FaultServer
) -> None:
    url = fault_server.url("/ok.rss", host="localhost")
    result = fetch_url(client, url, guard=GUARD, now=NOW)
    assert result.status == 200
    assert result.final_url == url
    assert fault_server.requests[-1][1]["Host"] == f"localhost:{fault_server.port}"


@pytest.mark.parametrize(
    ("path", "error", "reason", "status", "retry_after"),
    [
        ("/500", TransientFetchError, "server error (500)", 500, None),
        ("/503", TransientFetchError, "server error (503)", 503, 120.0),
        ("/429", TransientFetchError, "too many requests (429)", 429, 30.0),
        ("/404", PermanentFetchError, "not found (404)", 404, None),
        ("/410", PermanentFetchError, "gone", 410, None),
        ("/403", PermanentFetchError, "client error (403)", 403, None),
    ],
)
def test_error_statuses(
    client: httpx.Client,
    fault_server: FaultServer,
    path: str,
    error: type[Exception],
    reason: str,
    status: int,
    retry_after: float | None,
) -> None:
    outcome, seconds = timed_fetch(client, fault_server.url(path))
    assert type(outcome) is error
    assert isinstance(outcome, TransientFetchError | PermanentFetchError)
    assert outcome.reason == reason
    assert outcome.status == status
    assert getattr(outcome, "retry_after_s", None) == retry_after
    assert seconds < 2.0


def test_connection_reset_is_transient(client: httpx.Client, fault_server: FaultServer) -> None:
    outcome, seconds = timed_fetch(client, fault_server.url("/reset"))
    assert isinstance(outcome, TransientFetchError)
    assert outcome.reason.startswith(("connection reset", "connection closed by server"))
    assert seconds < 2.0


@pytest.mark.parametrize("path", ["/trickle", "/slow-headers"])
def test_trickle_is_cut_at_the_total_deadline(
    client: httpx.Client, fault_server: FaultServer, path: str
) -> None:
    outcome, seconds = timed_fetch(client, fault_server.url(path), total_timeout_s=2.0)
    assert isinstance(outcome, TransientFetchError)
    assert outcome.reason == "timed out after 2 s"
    assert 1.9 < seconds < 4.0


@pytest.mark.parametrize("path", ["/huge", "/huge-declared", "/gzip-bomb"])
def test_oversized_bodies_are_refused(
    client: httpx.Client, fault_server: FaultServer, path: str
) -> None:
    outcome, seconds = timed_fetch(client, fault_server.url(path))
    assert isinstance(outcome, PermanentFetchError)
    assert outcome.reason == "body larger than 5000000 bytes"
    assert seconds < 5.0


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "zstd"])
def test_compressed_responses_are_decoded(
    client: httpx.Client, fault_server: FaultServer, encoding: str
) -> None:
    result = fetch_url(client, fault_server.url(f"/encoded/{encoding}"), guard=GUARD, now=NOW)
    assert result.headers["content-encoding"] == encoding
    assert len(parse_feed(result.body, result.final_url, now=NOW).items) == 3


def test_301_then_308_updates_the_feed_url(client: httpx.Client, fault_server: FaultServer) -> None:
    result = fetch_url(client, fault_server.url("/redirect-301"), guard=GUARD, now=NOW)
    assert result.url == fault_server.url("/redirect-301")
    assert result.final_url == fault_server.url("/ok.rss")
    assert result.permanent_url == fault_server.url("/ok.rss")


def test_302_does_not_update_the_feed_url(client: httpx.Client, fault_server: FaultServer) -> None:
    result = fetch_url(client, fault_server.url("/redirect-302"), guard=GUARD, now=NOW)
    assert result.final_url == fault_server.url("/ok.rss")
    assert result.permanent_url is None


@pytest.mark.parametrize(
    ("path", "error", "reason"),
    [
        ("/redirect-loop", PermanentFetchError, "redirect loop"),
        ("/chain/9", PermanentFetchError, "too many redirects (more than 5)"),
        ("/redirect-ftp", PermanentFetchError, "scheme 'ftp' not allowed"),
        ("/redirect-private", AddressRefusedError, "address guard refused 127.0.0.2 (loopback)"),
    ],
)
def test_redirect_failures(
    client: httpx.Client,
    fault_server: FaultServer,
    path: str,
    error: type[Exception],
    reason: str,
) -> None:
    before = len(fault_server.requests)
    outcome, seconds = timed_fetch(client, fault_server.url(path))
    assert type(outcome) is error
    assert isinstance(outcome, PermanentFetchError)
    assert outcome.reason == reason
    assert seconds < 2.0
    assert len(fault_server.requests) - before <= 6


def test_the_guard_refuses_loopback_unless_allowed(
    client: httpx.Client, fault_server: FaultServer
) -> None:
    before = len(fault_server.requests)
    with pytest.raises(AddressRefusedError, match=r"127\.0\.0\.1 \(loopback\)"):
        fetch_url(client, fault_server.url("/ok.rss"), guard=AddressGuard(), now=NOW)
    assert len(fault_server.requests) == before  # refused before connecting


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/billion-laughs", "unsafe XML: entity declarations (possible billion laughs)"),
        ("/html", "HTML page, not a feed"),
        ("/empty", "empty body"),
        ("/junk", "binary data, not a feed"),
    ],
)
def test_bodies_that_are_not_feeds(
    client: httpx.Client, fault_server: FaultServer, path: str, reason: str
) -> None:
    result = fetch_url(client, fault_server.url(path), guard=GUARD, now=NOW)
    assert result.status == 200
    started = time.perf_counter()
    with pytest.raises(FeedError) as info:
        parse_feed(result.body, result.final_url, now=NOW)
    assert info.value.reason == reason
    assert time.perf_counter() - started < 1.0


def test_wrong_charset_still_gives_readable_items(
    client: httpx.Client, fault_server: FaultServer
) -> None:
    result = fetch_url(client, fault_server.url("/wrong-charset"), guard=GUARD, now=NOW)
    feed = parse_feed(result.body, result.final_url, now=NOW)
    assert [item.title for item in feed.items] == ["Caf\u00e9 reopens on the quay"]


def test_threads_share_one_client_within_the_per_host_limit() -> None:
    # A server of its own, so that no other test's requests count towards the peak.
    limiter = HostLimiter(per_host=3)
    with FaultServer() as server, build_client(user_agent=UA, per_host=4) as client:

        def poll(_: int) -> int:
            with limiter.slot("127.0.0.1"):
                return fetch_url(client, server.url("/slow"), guard=GUARD, now=NOW).status

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=12) as pool:
            statuses = list(pool.map(poll, range(36)))
        seconds = time.perf_counter() - started
    assert statuses == [200] * 36
    assert server.peak_in_flight == 3
    assert seconds >= 36 / 3 * 0.05 * 0.9  # the limit really serialised the requests
