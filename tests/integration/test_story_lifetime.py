"""A story lives as long as it develops: the date gate through `monitor assess` and through
runs on a real DuckDB file, with and without a horizon."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.demo import site
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.pipeline import run_once
from monitor.store import open_reader
from tests.integration.cli import monitor

REPO = Path(__file__).resolve().parents[2]
SLUG = "us-mexico-enforcement-2021"


def _assess(config: Path, docs: list[dict[str, object]], tmp_path: Path) -> list[dict[str, object]]:
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(d) + "\n" for d in docs))
    done = monitor("assess", "--config", str(config), "--story", SLUG, str(inp))
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def _storyline(dates: list[str]) -> list[dict[str, object]]:
    """Held-out follow-ups of the judgement set (team-written), re-dated along a storyline."""
    cases = [
        json.loads(line)
        for line in (REPO / "bench" / "judgement" / "cases.jsonl").read_text().splitlines()
    ]
    follow_ups = [c for c in cases if c["label"] and c["category"].startswith("followup-")]
    return [
        {"id": f"d{i}", "url": f"https://news.example/{i}", "title": c["title"],
         "published": day, "text": c["text"]}
        for i, (c, day) in enumerate(zip(follow_ups, dates, strict=False))
    ]  # fmt: skip


def _date_reason(record: dict[str, object]) -> str:
    reasons = record["reasons"]
    assert isinstance(reasons, list)
    return str(reasons[-2])  # the date gate's, just before the verdict


def _with_horizon(config: Path, days: int) -> Path:
    line = 'published = "2021-06-03"\n'
    config.write_text(config.read_text().replace(line, f"{line}horizon_days = {days}\n"))
    return config


def test_without_a_horizon_only_the_baseline_date_bounds_a_follow_up(
    tmp_path: Path, baseline_config: Path
) -> None:
    out = _assess(baseline_config, _storyline(["2021-05-20", "2025-12-01"]), tmp_path)
    before, years_later = out
    assert before["follow_up"] is False
    assert _date_reason(before).startswith("published 14 days before the baseline")
    assert years_later["follow_up"] is True
    assert _date_reason(years_later) == (
        "1642 days (4 years 6 months) after the baseline (date from the feed); "
        "the story has no end date"
    )


def test_a_horizon_counts_from_the_latest_follow_up_earlier_in_the_input(
    tmp_path: Path, baseline_config: Path
) -> None:
    config = _with_horizon(baseline_config, 548)
    # Alone, an article of December 2023 is beyond 548 days of the baseline.
    (alone,) = _assess(config, _storyline(["2023-12-28"]), tmp_path)
    assert alone["follow_up"] is False
    assert "beyond the story's 548-day horizon" in _date_reason(alone)
    # A chain of developments, each within 548 days of the one before, keeps the story alive;
    # then it goes quiet for two years, and the next article is beyond its horizon.
    chain = _assess(
        config, _storyline(["2021-09-01", "2023-02-01", "2024-07-01", "2026-08-01"]), tmp_path
    )
    assert [r["follow_up"] for r in chain] == [True, True, True, False]
    assert _date_reason(chain[2]) == (
        "1124 days (3 years 1 month) after the baseline, 516 days (1 year 5 months) after the "
        "latest development (2023-02-01), within the story's 548-day horizon (date from the feed)"
    )
    assert _date_reason(chain[3]).startswith(
        "published 1885 days (5 years 2 months) after the baseline, 761 days (2 years 1 month) "
        "after the latest development (2024-07-01), beyond the story's 548-day horizon"
    )


def _demo_run(data: Path, horizon: int | None) -> list[dict[str, object]]:
    """Every tick of the demo's news web, one run each, on one DuckDB file."""
    with DemoWeb() as web:
        path = write_config(data, web)
        if horizon is not None:
            _with_horizon(path, horizon)
        config = load_config(path)
        for tick in range(1, web.ticks + 1):
            web.set_tick(tick)
            run_once(config, web.tick_now(tick))
        base = web.base_url
    with open_reader(config.db) as store:
        rows = store.sql(
            "SELECT url, follow_up, reasons FROM assessments WHERE story = $s", {"s": SLUG}
        )
    later = {base + a.path for a in site.ARTICLES if a.tick == 4 and a.role == site.Role.FOLLOW_UP}
    return [r for r in rows if r["url"] in later]


@pytest.mark.parametrize("horizon", [None, 800, 548])
def test_runs_keep_a_developing_story_alive_and_end_a_quiet_one(
    tmp_path: Path, horizon: int | None
) -> None:
    rows = _demo_run(tmp_path, horizon)
    assert len(rows) == 3  # the later years' follow-ups of the demo web
    by_day = {r["url"].split("/")[-4]: r for r in rows}  # /outlet/YYYY/MM/DD/slug
    if horizon == 548:
        # The demo's last 2021 development is 2021-12-02: December 2023 is 756 days on. The
        # story went quiet beyond its horizon, and nothing later revives it.
        assert not any(r["follow_up"] for r in rows)
        assert all(any("beyond the story's 548-day horizon" in x for x in r["reasons"])
                   for r in rows)  # fmt: skip
        return
    assert all(r["follow_up"] for r in rows), rows
    reasons = " | ".join(x for r in rows for x in r["reasons"])
    if horizon is None:
        assert "the story has no end date" in reasons
    else:
        # Stored follow-ups of earlier runs carry the story: each is within 800 days of the
        # latest development before it.
        assert "after the latest development (2021-12-02), within the story's 800-day" in reasons
        assert "after the latest development (2023-12-28)" in reasons
    assert set(by_day) == {"2023", "2024", "2025"}


def test_a_label_in_the_input_decides_for_the_later_lines(
    tmp_path: Path, baseline_config: Path
) -> None:
    config = _with_horizon(baseline_config, 548)
    # The first item (424 days on) scores as a follow-up, but a reader says it is not: the
    # story stays quiet, and the next item, 728 days after the baseline, is beyond its horizon.
    docs = _storyline(["2023-01-10", "2023-06-01"])
    unlabelled = _assess(config, docs, tmp_path)
    docs[0]["published"] = "2022-08-01"
    as_is = _assess(config, docs, tmp_path)
    assert [r["follow_up"] for r in as_is] == [True, True]
    docs[0]["label"] = False
    labelled = _assess(config, docs, tmp_path)
    assert labelled[0]["follow_up"] is True  # the line's own decision is the program's
    assert labelled[1]["follow_up"] is False
    assert "beyond the story's 548-day horizon" in _date_reason(labelled[1])
    # And a reader's follow-up keeps a story alive that the program alone had let go.
    assert [r["follow_up"] for r in unlabelled] == [False, False]
    docs = _storyline(["2022-08-01", "2023-06-01"])
    docs[0]["text"] = "A reader knows this belongs to the story."
    docs[0]["label"] = True
    rescued = _assess(config, docs, tmp_path)
    assert [r["follow_up"] for r in rescued] == [False, True]
    bad = _assess(config, [{**docs[1], "label": "yes"}], tmp_path)
    assert bad[0]["error"] == "label must be true (a follow-up) or false"
