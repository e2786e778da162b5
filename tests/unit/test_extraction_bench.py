"""The extraction benchmark's parts: its F1, its cache rebuild from a git snapshot, and a run."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from bench.extraction.__main__ import f1, main, tokens
from bench.extraction.cache import HTML_DIR, TEXT_DIR, is_note, rebuild

PAGE = (
    "<html><head><title>Bridge</title></head><body><article>"
    + "".join(
        f"<p>Paragraph {i}: the council voted to rebuild the harbour bridge before winter, "
        "and a ferry will run while the work goes on.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
)


def test_f1_counts_words_and_cjk_characters() -> None:
    assert f1("a b c d", "a b c d") == 1.0
    assert f1("a b", "a b c d") == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert f1("", "a") == 0.0
    assert sum(tokens("港口旧桥 bridge").values()) == 5  # four characters and one word
    assert f1("港口旧桥", "港口") == pytest.approx(2 * 0.5 * 1.0 / 1.5)


def test_notes_in_capitals_are_not_expected_text() -> None:
    assert is_note(b"MISSED LAST PARAGRAPH\n")
    assert is_note(b'ONLY "More coming soon!" WAS EXTRACTED')
    assert not is_note(b"The council voted.")
    assert not is_note("港口旧桥".encode())


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def test_the_cache_is_rebuilt_from_a_git_snapshot(tmp_path: Path) -> None:
    repo = tmp_path / "upstream"
    (repo / HTML_DIR).mkdir(parents=True)
    (repo / TEXT_DIR).mkdir(parents=True)
    (repo / HTML_DIR / "site.com1.html").write_text(PAGE)
    (repo / TEXT_DIR / "site.com1.txt").write_text("Paragraph 0: the council voted.")
    (repo / HTML_DIR / "chinese_article.html").write_text(PAGE)
    (repo / TEXT_DIR / "chinese.txt").write_text("港口旧桥")
    (repo / HTML_DIR / "noted.com1.html").write_text(PAGE)
    (repo / TEXT_DIR / "noted.com1.txt").write_text("MISSED LAST PARAGRAPH")
    (repo / HTML_DIR / "alone.com1.html").write_text(PAGE)  # no expected text
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "pages")
    out = tmp_path / "cache"
    assert rebuild(repo / ".git", out, commit="HEAD") == 2
    assert sorted(p.name for p in (out / "html").iterdir()) == [
        "chinese_article.html",
        "site.com1.html",
    ]
    assert (out / "text" / "chinese_article.txt").read_text(encoding="utf-8") == "港口旧桥"


def test_a_run_without_pages_skips_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MONITOR_EXTRACTION_CACHE", str(tmp_path / "absent"))
    monkeypatch.setenv("MONITOR_SHARED", str(tmp_path / "absent"))
    assert main([]) == 0
    report = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert set(report) == {"heldout", "corpus"}
    assert all("skipped" in entry for entry in report.values())


def test_a_run_scores_every_contender(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = tmp_path / "cache"
    (cache / "html").mkdir(parents=True)
    (cache / "text").mkdir()
    (cache / "html" / "bridge.com1.html").write_text(PAGE)
    (cache / "text" / "bridge.com1.txt").write_text(PAGE.split("<article>")[1])
    (cache / "html" / "short.com1.html").write_text("<html><body><p>Bridge shut.</p></body></html>")
    (cache / "text" / "short.com1.txt").write_text("Bridge shut.")
    monkeypatch.setenv("MONITOR_EXTRACTION_CACHE", str(cache))
    assert main(["--set", "heldout", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    report = json.loads(out.splitlines()[-1])["heldout"]
    assert report["pages"] == 2
    assert set(report) >= {"monitor", "trafilatura", "trafilatura_fast"}
    assert report["monitor"]["rejections"] == [
        {
            "page": "short.com1",
            "reason": "too short to be an article (2 words)",
            "expected_words": 2,
        }
    ]
    assert "rejected short.com1: too short to be an article (2 words)" in out
