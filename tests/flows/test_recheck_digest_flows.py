"""Real Prefect runs of the ``recheck`` and ``digest`` flows over the demo's news web."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from monitor import store as store_mod
from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.pipeline import run_once


@pytest.mark.slow
def test_recheck_finds_the_revision_and_digest_sends_one_message(
    prefect_harness: None, tmp_path: Path
) -> None:
    from flows.digest import digest
    from flows.recheck import recheck

    with DemoWeb() as web:
        path = write_config(tmp_path, web)
        path.write_text(
            path.read_text().replace(web.receiver_url(), web.receiver_url() + '"\ndigest = "daily')
        )
        config = load_config(path)
        web.set_tick(2)
        run_once(config, web.tick_now(2))
        before = len(web.received)
        web.set_tick(3)  # the revised article now serves its second version
        summary = asyncio.run(recheck(config_path=str(path), now=web.tick_now(3).isoformat()))
        assert summary["articles_fetched"] >= 1 and summary["feeds_polled"] == 0
        with store_mod.open_reader(config.db) as store:
            revised = store.sql(
                "SELECT * FROM revisions WHERE url = $u", {"u": web.expectations.revised}
            )
            queued = store.sql("SELECT count(*) AS n FROM alert_log WHERE status = 'queued'")[0][
                "n"
            ]
        assert len(revised) == 1
        assert queued > 1 and len(web.received) == before
        result = digest(config_path=str(path), now=web.tick_now(3).isoformat())
        assert result["alerts_sent"] == queued
        assert len(web.received) == before + 1
