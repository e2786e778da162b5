"""The novelty harness: its cases are well formed and the held-out split meets its targets.

Reads the baseline from $MONITOR_SHARED/baseline and skips without it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.novelty.harness import (
    Case,
    baseline_new_count,
    baseline_sentences,
    load_cases,
    paraphrase_known_shares,
    score,
    syndication_keys,
)


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return load_cases()


@pytest.fixture(scope="module")
def baseline(shared: Path) -> list[str]:
    sentences = baseline_sentences(shared)
    if sentences is None:
        pytest.skip("shared baseline absent")
    return sentences


def test_cases_are_well_formed(cases: list[Case]) -> None:
    followups = [c for c in cases if c.kind == "followup"]
    assert len(followups) >= 50
    assert len([c for c in cases if c.kind == "paraphrase"]) >= 3
    held_out = sum(c.split == "heldout" for c in cases) / len(cases)
    assert 0.3 <= held_out <= 0.5
    ids = {c.id for c in cases}
    assert len(ids) == len(cases)
    for case in cases:
        assert set(case.labels) <= {"new", "updated", "known"}
        assert set(case.after) <= ids
    assert all(set(c.labels) == {"known"} for c in cases if c.kind == "paraphrase")


def test_held_out_targets(cases: list[Case], baseline: list[str]) -> None:
    held_out = [c for c in cases if c.split == "heldout"]
    result = score(held_out, baseline, cases)
    assert result.recall >= 0.90, result.errors
    assert result.restatements_called_new <= 0.10, result.errors


def test_baseline_fed_back_has_nothing_new(baseline: list[str]) -> None:
    assert baseline_new_count(baseline) == 0


def test_team_paraphrases_are_mostly_known(cases: list[Case], baseline: list[str]) -> None:
    shares = paraphrase_known_shares(cases, baseline)
    assert len(shares) >= 3
    assert all(share >= 0.8 for share in shares.values()), shares


def test_one_development_carried_by_three_outlets(cases: list[Case], baseline: list[str]) -> None:
    keys = syndication_keys(cases, baseline)
    assert keys
    for group, group_keys in keys.items():
        assert len(group_keys) == 3, group
        assert group_keys[0] is not None
        assert group_keys[1] == group_keys[0] and group_keys[2] == group_keys[0], group
