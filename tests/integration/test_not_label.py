"""A reader's `not` teaches, through the real CLI on a real DuckDB file: after one look-alike
is labelled `not`, the next run turns down a second look-alike like it, naming the first, and
still accepts a follow-up unlike it; `monitor stories show` lists the rejected article."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from monitor.config import load_config
from monitor.pipeline import run_once
from monitor.store import open_reader
from tests.integration.cli import monitor as _monitor
from tests.integration.rss import serving
from tests.integration.test_any_story import CONFIG as BRIDGE_CONFIG
from tests.unit.test_exemplars import LOOK_ALIKE_FIRST, LOOK_ALIKE_SECOND
from tests.unit.test_storymodel import BASELINE_TEXT, BASELINE_TITLE, FOLLOW_UP

SLUG = "harbour-street-bridge"
# Each page: its headline and text, its date, and the run from which its feed lists it.
PAGES = {
    "kelvin-point-closed": (LOOK_ALIKE_FIRST, "2026-04-08", 1),
    "kelvin-point-summer": (LOOK_ALIKE_SECOND, "2026-05-11", 2),
    "gusset-plates": (FOLLOW_UP, "2026-05-12", 2),
}


class _Web(ThreadingHTTPServer):
    run = 1  # which run's feed is served


def _handler(web: _Web) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            base = f"http://127.0.0.1:{web.server_address[1]}"
            name = self.path.strip("/")
            if name == "feed.xml":
                body, kind = _feed(base, web.run), "application/rss+xml"
            elif name in PAGES:
                body, kind = _page(name), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def _feed(base: str, run: int) -> bytes:
    items = "".join(
        f"<item><title>{html.escape(title)}</title><link>{base}/{name}</link>"
        f"<guid>{name}</guid><pubDate>{_rfc822(day)}</pubDate></item>"
        for name, ((title, _), day, first) in PAGES.items()
        if first <= run
    )
    channel = f"<channel><title>Port Alder news</title>{items}</channel>"
    return f"<rss version='2.0'>{channel}</rss>".encode()


def _rfc822(day: str) -> str:
    return (
        datetime.fromisoformat(day)
        .replace(hour=9, tzinfo=UTC)
        .strftime("%a, %d %b %Y %H:%M:%S +0000")
    )


def _page(name: str) -> bytes:
    (title, text), day, _ = PAGES[name]
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return (
        f"<html><head><title>{html.escape(title)}</title>"
        f'<meta property="article:published_time" content="{day}T09:00:00+00:00"></head>'
        f"<body><article><h1>{html.escape(title)}</h1>{paragraphs}</article></body></html>"
    ).encode()


def _served() -> Iterator[_Web]:
    web = _Web(("127.0.0.1", 0), BaseHTTPRequestHandler)
    web.RequestHandlerClass = _handler(web)
    yield from serving(web)


def _config(tmp_path: Path, web: _Web) -> Path:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    path = tmp_path / "monitor.toml"
    path.write_text(
        f"""
[storage]
db = "monitor.duckdb"

[fetch]
private_networks_allowed = ["127.0.0.1/32"]
host_delay_s = 0.0

[[stories]]
slug = "{SLUG}"
title = "{BASELINE_TITLE}"
published = "2026-03-03"
url = "https://news.example/port-alder/bridge-collapse"
baseline_file = "baseline.txt"

[[feeds]]
url = "http://127.0.0.1:{web.server_address[1]}/feed.xml"
"""
    )
    return path


def _assessments(config: Path) -> dict[str, dict[str, Any]]:
    """The stored decisions, by page name."""
    with open_reader(load_config(config).db) as store:
        rows = store.sql("SELECT url, follow_up, score, reasons FROM assessments")
    return {r["url"].rsplit("/", 1)[-1]: r for r in rows}


def _followups(config: Path) -> set[str]:
    done = _monitor("followups", "--config", str(config), "--json", "--story", SLUG)
    assert done.returncode == 0, done.stderr
    return {json.loads(line)["url"].rsplit("/", 1)[-1] for line in done.stdout.splitlines()}


def test_a_not_label_turns_down_the_next_look_alike_and_keeps_an_unlike_follow_up(
    tmp_path: Path,
) -> None:
    for web in _served():
        config_path = _config(tmp_path, web)
        config = load_config(config_path)
        run_once(config, datetime(2026, 4, 9, tzinfo=UTC))
        first = f"http://127.0.0.1:{web.server_address[1]}/kelvin-point-closed"
        assert _followups(config_path) == {"kelvin-point-closed"}  # taken for one

        done = _monitor("label", first, "--story", SLUG, "not", "--config", str(config_path))
        assert done.returncode == 0, done.stderr
        assert "the program had judged it a follow-up" in done.stdout

        web.run = 2
        run_once(config, datetime(2026, 5, 13, tzinfo=UTC))
    assert _followups(config_path) == {"gusset-plates"}
    judged = _assessments(config_path)
    second = judged["kelvin-point-summer"]
    assert second["follow_up"] is False
    assert second["score"] >= 0.56  # the story model alone took it for a follow-up
    assert second["reasons"][-1].startswith(
        f"reads like {LOOK_ALIKE_FIRST[0]!r}, which a reader labelled not a follow-up ("
    )

    shown = _monitor("stories", "show", SLUG, "--config", str(config_path), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["rejected"] == [
        {"url": first, "title": LOOK_ALIKE_FIRST[0], "exemplar": True}
    ]
    text = _monitor("stories", "show", SLUG, "--config", str(config_path))
    assert "turns down look-alikes of what a reader labelled not a follow-up:" in text.stdout


def test_assess_turns_down_a_later_line_like_one_labelled_false(tmp_path: Path) -> None:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    config = tmp_path / "monitor.toml"
    config.write_text(BRIDGE_CONFIG)
    docs = [
        {"id": name, "url": f"https://news.example/{name}", "title": title, "published": day,
         "text": text} | ({"label": False} if name == "kelvin-point-closed" else {})
        for name, ((title, text), day, _) in PAGES.items()
    ]  # fmt: skip
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(d) + "\n" for d in docs))
    done = _monitor("assess", "--config", str(config), "--story", SLUG, str(inp))
    assert done.returncode == 0, done.stderr
    out = {r["id"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert out["kelvin-point-closed"]["follow_up"] is True  # its own line: the program's
    assert out["kelvin-point-summer"]["follow_up"] is False
    assert out["kelvin-point-summer"]["reasons"][-1].startswith(
        f"reads like {LOOK_ALIKE_FIRST[0]!r}, which a reader labelled not a follow-up ("
    )
    assert out["gusset-plates"]["follow_up"] is True
