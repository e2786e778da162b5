"""Conditional GETs reuse their connection: a 304 must not cost a new TCP handshake."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from monitor import fetch, fetchguard


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    connections = 0

    def setup(self) -> None:
        type(self).connections += 1
        super().setup()

    def do_GET(self) -> None:
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.send_header("ETag", '"v1"')
            self.end_headers()
            return
        body = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
        self.send_response(200)
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_twenty_conditional_gets_use_one_connection() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
        client = fetch.build_client(user_agent="monitor-test")
        guard = fetchguard.AddressGuard(["127.0.0.1/32"])
        now = datetime.now(UTC)
        first = fetch.fetch_url(client, url, guard=guard, now=now)
        assert first.status == 200 and first.etag == '"v1"'
        for _ in range(20):
            assert fetch.fetch_url(client, url, guard=guard, now=now, etag=first.etag).status == 304
        client.close()
    finally:
        server.shutdown()
        server.server_close()
    assert _Handler.connections == 1


def test_many_hosts_interleaved_each_keep_one_connection() -> None:
    # More hosts than one shared pool held (20): with a pool per origin, polling feeds
    # round-robin across hosts never evicts another host's keep-alive connection.
    servers = []
    for _ in range(25):
        handler = type("Counting", (_Handler,), {"connections": 0})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append((server, handler))
    try:
        client = fetch.build_client(user_agent="monitor-test")
        guard = fetchguard.AddressGuard(["127.0.0.1/32"])
        now = datetime.now(UTC)
        for _round in range(3):
            for server, _handler in servers:
                url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
                assert fetch.fetch_url(client, url, guard=guard, now=now, etag='"v1"').status == 304
        client.close()
    finally:
        for server, _handler in servers:
            server.shutdown()
            server.server_close()
    assert [handler.connections for _server, handler in servers] == [1] * 25
