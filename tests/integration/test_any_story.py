"""Any story from its baseline alone, through the real CLI: `monitor assess` on an invented
story that names no lexicon or a lexicon file of its own, and configurations naming an unknown
lexicon or bad lexicon files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def _assess_follow_up_look_alike_off_topic(config: Path) -> dict[str, Any]:
    """`monitor assess` on the invented story's follow-up, look-alike and off-topic article:
    their output lines by id, once the decisions are checked (True, False, False)."""
    docs = [
        {"id": name, "url": f"https://other.example/{name}", "title": title,
         "published": "2026-04-10", "text": text}
        for name, (title, text) in
        (("follow-up", FOLLOW_UP), ("look-alike", LOOK_ALIKE), ("off-topic", OFF_TOPIC))
    ]  # fmt: skip
    inp = config.parent / "in.jsonl"
    inp.write_text("".join(json.dumps(d) + "\n" for d in docs))
    done = _monitor("assess", "--config", str(config), "--story", "harbour-street-bridge", str(inp))
    assert done.returncode == 0, done.stderr
    out = {r["id"]: r for r in map(json.loads, done.stdout.splitlines())}
    assert [out[k]["follow_up"] for k in ("follow-up", "look-alike", "off-topic")] == [
        True, False, False,
    ]  # fmt: skip
    return out


def test_assess_judges_a_new_story_by_its_baseline(tmp_path: Path) -> None:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    config = tmp_path / "monitor.toml"
    config.write_text(CONFIG)
    out = _assess_follow_up_look_alike_off_topic(config)
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
        "[[stories]] \"harbour-street-bridge\" lexicon: no shipped lexicon 'storms' "
        "(shipped: us-mexico-migration; or give the path of a .toml file)"
    )


# A user's own lexicon for the invented story's domain, in our own words: the bridge and the
# town must be named together; officials add confidence.
USER_LEXICON = """
name = "port-alder-bridges"
core = ["bridge", "town"]

[facets.bridge]
label = "the bridge"
scale = 2.0

[facets.town]
label = "Port Alder"
about = "Port Alder"
scale = 2.0

[facets.officials]
label = "officials"
scale = 1.5
weight = 0.8

[[concepts]]
key = "harbour_street_bridge"
label = "Harbour Street Bridge"
kind = "place"
facets = ["bridge", "town"]
weight = 1.5
aliases = ["harbour street bridge", "eastern span"]

[[concepts]]
key = "bridge"
label = "bridge"
kind = "term"
facets = ["bridge"]
weight = 0.5
aliases = ["bridge", "truss bridge", "span"]

[[concepts]]
key = "port_alder"
label = "Port Alder"
kind = "place"
facets = ["town"]
weight = 1.2
aliases = ["port alder", "alder river", "kelvin point"]

[[concepts]]
key = "solvang"
label = "Mayor Solvang"
kind = "actor"
facets = ["officials", "town"]
weight = 1.0
aliases = ["ingrid solvang", "solvang"]

[[concepts]]
key = "ntsb"
label = "NTSB"
kind = "actor"
facets = ["officials"]
weight = 1.0
aliases = ["national transportation safety board", "ntsb"]
"""


def test_a_user_lexicon_file_judges_the_story(tmp_path: Path) -> None:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "bridges.toml").write_text(USER_LEXICON)
    config = tmp_path / "monitor.toml"
    config.write_text(CONFIG + 'lexicon = "lexicons/bridges.toml"\n')  # relative to the file
    out = _assess_follow_up_look_alike_off_topic(config)
    reasons = out["follow-up"]["reasons"]
    assert "shared places: Harbour Street Bridge, Port Alder" in reasons
    assert any(r.startswith("facets: the bridge ") and "Port Alder" in r for r in reasons)
    assert "little about Port Alder" in " ".join(out["look-alike"]["reasons"])
    shown = _monitor("stories", "show", "harbour-street-bridge", "--config", str(config), "--json")
    assert shown.returncode == 0, shown.stderr
    record = json.loads(shown.stdout)
    assert record["judged_by"] == "lexicon"
    assert record["lexicon"] == str((tmp_path / "lexicons" / "bridges.toml").resolve())
    assert {"Harbour Street Bridge", "Mayor Solvang", "NTSB"} <= {
        n["name"] for n in record["names"]
    }


BAD_LEXICONS = {
    "missing.toml": None,
    "not-toml.toml": 'name = "broken"\ncore = ["a", \n',
    "no-concepts.toml": 'core = ["a", "b"]\n[facets.a]\nscale = 1\n[facets.b]\nscale = 1\n',
    "bad-core.toml": USER_LEXICON.replace('core = ["bridge", "town"]', 'core = ["bridge"]'),
    "bad-kind.toml": USER_LEXICON.replace('kind = "term"', 'kind = "noun"'),
}


def test_bad_lexicon_files_are_one_sentence_each(tmp_path: Path) -> None:
    (tmp_path / "baseline.txt").write_text(BASELINE_TITLE + "\n" + BASELINE_TEXT)
    tables = []
    for number, (name, body) in enumerate(BAD_LEXICONS.items()):
        if body is not None:
            (tmp_path / name).write_text(body)
        tables.append(
            CONFIG.replace("harbour-street-bridge", f"story-{number}") + f'lexicon = "{name}"\n'
        )
    config = tmp_path / "monitor.toml"
    config.write_text("".join(tables))
    done = _monitor("config", "check", "--config", str(config))
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == len(BAD_LEXICONS), done.stderr
    where = [f'[[stories]] "story-{n}" lexicon: ' for n in range(len(BAD_LEXICONS))]
    expected = [
        f"lexicon file {tmp_path / 'missing.toml'} not found",
        f"lexicon {tmp_path / 'not-toml.toml'} is not valid TOML: ",
        f"lexicon {tmp_path / 'no-concepts.toml'}: no [[concepts]] table",
        f"lexicon {tmp_path / 'bad-core.toml'}: `core` must name two facets of [facets]",
        f"lexicon {tmp_path / 'bad-kind.toml'}: [[concepts]] 'bridge' `kind` must be one of ",
    ]
    for line, place, problem in zip(lines, where, expected, strict=True):
        assert line.startswith(f"monitor: {config}: {place}{problem}"), line


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
    # The event as its headline names it, and the mayor, whom only the text names.
    assert "harbour" in record["headline_terms"] and "ingrid solvang" in record["actors"]
    assert not set(record["headline_terms"]) & set(record["actors"])
    assert record["told_by_time"] is False  # its headline names it: Harbour Street Bridge
    assert record["followup_days"] == 0 and record["latest_development"] is None
    text = _monitor("stories", "show", "harbour-street-bridge", "--config", str(config))
    assert text.returncode == 0, text.stderr
    assert "judged by its story model (en); threshold 0.56; no end date" in text.stdout
    assert "  port alder  " in text.stdout
    assert "\nthe event, as its headline names it (either number): " in text.stdout
    assert "ingrid solvang" in text.stdout.split("\nits actors, named by its text only")[1]
    assert "told by its time" not in text.stdout
    missing = _monitor("stories", "show", "nope", "--config", str(config))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
