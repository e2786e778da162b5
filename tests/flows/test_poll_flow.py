"""A real Prefect flow run of ``poll`` against the demo's news web on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor import store as store_mod
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb


@pytest.mark.slow
def test_poll_flow_runs_the_pipeline_and_publishes_artifacts(
    prefect_harness: None, tmp_path: Path
) -> None:
    from flows.poll import poll
    from prefect.client.orchestration import get_client

    with DemoWeb() as web:
        config_path = write_config(tmp_path, web)
        web.set_tick(2)
        state = poll(
            config_path=str(config_path), now=web.tick_now(2).isoformat(), return_state=True
        )
        assert state.is_completed(), state.message
        summary = state.result()
        received = list(web.received)
        feeds = len(web.feed_urls())
    assert summary["feeds_polled"] == feeds
    assert summary["followups"] >= 3
    assert summary["alerts_sent"] == len(received) > 0
    with store_mod.open_reader(tmp_path / "monitor.duckdb") as store:
        assert store.sql("SELECT count(*) AS n FROM followups")[0]["n"] == summary["followups"]

    async def artifacts() -> set[str]:
        async with get_client() as client:
            found = await client.read_artifacts()
            return {a.key for a in found if a.key}

    import asyncio

    assert {"poll-summary", "followups"} <= asyncio.run(artifacts())
