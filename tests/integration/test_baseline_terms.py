"""A baseline's distinctive terms are computed once, stored beside it, and read back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor import relevance, runs, runstate
from monitor.config import load_config
from monitor.models import Story
from monitor.store import open_reader, open_store

NOW = datetime(2021, 6, 10, 12, 0, tzinfo=UTC)


def _prepare(config_path: Path) -> dict[str, runstate.Baseline]:
    ctx = runstate.make_context(load_config(config_path))
    try:
        return runs.prepare(ctx, NOW)
    finally:
        ctx.client.close()


def test_terms_are_stored_once_and_read_back(
    tmp_path: Path, baseline_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = baseline_config
    first = _prepare(config)["us-mexico-enforcement-2021"]
    assert first.distinctive and all(0 < w <= 1 for w in first.distinctive.values())
    with open_reader(tmp_path / "monitor.duckdb") as store:
        (stored,) = store.sql("SELECT title, text, distinctive FROM baselines")
    assert relevance.decode_distinctive(stored["distinctive"]) == first.distinctive
    assert first.distinctive == relevance.distinctive_terms(stored["title"], stored["text"])

    def must_not_run(title: str, text: str) -> dict[str, float]:
        raise AssertionError("distinctive terms recomputed")

    monkeypatch.setattr(relevance, "distinctive_terms", must_not_run)
    again = _prepare(config)["us-mexico-enforcement-2021"]
    assert again.distinctive == first.distinctive


def test_terms_of_another_version_are_recomputed(tmp_path: Path, baseline_config: Path) -> None:
    config = baseline_config
    expected = _prepare(config)["us-mexico-enforcement-2021"].distinctive
    old = json.dumps({"version": relevance.DISTINCTIVE_VERSION - 1, "terms": {"stale": 1.0}})
    with open_store(tmp_path / "monitor.duckdb") as store:
        store.sql("UPDATE baselines SET distinctive = $d", {"d": old})
    assert _prepare(config)["us-mexico-enforcement-2021"].distinctive == expected
    with open_reader(tmp_path / "monitor.duckdb") as store:
        (row,) = store.sql("SELECT distinctive FROM baselines")
    assert relevance.decode_distinctive(row["distinctive"]) == expected


def test_a_profile_built_from_stored_terms_equals_one_built_from_scratch(
    baseline_text: str,
) -> None:
    story = load_story()
    title = "Biden Wants Mexico To Do More To Stop Immigrants Trying To Cross The US Border"
    fresh = relevance.build_profile(story, title, baseline_text)
    stored = relevance.decode_distinctive(relevance.encode_distinctive(fresh.distinctive))
    assert stored == fresh.distinctive
    assert relevance.build_profile(story, title, baseline_text, distinctive=stored) == fresh
    assert relevance.decode_distinctive("{not json") is None
    assert relevance.decode_distinctive(None) is None


def load_story() -> Story:
    return Story(
        slug="us-mexico-enforcement-2021",
        title="Biden Wants Mexico To Do More To Stop Immigrants Trying To Cross The US Border",
        url="https://www.buzzfeednews.com/article/hamedaleaziz/biden-mexico-migration-requests",
        published=date(2021, 6, 3),
        lexicon="us-mexico-migration",
    )
