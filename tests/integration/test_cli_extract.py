"""`monitor extract` through the real command line: files, a 127.0.0.1 URL, the guard."""

from __future__ import annotations

import http.server
import json
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration import cli

PARAGRAPHS = [
    f"Paragraph {i} says that the harbour bridge in the old town will close for eighteen "
    "months while engineers replace its rusted steel frame and the council runs a ferry."
    for i in range(6)
]
ARTICLE = (
    '\ufeff<?xml version="1.0" encoding="utf-8"?>\n<!-- saved by a browser -->\n'
    '<html lang="en-GB"><head><title>Harbour bridge to close</title>'
    '<meta property="article:published_time" content="2021-06-10T08:00:00Z"></head><body>'
    "<nav>Home | Local</nav><article><h1>Harbour bridge to close</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><footer>Contact us</footer></body></html>"
)
SHORT = "<html><body><article><p>Bridge closed.</p></article></body></html>"


def monitor(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return cli.monitor(*args, cwd=cwd, timeout=120)


@pytest.fixture
def site() -> Iterator[str]:
    pages = {"/bridge": ARTICLE.encode(), "/short": SHORT.encode()}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _config(folder: Path, allowed: str) -> Path:
    (folder / "baseline.txt").write_text("Harbour bridge\nThe bridge will close.\n")
    path = folder / "monitor.toml"
    path.write_text(
        f"""
[fetch]
private_networks_allowed = [{allowed}]

[[stories]]
slug = "bridge"
title = "Harbour bridge to close"
published = "2021-06-01"
url = "https://news.example/bridge"
baseline_file = "baseline.txt"
""",
        encoding="utf-8",
    )
    return path


def test_extract_a_file_as_json(tmp_path: Path) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(ARTICLE, encoding="utf-8")
    short = tmp_path / "short.html"
    short.write_text(SHORT, encoding="utf-8")
    done = monitor(
        "extract", "--json", "--url", "https://news.example/bridge", str(page), str(short),
        "missing.html", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # not every input is an article
    first, second, third = (json.loads(line) for line in done.stdout.splitlines())
    assert {"input", "ok", "reason", "title", "published", "text"} <= set(first)
    assert first["input"] == str(page) and first["ok"] is True and first["reason"] is None
    assert first["title"] == "Harbour bridge to close"
    assert first["published"] == "2021-06-10"
    assert first["language"] == "en"
    assert first["url"] == "https://news.example/bridge"
    assert all(p in first["text"] for p in PARAGRAPHS)
    assert "Contact us" not in first["text"]
    assert second["ok"] is False and second["text"] == ""
    assert second["reason"].startswith("too short to be an article")
    assert third == {
        **third,
        "ok": False,
        "reason": "cannot read missing.html: No such file or directory",
    }


def test_extract_prints_a_readable_verdict_without_json(tmp_path: Path) -> None:
    page = tmp_path / "bridge.html"
    page.write_text(ARTICLE, encoding="utf-8")
    done = monitor("extract", str(page), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"{page}: article, ") and lines[0].endswith(" words")
    assert "  title: Harbour bridge to close" in lines
    assert "  published: 2021-06-10" in lines
    assert PARAGRAPHS[3] in done.stdout


def test_extract_a_url_through_the_guarded_client(tmp_path: Path, site: str) -> None:
    allowed = _config(tmp_path, '"127.0.0.1/32"')
    urls = (f"{site}/bridge", f"{site}/short", f"{site}/gone")
    done = monitor("extract", "--json", "--config", str(allowed), *urls, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    bridge, short, gone = (json.loads(line) for line in done.stdout.splitlines())
    assert bridge["ok"] is True and bridge["url"] == f"{site}/bridge"
    assert bridge["title"] == "Harbour bridge to close"
    assert all(p in bridge["text"] for p in PARAGRAPHS)
    assert short["ok"] is False and "too short" in short["reason"]
    assert gone["ok"] is False and gone["reason"].startswith("fetch failed:")
    assert "404" in gone["reason"]


def test_the_address_guard_refuses_loopback_unless_allowed(tmp_path: Path, site: str) -> None:
    # no configuration at all: public addresses only
    done = monitor("extract", f"{site}/bridge", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.strip() == (
        f"{site}/bridge: skipped: fetch failed: address guard refused 127.0.0.1 (loopback)"
    )
    # monitor.toml in the working directory is read when present
    _config(tmp_path, '"127.0.0.1/32"')
    assert monitor("extract", f"{site}/bridge", cwd=tmp_path).returncode == 0


def test_a_bad_configuration_is_one_sentence(tmp_path: Path) -> None:
    done = monitor("extract", "--config", "nowhere.toml", "x.html", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == "monitor: configuration file not found: nowhere.toml"
    assert "Traceback" not in done.stderr
