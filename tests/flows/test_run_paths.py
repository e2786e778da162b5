"""``monitor run`` records its run in Prefect wherever a Prefect server is there to record it:
``PREFECT_API_URL``, or a ``monitor serve`` of the same database (its note); ``--plain``
keeps it out of Prefect. Real ``monitor run`` processes against the test harness's server."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.served import announce


def _harness_url() -> str:
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url, "the Prefect test harness sets the API URL"
    return str(url)


def _monitor_run(config: Path, now: str, *args: str, **env: str) -> dict[str, Any]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    done = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "run", "--config", str(config), "--now", now, *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    summary: dict[str, Any] = json.loads(done.stdout)
    return summary


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
    url = _harness_url()
    with DemoWeb() as web:
        web.set_tick(2)
        config = write_config(tmp_path, web)
        day = web.tick_now(2)

        first = _monitor_run(config, day.isoformat(), PREFECT_API_URL=url)
        assert first["path"] == "prefect" and first["followups"] > 0
        assert _recorded_poll_runs(config) == ["COMPLETED"]

        # A monitor serve of this database runs: its note names the server.
        with announce(load_config(config).db, url, config_path=config):
            served = _monitor_run(config, (day + timedelta(days=2)).isoformat())
        assert served["path"] == "prefect"
        assert _recorded_poll_runs(config) == ["COMPLETED", "COMPLETED"]

        plain = _monitor_run(
            config, (day + timedelta(days=4)).isoformat(), "--plain", PREFECT_API_URL=url
        )
        assert plain["path"] == "plain" and plain["feeds_polled"] == len(web.feed_urls())
        assert len(_recorded_poll_runs(config)) == 2  # --plain: not in Prefect


def test_serve_names_the_api_it_serves_on(prefect_harness: None) -> None:
    from flows.serve import api_url

    assert api_url() == _harness_url()
