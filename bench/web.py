"""The fixture web: RSS feeds on many 127.0.0.x hosts whose items point at real article pages
(the aeb corpus, each URL a distinct word-shuffled variant), served by a lean asyncio server
in its own process, with ETag/Last-Modified/304 and a control endpoint to switch scenarios.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import logging
import random
import re
import resource
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from html import escape
from pathlib import Path
from types import TracebackType
from typing import Any

from bench.scenarios import REPO, SCENARIOS, WebShape

log = logging.getLogger(__name__)

CONTROL = "/_bench/"
_MARKUP = re.compile(
    rb"(<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<[^>]*>)", re.I | re.S
)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.I | re.S)
_FEED_PATH = re.compile(r"/feeds/(\d+)\.xml")
_PAGE_PATH = re.compile(r"/a/(\d+)/(\d+)\.html")


# -- content --------------------------------------------------------------------------------


def load_pages(corpus: Path) -> tuple[list[bytes], list[str], list[str]]:
    """The aeb pages (gunzipped, in name order), their titles, and a summary of each body."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    pages, titles, summaries = [], [], []
    for path in sorted(corpus.glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes())
        pages.append(html)
        found = _TITLE.search(html[:200_000])
        title = found.group(1).decode("utf-8", "replace").strip() if found else ""
        titles.append(" ".join(title.split())[:150] or path.name[:12])
        body = truth.get(path.name.removesuffix(".html.gz"), {}).get("articleBody", "")
        summaries.append(" ".join(body.split())[:300])
    if not pages:
        raise FileNotFoundError(f"no *.html.gz pages in {corpus}")
    return pages, titles, summaries


def vary_page(html: bytes, variant: int, seed: int) -> bytes:
    """Variant 0 is the page itself; others shuffle the words of every text run, so each
    variant is a different text (no SimHash near-copy) with the same markup, words and length.
    """
    if variant == 0:
        return html
    rng = random.Random(seed)
    parts = _MARKUP.split(html)
    for j in range(0, len(parts), 2):
        words = parts[j].split(b" ")
        if len(words) >= 6:
            rng.shuffle(words)
            parts[j] = b" ".join(words)
    return b"".join(parts)


def render_feed(
    shape: WebShape, feed: int, version: int, titles: list[str], summaries: list[str]
) -> bytes:
    """One RSS 2.0 feed: ``shape.items`` items, newest first."""
    n = len(titles)
    items = []
    for item in reversed(shape.item_ids(feed, version)):
        tid = shape.text_id(feed, item)
        url = shape.article_url(feed, item)
        when = shape.item_published(feed, item).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(
            "<item>"
            f"<title>{escape(titles[tid % n])} ({tid})</title>"
            f"<link>{url}</link>"
            f'<guid isPermaLink="true">{url}</guid>'
            f"<pubDate>{when}</pubDate>"
            f"<description>{escape('<p>' + summaries[tid % n] + '</p>')}</description>"
            "</item>"
        )
    host = f"http://{shape.host_of(feed)}:{shape.port}/"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>Fixture feed {feed:05d}</title><link>{host}</link>"
        f"<description>Benchmark feed {feed} on {host}</description>"
        + "".join(items)
        + "</channel></rss>\n"
    ).encode()


class Content:
    """What the server answers, precomputed where it matters for speed."""

    def __init__(self, shape: WebShape, corpus: Path) -> None:
        self.shape = shape
        self.pages, self.titles, self.summaries = load_pages(corpus)
        self.scenario = "cold"
        self.feeds: dict[tuple[int, int], bytes] = {}
        self._variants: dict[int, bytes] = {}
        self.counts: dict[str, int] = {}
        self.cpu_at_reset = 0.0

    def render(self, shape: WebShape) -> None:
        """Render every feed (they name their host and port, so once the port is known)."""
        self.shape = shape
        for feed in range(shape.feeds):
            self.feeds[(feed, 0)] = render_feed(shape, feed, 0, self.titles, self.summaries)
        for feed in shape.changed_feeds():
            for version in (1, 2):
                self.feeds[(feed, version)] = render_feed(
                    shape, feed, version, self.titles, self.summaries
                )

    def page(self, text_id: int) -> bytes:
        cached = self._variants.get(text_id)
        if cached is None:
            n = len(self.pages)
            cached = vary_page(self.pages[text_id % n], text_id // n, text_id)
            self._variants[text_id] = cached
        return cached

    def prerender(self, limit: int = 600) -> None:
        """The variants a run will fetch: a capped cold run's first pages, and the new ones of
        mixed and double."""
        shape = self.shape
        for tid in range(min(limit, shape.feeds * shape.items)):
            self.page(tid)
        for feed in shape.changed_feeds():
            for item in shape.item_ids(feed, 2):
                if item >= shape.items:
                    self.page(shape.text_id(feed, item))

    def count(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1

    def respond(
        self, path: str, host: str, headers: dict[bytes, bytes]
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        shape = self.shape
        if path.startswith(CONTROL):
            return self._control(path[len(CONTROL) :])
        match = _FEED_PATH.fullmatch(path)
        if match:
            feed = int(match.group(1))
            if feed >= shape.feeds or host != shape.host_of(feed):
                return self._missing()
            version = shape.version(feed, self.scenario)
            etag = shape.etag(feed, version)
            modified = shape.last_modified(feed, version)
            fresh_headers = [("ETag", etag), ("Last-Modified", modified)]
            if shape.honours_conditional(feed, self.scenario):
                inm = headers.get(b"if-none-match")
                ims = headers.get(b"if-modified-since")
                if (inm is not None and inm.decode() == etag) or (
                    inm is None and ims is not None and ims.decode() == modified
                ):
                    self.count("feed_304")
                    return 304, fresh_headers, b""
            self.count("feed_200")
            return (
                200,
                [("Content-Type", "application/rss+xml; charset=utf-8"), *fresh_headers],
                self.feeds[(feed, version)],
            )
        match = _PAGE_PATH.fullmatch(path)
        if match:
            feed, item = int(match.group(1)), int(match.group(2))
            if (
                feed >= shape.feeds
                or item >= shape.items + shape.most_new
                or host != shape.host_of(feed)
            ):
                return self._missing()
            self.count("page_200")
            return 200, [("Content-Type", "text/html")], self.page(shape.text_id(feed, item))
        return self._missing()

    def _missing(self) -> tuple[int, list[tuple[str, str]], bytes]:
        self.count("404")
        return 404, [("Content-Type", "text/plain")], b"not found\n"

    def _control(self, command: str) -> tuple[int, list[tuple[str, str]], bytes]:
        name, _, arg = command.partition("/")
        if name == "scenario" and arg in SCENARIOS:
            self.scenario = arg
            body: dict[str, Any] = {"scenario": arg}
        elif name == "stats":
            body = {
                "scenario": self.scenario,
                "counts": dict(self.counts),
                "cpu_s": round(_cpu_s() - self.cpu_at_reset, 3),
            }
        elif name == "reset":
            self.counts.clear()
            self.cpu_at_reset = _cpu_s()
            body = {"reset": True}
        else:
            return 400, [("Content-Type", "text/plain")], b"unknown control command\n"
        return 200, [("Content-Type", "application/json")], json.dumps(body).encode()


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# -- the server -----------------------------------------------------------------------------

_REASONS = {200: "OK", 304: "Not Modified", 400: "Bad Request", 404: "Not Found"}


class _HttpProtocol(asyncio.Protocol):
    """Just enough HTTP/1.1 for GET with keep-alive; responses are prebuilt bytes."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > 65536:
                    self.transport.close()
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            self._answer(head)

    def _answer(self, head: bytes) -> None:
        assert self.transport is not None
        lines = head.split(b"\r\n")
        try:
            method, target, _version = lines[0].split(b" ", 2)
        except ValueError:
            self.transport.close()
            return
        headers: dict[bytes, bytes] = {}
        for line in lines[1:]:
            key, _, value = line.partition(b":")
            headers[key.strip().lower()] = value.strip()
        host = headers.get(b"host", b"").decode("latin-1").rsplit(":", 1)[0]
        path = target.decode("latin-1").split("?", 1)[0]
        status, extra, body = self.content.respond(path, host, headers)
        close = headers.get(b"connection", b"").lower() == b"close"
        out = [f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}"]
        out += [f"{k}: {v}" for k, v in extra]
        if status != 304:
            out.append(f"Content-Length: {len(body)}")
        if close:
            out.append("Connection: close")
        payload = ("\r\n".join(out) + "\r\n\r\n").encode("latin-1")
        if method != b"HEAD" and status != 304:
            payload += body
        self.transport.write(payload)
        if close:
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def _listen(
    content: Content, addresses: list[str], fixed_port: int = 0
) -> tuple[int, list[asyncio.Server]]:
    loop = asyncio.get_running_loop()
    for _attempt in range(1 if fixed_port else 20):
        servers: list[asyncio.Server] = []
        try:
            first = await loop.create_server(
                lambda: _HttpProtocol(content), addresses[0], fixed_port, backlog=1024
            )
            servers.append(first)
            port = first.sockets[0].getsockname()[1]
            for address in addresses[1:]:
                servers.append(
                    await loop.create_server(
                        lambda: _HttpProtocol(content), address, port, backlog=1024
                    )
                )
            return port, servers
        except OSError:  # the port is taken on another address: try another one
            for server in servers:
                server.close()
    raise OSError(f"port {fixed_port or 'any'} not free on every fixture address")


def serve(shape: WebShape, corpus: Path, report: Callable[[dict[str, Any]], None]) -> None:
    """The server process: prepare the content, listen on every host, report the port."""
    try:
        loop = asyncio.new_event_loop()
        started = time.perf_counter()
        content = Content(shape, corpus)
        listening = _listen(content, shape.host_addresses(), shape.port)
        port, _servers = loop.run_until_complete(listening)
        content.render(shape.with_port(port))
        content.prerender()
    except Exception as exc:
        report({"error": f"{type(exc).__name__}: {exc}"})
        raise
    report({"port": port, "setup_s": round(time.perf_counter() - started, 2)})
    loop.run_forever()


class FixtureWeb:
    """The fixture web in a child process (``python -m bench.web``); a context manager.

    ``shape`` gains its port once started; ``set_scenario`` switches what every feed serves.
    """

    def __init__(self, shape: WebShape, corpus: Path, *, start_timeout_s: float = 300) -> None:
        self.shape = shape
        self.corpus = corpus
        self.start_timeout_s = start_timeout_s
        self.setup_s = 0.0
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> FixtureWeb:
        cmd = [
            sys.executable,
            "-m",
            "bench.web",
            "--feeds",
            str(self.shape.feeds),
            "--items",
            str(self.shape.items),
            "--hosts",
            str(self.shape.hosts),
            "--corpus",
            str(self.corpus),
            "--port",
            str(self.shape.port),
        ]
        self._process = subprocess.Popen(
            cmd, cwd=REPO, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline()  # blocks until ready, or EOF if it died
        try:
            info = json.loads(line)
        except ValueError:
            info = {"error": f"no ready line (exit code {self._process.poll()})"}
        if "error" in info:
            self.close()
            raise RuntimeError(f"the fixture web failed to start: {info['error']}")
        self.shape = self.shape.with_port(int(info["port"]))
        self.setup_s = float(info["setup_s"])
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    def close(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(10)
            if self._process.stdout:
                self._process.stdout.close()
            self._process = None

    def _control(self, command: str) -> dict[str, Any]:
        url = f"http://{self.shape.host_of(0)}:{self.shape.port}{CONTROL}{command}"
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(url, timeout=10) as response:
            result: dict[str, Any] = json.loads(response.read())
        return result

    def set_scenario(self, name: str) -> None:
        if name not in SCENARIOS:
            raise ValueError(f"unknown scenario {name!r}")
        self._control(f"scenario/{name}")

    def stats(self) -> dict[str, Any]:
        return self._control("stats")

    def reset_stats(self) -> None:
        self._control("reset")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="serve the fixture web (a bench child)")
    parser.add_argument("--feeds", type=int, default=WebShape.feeds)
    parser.add_argument("--items", type=int, default=WebShape.items)
    parser.add_argument("--hosts", type=int, default=WebShape.hosts)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    args = parser.parse_args(argv)
    shape = WebShape(feeds=args.feeds, items=args.items, hosts=args.hosts, port=args.port)

    def report(info: dict[str, Any]) -> None:
        print(json.dumps(info), flush=True)

    serve(shape, args.corpus, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
