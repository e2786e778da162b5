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
from tests.integration.test_any_story import CONFIG as BRIDGE_CONFIG
from tests.unit.test_storymodel import BASELINE_TEXT, BASELINE_TITLE

SLUG = "us-mexico-enforcement-2021"
BRIDGE = "harbour-street-bridge"


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
    assert "follow-ups that carried it" in text.stdout
    assert all(t["seen_in"] >= 1 for t in learned.values())

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


def _bridge_docs(labels: tuple[bool | None, bool | None]) -> list[dict[str, object]]:
    """Two follow-ups of the invented bridge story naming a firm the baseline does not, then
    an article naming the firm and the bridge."""
    lawsuit = (
        "Thornbury Steel sued over Harbour Street Bridge collapse",
        "Families of the four people killed when the Harbour Street Bridge fell into the Alder "
        "River in Port Alder sued Thornbury Steel, which made its gusset plates.\n"
        "Mayor Ingrid Solvang said the city would join the Thornbury Steel lawsuit.",
    )
    hearing = (
        "Thornbury Steel executives questioned on Harbour Street Bridge collapse",
        "Thornbury Steel executives told a Port Alder hearing that the gusset plates of the "
        "Harbour Street Bridge met the standards of 1962.\n"
        "The Alder River crossing collapsed in March, killing four.",
    )
    later = (
        "Thornbury Steel settles with families",
        "Thornbury Steel agreed to pay the families of the four people killed in Port Alder "
        "when its plates failed.",
    )
    docs: list[dict[str, object]] = []
    for i, ((title, text), day) in enumerate(
        zip((lawsuit, hearing, later), ("2026-04-10", "2026-05-12", "2026-06-20"), strict=True)
    ):
        doc: dict[str, object] = {"id": f"d{i}", "url": f"https://news.example/{i}",
                                  "title": title, "published": day, "text": text}  # fmt: skip
        if i < 2 and labels[i] is not None:
            doc["label"] = labels[i]
        docs.append(doc)
    return docs


def test_assess_adapts_on_the_inputs_confident_followups_and_labels(tmp_path: Path) -> None:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    config = tmp_path / "monitor.toml"
    config.write_text(BRIDGE_CONFIG)

    def assess(labels: tuple[bool | None, bool | None]) -> list[dict[str, Any]]:
        inp = tmp_path / "in.jsonl"
        inp.write_text("".join(json.dumps(d) + "\n" for d in _bridge_docs(labels)))
        done = _monitor("assess", "--config", str(config), "--story", BRIDGE, str(inp))
        assert done.returncode == 0, done.stderr
        return [json.loads(line) for line in done.stdout.splitlines()]

    def learned_reason(record: dict[str, Any]) -> list[str]:
        return [r for r in record["reasons"] if r.startswith("carries terms the story learned")]

    first, second, later = assess((None, None))
    assert first["follow_up"] and second["follow_up"]
    assert not learned_reason(first) and not learned_reason(second)
    assert "thornbury steel" in learned_reason(later)[0], later["reasons"]
    # A reader saying the two are not follow-ups: nothing is learned from them.
    *_, unlearned = assess((False, False))
    assert learned_reason(unlearned) == []
    assert unlearned["score"] < later["score"]
