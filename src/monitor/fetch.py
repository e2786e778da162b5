"""The network edge: the only httpx user. Guarded, capped, conditional GETs with manual redirects.

Every hop is resolved through an ``AddressGuard`` (``fetchguard.py``) and the request is sent
to the checked address; bodies are decompressed in bounded steps (``fetchdecode.py``); callers
hold a ``HostLimiter`` or ``LatencyGate`` slot (``fetchlimits.py``) around each request.
"""

from __future__ import annotations

import functools
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpcore
import httpx

from monitor import fetchdecode, fetchguard
from monitor.errors import AddressRefusedError, PermanentFetchError, TransientFetchError
from monitor.fetchguard import AddressGuard
from monitor.models import FetchResult
from monitor.polling import MAX_RETRY_AFTER_S

logger = logging.getLogger(__name__)

__all__ = [
    "PAGE_ACCEPT",
    "build_client",
    "fetch_url",
    "parse_retry_after",
]

# What an article request accepts (feeds send their own).
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT_REDIRECTS = frozenset({301, 308})


class _GuardedClient(httpx.Client):
    """An ``httpx.Client`` that knows whether its requests go to real sockets, and hands
    ``fetch_url`` its transport: redirects, cookies and timeouts are ``fetch_url``'s own, so
    ``Client.send``'s layer (~0.3 ms a request, a third of a 304's cost) is skipped."""

    pin_addresses: bool = True
    fetch_transport: httpx.BaseTransport | None = None
    fetch_headers: dict[str, tuple[str, str]] | None = None  # see _default_headers


def build_client(
    *,
    user_agent: str,
    timeout_s: float = 10.0,
    transport: httpx.BaseTransport | None = None,
    per_host: int = 4,
    max_connections: int = 20,
) -> httpx.Client:
    """A synchronous client for ``fetch_url``: no automatic redirects, no proxies from the
    environment, HTTP/1.1, one pool per origin keeping ``per_host`` connections alive.

    Politeness is the caller's ``HostLimiter``; a pool admits up to ``max_connections`` (set it
    to the number of threads sharing the client) so that no request ever queues inside
    httpcore, whose pool can close a connection it already gave a queued request
    (encode/httpcore#1110, open in 1.0.9): a redirect to another host holds no slot there.

    With an injected ``transport`` (``httpx.MockTransport`` in tests) no socket is opened, so
    ``fetch_url`` does not resolve host names and does not rewrite requests to the checked
    address; IP-literal hosts (and redirects to them) are still checked by the guard.
    """
    limits = httpx.Limits(
        max_connections=max(max_connections, per_host),
        max_keepalive_connections=per_host,
        keepalive_expiry=30.0,
    )
    if transport is None:
        # One TLS context for all https pools, loaded (~30-50 ms) when the first is made.
        # An http pool never starts TLS (a redirect to https is another origin, another
        # pool): it gets a bare context that loads no certificates.
        contexts: dict[bool, ssl.SSLContext] = {}  # by whether the pool speaks TLS

        def make_pool(scheme: bytes) -> httpx.BaseTransport:
            secure = scheme != b"http"
            if secure not in contexts:
                contexts[secure] = (
                    httpx.create_ssl_context(trust_env=False)
                    if secure
                    else ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                )
            return _deadline_transport(limits, contexts[secure])

        transport = _PerOriginTransport(make_pool)
        pin = True
    else:
        pin = False
    client = _GuardedClient(
        headers={
            "User-Agent": user_agent,
            "Accept-Encoding": "gzip, deflate, br, zstd",
        },
        timeout=httpx.Timeout(timeout_s),
        follow_redirects=False,
        http2=False,
        trust_env=False,
        transport=transport,
        limits=limits,
    )
    client.pin_addresses = pin
    client.fetch_transport = transport
    client.fetch_headers = _default_headers(client)
    return client


# The total deadline of the fetch running on this thread (``time.monotonic()``), read by every
# socket operation: per-read timeouts alone never stop a server that sends a byte a second,
# and httpx hands over no response until all headers are in.
_deadline = threading.local()


def _remaining(timeout: float | None) -> float | None:
    deadline: float | None = getattr(_deadline, "at", None)
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise httpcore.ReadTimeout("total deadline passed")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _remaining(timeout), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(
            self._inner.connect_unix_socket(path, _remaining(timeout), socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _PerOriginTransport(httpx.BaseTransport):
    """One connection pool per origin (scheme, address, port), made on first use.

    httpcore scans every connection of its pool, polling each socket, on every request: one
    pool shared by a run's many feed hosts costs O(hosts) per request, and its connection
    limit is shared, so busy hosts evict each other's keep-alive connections. A pool per
    origin keeps both per host. The client lives for one run, so pools are never evicted.
    """

    def __init__(self, make: Callable[[bytes], httpx.BaseTransport]) -> None:
        self._make = make
        self._pools: dict[tuple[bytes, bytes, int | None], httpx.BaseTransport] = {}
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.raw_scheme, url.raw_host, url.port)
        pool = self._pools.get(key)
        if pool is None:
            with self._lock:
                pool = self._pools.get(key)
                if pool is None:
                    pool = self._pools[key] = self._make(url.raw_scheme)
        return pool.handle_request(request)

    def close(self) -> None:
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()


def _deadline_transport(limits: httpx.Limits, context: ssl.SSLContext) -> httpx.HTTPTransport:
    """httpx's transport with every socket read and write bounded by the fetch's deadline.

    httpx 0.28 offers no public hook for httpcore's network backend, so the pool's backend is
    wrapped in place (httpx is pinned below 0.29 in pyproject.toml).
    """
    transport = httpx.HTTPTransport(verify=context, http2=False, limits=limits, trust_env=False)
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = _DeadlineBackend(backend)  # type: ignore[union-attr]
    else:  # pragma: no cover - a future httpx: per-read timeouts still apply
        logger.warning("httpx transport internals changed: total deadline not enforced on reads")
    return transport


def accepts_connections(url: str, *, timeout_s: float = 0.5) -> bool:
    """Whether something listens at ``url``'s host and port (a TCP connect, nothing sent):
    how ``monitor run`` checks that a ``monitor serve``'s Prefect API is still up."""
    target = httpx.URL(url)
    port = target.port or (443 if target.scheme == "https" else 80)
    try:
        with socket.create_connection((target.host, port), timeout=timeout_s):
            return True
    except (OSError, ValueError):
        return False


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or HTTP date), within [0, 6 h]."""
    if not value:
        return None
    value = value.strip()
    seconds: float
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def fetch_url(
    client: httpx.Client,
    url: str,
    *,
    guard: AddressGuard,
    now: datetime,
    etag: str | None = None,
    last_modified: str | None = None,
    user_agent: str | None = None,
    accept: str = "*/*",
    max_bytes: int = 5_000_000,
    total_timeout_s: float = 30.0,
    max_redirects: int = 5,
) -> FetchResult:
    """GET ``url`` once, conditionally when ``etag``/``last_modified`` are given.

    Redirects are followed by hand (at most ``max_redirects``, loops refused), each hop checked
    by ``guard`` and sent to the checked address. The body is streamed, decoded and cut at
    ``max_bytes``; every socket operation is bounded by ``total_timeout_s``. A 304 gives
    ``status=304`` and an empty body; ``permanent_url`` is set when every hop was 301/308.

    Raises ``TransientFetchError`` (timeouts, resets, 429, 5xx), ``PermanentFetchError``
    (other 4xx, too large, too many redirects, loops, bad scheme) or ``AddressRefusedError``.
    """
    deadline = time.monotonic() + total_timeout_s
    headers = {"Accept": accept}
    if user_agent:
        headers["User-Agent"] = user_agent
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    pin = getattr(client, "pin_addresses", True)

    previous_deadline = getattr(_deadline, "at", None)
    _deadline.at = deadline
    try:
        return _fetch(
            client,
            url,
            headers,
            guard=guard,
            now=now,
            pin=pin,
            etag=etag,
            last_modified=last_modified,
            max_bytes=max_bytes,
            deadline=deadline,
            total_timeout_s=total_timeout_s,
            max_redirects=max_redirects,
        )
    finally:
        _deadline.at = previous_deadline


def _fetch(
    client: httpx.Client,
    url: str,
    headers: dict[str, str],
    *,
    guard: AddressGuard,
    now: datetime,
    pin: bool,
    etag: str | None,
    last_modified: str | None,
    max_bytes: int,
    deadline: float,
    total_timeout_s: float,
    max_redirects: int,
) -> FetchResult:
    current = _parse_url(url, url)
    seen = {str(current)}
    all_permanent = True
    # Set by one hop, sent on the next; never kept past this fetch (made when first needed).
    cookies: httpx.Cookies | None = None
    for hop in range(max_redirects + 1):
        request = _guarded_request(client, current, headers, guard=guard, pin=pin, url=url)
        if cookies:
            cookies.set_cookie_header(request)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TransientFetchError(url, f"timed out after {total_timeout_s:g} s")
        timeout = _hop_timeout(client.timeout, remaining)
        request.extensions["timeout"] = timeout.as_dict()
        try:
            response = _send(client, request)
        except httpx.HTTPError as exc:
            raise _translate(url, exc, deadline, total_timeout_s) from exc
        try:
            status = response.status_code
            if "set-cookie" in response.headers:
                cookies = cookies or httpx.Cookies()
                cookies.extract_cookies(response)
            if status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise PermanentFetchError(
                        url, f"redirect {status} without Location", status=status
                    )
                nxt = _parse_url(url, location, base=current)
                all_permanent = all_permanent and status in _PERMANENT_REDIRECTS
                logger.debug("redirect %s %s -> %s", status, current, nxt)
                if str(nxt) in seen:
                    raise PermanentFetchError(url, "redirect loop", status=status)
                if hop == max_redirects:
                    raise PermanentFetchError(
                        url, f"too many redirects (more than {max_redirects})", status=status
                    )
                seen.add(str(nxt))
                current = nxt
                continue
            retry_after_s = parse_retry_after(response.headers.get("retry-after"), now)
            if status == 304:
                _drain(response, url, deadline, total_timeout_s)
                body = b""
                new_etag = response.headers.get("etag") or etag
                new_last_modified = response.headers.get("last-modified") or last_modified
            else:
                _raise_for_status(url, status, retry_after_s)
                body = _read_body(response, url, max_bytes, deadline, total_timeout_s)
                new_etag = response.headers.get("etag")
                new_last_modified = response.headers.get("last-modified")
            return FetchResult(
                url=url,
                final_url=str(current),
                status=status,
                body=body,
                headers=dict(response.headers.items()),
                fetched_at=now,
                etag=new_etag,
                last_modified=new_last_modified,
                permanent_url=str(current) if hop > 0 and all_permanent else None,
                retry_after_s=retry_after_s,
            )
        finally:
            response.close()
    raise AssertionError("unreachable")  # pragma: no cover


def _send(client: httpx.Client, request: httpx.Request) -> httpx.Response:
    """Send one request, streaming: straight to the transport when the client offers it."""
    transport: httpx.BaseTransport | None = getattr(client, "fetch_transport", None)
    if transport is None:
        return client.send(request, stream=True)
    response = transport.handle_request(request)
    response.request = request
    return response


@functools.lru_cache(maxsize=4096)
def _url(target: str) -> httpx.URL:
    """``httpx.URL(target)``, kept: a run asks for the same feed URLs every cycle, and an
    ``httpx.URL`` is immutable."""
    return httpx.URL(target)


@functools.lru_cache(maxsize=4096)
def _at_address(target: httpx.URL, ip: str) -> httpx.URL:
    return target.copy_with(host=ip)


def _parse_url(url: str, target: str, *, base: httpx.URL | None = None) -> httpx.URL:
    try:
        parsed = base.join(target) if base is not None else _url(target)
    except (httpx.InvalidURL, ValueError) as exc:
        raise PermanentFetchError(url, f"bad URL {target[:80]!r}") from exc
    if parsed.scheme not in ("http", "https"):
        raise PermanentFetchError(url, f"scheme {parsed.scheme or 'missing'!r} not allowed")
    if not parsed.host:
        raise PermanentFetchError(url, "URL has no host")
    return parsed


_NO_BODY = httpx.ByteStream(b"")


def _default_headers(client: httpx.Client) -> dict[str, tuple[str, str]]:
    """The client's default headers by lower-case name: (name, value)."""
    return {
        name.decode("latin-1").lower(): (name.decode("latin-1"), value.decode("latin-1"))
        for name, value in client.headers.raw
    }


def _request_headers(client: httpx.Client, headers: dict[str, str]) -> list[tuple[str, str]]:
    """The client's default headers, overridden by name (in any case) by ``headers``.

    ``build_client`` reads the defaults once (``httpx.Headers`` merging costs ~5% of a
    304): a run's client never changes them. Another client's are read each time."""
    defaults = getattr(client, "fetch_headers", None) or _default_headers(client)
    merged = dict(defaults)
    for name, value in headers.items():
        merged[name.lower()] = (name, value)
    return list(merged.values())


def _guarded_request(
    client: httpx.Client,
    target: httpx.URL,
    headers: dict[str, str],
    *,
    guard: AddressGuard,
    pin: bool,
    url: str,
) -> httpx.Request:
    """A request for ``target`` that connects only to an address the guard accepted.

    The URL is rewritten to the checked IP and the Host header (and TLS SNI) keep the name,
    so a second DNS answer (rebinding) can never be used for the connection.
    """
    host = target.host
    port = target.port or (443 if target.scheme == "https" else 80)
    # A GET has no body: given a stream, httpx skips encoding one and re-building the
    # headers to add Host (two of a request's three header normalisations); Host is set here.
    request = httpx.Request(
        "GET",
        target,
        headers=[("Host", target.netloc.decode("ascii")), *_request_headers(client, headers)],
        stream=_NO_BODY,
    )
    if not pin:
        if fetchguard.is_ip_literal(host):
            reason = guard.refusal(host)
            if reason is not None:
                raise AddressRefusedError(url, f"address guard refused {host} ({reason})")
        return request
    ip = guard.resolve(host, port, url=url)
    if ip != host:
        request.url = _at_address(target, ip)
        if target.scheme == "https":
            request.extensions["sni_hostname"] = host
    return request


def _hop_timeout(base: httpx.Timeout, remaining: float) -> httpx.Timeout:
    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    return httpx.Timeout(
        connect=cap(base.connect), read=cap(base.read), write=cap(base.write), pool=cap(base.pool)
    )


def _translate(
    url: str, exc: httpx.HTTPError, deadline: float, total_timeout_s: float
) -> Exception:
    if isinstance(exc, httpx.TimeoutException) and time.monotonic() >= deadline:
        return TransientFetchError(url, f"timed out after {total_timeout_s:g} s")
    if isinstance(exc, httpx.TimeoutException):
        return TransientFetchError(url, f"timed out ({type(exc).__name__})")
    if isinstance(exc, httpx.ConnectError):
        return TransientFetchError(url, f"connection failed: {_short(exc)}")
    if isinstance(exc, httpx.RemoteProtocolError):
        return TransientFetchError(url, f"connection closed by server: {_short(exc)}")
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return TransientFetchError(url, f"connection reset: {_short(exc)}")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return PermanentFetchError(url, f"bad URL: {_short(exc)}")
    return TransientFetchError(url, f"HTTP error: {_short(exc)}")


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def _raise_for_status(url: str, status: int, retry_after_s: float | None) -> None:
    if 200 <= status < 300:
        return
    if status == 429:
        raise TransientFetchError(
            url, "too many requests (429)", status=status, retry_after_s=retry_after_s
        )
    if status >= 500 or status == 408:
        raise TransientFetchError(
            url, f"server error ({status})", status=status, retry_after_s=retry_after_s
        )
    if status == 410:
        raise PermanentFetchError(url, "gone", status=status)
    if status == 404:
        raise PermanentFetchError(url, "not found (404)", status=status)
    if 400 <= status < 500:
        raise PermanentFetchError(url, f"client error ({status})", status=status)
    raise PermanentFetchError(url, f"unexpected status {status}", status=status)


def _read_body(
    response: httpx.Response, url: str, max_bytes: int, deadline: float, total_timeout_s: float
) -> bytes:
    """The decoded body, refused beyond ``max_bytes`` (counted after decompression) or after
    the total deadline."""
    too_large = f"body larger than {max_bytes} bytes"
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise PermanentFetchError(url, too_large, status=response.status_code)
    encodings = [
        e.strip().lower()
        for e in response.headers.get("content-encoding", "").split(",")
        if e.strip() and e.strip().lower() != "identity"
    ]
    chunks: list[bytes] = []
    total = 0
    try:
        for chunk in _decoded(_raw(response), encodings, url, deadline, total_timeout_s):
            total += len(chunk)
            if total > max_bytes:
                raise PermanentFetchError(url, too_large, status=response.status_code)
            chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise _translate(url, exc, deadline, total_timeout_s) from exc
    return b"".join(chunks)


def _drain(response: httpx.Response, url: str, deadline: float, total_timeout_s: float) -> None:
    """Read a bodiless answer (a 304) to its end, so that its connection can be reused:
    straight from the stream, without ``read``'s decoding layers (~10% of a 304's cost)."""
    try:
        for _ in response.stream:  # type: ignore[union-attr]  # a sync client's stream
            pass
    except httpx.HTTPError as exc:
        raise _translate(url, exc, deadline, total_timeout_s) from exc


def _raw(response: httpx.Response) -> Iterator[bytes]:
    """The undecoded body. Responses built from bytes (``MockTransport``) arrive already read,
    so their stream is iterated again instead of ``iter_raw``."""
    if not response.is_stream_consumed:
        return response.iter_raw()
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):  # pragma: no cover - async stream
        raise TypeError("fetch_url needs a synchronous client")
    return iter(stream)


def _decoded(
    raw: Iterator[bytes], encodings: list[str], url: str, deadline: float, total_timeout_s: float
) -> Iterator[bytes]:
    def timed(chunks: Iterator[bytes]) -> Iterator[bytes]:
        for chunk in chunks:
            if time.monotonic() > deadline:
                raise TransientFetchError(url, f"timed out after {total_timeout_s:g} s")
            yield chunk

    return fetchdecode.decode(timed(raw), encodings, url)
