"""The story model's adaptation through the real CLI on a real DuckDB file: runs store what
confident follow-ups taught, `monitor stories show` lists it, and a reader's `not` label
removes what that article taught."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from monitor.config import load_config
from monitor.store import connect
from tests.integration.cli import monitor as _monitor
from tests.integration.demo import demo_after

SLUG = "us-mexico-enforcement-2021"


def _show(config: Path) -> dict[str, Any]:
    done = _monitor("stories", "show", SLUG, "--config", str(config), "--json")
    assert done.returncode == 0, done.stderr
    record: dict[str, Any] = json.loads(done.stdout)
    return record


def _changes(config: Path) -> list[dict[str, Any]]:
    store = connect(load_config(config).db, read_only=True)
    try:
        return store.sql("SELECT * FROM story_model_changes ORDER BY seq")
    finally:
        store.close()


def test_runs_store_what_followups_teach_and_a_not_label_removes_it(tmp_path: Path) -> None:
    with demo_after(tmp_path, (1, 2)) as (web, config_path, _):
        off_topic = web.expectations.off_topic[0]  # judged at tick 1: not a follow-up

    found = _monitor("followups", "--config", str(config_path), "--json", "--story", SLUG)
    assert found.returncode == 0, found.stderr
    followups = {json.loads(line)["url"] for line in found.stdout.splitlines()}
    record = _show(config_path)
    learned = {t["term"]: t for t in record["learned"]}
    assert learned, record
    for term in learned.values():
        # The mission's story is judged by its lexicon: learned names are shown, not weighed.
        assert term["weighed"] is False and term["weight"] > 0
        assert term["weight_now"] <= term["weight"]  # years later, decayed
        assert term["learned_from"] in followups
    changes = _changes(config_path)
    assert {"noticed", "learned"} <= {c["kind"] for c in changes}
    assert all(c["story"] == SLUG and c["reason"] for c in changes)

    text = _monitor("stories", "show", SLUG, "--config", str(config_path))
    assert text.returncode == 0, text.stderr
    assert "; shown, not weighed: the lexicon judges" in text.stdout

    term, taught = next(iter(learned.items()))
    teacher = taught["learned_from"]
    done = _monitor("label", teacher, "--story", SLUG, "not", "--config", str(config_path))
    assert done.returncode == 0, done.stderr
    assert "the story model:" in done.stdout and "removed" in done.stdout
    after = {t["term"] for t in _show(config_path)["learned"]}
    assert term not in after
    removed = [c for c in _changes(config_path) if c["kind"] == "removed"]
    assert {c["term"] for c in removed} >= {term}
    assert {c["learned_from"] for c in removed} == {teacher}

    # A reader's follow-up label teaches as a confident follow-up would.
    before = len(_changes(config_path))
    done = _monitor("label", off_topic, "--story", SLUG, "follow-up", "--config", str(config_path))
    assert done.returncode == 0, done.stderr
    taught = _changes(config_path)[before:]
    assert taught and {c["learned_from"] for c in taught} == {off_topic}, done.stdout
    assert all("a reader labelled" in c["reason"] for c in taught)


def test_a_story_model_judges_with_what_it_learned(tmp_path: Path) -> None:
    # The demo's story without its lexicon: judged by its story model, which adapts.
    def no_lexicon(text: str) -> str:
        return "".join(line for line in text.splitlines(True) if not line.startswith("lexicon"))

    with demo_after(tmp_path, (1, 2), edit=no_lexicon) as (_, config_path, config):
        pass
    record = _show(config_path)
    assert record["judged_by"] == "story model"
    learned = {t["term"]: t for t in record["learned"]}
    assert learned and all(t["weighed"] for t in learned.values())
    store = connect(config.db, read_only=True)
    try:
        reasons = [r["reasons"] for r in store.sql("SELECT reasons FROM assessments")]
    finally:
        store.close()
    said = [r for rs in reasons for r in rs if r.startswith("carries terms the story learned")]
    assert said, reasons
    # Each names terms the model had learned (since decayed ones too: they are in the log).
    ever = {c["term"] for c in _changes(config_path) if c["kind"] == "learned"}
    for line in said:
        named = line.split(": ", 1)[1].split(", ")
        assert set(named) <= ever
