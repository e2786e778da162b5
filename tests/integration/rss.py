"""Feed bodies for the test servers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TypeVar

Server = TypeVar("Server", bound=HTTPServer)


def one_item_feed(name: str) -> bytes:
    """An RSS document titled ``name`` with one item about it (guid ``name``)."""
    return (
        f"<rss version='2.0'><channel><title>{name}</title><item><title>About {name}"
        f"</title><link>https://news.example/{name}</link><guid>{name}</guid>"
        "</item></channel></rss>"
    ).encode()


def send_feed(handler: BaseHTTPRequestHandler, name: str) -> None:
    """Answer ``handler``'s request with ``one_item_feed(name)``."""
    body = one_item_feed(name)
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def serving(server: Server) -> Iterator[Server]:
    """Serve on a daemon thread while the caller holds it; shut down and close after."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
