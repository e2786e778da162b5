"""The cross-lingual cases (bench/crosslingual): well-formed labels, no text committed, and,
with the story cache, articles in the other language than their baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench.crosslingual import __main__ as crosslingual_cli
from bench.crosslingual.harness import ACROSS, CASES_DIR, load, slugs
from bench.stories.dataset import CACHE_ENV, cache_dir, read_case_file, story_slugs

from monitor import storymodel

LONGEST_FIELD = 300  # no excerpt may hide in a label file


def test_every_case_file_belongs_to_a_development_story() -> None:
    assert set(slugs()) == {"surfside-collapse-2021", "metro-linea12-2021"}
    assert set(slugs()) <= set(story_slugs())


@pytest.mark.parametrize("slug", slugs())
def test_cases_are_labels_only_with_unique_ids(slug: str) -> None:
    path = CASES_DIR / f"{slug}.jsonl"
    cases = read_case_file(path)  # fields, categories and labels checked as the stories' are
    assert len({c.id for c in cases}) == len(cases) and len({c.url for c in cases}) == len(cases)
    assert {c.category for c in cases} == {"followup", "hard-negative"}
    for line in path.read_text(encoding="utf-8").splitlines():
        assert all(len(str(v)) <= LONGEST_FIELD for v in json.loads(line).values())


def test_without_the_cache_it_says_so_and_exits_0(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert crosslingual_cli.main([]) == 0
    assert "no story texts in the cache" in capsys.readouterr().err


@pytest.mark.skipif(
    not all((cache_dir() / s / ACROSS).is_dir() for s in slugs()),
    reason="the story cache's cross-lingual texts are not here",
)
@pytest.mark.parametrize("slug", slugs())
def test_the_cached_cases_are_in_the_other_language_than_the_baseline(slug: str) -> None:
    dev = load(slug)
    assert dev.cases and not dev.missing
    baseline = storymodel.language_of(dev.baseline_title + "\n" + dev.baseline_text)
    assert baseline == dev.meta.language
    assert all(storymodel.language_of(c.title + "\n" + c.text) != baseline for c in dev.cases)
