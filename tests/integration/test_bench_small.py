"""The benchmark keeps working: a small run end to end, and the fixture web's scenarios.

No timing is asserted; the numbers are only checked to be there and to be sane.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
REQUIRED = (
    "e2e_over_floor",
    "e2e_over_strict_floor",
    "prefect_over_plain",
    "warm_cycle_s",
    "peak_rss_mb",
    "articles",
    "doubling_ratio",
)


def _shared() -> Path:
    return Path(os.environ.get("MONITOR_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="module")
def corpus() -> Path:
    path = _shared() / "corpus" / "html" / "aeb"
    if not path.is_dir() or not (_shared() / "baseline").is_dir():
        pytest.skip(f"shared corpus or baseline absent under {_shared()}")
    return path


def _small_bench(module: str, workdir: Path) -> dict[str, Any]:
    """``python -m {module}`` on the small web without Prefect, one round: its JSON line."""
    small = ["--small", "--no-prefect", "--repeat", "1", "--workdir", str(workdir)]
    proc = subprocess.run(
        [sys.executable, "-m", module, *small],
        cwd=REPO,
        env={**os.environ, "MONITOR_SHARED": str(_shared())},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.slow
def test_small_bench_ends_with_a_json_line(corpus: Path, tmp_path: Path) -> None:
    result = _small_bench("bench", tmp_path)
    for key in REQUIRED:
        assert key in result, key
    assert result["prefect_over_plain"] is None  # --no-prefect
    # One round: each reported ratio is that round's.
    assert result["round_ratios"]["e2e_over_floor"] == [result["e2e_over_floor"]]
    assert result["round_ratios"]["doubling_ratio"] == [result["doubling_ratio"]]
    assert result["e2e_over_floor"] > 0
    assert result["warm_cycle_s"] > 0
    assert result["peak_rss_mb"] > 10
    assert result["peak_tree_mb"] > 10  # the cycle with its worker processes (Linux /proc)
    # 2 of 20 feeds changed, each with one new item: both new articles are fetched.
    assert result["articles"] >= 2
    scenarios = result["scenarios"]
    assert scenarios["cold/plain"]["summary"]["items_new"] == 100
    assert scenarios["warm/plain"]["summary"]["items_new"] == 0
    assert scenarios["warm/plain"]["server"]["counts"].get("feed_304") == 20
    mixed = scenarios["mixed/plain"]
    assert mixed["summary"]["items_new"] == 2
    assert mixed["server"]["counts"]["feed_304"] == 14
    assert mixed["server"]["counts"]["feed_200"] == 6
    assert mixed["floor"]["counts"]["feeds_parsed"] == 2  # the 4 same-body feeds are skipped
    # Double: the same feeds change, each with twice the new items, and all are fetched.
    double = scenarios["double/plain"]
    assert double["summary"]["items_new"] == 2 * mixed["summary"]["items_new"]
    assert result["double_articles"] == 2 * result["articles"]
    assert result["doubling_ratio"] > 0


def test_fixture_web_scenarios(corpus: Path) -> None:
    from bench.scenarios import WebShape
    from bench.web import FixtureWeb

    with FixtureWeb(WebShape(feeds=20, items=5, hosts=4), corpus) as web:
        shape = web.shape
        assert len(shape.host_addresses()) == 4
        with httpx.Client(trust_env=False, timeout=10) as client:
            first = client.get(shape.feed_url(9))
            assert first.status_code == 200
            assert first.headers["etag"] == shape.etag(9, 0)
            assert first.content.count(b"<item>") == 5
            validators = {"If-None-Match": first.headers["etag"]}
            assert client.get(shape.feed_url(9), headers=validators).status_code == 304
            # A feed is only served on its own host.
            wrong = shape.feed_url(9).replace(shape.host_of(9), shape.host_of(0))
            assert client.get(wrong).status_code == 404

            web.set_scenario("mixed")
            cls = {f: shape.feed_class(f) for f in range(shape.feeds)}
            statuses = {}
            bodies = {}
            for f in range(shape.feeds):
                r = client.get(shape.feed_url(f), headers={"If-None-Match": shape.etag(f, 0)})
                statuses[f], bodies[f] = r.status_code, r.content
            assert [f for f in statuses if statuses[f] == 304] == [
                f for f in cls if cls[f] == "not_modified"
            ]
            changed = [f for f in cls if cls[f] == "changed"]
            for f in changed:
                assert statuses[f] == 200
                assert shape.article_url(f, shape.items).encode() in bodies[f]
            same = [f for f in cls if cls[f] == "same_body"]
            for f in same:
                assert bodies[f] == client.get(shape.feed_url(f)).content

        counts = web.stats()["counts"]
        assert counts["feed_304"] >= 14


def test_page_variants_are_distinct_texts(corpus: Path) -> None:
    from bench.web import load_pages, vary_page

    from monitor import extract, syndication

    pages, titles, summaries = load_pages(corpus)
    assert len(pages) == len(titles) == len(summaries) == 181
    original = pages[0]
    variant = vary_page(original, 3, seed=3 * 181)
    assert vary_page(original, 0, seed=0) is original
    assert variant != original and len(variant) == len(original)
    a = extract.extract_article(original, "http://127.0.0.101/a/0.html")
    b = extract.extract_article(variant, "http://127.0.0.101/a/1.html")
    words_a, words_b = len(a.text.split()), len(b.text.split())
    assert words_a > 60 and abs(words_a - words_b) <= words_a // 10  # the same amount of text
    ha, hb = syndication.simhash(a.text), syndication.simhash(b.text)
    assert ha is not None and hb is not None
    # Not near-copies: judging runs relevance on each, as it would on distinct articles.
    assert syndication.distance(ha, hb) > syndication.MAX_DISTANCE


@pytest.mark.slow
def test_the_oneshot_bench_times_monitor_run_processes(corpus: Path, tmp_path: Path) -> None:
    result = _small_bench("bench.oneshot", tmp_path)
    # Each sample checked its own summary: every feed polled, nothing new, the plain path.
    assert set(result["samples_s"]) == {"many/plain", "one/plain"}
    assert all(len(samples) == 1 for samples in result["samples_s"].values())
    assert result["medians_s"]["many/plain"] > 0 and result["feeds"] == 20
    assert isinstance(result["targets_met"], bool)
