"""The story cache's manifest check and the annotation source's export, on the team's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.claims.annotate import convert, export
from bench.stories.cache import check, main, write_manifest
from bench.stories.dataset import CACHE_ENV, read_cases

SLUG = "astroworld-2021"  # its labels and ids; every text below is invented


def _cache(root: Path) -> Path:
    folder = root / SLUG
    folder.mkdir(parents=True)
    (folder / "baseline.txt").write_text(
        "A headline\nThe pier at Port Alder gave way on Friday. Nine people were hurt.\n",
        encoding="utf-8",
    )
    first = read_cases(SLUG)[0].id
    (folder / f"{first}.txt").write_text(
        "Another headline\nThe pier at Port Alder gave way on Friday, officials said. "
        "The harbour master, Ingrid Solvang, resigned on Monday and the pier stays shut.\n",
        encoding="utf-8",
    )
    return folder


def test_the_check_names_a_changed_text_and_the_missing_ones(tmp_path: Path) -> None:
    folder = _cache(tmp_path / "cache")
    root = tmp_path / "stories"
    (root / SLUG).mkdir(parents=True)
    source = Path(__file__).resolve().parents[2] / "bench" / "stories" / SLUG
    for name in ("story.toml", "cases.jsonl"):
        (root / SLUG / name).write_bytes((source / name).read_bytes())
    assert write_manifest(SLUG, root, tmp_path / "cache") == 2
    clean = check(SLUG, root, tmp_path / "cache")
    assert clean.matched == 2 and not clean.changed
    assert len(clean.missing) == len(read_cases(SLUG)) - 1 and not clean.ok

    first = read_cases(SLUG)[0].id
    (folder / f"{first}.txt").write_text("Another headline\nSomething else.\n", encoding="utf-8")
    changed = check(SLUG, root, tmp_path / "cache")
    assert changed.changed == [f"{first}.txt"] and changed.matched == 1
    assert f"1 differ ({first}.txt)" in changed.line()


def test_an_unknown_story_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--story", "no-such-story"]) == 2
    assert "no development story named no-such-story" in capsys.readouterr().err


def test_the_exported_source_converts_back_to_the_same_annotations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cache(tmp_path / "cache")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    first = read_cases(SLUG)[0].id
    source = tmp_path / "source.txt"
    source.write_text(
        f"story {SLUG}\ncase {first}\n0 R\n"
        '1 N "The harbour master, Ingrid Solvang, resigned on Monday" R "the pier"\n',
        encoding="utf-8",
    )
    rows = convert(source)
    assert len(rows) == 2
    text, lost = export(rows)
    assert lost == 0
    again = tmp_path / "again.txt"
    again.write_text(text, encoding="utf-8")
    assert convert(again) == rows

    stale = [dict(rows[1], sha="0" * 12)]
    text, lost = export(stale)
    assert lost == 1 and "is not in the cached text" in text
