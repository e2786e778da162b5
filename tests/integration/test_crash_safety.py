"""Runs killed with SIGKILL, and runs started together, against one real DuckDB file.

The demo's news web (in this process) is the world; each run is a ``monitor run`` process,
so a kill is a real kill: no finally blocks, no clean close, the database file left as it
was. ``monitor run`` has two paths: the plain cycle, and the Prefect flow on a temporary
Prefect server (killed with the run: the run's process group goes). Both run the same
``pipeline.run_cycle`` with the same crash points, so the killed-at-each-point test runs on the
plain path only; a run killed at a random moment and two runs started together run on both
paths, the Prefect one killed inside its flow run. Every run is compared with one uninterrupted
plain run, so the Prefect path must also leave the same rows and send the same alerts.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monitor import store as store_mod
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from tests.integration.cli import COMMAND, without_prefect

PATHS = ("plain", "prefect")


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb() as server:
        server.set_tick(2)
        yield server


def _start(config: Path, now: str, path: str) -> subprocess.Popen[bytes]:
    """``monitor run --{path}`` in a process group of its own (with its Prefect server)."""
    command = [*COMMAND, "run", "--config", str(config), "--now", now]
    return subprocess.Popen(
        [*command, f"--{path}"],
        env=without_prefect(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def _finish(proc: subprocess.Popen[bytes], timeout: float = 300) -> int:
    """The run's exit status, once it and what it started (a Prefect server) are gone."""
    try:
        return proc.wait(timeout=timeout)
    finally:
        with contextlib.suppress(ProcessLookupError):  # a killed run leaves its server behind
            os.killpg(proc.pid, signal.SIGKILL)


def _errors(proc: subprocess.Popen[bytes]) -> str:
    return proc.stderr.read().decode(errors="replace")[-3000:] if proc.stderr else ""


def _state(db: Path) -> dict[str, Any]:
    with store_mod.open_reader(db) as store:
        return {
            "followups": sorted(r["url"] for r in store.sql("SELECT url FROM followups")),
            "alerts": sorted(
                (r["url"], r["development_id"], r["status"])
                for r in store.sql("SELECT * FROM alert_log")
            ),
            "items": store.sql("SELECT count(*) AS n FROM items")[0]["n"],
            "articles": store.sql("SELECT count(*) AS n FROM articles")[0]["n"],
            "versions": store.sql("SELECT count(*) AS n FROM versions")[0]["n"],
            "new_facts": store.sql("SELECT count(*) AS n FROM new_facts")[0]["n"],
        }


def _messages(web: DemoWeb, since: int) -> list[str]:
    return [m.get("message", "") for m in web.received[since:]]


@pytest.fixture(scope="module")
def uninterrupted(
    web: DemoWeb, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], list[str]]:
    """One whole plain run at the module's tick in a fresh folder: the database it leaves, the
    alerts it sent (what every test's runs must add up to)."""
    directory = tmp_path_factory.mktemp("uninterrupted")
    start = len(web.received)
    proc = _start(write_config(directory, web), web.tick_now(2).isoformat(), "plain")
    assert _finish(proc) == 0, _errors(proc)
    return _state(directory / "monitor.duckdb"), _messages(web, start)


def _with_crash(config: Path, point: str | None) -> Path:
    text = config.read_text().split("\n[debug]")[0]
    if point:
        text += f'\n[debug]\ncrash_at = "{point}"\n'
    config.write_text(text)
    return config


def test_killed_runs_then_one_full_run_equal_an_uninterrupted_run(
    web: DemoWeb, tmp_path: Path, uninterrupted: tuple[dict[str, Any], list[str]]
) -> None:
    # The plain path only: the Prefect flow's tasks call the same steps, which hold the crash
    # points; test_a_run_killed_at_a_random_moment_loses_nothing[prefect] kills a flow run.
    now = web.tick_now(2).isoformat()
    clean, clean_messages = uninterrupted
    assert clean["followups"] and len(clean["alerts"]) > 1

    crash_dir = tmp_path / "crash"
    crash_dir.mkdir()
    start = len(web.received)
    config = write_config(crash_dir, web)
    # SIGKILL after the feeds are stored, inside the judging transaction, and right after
    # the first alert went out but before it was recorded.
    for point in ("polled", "judging", "sent"):
        proc = _start(_with_crash(config, point), now, "plain")
        assert _finish(proc) == -signal.SIGKILL, _errors(proc)
    proc = _start(_with_crash(config, None), now, "plain")
    assert _finish(proc) == 0, _errors(proc)
    crashed = _state(crash_dir / "monitor.duckdb")
    messages = _messages(web, start)

    statuses = Counter(status for _, _, status in crashed["alerts"])
    # The alert whose delivery was cut short is not sent again: it is marked unconfirmed.
    assert statuses == {"sent": len(clean["alerts"]) - 1, "unconfirmed": 1}
    assert [a[:2] for a in crashed["alerts"]] == [a[:2] for a in clean["alerts"]]
    assert {k: v for k, v in crashed.items() if k != "alerts"} == {
        k: v for k, v in clean.items() if k != "alerts"
    }
    assert not [m for m, n in Counter(messages).items() if n > 1], "an alert was sent twice"
    assert sorted(messages) == sorted(clean_messages)


@pytest.mark.parametrize("path", PATHS)
def test_a_run_killed_at_a_random_moment_loses_nothing(
    web: DemoWeb, tmp_path: Path, path: str
) -> None:
    now = web.tick_now(2).isoformat()
    config = write_config(tmp_path, web)
    proc = _start(config, now, path)
    if path == "prefect":  # killed inside the flow run, not while Prefect starts
        _wait_for_flow_run(tmp_path / ".prefect" / "prefect.db", proc)
    time.sleep(2.0)
    os.killpg(proc.pid, signal.SIGKILL)
    _finish(proc, timeout=30)
    start = len(web.received)
    proc = _start(config, now, path)
    assert _finish(proc) == 0, _errors(proc)
    state = _state(tmp_path / "monitor.duckdb")
    assert state["followups"] and state["alerts"]
    assert all(status in ("sent", "unconfirmed") for _, _, status in state["alerts"])
    assert len(set(_messages(web, start))) == len(_messages(web, start))


@pytest.mark.parametrize("path", PATHS)
def test_two_monitor_runs_started_together_equal_one_run(
    web: DemoWeb,
    tmp_path: Path,
    path: str,
    uninterrupted: tuple[dict[str, Any], list[str]],
) -> None:
    now = web.tick_now(2).isoformat()
    single, single_messages = uninterrupted

    two_dir = tmp_path / "two"
    two_dir.mkdir()
    start = len(web.received)
    config = write_config(two_dir, web)
    procs = [_start(config, now, path) for _ in range(2)]
    for p in procs:
        assert _finish(p, timeout=400) == 0, _errors(p)
        assert "Traceback" not in _errors(p)
    assert _state(two_dir / "monitor.duckdb") == single
    assert len(web.received) - start == len(single_messages)
    if path == "plain":  # Prefect was never started, nor its home made
        assert not (two_dir / ".prefect").exists()
        return
    # Each process's temporary Prefect server recorded its run to the end before it stopped
    # (flows/recorded.py): both flow runs and every task run are Completed in the history.
    flow_runs, task_runs = _prefect_history(two_dir / ".prefect" / "prefect.db")
    assert flow_runs == ["COMPLETED", "COMPLETED"]
    assert {state for _, state in task_runs} == {"COMPLETED"}
    assert Counter(name.rsplit("-", 1)[0] for name, _ in task_runs)["deliver-alerts"] == 2


def _wait_for_flow_run(prefect_db: Path, proc: subprocess.Popen[bytes]) -> None:
    """Until the run's temporary Prefect server has recorded its flow run."""
    while proc.poll() is None:
        with (
            contextlib.suppress(sqlite3.Error),  # not there yet, or not migrated yet
            contextlib.closing(sqlite3.connect(f"file:{prefect_db}?mode=ro", uri=True)) as db,
        ):
            if db.execute("SELECT count(*) FROM flow_run").fetchone()[0]:
                return
        time.sleep(0.1)


def _prefect_history(path: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The flow runs' states, and each task run's name and state, in a Prefect database."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        flow_runs = sorted(row[0] for row in db.execute("SELECT state_type FROM flow_run"))
        task_runs = db.execute("SELECT name, state_type FROM task_run").fetchall()
    return flow_runs, [(str(name), str(state)) for name, state in task_runs]
