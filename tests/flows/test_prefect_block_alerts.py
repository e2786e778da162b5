"""Alerts through a Prefect notification block saved on a (test) Prefect server: from the
library, and from a plain ``monitor run`` (which imports Prefect only to send them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.pipeline import run_once
from tests.flows.conftest import harness_url, monitor_run
from tests.integration.receiver import Receiver


@pytest.mark.slow
@pytest.mark.parametrize("caller", ["run_once", "monitor run --plain"])
def test_a_prefect_block_route_delivers_each_alert(
    prefect_harness: None, tmp_path: Path, caller: str
) -> None:
    from flows.notifiers import prefect_block_factories
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    with Receiver() as receiver, DemoWeb() as web:
        port = receiver.server.server_address[1]
        CustomWebhookNotificationBlock(
            name="monitor",
            url=f"http://127.0.0.1:{port}/hooks",
            json_data={"title": "{{subject}}", "message": "{{body}}"},
        ).save("monitor-test", overwrite=True)
        path = write_config(tmp_path, web)
        path.write_text(
            path.read_text().replace(
                web.receiver_url(), "prefect-block://custom-webhook/monitor-test"
            )
        )
        web.set_tick(2)
        if caller == "run_once":
            summary = run_once(
                load_config(path), web.tick_now(2), notifier_factories=prefect_block_factories()
            )
        else:
            now = web.tick_now(2).isoformat()
            summary = monitor_run(path, now, "--plain", PREFECT_API_URL=harness_url())
            assert summary["path"] == "plain"
    assert summary["alerts_sent"] > 0
    assert len(receiver.accepted) == summary["alerts_sent"]
    # each title names the story by its title, then the development's headline
    assert all(m["title"].startswith("Biden wants Mexico to do more") for m in receiver.accepted)
