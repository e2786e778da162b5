"""One input, one answer: ``monitor assess`` prints the same JSON in every process.

Python salts string hashing per process (PYTHONHASHSEED), so anything that sums floats or breaks
ties in a set's order can answer differently from one run to the next: an alert sent twice
across runs, a cited baseline sentence that changes (session 21 found one such sum in claim
matching; seeds 9 and 10 flipped it). The seeds here are 0 and the two that flipped it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration import fullprecision
from tests.integration.cli import monitor

REPO = Path(__file__).resolve().parents[2]
SEEDS = ("0", "9", "10")
CASES = 24  # heldout cases: the first 16 follow-ups and the first 8 others


def _inputs(tmp_path: Path) -> Path:
    cases = [
        json.loads(line)
        for line in (REPO / "bench" / "judgement" / "cases.jsonl").read_text().splitlines()
    ]
    heldout = [c for c in cases if c["split"] == "heldout"]
    chosen = [c for c in heldout if c["label"]][:16] + [c for c in heldout if not c["label"]][:8]
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(
            json.dumps({k: c[k] for k in ("id", "url", "title", "published", "text")}) + "\n"
            for c in chosen
        )
    )
    return path


@pytest.mark.parametrize("lexicon", [True, False], ids=["lexicon", "story-model"])
def test_assess_prints_the_same_answer_under_every_hash_seed(
    tmp_path: Path, baseline_config: Path, lexicon: bool
) -> None:
    config = baseline_config
    if not lexicon:
        text = config.read_text()
        assert 'lexicon = "us-mexico-migration"\n' in text
        config.write_text(text.replace('lexicon = "us-mexico-migration"\n', ""))
    inputs = _inputs(tmp_path)
    outputs = {}
    for seed in SEEDS:
        done = monitor(
            "assess",
            "--config",
            str(config),
            "--story",
            "us-mexico-enforcement-2021",
            str(inputs),
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert done.returncode == 0, done.stderr[-3000:]
        outputs[seed] = done.stdout
    records = [json.loads(line) for line in outputs["0"].splitlines()]
    assert len(records) == CASES
    followups = [r for r in records if r["follow_up"]]
    assert followups and len(followups) < CASES  # both decisions occur
    assert any(c["baseline"] for r in followups for s in r["sentences"] for c in s["claims"])
    for seed in SEEDS[1:]:
        assert outputs[seed] == outputs["0"], f"PYTHONHASHSEED={seed} answers differently"


def test_full_precision_scores_are_the_same_under_every_hash_seed(tmp_path: Path) -> None:
    # The JSON above prints rounded scores; a float summed in a set's order differs in its last
    # bit first. An invented story, every score and facet in hex: with a lexicon (its facet
    # masses summed over a set of concepts until session 22: this story's facets differed
    # under each of the three seeds) and by the story model alone.
    lexicon = tmp_path / "ferry.toml"
    lexicon.write_text(fullprecision.LEXICON)
    outputs = {}
    for seed in SEEDS:
        done = subprocess.run(
            [sys.executable, "-m", "tests.integration.fullprecision", str(lexicon)],
            capture_output=True,
            text=True,
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        outputs[seed] = done.stdout
    lines = outputs["0"].splitlines()
    articles = len(fullprecision.ARTICLES)
    assert sum(line.startswith("score ") for line in lines) == 2 * articles
    # Scored by the lexicon's facets, and by the story model's words (none of its scales lets
    # the model count beside the lexicon: its facets stay weak, well below 1).
    assert sum("'strike': " in line for line in lines) == articles
    assert sum("'baseline vocabulary': " in line for line in lines) == articles
    for seed in SEEDS[1:]:
        assert outputs[seed] == outputs["0"], f"PYTHONHASHSEED={seed} scores differently"
