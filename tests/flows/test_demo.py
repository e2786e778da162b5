"""`monitor demo` as a newcomer runs it: offline, end to end, twice on the same folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from monitor import store as store_mod
from tests.conftest import DemoRun
from tests.integration.cli import monitor, without_prefect


def _demo(data: Path) -> subprocess.CompletedProcess[str]:
    return monitor("demo", "--data-dir", str(data), env=without_prefect())


@pytest.mark.slow
def test_demo_shows_followups_new_facts_and_an_alert_and_is_idempotent(demo_run: DemoRun) -> None:
    data, first = demo_run.folder, demo_run.first
    assert first.returncode == 0, first.stderr[-3000:]
    assert "Follow-ups found" in first.stdout and "What is new" in first.stdout
    db = data / "monitor.duckdb"
    with store_mod.open_reader(db) as store:
        counts = {
            view: store.sql(f"SELECT count(*) AS n FROM {view}")[0]["n"]
            for view in ("followups", "new_facts", "alert_log")
        }
        sent = store.sql("SELECT count(*) AS n FROM alert_log WHERE status = 'sent'")[0]["n"]
    assert all(n > 0 for n in counts.values()), counts
    assert f"the demo's receiver got {sent} messages this run" in first.stdout

    second = _demo(data)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "the demo's receiver got 0 messages this run" in second.stdout
    with store_mod.open_reader(db) as store:
        again = {
            view: store.sql(f"SELECT count(*) AS n FROM {view}")[0]["n"]
            for view in ("followups", "new_facts", "alert_log")
        }
    assert again == counts
