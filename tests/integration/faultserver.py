"""A real HTTP server on 127.0.0.1 that misbehaves on purpose, for fetch and pipeline tests.

Use ``with FaultServer() as server: server.url("/ok.rss")`` or the ``fault_server`` fixture.
"""

from __future__ import annotations

import gzip
import logging
import random
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

import brotli
import pytest
import zstandard

logger = logging.getLogger(__name__)

__all__ = ["FaultServer", "fault_server"]

ETAG = '"ok-rss-v1"'
LAST_MODIFIED = "Wed, 01 Oct 2025 08:00:00 GMT"
HUGE_BYTES = 200 * 1024 * 1024
BOMB_BYTES = 1024 * 1024 * 1024

OK_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Fault server news</title><link>http://127.0.0.1/</link><description>test</description>
<item><title>Harbour bridge reopens after repairs</title><link>/news/bridge</link>
<guid isPermaLink="false">fs-1</guid><pubDate>Tue, 30 Sep 2025 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The bridge &lt;b&gt;reopened&lt;/b&gt; on Tuesday.&lt;/p&gt;
</description></item>
<item><title>Council approves budget</title><link>http://127.0.0.1/news/budget?utm_source=rss</link>
<pubDate>Mon, 29 Sep 2025 09:30:00 +0200</pubDate><description>Budget passed.</description></item>
<item><title>Storm warning issued</title><description>Winds up to 120 km/h.</description></item>
</channel></rss>
"""

OK_ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fault server atom</title>
<id>urn:fs:atom</id><updated>2025-10-01T08:00:00Z</updated>
<entry><id>urn:fs:1</id><title>Port strike ends</title><link href="http://127.0.0.1/a/1"/>
<updated>2025-10-01T07:00:00Z</updated><summary>Dockers return to work.</summary></entry>
<entry><id>urn:fs:2</id><title type="html">Ferry &lt;em&gt;delays&lt;/em&gt;</title>
<link href="http://127.0.0.1/a/2"/><published>2025-09-30T07:00:00+01:00</published>
<summary>Fog.</summary></entry>
</feed>
"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><guid>x</guid></item></channel></rss>
"""

HTML_PAGE = b"""<!DOCTYPE html><html><head><title>Welcome</title></head>
<body><h1>Our news</h1><p>This is a web page, not a feed.</p></body></html>
"""

# Declares UTF-8 but is encoded in windows-1252 (the e-acute is the single byte 0xE9).
WRONG_CHARSET = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Caf\u00e9 news'
    "</title><item><title>Caf\u00e9 reopens on the quay</title><guid>wc-1</guid>"
    "<link>http://127.0.0.1/wc/1</link></item></channel></rss>\n"
).encode("cp1252")


def _gzip_bomb() -> bytes:
    """About 1 MB of gzip that inflates to 1 GiB: 64 gzip members of 16 MiB of zeros each."""
    member = gzip.compress(b"\0" * (16 * 1024 * 1024), compresslevel=9)
    return member * (BOMB_BYTES // (16 * 1024 * 1024))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go in separate writes: no 40 ms stalls
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        logger.debug("faultserver: " + format, *args)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        self.server.record(self.path, dict(self.headers.items()))
        route = _ROUTES.get(path)
        if route is None:
            for prefix, handler in _PREFIX_ROUTES.items():
                if path.startswith(prefix):
                    route = handler
                    break
        if route is None:
            self._send(404, b"not found", "text/plain")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client hung up: expected for caps and deadlines

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str = "application/rss+xml",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, status: int, location: str) -> None:
        self._send(status, b"", "text/plain", {"Location": location})

    def _chunked(self, chunks: Iterator[bytes], headers: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")

    # Routes ---------------------------------------------------------------------------------

    def ok_rss(self) -> None:
        if self.headers.get("If-None-Match") == ETAG or (
            self.headers.get("If-None-Match") is None
            and self.headers.get("If-Modified-Since") == LAST_MODIFIED
        ):
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.end_headers()
            return
        self._send(
            200,
            OK_RSS,
            "application/rss+xml; charset=utf-8",
            {"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
        )

    def ok_atom(self) -> None:
        self._send(200, OK_ATOM, "application/atom+xml")

    def encoded(self) -> None:
        encoding = self.path.rsplit("/", 1)[-1]
        compress: dict[str, Callable[[bytes], bytes]] = {
            "gzip": gzip.compress,
            "deflate": zlib.compress,
            "br": brotli.compress,
            "zstd": zstandard.ZstdCompressor().compress,
        }
        body = compress[encoding](OK_RSS)
        self._send(200, body, "application/rss+xml", {"Content-Encoding": encoding})

    def reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send a TCP RST instead of a FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def trickle(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", "120")
        self.end_headers()
        self.wfile.flush()
        for byte in OK_RSS[:120]:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(1.0)

    def slow_headers(self) -> None:
        # A header a byte a second: each read succeeds, only a total deadline stops it.
        self.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for byte in b"X-Padding: " + b"z" * 200:
            self.wfile.write(bytes([byte]))
            time.sleep(1.0)
        self.close_connection = True

    def slow(self) -> None:
        self.server.enter()
        try:
            time.sleep(0.05)
            self._send(200, OK_RSS, "application/rss+xml")
        finally:
            self.server.leave()

    def huge(self) -> None:
        block = b"<!-- padding -->" * 4096  # 64 KiB
        self._chunked(
            (block for _ in range(HUGE_BYTES // len(block))), {"Content-Type": "application/xml"}
        )

    def huge_declared(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(HUGE_BYTES))
        self.end_headers()
        self.close_connection = True  # never sends the body: the client must refuse early

    def gzip_bomb(self) -> None:
        self._send(200, self.server.gzip_bomb(), "application/xml", {"Content-Encoding": "gzip"})

    def redirect_loop(self) -> None:
        self._redirect(302, "/redirect-loop-b")

    def redirect_loop_b(self) -> None:
        self._redirect(302, "/redirect-loop")

    def redirect_private(self) -> None:
        self._redirect(302, f"http://127.0.0.2:{self.server.server_port}/ok.rss")

    def redirect_301(self) -> None:
        self._redirect(301, "/redirect-308")

    def redirect_308(self) -> None:
        self._redirect(308, "/ok.rss")

    def redirect_302(self) -> None:
        self._redirect(302, "/redirect-308")

    def redirect_chain(self) -> None:
        # /chain/5 -> /chain/4 -> ... -> /chain/0 -> /ok.rss
        step = int(self.path.rsplit("/", 1)[-1])
        self._redirect(301, "/ok.rss" if step <= 0 else f"/chain/{step - 1}")

    def redirect_ftp(self) -> None:
        self._redirect(302, "ftp://127.0.0.1/feed.xml")

    def status(self) -> None:
        code = int(self.path.strip("/").split("?")[0])
        headers = {"Retry-After": {503: "120", 429: "30"}[code]} if code in (503, 429) else {}
        self._send(code, f"status {code}".encode(), "text/plain", headers)

    def billion_laughs(self) -> None:
        self._send(200, BILLION_LAUGHS, "application/xml")

    def html(self) -> None:
        self._send(200, HTML_PAGE, "application/rss+xml")

    def empty(self) -> None:
        self._send(200, b"", "application/rss+xml")

    def wrong_charset(self) -> None:
        self._send(200, WRONG_CHARSET, "application/rss+xml; charset=iso-8859-5")

    def junk(self) -> None:
        self._send(200, random.Random(7).randbytes(4096), "application/rss+xml")


_ROUTES: dict[str, Callable[[_Handler], None]] = {
    "/ok.rss": _Handler.ok_rss,
    "/ok.atom": _Handler.ok_atom,
    "/500": _Handler.status,
    "/503": _Handler.status,
    "/404": _Handler.status,
    "/410": _Handler.status,
    "/429": _Handler.status,
    "/403": _Handler.status,
    "/reset": _Handler.reset,
    "/trickle": _Handler.trickle,
    "/slow-headers": _Handler.slow_headers,
    "/slow": _Handler.slow,
    "/huge": _Handler.huge,
    "/huge-declared": _Handler.huge_declared,
    "/gzip-bomb": _Handler.gzip_bomb,
    "/redirect-loop": _Handler.redirect_loop,
    "/redirect-loop-b": _Handler.redirect_loop_b,
    "/redirect-private": _Handler.redirect_private,
    "/redirect-301": _Handler.redirect_301,
    "/redirect-302": _Handler.redirect_302,
    "/redirect-308": _Handler.redirect_308,
    "/redirect-ftp": _Handler.redirect_ftp,
    "/billion-laughs": _Handler.billion_laughs,
    "/html": _Handler.html,
    "/empty": _Handler.empty,
    "/wrong-charset": _Handler.wrong_charset,
    "/junk": _Handler.junk,
}
_PREFIX_ROUTES: dict[str, Callable[[_Handler], None]] = {
    "/chain/": _Handler.redirect_chain,
    "/encoded/": _Handler.encoded,
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self._lock = threading.Lock()
        self._bomb: bytes | None = None
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.in_flight = 0
        self.peak_in_flight = 0

    def enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((path, headers))

    def gzip_bomb(self) -> bytes:
        with self._lock:
            if self._bomb is None:
                self._bomb = _gzip_bomb()
            return self._bomb

    def handle_error(self, request: object, client_address: object) -> None:
        logger.debug("faultserver: error serving %s", client_address, exc_info=True)


class FaultServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 with one endpoint per failure mode.

    Feeds: /ok.rss (ETag, Last-Modified, 304 when matched), /ok.atom, /encoded/{gzip,deflate,
    br,zstd} (ok.rss compressed). Statuses: /500, /503 (Retry-After: 120), /404, /410, /429
    (Retry-After: 30), /403. Connections: /reset (TCP reset), /trickle (a body byte a second),
    /slow-headers (a header byte a second). Size: /huge (200 MB chunked), /huge-declared
    (Content-Length 200 MB), /gzip-bomb (1 GiB inflated). Redirects: /redirect-loop,
    /redirect-private (302 to 127.0.0.2), /redirect-301 and /redirect-302 (then 308 to
    /ok.rss), /chain/N (N 301 hops), /redirect-ftp. Bodies: /billion-laughs, /html, /empty,
    /wrong-charset, /junk. Load: /slow (ok.rss after 50 ms; ``peak_in_flight`` counts how many
    were served at once). ``requests`` lists (path, headers) of every request received.
    """

    def __init__(self) -> None:
        self._server = _Server()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._server.server_port

    @property
    def peak_in_flight(self) -> int:
        """The most requests to /slow served at once since the server started."""
        return self._server.peak_in_flight

    @property
    def requests(self) -> list[tuple[str, dict[str, str]]]:
        return self._server.requests

    def url(self, path: str, *, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@pytest.fixture(scope="session")
def fault_server() -> Iterator[FaultServer]:
    """One ``FaultServer`` for the whole test session."""
    with FaultServer() as server:
        yield server
