"""`monitor label` through the real CLI on a real DuckDB file: a reader's judgement changes
what is stored now and what the next run decides."""

from __future__ import annotations

import json
from pathlib import Path

from monitor.pipeline import run_once
from tests.integration.cli import monitor as _monitor
from tests.integration.demo import demo_after

SLUG = "us-mexico-enforcement-2021"


def _followups(config: Path) -> dict[str, list[str]]:
    done = _monitor("followups", "--config", str(config), "--json", "--story", SLUG)
    assert done.returncode == 0, done.stderr
    return {r["url"]: r["reasons"] for r in map(json.loads, done.stdout.splitlines())}


def test_a_label_stands_for_the_decision_now_and_in_later_runs(tmp_path: Path) -> None:
    with demo_after(tmp_path, (1, 2)) as (web, config_path, config):
        expected = web.expectations
        off_topic = expected.off_topic[0]  # judged at tick 1: not a follow-up
        later_follow_up = expected.follow_ups_by_tick[3][0]  # not served yet
        later_near_miss = expected.near_misses[0]

        done = _monitor("label", off_topic, "--story", SLUG, "follow-up",
                        "--config", str(config_path))  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "the program had judged it not a follow-up (score 0.00)" in done.stdout
        reasons = _followups(config_path)[off_topic]
        assert reasons[-1].startswith("a reader labelled it a follow-up (")

        for url, verdict in ((later_follow_up, "not"), (later_near_miss, "follow-up")):
            done = _monitor("label", url, "--story", SLUG, verdict, "--config", str(config_path))
            assert done.returncode == 0 and "not judged yet" in done.stdout, done.stdout
        web.set_tick(3)
        run_once(config, web.tick_now(3))
    found = _followups(config_path)
    assert later_follow_up not in found
    assert later_near_miss in found
    assert "the label decides" in found[later_near_miss][-1]


def test_label_mistakes_are_one_sentence(tmp_path: Path, baseline_config: Path) -> None:
    config = str(baseline_config)
    cases = [
        (("https://x.example/a", "--story", "nope", "not"), "no story 'nope'"),
        (("x.example/a", "--story", SLUG, "not"), "is not an http or https URL"),
        (("https://x.example/a", "--story", SLUG, "maybe"), "invalid choice: 'maybe'"),
    ]
    for args, message in cases:
        done = _monitor("label", *args, "--config", config)
        assert done.returncode == 2, done.stderr
        assert done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
