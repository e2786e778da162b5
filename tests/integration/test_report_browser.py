"""The HTML report rendered by headless Chromium: the timeline and highlights a reader sees.

Skipped when ``/usr/bin/chromium`` is absent (Debian package ``chromium``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from monitor import report
from monitor.store import open_store
from tests.unit.test_report import NOW, SLUG, populate

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,2000",
]
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
    assert len(re.findall(r'<mark class="new">', dom)) == 1
    assert len(re.findall(r'<mark class="contradicting">', dom)) == 1
    # two updated sentences plus the two figures' new values
    assert len(re.findall(r'<mark class="updated">', dom)) == 4
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
