"""Fetch logic against ``httpx.MockTransport``: redirects, conditional GET, caps, errors, guard.

No test here opens a socket; the guard's resolver is replaced where names are resolved.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import brotli
import httpx
import pytest
import zstandard

from monitor import fetchlimits
from monitor.errors import AddressRefusedError, PermanentFetchError, TransientFetchError
from monitor.fetch import build_client, fetch_url, parse_retry_after
from monitor.fetchguard import AddressGuard
from monitor.fetchlimits import HostLimiter

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
FEED = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
Handler = Callable[[httpx.Request], httpx.Response]
OPEN = AddressGuard(["0.0.0.0/0", "::/0"])  # mock transports reach no network


def client_for(handler: Handler) -> httpx.Client:
    return build_client(user_agent="monitor-test/1", transport=httpx.MockTransport(handler))


def routes(table: dict[str, httpx.Response]) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return table[str(request.url)]

    return handler


def streamed(data: bytes, size: int = 65536) -> Iterator[bytes]:
    """Content as a stream, so httpx does not read (and decode) it when building the response."""
    for start in range(0, len(data), size):
        yield data[start : start + size]


def redirect(status: int, location: str) -> httpx.Response:
    return httpx.Response(status, headers={"Location": location})


# The address guard ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ip", "reason"),
    [
        ("10.0.0.5", "private network"),
        ("172.16.3.4", "private network"),
        ("192.168.1.1", "private network"),
        ("169.254.169.254", "link-local or cloud metadata"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("127.0.0.1", "loopback"),
        ("0.0.0.0", "unspecified address"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("::1", "loopback"),
        ("::", "unspecified address"),
        ("fd00::1", "private network"),
        ("fe80::1", "link-local"),
        ("::ffff:10.0.0.5", "private network, IPv4 inside IPv6"),
        ("::ffff:169.254.169.254", "link-local or cloud metadata, IPv4 inside IPv6"),
        ("2002:a00:5::1", "private network, IPv4 inside IPv6"),  # 6to4 of 10.0.0.5
        ("not-an-ip", "not an IP address"),
    ],
)
def test_guard_refuses_internal_addresses(ip: str, reason: str) -> None:
    guard = AddressGuard()
    assert not guard.is_allowed(ip)
    assert guard.refusal(ip) == reason


@pytest.mark.parametrize("ip", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"])
def test_guard_allows_public_addresses(ip: str) -> None:
    assert AddressGuard().is_allowed(ip)
    assert AddressGuard(["127.0.0.1/32"]).is_allowed(ip)


def test_guard_allows_only_the_configured_networks() -> None:
    guard = AddressGuard(["127.0.0.1/32"])
    assert guard.is_allowed("127.0.0.1")
    assert not guard.is_allowed("127.0.0.2")
    assert not guard.is_allowed("::1")
    assert not guard.is_allowed("10.0.0.5")
    assert not AddressGuard().is_allowed("127.0.0.1")


def test_guard_resolve_returns_first_allowed_address() -> None:
    guard = AddressGuard(resolver=lambda host, port: ["10.0.0.5", "93.184.216.34"])
    assert guard.resolve("news.example", 443) == "93.184.216.34"


def test_guard_resolve_refuses_when_every_address_is_internal() -> None:
    guard = AddressGuard(resolver=lambda host, port: ["10.0.0.5"])
    with pytest.raises(AddressRefusedError) as info:
        guard.resolve("intranet.example", 80, url="http://intranet.example/feed")
    assert info.value.reason == "address guard refused 10.0.0.5 (private network)"
    assert info.value.url == "http://intranet.example/feed"


def test_guard_resolve_failure_is_transient() -> None:
    def fail(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    with pytest.raises(TransientFetchError, match=r"DNS lookup of nowhere\.example failed"):
        AddressGuard(resolver=fail).resolve("nowhere.example", 80)


def test_guard_asks_dns_once_per_host_and_never_for_an_ip_literal() -> None:
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(host)
        return ["93.184.216.34"]

    guard = AddressGuard(["127.0.0.0/8"], resolver=resolver)
    for _ in range(3):
        assert guard.resolve("news.example", 443) == "93.184.216.34"
    assert guard.resolve("127.0.0.7", 80) == "127.0.0.7"
    with pytest.raises(AddressRefusedError, match="private network"):
        guard.resolve("10.1.2.3", 80)
    assert calls == ["news.example"]


def test_a_failed_lookup_is_not_remembered() -> None:
    answers: list[list[str]] = [[], ["93.184.216.34"]]
    guard = AddressGuard(resolver=lambda host, port: answers.pop(0))
    with pytest.raises(TransientFetchError, match="found no address"):
        guard.resolve("news.example", 80)
    assert guard.resolve("news.example", 80) == "93.184.216.34"


# Pinning: the connection goes to the address the guard checked --------------------------------


def test_request_is_pinned_to_the_checked_address() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=FEED)

    client = client_for(handler)
    client.pin_addresses = True  # type: ignore[attr-defined]  # as for a real transport
    calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        calls.append(f"{host}:{port}")
        return ["93.184.216.34"]

    guard = AddressGuard(resolver=resolver)
    result = fetch_url(client, "https://news.example/feed.xml", guard=guard, now=NOW)
    assert calls == ["news.example:443"]
    assert seen[0].url.host == "93.184.216.34"
    assert seen[0].headers["host"] == "news.example"
    assert seen[0].extensions["sni_hostname"] == "news.example"
    assert result.final_url == "https://news.example/feed.xml"  # callers see names, not IPs


def test_pinned_request_to_rebound_name_is_refused() -> None:
    client = client_for(lambda request: httpx.Response(200, content=FEED))
    client.pin_addresses = True  # type: ignore[attr-defined]
    guard = AddressGuard(resolver=lambda host, port: ["169.254.169.254"])
    with pytest.raises(AddressRefusedError, match=r"169\.254\.169\.254"):
        fetch_url(client, "http://metadata.example/latest", guard=guard, now=NOW)


# Plain fetches and conditional GET ------------------------------------------------------------


def test_build_client_defaults() -> None:
    client = build_client(user_agent="monitor-test/1 (+https://example.org)")
    assert client.headers["user-agent"] == "monitor-test/1 (+https://example.org)"
    assert client.headers["accept-encoding"] == "gzip, deflate, br, zstd"
    assert client.follow_redirects is False
    assert client.pin_addresses is True  # type: ignore[attr-defined]
    client.close()


def test_ok_fetch_keeps_validators_and_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"ETag": '"v1"', "Last-Modified": "Sat, 28 Feb 2026 10:00:00 GMT"}
        return httpx.Response(200, content=FEED, headers=headers)

    result = fetch_url(client_for(handler), "https://e.example/f", guard=OPEN, now=NOW)
    assert result.status == 200
    assert result.body == FEED
    assert result.etag == '"v1"'
    assert result.last_modified == "Sat, 28 Feb 2026 10:00:00 GMT"
    assert result.fetched_at == NOW
    assert result.permanent_url is None
    assert "if-none-match" not in seen[0].headers
    assert seen[0].headers["user-agent"] == "monitor-test/1"
    assert seen[0].headers["accept"] == "*/*"


def test_conditional_get_sends_validators_and_304_has_no_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(304)

    result = fetch_url(
        client_for(handler),
        "https://e.example/f",
        guard=OPEN,
        now=NOW,
        etag='"v1"',
        last_modified="Sat, 28 Feb 2026 10:00:00 GMT",
        user_agent="feed-specific/2",
        accept="application/rss+xml",
    )
    assert result.not_modified
    assert result.body == b""
    assert result.etag == '"v1"'  # kept when the 304 does not repeat it
    assert result.last_modified == "Sat, 28 Feb 2026 10:00:00 GMT"
    assert seen[0].headers["if-none-match"] == '"v1"'
    assert seen[0].headers["if-modified-since"] == "Sat, 28 Feb 2026 10:00:00 GMT"
    assert seen[0].headers["user-agent"] == "feed-specific/2"
    assert seen[0].headers["accept"] == "application/rss+xml"


# Redirects ------------------------------------------------------------------------------------


def test_permanent_redirects_update_the_url() -> None:
    handler = routes(
        {
            "https://old.example/f": redirect(301, "https://new.example/f"),
            "https://new.example/f": redirect(308, "/final?x=1"),
            "https://new.example/final?x=1": httpx.Response(200, content=FEED),
        }
    )
    result = fetch_url(client_for(handler), "https://old.example/f", guard=OPEN, now=NOW)
    assert result.url == "https://old.example/f"
    assert result.final_url == "https://new.example/final?x=1"
    assert result.permanent_url == "https://new.example/final?x=1"


@pytest.mark.parametrize("temporary", [302, 303, 307])
def test_a_temporary_hop_keeps_the_stored_url(temporary: int) -> None:
    handler = routes(
        {
            "https://old.example/f": redirect(301, "https://mid.example/f"),
            "https://mid.example/f": redirect(temporary, "https://new.example/f"),
            "https://new.example/f": httpx.Response(200, content=FEED),
        }
    )
    result = fetch_url(client_for(handler), "https://old.example/f", guard=OPEN, now=NOW)
    assert result.final_url == "https://new.example/f"
    assert result.permanent_url is None


def test_redirect_loop_is_detected() -> None:
    handler = routes(
        {
            "https://e.example/a": redirect(302, "/b"),
            "https://e.example/b": redirect(302, "/a"),
        }
    )
    with pytest.raises(PermanentFetchError) as info:
        fetch_url(client_for(handler), "https://e.example/a", guard=OPEN, now=NOW)
    assert info.value.reason == "redirect loop"


def test_too_many_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        step = int(request.url.path.strip("/"))
        return redirect(301, f"/{step + 1}")

    with pytest.raises(PermanentFetchError) as info:
        fetch_url(client_for(handler), "https://e.example/0", guard=OPEN, now=NOW, max_redirects=3)
    assert info.value.reason == "too many redirects (more than 3)"


def test_exactly_max_redirects_is_fine() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        step = int(request.url.path.strip("/"))
        return redirect(301, f"/{step + 1}") if step < 3 else httpx.Response(200, content=FEED)

    result = fetch_url(
        client_for(handler), "https://e.example/0", guard=OPEN, now=NOW, max_redirects=3
    )
    assert result.final_url == "https://e.example/3"


@pytest.mark.parametrize(
    ("location", "error", "reason"),
    [
        ("http://10.0.0.5/feed", AddressRefusedError, "10.0.0.5 (private network)"),
        ("http://169.254.169.254/latest/meta-data", AddressRefusedError, "cloud metadata"),
        ("http://[::1]:8080/", AddressRefusedError, "::1 (loopback)"),
        ("http://100.64.0.1/", AddressRefusedError, "carrier-grade NAT"),
        ("file:///etc/passwd", PermanentFetchError, "scheme 'file' not allowed"),
        ("gopher://e.example/", PermanentFetchError, "scheme 'gopher' not allowed"),
    ],
)
def test_every_redirect_hop_is_checked(location: str, error: type[Exception], reason: str) -> None:
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return redirect(302, location)

    with pytest.raises(error) as info:
        fetch_url(client_for(handler), "https://e.example/f", guard=AddressGuard(), now=NOW)
    assert reason in str(info.value)
    assert asked == ["https://e.example/f"]  # the refused hop was never requested


def test_bad_scheme_is_refused_before_any_request() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("no request expected")

    with pytest.raises(PermanentFetchError, match="scheme 'ftp' not allowed"):
        fetch_url(client_for(handler), "ftp://e.example/f", guard=OPEN, now=NOW)


def test_redirect_without_location_is_permanent() -> None:
    handler = routes({"https://e.example/f": httpx.Response(302)})
    with pytest.raises(PermanentFetchError, match="redirect 302 without Location"):
        fetch_url(client_for(handler), "https://e.example/f", guard=OPEN, now=NOW)


# Status codes and Retry-After -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "error", "reason", "retry_after"),
    [
        (500, {}, TransientFetchError, "server error (500)", None),
        (502, {}, TransientFetchError, "server error (502)", None),
        (503, {"Retry-After": "120"}, TransientFetchError, "server error (503)", 120.0),
        (429, {"Retry-After": "30"}, TransientFetchError, "too many requests (429)", 30.0),
        (429, {"Retry-After": "999999"}, TransientFetchError, "too many requests (429)", 21600.0),
        (429, {"Retry-After": "soon"}, TransientFetchError, "too many requests (429)", None),
        (404, {}, PermanentFetchError, "not found (404)", None),
        (410, {}, PermanentFetchError, "gone", None),
        (403, {}, PermanentFetchError, "client error (403)", None),
        (401, {}, PermanentFetchError, "client error (401)", None),
    ],
)
def test_status_codes_map_to_error_types(
    status: int,
    headers: dict[str, str],
    error: type[Exception],
    reason: str,
    retry_after: float | None,
) -> None:
    handler = routes({"https://e.example/f": httpx.Response(status, headers=headers)})
    with pytest.raises(error) as info:
        fetch_url(client_for(handler), "https://e.example/f", guard=OPEN, now=NOW)
    exc = info.value
    assert isinstance(exc, TransientFetchError | PermanentFetchError)
    assert exc.reason == reason
    assert exc.status == status
    if isinstance(exc, TransientFetchError):
        assert exc.retry_after_s == retry_after
    else:
        assert not isinstance(exc, TransientFetchError)


def test_retry_after_http_date_is_relative_to_now() -> None:
    later = format_datetime(NOW + timedelta(minutes=10), usegmt=True)
    earlier = format_datetime(NOW - timedelta(minutes=10), usegmt=True)
    assert parse_retry_after(later, NOW) == 600.0
    assert parse_retry_after(earlier, NOW) == 0.0
    assert parse_retry_after(None, NOW) is None
    assert parse_retry_after("", NOW) is None
    assert parse_retry_after("86400", NOW) == 21600.0


# Transport failures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "reason"),
    [
        (httpx.ConnectTimeout("slow"), "timed out (ConnectTimeout)"),
        (httpx.ReadTimeout("slow"), "timed out (ReadTimeout)"),
        (httpx.ConnectError("refused"), "connection failed: refused"),
        (httpx.ReadError("reset by peer"), "connection reset: reset by peer"),
        (httpx.RemoteProtocolError("eof"), "connection closed by server: eof"),
    ],
)
def test_transport_failures_are_transient(exc: Exception, reason: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    with pytest.raises(TransientFetchError) as info:
        fetch_url(client_for(handler), "https://e.example/f", guard=OPEN, now=NOW)
    assert info.value.reason == reason


# Body caps, decoding and the total deadline ---------------------------------------------------


def test_declared_oversize_is_refused_before_reading() -> None:
    read: list[bytes] = []

    def body() -> Iterator[bytes]:
        for chunk in (b"x" * 1000,) * 3:
            read.append(chunk)
            yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "99999999"}, content=body())

    with pytest.raises(PermanentFetchError) as info:
        fetch_url(client_for(handler), "https://e.example/f", guard=OPEN, now=NOW)
    assert info.value.reason == "body larger than 5000000 bytes"
    assert read == []


def test_streamed_body_is_cut_at_the_cap() -> None:
    sent: list[int] = []

    def body() -> Iterator[bytes]:
        for _ in range(1000):
            sent.append(1)
            yield b"x" * 10_000

    handler = routes({"https://e.example/f": httpx.Response(200, content=body())})
    with pytest.raises(PermanentFetchError, match="body larger than 50000 bytes"):
        fetch_url(client_for(handler), "https://e.example/f", guard=OPEN, now=NOW, max_bytes=50_000)
    assert len(sent) <= 6


def test_body_at_the_cap_is_accepted() -> None:
    handler = routes({"https://e.example/f": httpx.Response(200, content=b"x" * 50_000)})
    result = fetch_url(
        client_for(handler), "https://e.example/f", guard=OPEN, now=NOW, max_bytes=50_000
    )
    assert len(result.body) == 50_000


def _zstd(data: bytes) -> bytes:
    return zstandard.ZstdCompressor().compress(data)


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": _zstd,
}


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_compressed_bodies_are_decoded(encoding: str) -> None:
    payload = FEED * 200
    response = httpx.Response(
        200,
        content=streamed(ENCODERS[encoding](payload), 7),
        headers={"Content-Encoding": encoding},
    )
    handler = routes({"https://e.example/f": response})
    result = fetch_url(client_for(handler), "https://e.example/f", guard=OPEN, now=NOW)
    assert result.body == payload


def test_raw_deflate_and_multi_member_gzip_are_decoded() -> None:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw_deflate = compressor.compress(FEED) + compressor.flush()
    handler = routes(
        {
            "https://e.example/raw": httpx.Response(
                200, content=streamed(raw_deflate, 5), headers={"Content-Encoding": "deflate"}
            ),
            "https://e.example/multi": httpx.Response(
                200,
                content=streamed(gzip.compress(FEED) + gzip.compress(b"<!-- tail -->"), 11),
                headers={"Content-Encoding": "gzip"},
            ),
        }
    )
    client = client_for(handler)
    assert fetch_url(client, "https://e.example/raw", guard=OPEN, now=NOW).body == FEED
    multi = fetch_url(client, "https://e.example/multi", guard=OPEN, now=NOW)
    assert multi.body == FEED + b"<!-- tail -->"


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
def test_decompression_bombs_stop_at_the_cap(encoding: str) -> None:
    bomb = ENCODERS[encoding](b"\0" * 16_000_000)
    assert len(bomb) < 200_000
    response = httpx.Response(200, content=streamed(bomb), headers={"Content-Encoding": encoding})
    handler = routes({"https://e.example/f": response})
    started = time.perf_counter()
    with pytest.raises(PermanentFetchError, match="body larger than 1000000 bytes"):
        fetch_url(client_for(handler), "https://e.example/f", guard=OPEN, now=NOW, max_bytes=10**6)
    assert time.perf_counter() - started < 2.0  # it stopped early, not after inflating 16 MB


def test_corrupt_and_unknown_encodings_are_permanent() -> None:
    handler = routes(
        {
            "https://e.example/bad": httpx.Response(
                200, content=streamed(b"not gzip at all"), headers={"Content-Encoding": "gzip"}
            ),
            "https://e.example/odd": httpx.Response(
                200, content=streamed(b"x"), headers={"Content-Encoding": "compress"}
            ),
        }
    )
    client = client_for(handler)
    with pytest.raises(PermanentFetchError, match=r"body could not be decoded \(gzip\)"):
        fetch_url(client, "https://e.example/bad", guard=OPEN, now=NOW)
    with pytest.raises(PermanentFetchError, match="unsupported content encoding 'compress'"):
        fetch_url(client, "https://e.example/odd", guard=OPEN, now=NOW)


def test_total_deadline_cuts_a_trickling_body() -> None:
    def body() -> Iterator[bytes]:
        for _ in range(100):
            time.sleep(0.1)
            yield b"x"

    handler = routes({"https://e.example/f": httpx.Response(200, content=body())})
    started = time.perf_counter()
    with pytest.raises(TransientFetchError, match=r"timed out after 0.5 s"):
        fetch_url(
            client_for(handler), "https://e.example/f", guard=OPEN, now=NOW, total_timeout_s=0.5
        )
    assert time.perf_counter() - started < 1.5


# Per-host politeness --------------------------------------------------------------------------


def test_host_limiter_bounds_concurrency_per_host() -> None:
    limiter = HostLimiter(per_host=2)
    active: dict[str, int] = {"a": 0, "b": 0}
    peak: dict[str, int] = {"a": 0, "b": 0}
    lock = threading.Lock()

    def work(host: str) -> None:
        with limiter.slot(host):
            with lock:
                active[host] += 1
                peak[host] = max(peak[host], active[host])
            time.sleep(0.02)
            with lock:
                active[host] -= 1

    threads = [threading.Thread(target=work, args=(h,)) for h in "ab" * 6]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == {"a": 2, "b": 2}


def test_host_limiter_spaces_requests_to_one_host() -> None:
    clock = [100.0]
    sleeps: list[float] = []

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    limiter = HostLimiter(per_host=4, delay_s=2.0, clock=lambda: clock[0], sleep=sleep)
    for _ in range(3):
        with limiter.slot("News.Example"):
            pass
    with limiter.slot("other.example"):
        pass
    assert sleeps == [2.0, 4.0]  # the third waits behind the second; another host never waits


def test_a_cookie_set_by_a_redirect_is_sent_on_the_next_hop_only_within_one_fetch() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/start":
            return httpx.Response(
                302,
                headers={"Location": "/landing", "Set-Cookie": "consent=yes; Path=/"},
            )
        return httpx.Response(200, content=request.headers.get("cookie", "none").encode())

    client = client_for(handler)
    guard = AddressGuard()
    first = fetch_url(client, "https://news.example/start", guard=guard, now=NOW)
    assert first.body == b"consent=yes"
    again = fetch_url(client, "https://news.example/landing", guard=guard, now=NOW)
    assert again.body == b"none"  # no cookie jar outlives a fetch


def _timed_requests(
    gate: fetchlimits.LatencyGate, clock: list[float], durations: list[float]
) -> None:
    for took in durations:
        with gate.slot():
            clock[0] += took


def test_latency_gate_stays_narrow_while_answers_are_fast() -> None:
    clock = [0.0]
    gate = fetchlimits.LatencyGate(16, clock=lambda: clock[0])
    assert gate.limit == 1 and not gate.open
    # loopback-fast answers, with a few pauses (a garbage collection) among them
    _timed_requests(gate, clock, [0.001] * 100 + [0.05] * 3 + [0.001] * 100)
    assert gate.limit == 1 and not gate.open


def test_latency_gate_opens_once_answers_wait_on_the_network() -> None:
    clock = [0.0]
    gate = fetchlimits.LatencyGate(16, clock=lambda: clock[0])
    _timed_requests(gate, clock, [0.2] * 7)
    assert not gate.open  # seven slow answers are not yet enough
    _timed_requests(gate, clock, [0.2])
    assert gate.open and gate.limit == 16


def test_latency_gate_opens_at_one_very_slow_answer() -> None:
    clock = [0.0]
    gate = fetchlimits.LatencyGate(16, clock=lambda: clock[0])
    _timed_requests(gate, clock, [0.001] * 50 + [0.3])
    assert gate.open


def test_latency_gate_wants_a_quarter_of_answers_slow() -> None:
    clock = [0.0]
    gate = fetchlimits.LatencyGate(16, clock=lambda: clock[0])
    _timed_requests(gate, clock, [0.001] * 40 + [0.2] * 8)
    assert not gate.open  # 8 slow of 48
    _timed_requests(gate, clock, [0.2] * 8)
    assert gate.open  # 16 slow of 56


def test_latency_gate_open_up_and_the_limit_holds_between_threads() -> None:
    gate = fetchlimits.LatencyGate(3, floor=1)
    entered = threading.Semaphore(0)
    leave = threading.Event()

    def hold() -> None:
        with gate.slot():
            entered.release()
            leave.wait(5)

    threads = [threading.Thread(target=hold) for _ in range(3)]
    for t in threads:
        t.start()
    assert entered.acquire(timeout=5)
    assert not entered.acquire(timeout=0.2)  # the limit is 1: the others wait
    gate.open_up("test")
    assert entered.acquire(timeout=5) and entered.acquire(timeout=5)
    leave.set()
    for t in threads:
        t.join(5)
    assert gate.open
