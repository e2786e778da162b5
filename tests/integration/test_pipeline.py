"""The whole pipeline without Prefect, through real sockets and a real DuckDB file.

The demo's news web is the fixture: three ticks of feeds and pages on 127.0.0.1 with known
follow-ups, a syndicated pair, a revised article, near misses and off-topic items.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor import store as store_mod
from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.pipeline import run_once


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb() as server:
        yield server


def _play(web: DemoWeb, data: Path) -> list[dict[str, Any]]:
    config = load_config(write_config(data, web))
    summaries = []
    for tick in range(1, web.ticks + 1):
        web.set_tick(tick)
        summaries.append(run_once(config, web.tick_now(tick)))
        revised = run_once(config, web.tick_now(tick), kind="recheck")
        for key in ("followups", "alerts_sent"):
            summaries[-1][key] += revised[key]
    return summaries


@pytest.fixture(scope="module")
def played(web: DemoWeb, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data = tmp_path_factory.mktemp("pipeline")
    before = len(web.received)
    summaries = _play(web, data)
    received = web.received[before:]
    with store_mod.open_reader(data / "monitor.duckdb") as store:
        snapshot = {
            "followups": {r["url"] for r in store.sql("SELECT url FROM followups")},
            "assessed": {
                r["url"]: r
                for r in store.sql("SELECT url, follow_up, score, reasons FROM assessments")
            },
            "alerts": store.sql("SELECT * FROM alert_log"),
            "articles": {r["url"]: r for r in store.sql("SELECT * FROM articles")},
            "revisions": store.sql("SELECT * FROM revisions"),
            "new_facts": store.sql("SELECT * FROM new_facts"),
            "feeds": store.sql("SELECT * FROM feed_health"),
        }
    return {"data": data, "summaries": summaries, "received": received, **snapshot}


def test_every_intended_follow_up_is_found_and_nothing_else(
    web: DemoWeb, played: dict[str, Any]
) -> None:
    exp = web.expectations
    copies = set(exp.syndicated[1:])
    expected = set(exp.follow_ups) - copies
    missing = expected - played["followups"]
    assert not missing, {u: played["assessed"].get(u) for u in missing}
    for url in (*exp.near_misses, *exp.pre_baseline, *exp.off_topic):
        assert url not in played["followups"], played["assessed"].get(url)


def test_syndicated_copy_is_one_article_with_two_sources(
    web: DemoWeb, played: dict[str, Any]
) -> None:
    first, *others = web.expectations.syndicated
    assert played["articles"][first]["duplicate_of"] is None
    for url in others:
        assert played["articles"][url]["duplicate_of"] == first


def test_one_alert_per_development_and_each_delivered(web: DemoWeb, played: dict[str, Any]) -> None:
    alerts = played["alerts"]
    assert alerts, "no alert was queued"
    assert all(a["status"] == "sent" and a["attempts"] == 1 for a in alerts)
    assert len(played["received"]) == len(alerts)
    same = set(web.expectations.same_development)
    assert sum(a["url"] in same for a in alerts) == 1
    ids = [a["development_id"] for a in alerts]
    assert len(ids) == len(set(ids))
    for url in web.expectations.restatements:
        assert url not in {a["url"] for a in alerts}


def test_revision_is_stored_as_a_new_version_with_a_diff(
    web: DemoWeb, played: dict[str, Any]
) -> None:
    url = web.expectations.revised
    old, new = web.expectations.revised_figure
    assert played["articles"][url]["versions"] == 2
    revisions = [r for r in played["revisions"] if r["url"] == url]
    assert len(revisions) == 1
    assert old.split()[0].lstrip("$") in revisions[0]["diff"]
    assert new.split()[0].lstrip("$") in revisions[0]["diff"]


def test_feed_health_has_every_feed_and_no_errors(web: DemoWeb, played: dict[str, Any]) -> None:
    assert {f["url"] for f in played["feeds"]} == set(web.feed_urls())
    assert all(f["consecutive_errors"] == 0 for f in played["feeds"])
    assert all(f["items_seen"] > 0 for f in played["feeds"])


def test_replaying_the_same_ticks_adds_nothing_and_sends_nothing(
    web: DemoWeb, played: dict[str, Any]
) -> None:
    before = len(web.received)
    summaries = _play(web, played["data"])
    assert len(web.received) == before
    assert sum(s["followups"] for s in summaries) == 0
    with store_mod.open_reader(played["data"] / "monitor.duckdb") as store:
        assert len(store.sql("SELECT * FROM alert_log")) == len(played["alerts"])
        assert {r["url"] for r in store.sql("SELECT url FROM followups")} == played["followups"]


def test_a_follow_up_that_disappears_is_recorded_as_a_removal(tmp_path: Path) -> None:
    with DemoWeb() as web:
        config = load_config(write_config(tmp_path, web))
        web.set_tick(2)
        run_once(config, web.tick_now(2))
        web.set_tick(1)  # tick-2 articles now answer 404, as a withdrawn story would
        run_once(config, web.tick_now(2) + timedelta(hours=2), kind="recheck")
        tick2 = set(web.expectations.follow_ups_by_tick[2])
    with store_mod.open_reader(tmp_path / "monitor.duckdb") as store:
        removals = store.sql("SELECT url, kind, diff FROM revisions WHERE kind = 'removal'")
        statuses = {r["url"]: r["status"] for r in store.sql("SELECT url, status FROM articles")}
    removed = {r["url"] for r in removals}
    assert removed and removed <= tick2
    assert all(
        "404" in (r["diff"] or "") or "not found" in (r["diff"] or "").lower() for r in removals
    )
    assert all(statuses[u] == "removed" for u in removed)


def test_worker_processes_give_the_same_outcome(
    web: DemoWeb, played: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor import articlefetch, pools

    monkeypatch.setattr(pools, "POOL_MIN", 2)  # feeds parsed, pages extracted in processes
    monkeypatch.setattr(articlefetch, "PAGES_AHEAD_PER_WORKER", 1)  # fetching waits on extraction
    assert pools.worker_processes(3) >= 1
    _play(web, tmp_path)
    with store_mod.open_reader(tmp_path / "monitor.duckdb") as store:
        followups = {r["url"] for r in store.sql("SELECT url FROM followups")}
        alerts = store.sql("SELECT count(*) AS n FROM alert_log")[0]["n"]
    assert followups == played["followups"]
    assert alerts == len(played["alerts"])


def test_a_cycle_with_nothing_new_builds_no_story_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Profiles are built when an article needs one: most cycles find nothing new, and
    building them (the gazetteer's pattern) cost such a cycle ~15 ms."""
    from monitor import relevance

    built: list[str] = []
    build = relevance.build_profile

    def counting(story: Any, *args: Any, **kw: Any) -> relevance.StoryProfile:
        built.append(story.slug)
        return build(story, *args, **kw)

    monkeypatch.setattr(relevance, "build_profile", counting)
    with DemoWeb() as web:
        config = load_config(write_config(tmp_path, web))
        web.set_tick(1)
        first = run_once(config, web.tick_now(1))
        assert first["articles_fetched"] > 0
        assert sorted(built) == sorted(s.slug for s in config.stories)  # once per story
        built.clear()
        again = run_once(config, web.tick_now(1) + timedelta(minutes=30))
    assert again["articles_fetched"] == 0 and again["feeds_polled"] > 0
    assert built == []
