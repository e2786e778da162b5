"""The HTML report rendered by headless Chromium: what a reader sees first, on a phone too.

Skipped when ``/usr/bin/chromium`` is absent (Debian package ``chromium``). The demo story's
page is measured at 390, 500 and 1280 CSS pixels (``bench.report_layout``); screenshots of it
are kept beside the report for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from bench.report_layout import FLAGS as BROWSER_FLAGS
from bench.report_layout import measure

from monitor import report
from monitor.store import open_store
from tests.conftest import DemoRun
from tests.integration.cli import monitor, without_prefect
from tests.unit.test_report import NOW, SLUG, populate

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [*BROWSER_FLAGS, "--window-size=1280,2000"]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed"),
]


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )


@pytest.fixture(scope="module")
def story_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("report")
    with open_store(tmp / "m.duckdb") as store:
        populate(store)
        index = report.write_report(store, tmp / "out", now=NOW)
    return index.parent / report.story_filename(SLUG)


def test_rendered_dom_has_the_timeline_and_marks(story_page: Path, tmp_path: Path) -> None:
    done = _chromium(tmp_path, "--dump-dom", story_page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert len(re.findall(r'<article class="followup" id="followup-\d+">', dom)) == 2
    assert len(re.findall(r'<li class="dev" id="dev-\w+">', dom)) == 2
    # the one new sentence is one of its development's salient claims
    assert len(re.findall(r'<mark class="new">', dom)) == 1
    assert len(re.findall(r'<mark class="contradicting">', dom)) == 1
    # two updated sentences plus the changed figure, in the summary and the figures table
    assert len(re.findall(r'<mark class="updated">', dom)) == 4
    assert not re.search(r"<details[^>]* open", dom)
    assert "<ins>180,000</ins>" in dom and "<del>170,000</del>" in dom
    # The hostile headline arrived as text: the browser built no script element from it.
    assert "<script" not in dom
    assert '&lt;script&gt;alert("t")&lt;/script&gt;' in dom


def test_screenshot_is_rendered(story_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    done = _chromium(tmp_path, f"--screenshot={shot}", story_page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(PNG_MAGIC)
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1280, 2000)
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes
    keep = story_page.parent / "report.png"
    shutil.copyfile(shot, keep)  # beside the report, for a person to look at


@pytest.fixture(scope="module")
def demo_page(tmp_path_factory: pytest.TempPathFactory, demo_run: DemoRun) -> Path:
    """The demo story's page, from a real run of ``monitor demo`` (the session's) and
    ``monitor report`` (on a copy of the database that run left)."""
    tmp = tmp_path_factory.mktemp("demo-report")
    db = demo_run.copy_database(tmp)
    done = monitor("report", "--db", str(db), "--out", str(tmp / "out"), env=without_prefect())
    assert done.returncode == 0, done.stderr[-3000:]
    pages = sorted((tmp / "out").glob("story-*.html"))
    assert len(pages) == 1, pages
    return pages[0]


PHONE_MAX_HEIGHT = 15_000  # the bound; the page was 49,500 px at 500 px before


@pytest.mark.parametrize("width", [390, 500, 1280])
def test_demo_page_leads_with_the_news_and_fits_the_window(demo_page: Path, width: int) -> None:
    layout: dict[str, Any] = measure(demo_page, width)
    assert layout["document_width"] <= width, layout  # no horizontal scrolling
    assert layout["open_details"] == 0
    assert layout["summary_on_first_screen"], layout
    assert layout["claims"] >= 10  # every development says what it changed
    assert layout["new_marks_visible"] == 0  # the summary is the news: no wall of yellow
    if width < 700:
        assert layout["height"] <= PHONE_MAX_HEIGHT, layout
    # a changed figure is reachable in the summary, well before the page's last quarter
    assert layout["share_before_first_changed_figure"] < 0.5, layout


@pytest.mark.parametrize("size", ["500,1600", "1280,1400"])
def test_demo_page_screenshots(demo_page: Path, tmp_path: Path, size: str) -> None:
    width = int(size.split(",")[0])
    shot = tmp_path / f"story-{width}.png"
    done = _chromium(tmp_path, f"--window-size={size}", f"--screenshot={shot}", demo_page.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 20_000
    assert int.from_bytes(data[16:20], "big") == width
    shutil.copyfile(shot, demo_page.parent / shot.name)  # beside the report, for a person
