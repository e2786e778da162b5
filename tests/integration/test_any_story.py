"""Any story from its baseline alone, through the real CLI: `monitor assess` on an invented
story that names no lexicon, and a configuration naming an unknown lexicon."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.cli import monitor as _monitor
from tests.unit.test_storymodel import (
    BASELINE_TEXT,
    BASELINE_TITLE,
    FOLLOW_UP,
    LOOK_ALIKE,
    OFF_TOPIC,
)

CONFIG = """
[[stories]]
slug = "harbour-street-bridge"
title = "Harbour Street Bridge Collapses Into the Alder River"
published = "2026-03-03"
url = "https://news.example/port-alder/bridge-collapse"
baseline_file = "baseline.txt"
"""


def test_assess_judges_a_new_story_by_its_baseline(tmp_path: Path) -> None:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    config = tmp_path / "monitor.toml"
    config.write_text(CONFIG)
    docs = [
        {"id": name, "url": f"https://other.example/{name}", "title": title,
         "published": "2026-04-10", "text": text}
        for name, (title, text) in
        (("follow-up", FOLLOW_UP), ("look-alike", LOOK_ALIKE), ("off-topic", OFF_TOPIC))
    ]  # fmt: skip
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(d) + "\n" for d in docs))
    done = _monitor("assess", "--config", str(config), "--story", "harbour-street-bridge", str(inp))
    assert done.returncode == 0, done.stderr
    out = {r["id"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert [out[k]["follow_up"] for k in ("follow-up", "look-alike", "off-topic")] == [
        True, False, False,
    ]  # fmt: skip
    assert "judged by the story's model from its baseline" in out["follow-up"]["reasons"][0]


def test_an_unknown_lexicon_is_one_sentence(tmp_path: Path) -> None:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    config = tmp_path / "monitor.toml"
    config.write_text(CONFIG + 'lexicon = "storms"\n')
    done = _monitor("assess", "--config", str(config), "--story", "harbour-street-bridge",
                    str(tmp_path / "none.jsonl"))  # fmt: skip
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert line.endswith(
        '[[stories]] "harbour-street-bridge" lexicon: must be \'us-mexico-migration\', not "storms"'
    )


def test_stories_show_prints_the_model_a_new_story_is_judged_by(tmp_path: Path) -> None:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    config = tmp_path / "monitor.toml"
    config.write_text(CONFIG)
    done = _monitor("stories", "show", "harbour-street-bridge", "--config", str(config), "--json")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["judged_by"] == "story model" and record["lexicon"] is None
    assert record["language"] == "en" and record["horizon_days"] is None
    terms = [t["term"] for t in record["terms"]]
    assert {"port alder", "ingrid solvang"} <= set(terms)
    assert record["followup_days"] == 0 and record["latest_development"] is None
    text = _monitor("stories", "show", "harbour-street-bridge", "--config", str(config))
    assert text.returncode == 0, text.stderr
    assert "judged by its story model (en); threshold 0.56; no end date" in text.stdout
    assert "  port alder  " in text.stdout
    missing = _monitor("stories", "show", "nope", "--config", str(config))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
