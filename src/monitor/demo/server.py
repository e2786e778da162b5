"""The demo web server: the fictional outlets' pages and feeds on 127.0.0.1, tick by tick.

Also a webhook receiver (``POST /hooks/alerts``) that keeps what apprise's ``json://`` sends.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from monitor.demo import site

logger = logging.getLogger(__name__)

HOOK_PATH = "/hooks/alerts"
_MAX_HOOK_BODY = 1_000_000


class DemoWeb:
    """A threaded HTTP server for the demo, bound to an ephemeral port on 127.0.0.1.

    Use as a context manager. ``set_tick(n)`` switches what every feed and page serves.
    """

    ticks: int = site.TICKS

    def __init__(self, *, port: int = 0, tick: int = 1) -> None:
        self._requested_port = port
        self._lock = threading.Lock()
        self._tick = 1
        self._received: list[dict[str, Any]] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.set_tick(tick)

    # ---- lifecycle --------------------------------------------------------------------------

    def start(self) -> DemoWeb:
        if self._server is not None:
            return self
        handler = _make_handler(self)
        try:
            server = ThreadingHTTPServer(("127.0.0.1", self._requested_port), handler)
        except OSError:
            if not self._requested_port:
                raise
            # The port of an earlier run is taken: any free port still makes a working demo.
            logger.warning("port %d is busy; using a free port", self._requested_port)
            server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            # A short poll interval makes ``stop()`` quick; the demo starts and stops it often.
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="monitor-demo-web",
            daemon=True,
        )
        self._thread.start()
        logger.info("demo web listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None
        self._thread = None

    def __enter__(self) -> DemoWeb:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- the simulated world ----------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("DemoWeb is not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def tick(self) -> int:
        with self._lock:
            return self._tick

    def set_tick(self, n: int) -> None:
        if not 1 <= n <= self.ticks:
            raise ValueError(f"tick must be between 1 and {self.ticks}, not {n}")
        with self._lock:
            self._tick = n

    def tick_now(self, n: int) -> datetime:
        """The simulated "now" (UTC) of a tick: later than everything served at it."""
        return site.TICK_NOW[n]

    def feed_urls(self) -> list[str]:
        return [self.base_url + f.path for f in site.FEEDS]

    def baseline_url(self) -> str:
        return self.base_url + next(a.path for a in site.ARTICLES if a.role == site.Role.BASELINE)

    def receiver_url(self) -> str:
        """The apprise URL that delivers to this server's webhook receiver."""
        return f"json://127.0.0.1:{self.port}{HOOK_PATH}"

    @property
    def received(self) -> list[dict[str, Any]]:
        """A copy of the JSON bodies posted to the receiver, in arrival order."""
        with self._lock:
            return list(self._received)

    @property
    def expectations(self) -> site.DemoExpectations:
        return site.expectations(self.base_url)

    def _record(self, body: dict[str, Any]) -> None:
        with self._lock:
            self._received.append(body)


def _http_date(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)


def _make_handler(web: DemoWeb) -> type[BaseHTTPRequestHandler]:
    feeds = {f.path: f for f in site.FEEDS}
    homes = {f"/{key}/" for key in site.OUTLETS}

    class Handler(BaseHTTPRequestHandler):
        server_version = "DemoNews/1.0"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            logger.debug("%s " + format, self.address_string(), *args)

        def do_HEAD(self) -> None:
            self._get(head=True)

        def do_GET(self) -> None:
            self._get(head=False)

        def do_POST(self) -> None:
            if urlsplit(self.path).path != HOOK_PATH:
                self._send(404, b"not found\n", "text/plain; charset=utf-8")
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > _MAX_HOOK_BODY:
                self._send(413, b"too large\n", "text/plain; charset=utf-8")
                return
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                self._send(400, b"expected a JSON body\n", "text/plain; charset=utf-8")
                return
            web._record(body if isinstance(body, dict) else {"body": body})
            self._send(200, b'{"ok": true}\n', "application/json")

        def _get(self, *, head: bool) -> None:
            path = urlsplit(self.path).path
            tick = web.tick
            base = web.base_url
            if path == "/":
                links = "".join(f'<li><a href="{u}">{u}</a></li>' for u in web.feed_urls())
                page = (
                    f'<!DOCTYPE html><html lang="en"><title>Demo news web</title><ul>{links}</ul>'
                )
                self._send(200, page.encode(), "text/html; charset=utf-8", head=head)
                return
            if path in feeds:
                feed = feeds[path]
                body = site.render_feed(feed, tick, base)
                ctype = {
                    "rss": "application/rss+xml; charset=utf-8",
                    "atom": "application/atom+xml; charset=utf-8",
                    "json": "application/feed+json; charset=utf-8",
                }[feed.kind]
                self._conditional(body, ctype, site.feed_last_modified(feed, tick), head)
                return
            if path in homes:
                page = site.render_home(path.strip("/"), tick, base)
                self._send(200, page.encode(), "text/html; charset=utf-8", head=head)
                return
            article = site.article_by_path(path)
            if article is None or article.tick > tick:
                self._send(404, b"not found\n", "text/plain; charset=utf-8", head=head)
                return
            html = site.render_article(article, tick, base).encode("utf-8")
            self._conditional(html, "text/html; charset=utf-8", article.updated_at(tick), head)

        def _conditional(self, body: bytes, ctype: str, modified: datetime, head: bool) -> None:
            etag = site.etag_for(body)
            validators = {"ETag": etag, "Last-Modified": _http_date(modified)}
            if _not_modified(
                self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since"),
                etag, modified,
            ):  # fmt: skip
                self._send(304, b"", None, extra=validators, head=True)
                return
            self._send(200, body, ctype, extra=validators, head=head)

        def _send(
            self,
            status: int,
            body: bytes,
            ctype: str | None,
            *,
            extra: dict[str, str] | None = None,
            head: bool = False,
        ) -> None:
            self.send_response(status)
            if ctype is not None:
                self.send_header("Content-Type", ctype)
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "max-age=60")
            self.end_headers()
            if not head and status != 304:
                self.wfile.write(body)

    return Handler


def _not_modified(
    if_none_match: str | None, if_modified_since: str | None, etag: str, modified: datetime
) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since when both are sent."""
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return "*" in tags or etag in tags
    if if_modified_since is not None:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            return False
        return modified.replace(microsecond=0) <= since
    return False
