"""`monitor run` over every fault endpoint plus healthy feeds: the run survives and reports.

Bound: feeds are fetched 16 at a time with a total limit of TOTAL_S per request, so the
polling phase ends within TOTAL_S x ceil(feeds / 16) plus start-up; Prefect's temporary
server adds 10-20 s here. The test allows that bound plus a minute of slack.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest

from monitor import store as store_mod
from tests.integration import faultserver
from tests.integration.cli import monitor, without_prefect

fault_server = faultserver.fault_server

TOTAL_S = 4
HEALTHY = ["/ok.rss", "/ok.atom"]
FAULTY = {
    "/500": "500",
    "/503": "503",
    "/404": "404",
    "/410": "gone",
    "/429": "429",
    "/403": "403",
    "/reset": "",
    "/trickle": "",
    "/slow-headers": "",
    "/huge": "larger than",
    "/huge-declared": "larger than",
    "/gzip-bomb": "larger than",
    "/redirect-loop": "redirect",
    "/redirect-private": "address guard refused",
    "/redirect-ftp": "",
    "/billion-laughs": "entity",
    "/html": "not a feed",
    "/empty": "empty",
    "/junk": "",
}


@pytest.mark.slow
def test_monitor_run_over_fault_endpoints_exits_0_and_records_every_failure(
    fault_server: faultserver.FaultServer, tmp_path: Path, baseline_text: str
) -> None:
    (tmp_path / "baseline.txt").write_text(baseline_text)
    urls = [fault_server.url(p) for p in [*HEALTHY, *FAULTY, "/wrong-charset"]]
    feeds = "\n".join(f'[[feeds]]\nurl = "{u}"\n' for u in urls)
    config = tmp_path / "monitor.toml"
    config.write_text(
        f"""
[storage]
db = "monitor.duckdb"
[fetch]
private_networks_allowed = ["127.0.0.1/32"]
total_timeout_s = {TOTAL_S}
timeout_s = 2
max_feed_bytes = 2000000
[[stories]]
slug = "us-mexico-enforcement-2021"
title = "Biden Wants Mexico To Do More"
published = "2021-06-03"
url = "https://www.buzzfeednews.com/article/hamedaleaziz/biden-mexico-migration-requests"
baseline_file = "baseline.txt"
lexicon = "us-mexico-migration"
{feeds}
"""
    )
    began = time.monotonic()
    done = monitor("run", "--config", str(config), timeout=600, env=without_prefect())
    elapsed = time.monotonic() - began
    assert done.returncode == 0, done.stderr[-3000:]
    bound = TOTAL_S * math.ceil(len(urls) / 16) + 60 + 60
    assert elapsed < bound, (elapsed, bound)

    with store_mod.open_reader(tmp_path / "monitor.duckdb") as store:
        health = {r["url"]: r for r in store.sql("SELECT * FROM feed_health")}
        items = store.sql("SELECT feed_url, count(*) AS n FROM items GROUP BY feed_url")
    assert set(health) == set(urls)
    stored = {r["feed_url"]: r["n"] for r in items}
    assert stored[fault_server.url("/ok.rss")] >= 2
    assert stored[fault_server.url("/ok.atom")] >= 2
    for url in (fault_server.url(p) for p in HEALTHY):
        assert health[url]["consecutive_errors"] == 0 and health[url]["last_error"] is None
    for path, words in FAULTY.items():
        row = health[fault_server.url(path)]
        assert row["status"] == "error", (path, row)
        assert row["consecutive_errors"] == 1
        assert row["last_error"] and words in row["last_error"], (path, row["last_error"])
        assert row["next_poll_at"] is not None
