"""A real Prefect flow run of ``poll`` against the demo's news web on 127.0.0.1."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from monitor import store as store_mod
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb


def test_poll_and_recheck_run_on_the_async_engine() -> None:
    """Prefect's sync engine joins its heartbeat thread after every run, 0-1 s after the run
    is Completed; the async engine does not (flows/poll.py)."""
    from flows.poll import poll
    from flows.recheck import recheck

    assert poll.isasync and recheck.isasync


@pytest.mark.slow
def test_poll_flow_runs_the_pipeline_and_publishes_artifacts(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.poll import poll
    from prefect.client.orchestration import SyncPrefectClient, get_client

    sync_clients: list[SyncPrefectClient] = []
    made = SyncPrefectClient.__init__

    def counted(self: SyncPrefectClient, *args: Any, **kwargs: Any) -> None:
        sync_clients.append(self)
        made(self, *args, **kwargs)

    monkeypatch.setattr(SyncPrefectClient, "__init__", counted)
    with DemoWeb() as web:
        config_path = write_config(tmp_path, web)
        web.set_tick(2)
        state = asyncio.run(
            poll(config_path=str(config_path), now=web.tick_now(2).isoformat(), return_state=True)
        )
        assert state.is_completed(), state.message
        summary = state.result()
        received = list(web.received)
        feeds = len(web.feed_urls())
    assert summary["feeds_polled"] == feeds
    # The engine's one for the result storage, and the one the five tasks share (each would
    # otherwise make its own, with its own TLS context).
    assert len(sync_clients) == 2
    assert summary["followups"] >= 3
    assert summary["alerts_sent"] == len(received) > 0
    with store_mod.open_reader(tmp_path / "monitor.duckdb") as store:
        assert store.sql("SELECT count(*) AS n FROM followups")[0]["n"] == summary["followups"]

    async def artifacts() -> set[str]:
        async with get_client() as client:
            found = await client.read_artifacts()
            return {a.key for a in found if a.key}

    assert {"poll-summary", "followups"} <= asyncio.run(artifacts())
