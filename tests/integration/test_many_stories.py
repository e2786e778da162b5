"""Many stories configured change nothing a story stores: the demo's news web played with its
two stories (the mission's, with its lexicon, and the same baseline judged by its story model,
which finds follow-ups and adapts), then again with 48 invented stories beside them
(``bench/storytexts.py``), through real sockets, worker processes and a real DuckDB file.
Judging with many stories reads their knowledge in one query per kind, writes their rows in
bulk and takes the workers' scores; each of the two stories' rows must come out the same."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bench.storytexts import extra_stories, write_baselines

from monitor import store as store_mod
from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.pipeline import run_once

SHARED = ("us-mexico-enforcement-2021", "us-mexico-by-its-model")

# Each table judging writes for a story, and the columns that say which run wrote a row
# (a sequence id is dealt out in judging order, which more stories interleave).
STORY_TABLES = {
    "assessments": "",
    "sentences": "",
    "story_developments": "",
    "development_sources": "",
    "figure_mentions": "",
    "entity_mentions": "",
    "quote_mentions": "",
    "model_changes": "EXCLUDE (id)",
    "alerts": "EXCLUDE (id, created_at, next_attempt_at, sent_at)",
}
SHARED_TABLES = ("articles", "versions", "article_revisions")


def _play(data: Path, web: DemoWeb, extra: int) -> dict[str, Any]:
    data.mkdir()
    config_path = write_config(data, web)
    text = config_path.read_text(encoding="utf-8")
    model_story = (
        f'[[stories]]\nslug = "{SHARED[1]}"\ntitle = "The same story, by its model"\n'
        f'published = "2021-06-03"\nurl = "{web.baseline_url()}"\n\n'
    )
    invented = "".join(
        f'[[stories]]\nslug = "{story.slug}"\ntitle = {json.dumps(story.title)}\n'
        f'published = "{story.published}"\nurl = "{story.url}"\n'
        f"baseline_file = {json.dumps(str(file))}\n\n"
        for story, file in write_baselines(extra_stories(extra), data / "baselines")
    )
    # The stories go before the first feed table, after the mission's story.
    at = text.index("[[feeds]]")
    config_path.write_text(text[:at] + model_story + invented + text[at:], encoding="utf-8")
    config = load_config(config_path)
    assert len(config.stories) == 2 + extra
    for tick in range(1, web.ticks + 1):
        web.set_tick(tick)
        run_once(config, web.tick_now(tick))
        run_once(config, web.tick_now(tick), kind="recheck")
    found: dict[str, Any] = {}
    with store_mod.open_reader(data / "monitor.duckdb") as store:
        for table, exclude in STORY_TABLES.items():
            for slug in SHARED:
                found[f"{table}/{slug}"] = store.sql(
                    f"SELECT * {exclude} FROM {table} WHERE story = $story ORDER BY ALL",
                    {"story": slug},
                )
        for table in SHARED_TABLES:
            found[table] = store.sql(f"SELECT * FROM {table} ORDER BY ALL")
        found["stories judged"] = store.sql("SELECT count(DISTINCT story) AS n FROM assessments")[
            0
        ]["n"]
    return found


def test_fifty_stories_store_what_two_store_for_each_of_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor import pools

    monkeypatch.setattr(pools, "POOL_MIN", 2)  # pages extracted and scored in worker processes
    with DemoWeb() as web:
        two = _play(tmp_path / "two", web, extra=0)
        fifty = _play(tmp_path / "fifty", web, extra=48)
    assert (two.pop("stories judged"), fifty.pop("stories judged")) == (2, 50)
    # The comparison would prove nothing on empty tables: both stories find follow-ups, and
    # the one judged by its model learns from them.
    for slug in SHARED:
        assert any(r["follow_up"] for r in two[f"assessments/{slug}"]), slug
        assert two[f"sentences/{slug}"] and two[f"alerts/{slug}"], slug
    assert two[f"model_changes/{SHARED[1]}"]
    assert two["article_revisions"]
    for key, rows in two.items():
        assert fifty[key] == rows, key
