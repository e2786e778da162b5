"""``monitor run`` records its run in Prefect wherever a Prefect server is there to record it:
``PREFECT_API_URL``, or a ``monitor serve`` of the same database (its note); ``--plain``
keeps it out of Prefect. Real ``monitor run`` processes against the test harness's server."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.served import announce
from tests.flows.conftest import harness_url, monitor_run


def _recorded_poll_runs(config: Path) -> list[str]:
    """The states of the harness's ``poll`` flow runs of this configuration."""
    from prefect.client.orchestration import get_client

    async def read() -> list[str]:
        async with get_client() as client:
            runs = await client.read_flow_runs()
        return [
            str(run.state_type.value if run.state_type else None)
            for run in runs
            if run.parameters.get("config_path") == str(config)
        ]

    return asyncio.run(read())


def test_a_run_is_recorded_where_a_server_is_there(prefect_harness: None, tmp_path: Path) -> None:
    url = harness_url()
    with DemoWeb() as web:
        web.set_tick(2)
        config = write_config(tmp_path, web)
        day = web.tick_now(2)

        first = monitor_run(config, day.isoformat(), PREFECT_API_URL=url)
        assert first["path"] == "prefect" and first["followups"] > 0
        assert _recorded_poll_runs(config) == ["COMPLETED"]

        # A monitor serve of this database runs: its note names the server.
        with announce(load_config(config).db, url, config_path=config):
            served = monitor_run(config, (day + timedelta(days=2)).isoformat())
        assert served["path"] == "prefect"
        assert _recorded_poll_runs(config) == ["COMPLETED", "COMPLETED"]

        plain = monitor_run(
            config, (day + timedelta(days=4)).isoformat(), "--plain", PREFECT_API_URL=url
        )
        assert plain["path"] == "plain" and plain["feeds_polled"] == len(web.feed_urls())
        assert len(_recorded_poll_runs(config)) == 2  # --plain: not in Prefect


def test_serve_names_the_api_it_serves_on(prefect_harness: None) -> None:
    from flows.serve import api_url

    assert api_url() == harness_url()
