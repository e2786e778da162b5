"""A webhook receiver on 127.0.0.1 whose answer can be switched (200, 500, or hang)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


class Receiver:
    """Keeps every JSON body it accepts; answers ``status`` (or sleeps ``delay_s`` first)."""

    def __init__(self) -> None:
        self.status = 200
        self.delay_s = 0.0
        self.accepted: list[dict[str, Any]] = []
        self.attempts = 0
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                with receiver._lock:
                    receiver.attempts += 1
                    status, delay = receiver.status, receiver.delay_s
                if delay:
                    time.sleep(delay)
                if status == 200:
                    with receiver._lock:
                        receiver.accepted.append(json.loads(body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def apprise_url(self) -> str:
        return f"json://127.0.0.1:{self.server.server_address[1]}/hooks"

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as r:
        yield r
