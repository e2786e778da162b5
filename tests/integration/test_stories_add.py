"""`monitor stories add` through the real CLI: a saved page, a page on a real 127.0.0.1 server,
and the bad inputs that must change nothing (a 404, a page that is no article, no date)."""

from __future__ import annotations

from pathlib import Path

from pytest_httpserver import HTTPServer

from monitor.config import load_config
from tests.integration.cli import monitor as _monitor
from tests.unit.test_storymodel import BASELINE_TEXT, BASELINE_TITLE

URL = "https://news.example/port-alder/bridge-collapse"


def _page(title: str = BASELINE_TITLE, text: str = BASELINE_TEXT, dated: bool = True) -> str:
    meta = '<meta property="article:published_time" content="2026-03-03T18:00:00Z">'
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (f"<html><head><title>{title}</title>{meta if dated else ''}</head>"
            f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>")  # fmt: skip


def _one_story_reaching_loopback(folder: Path) -> Path:
    """A configuration holding the saved page's story, whose fetches may reach 127.0.0.1."""
    (folder / "page.html").write_text(_page())
    done = _monitor("stories", "add", "--url", URL, "--file", "page.html", cwd=folder)
    assert done.returncode == 0, done.stderr
    config = folder / "monitor.toml"
    config.write_text('[fetch]\nprivate_networks_allowed = ["127.0.0.1/32"]\n' + config.read_text())
    return config


def test_a_saved_page_becomes_a_story_judged_by_its_model(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(_page())
    done = _monitor("stories", "add", "--url", URL, "--file", "page.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    slug = "harbour-street-bridge-collapses-alder-2026"
    assert f"added story {slug!r} to monitor.toml" in done.stdout
    assert "judged by its story model (en)" in done.stdout and "port alder" in done.stdout
    (story,) = load_config(tmp_path / "monitor.toml").stories
    assert (story.slug, story.url, story.published.isoformat()) == (slug, URL, "2026-03-03")
    assert story.baseline_file == tmp_path / f"{slug}.baseline.txt"
    assert story.baseline_file.read_text().startswith(BASELINE_TITLE + "\n")
    shown = _monitor("stories", "show", slug, cwd=tmp_path)
    assert shown.returncode == 0 and "port alder" in shown.stdout
    again = _monitor("stories", "add", "--url", URL, "--file", "page.html", "--slug", slug,
                     cwd=tmp_path)  # fmt: skip
    assert again.returncode == 1 and "is configured already" in again.stderr


def test_a_page_on_a_local_server_is_fetched_through_the_guard(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    config = _one_story_reaching_loopback(tmp_path)
    title = "Gale Knocks Out Power Across the Kelvin Peninsula"
    text = "\n\n".join(
        f"Gusts of more than 100 km/h knocked out power to {n},000 homes across the Kelvin "
        f"Peninsula on Sunday, the Marrow Valley Electric cooperative said in update {n}."
        for n in range(30, 36)
    )
    httpserver.expect_request("/gale").respond_with_data(
        _page(title, text), content_type="text/html"
    )
    done = _monitor("stories", "add", "--url", httpserver.url_for("/gale"), "--slug", "gale",
                    cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert [s.slug for s in load_config(config).stories][-1] == "gale"


def test_bad_inputs_say_why_and_change_nothing(tmp_path: Path, httpserver: HTTPServer) -> None:
    config = _one_story_reaching_loopback(tmp_path)
    httpserver.expect_request("/gone").respond_with_data("not here", status=404)
    (tmp_path / "stub.html").write_text(_page("Subscribe", "Subscribe to keep reading."))
    (tmp_path / "undated.html").write_text(_page(dated=False))
    before = sorted(p.name for p in tmp_path.iterdir()), config.read_text()
    cases = [
        (["--url", httpserver.url_for("/gone")], "fetch failed"),
        (["--url", URL, "--file", "stub.html"], "is not an article (too short"),
        (["--url", URL, "--file", "undated.html", "--slug", "u"], "no publication date found"),
        (["--url", URL, "--file", "page.html", "--published", "June"], "not a date like"),
    ]
    for args, message in cases:
        done = _monitor("stories", "add", *args, cwd=tmp_path)
        assert done.returncode != 0, args
        assert done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
        assert (sorted(p.name for p in tmp_path.iterdir()), config.read_text()) == before
