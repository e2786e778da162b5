"""The sharded poll against the demo's news web: the same rows as one ``run_once``, in process
and on a real Prefect server with two process workers (all on 127.0.0.1); and the deployed
``poll``, run by one of those workers, storing the same rows too."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from monitor import pipeline
from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.store import open_reader

REPO = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
TICK = 2

# What the two runs must agree on; wall-clock times and run ids are left out.
COMPARED = {
    "followups": "SELECT * FROM followups",
    "new_facts": "SELECT * FROM new_facts",
    "alert_log": "SELECT * EXCLUDE (sent_at, created_at) FROM alert_log",
    "items": "SELECT * FROM items",
    "articles": "SELECT * EXCLUDE (last_fetched_at) FROM articles",
    "versions": "SELECT * EXCLUDE (fetched_at) FROM versions",
    "feeds": "SELECT * EXCLUDE (last_polled_at, last_ok_at, next_poll_at) FROM feeds",
}


def database_rows(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with open_reader(db) as store:
        return {
            name: sorted((tuple(map(repr, row.values())) for row in store.sql(query)), key=repr)
            for name, query in COMPARED.items()
        }


def reference_rows(web: DemoWeb, tmp_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """One single-process ``run_once`` at the tick, on its own database."""
    folder = tmp_path / "single"
    folder.mkdir()
    config = load_config(write_config(folder, web))
    summary = pipeline.run_once(config, web.tick_now(TICK))
    assert summary["followups"] >= 3 and summary["alerts_sent"] > 0
    return database_rows(config.db)


def test_in_process_shards_store_the_same_rows_as_run_once(tmp_path: Path) -> None:
    from flows.sharded import run_sharded

    with DemoWeb() as web:
        web.set_tick(TICK)
        expected = reference_rows(web, tmp_path)
        folder = tmp_path / "sharded"
        folder.mkdir()
        config = load_config(write_config(folder, web))
        summary = run_sharded(config, web.tick_now(TICK), shards=2)

    assert all(expected[name] for name in ("followups", "new_facts", "alert_log", "versions"))
    assert database_rows(config.db) == expected
    rounds = [r["round"] for r in summary["shards"]]
    assert rounds.count("polls") == 2 and rounds.count("articles") == 2
    assert sum(r["items"] for r in summary["shards"] if r["round"] == "polls") == 3
    assert summary["articles_fetched"] == len(expected["versions"])
    assert not Path(summary["staging"]).exists()  # removed after a successful load


# -- a real Prefect server, two workers ---------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalPrefect:
    """`prefect server start` and workers in their own PREFECT_HOME; every process is ended."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.port = free_port()
        self.api = f"http://127.0.0.1:{self.port}/api"
        self.procs: list[subprocess.Popen[bytes]] = []
        self.env = {
            **os.environ,
            "PREFECT_HOME": str(home),
            "PREFECT_API_URL": self.api,
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_API_HOST": "127.0.0.1",
            "PREFECT_WORKER_QUERY_SECONDS": "1",
            "PREFECT_WORKER_PREFETCH_SECONDS": "1",
            # The schedules are registered but never fire here: no run may poll real feeds.
            "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
            "PREFECT_LOGGING_LEVEL": "WARNING",
            "MONITOR_HOME": str(REPO),
            "PYTHONPATH": str(REPO),
        }
        self.env.pop("PREFECT_PROFILES_PATH", None)

    def start(self, *args: str, log: str) -> subprocess.Popen[bytes]:
        out = (self.home / log).open("wb")
        proc = subprocess.Popen(
            [str(VENV_BIN / "prefect"), *args],
            cwd=REPO,
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs.append(proc)
        return proc

    def run(self, *args: str, timeout: float = 120) -> str:
        done = subprocess.run(
            [str(VENV_BIN / "prefect"), *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        output = (done.stdout + done.stderr).decode(errors="replace")
        assert done.returncode == 0, output
        return output

    def wait_healthy(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.api}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.procs[0].poll() is not None:
                break
            time.sleep(0.5)
        raise AssertionError((self.home / "server.log").read_text(errors="replace")[-4000:])

    def stop(self) -> None:
        """Workers first, then the server they talk to; KILL what outlives a 10 s grace."""
        workers, server = self.procs[1:], self.procs[:1]
        for group in (workers, server):
            for proc in group:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)  # a worker's flow runs go with it
            deadline = time.monotonic() + 10
            for proc in group:
                try:
                    proc.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=10)


@pytest.fixture
def local_prefect(tmp_path: Path) -> Iterator[LocalPrefect]:
    home = tmp_path / "prefect-home"
    home.mkdir()
    prefect = LocalPrefect(home)
    try:
        prefect.start(
            "server", "start", "--host", "127.0.0.1", "--port", str(prefect.port), log="server.log"
        )
        prefect.wait_healthy()
        yield prefect
    finally:
        prefect.stop()


COORDINATOR = """
import json, sys
from flows.sharded import poll_sharded
print(json.dumps(poll_sharded(config_path=sys.argv[1], now=sys.argv[2], shards=2), default=str))
"""

# The scheduled ``poll`` deployment, run once by a worker on the test's own web and clock.
DEPLOYED_POLL = """
import json, sys
from prefect.deployments import run_deployment
run = run_deployment(
    "poll/poll", parameters={"config_path": sys.argv[1], "now": sys.argv[2]}, timeout=200
)
print(json.dumps({"state": run.state.type.value, "message": run.state.message}))
"""


def python(code: str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=240,
        check=False,
    )


def _folder(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def deployments(prefect: LocalPrefect) -> dict[str, dict[str, Any]]:
    found = httpx.post(f"{prefect.api}/deployments/filter", json={}, timeout=10).json()
    return {d["name"]: d for d in found}


@pytest.mark.slow
def test_prefect_yaml_deploys_and_two_workers_share_the_shards(
    local_prefect: LocalPrefect, tmp_path: Path
) -> None:
    prefect = local_prefect
    prefect.run("work-pool", "create", "monitor", "--type", "process")
    started = time.monotonic()
    prefect.run("--no-prompt", "deploy", "--prefect-file", "deployments/prefect.yaml", "--all")
    deploy_s = time.monotonic() - started

    found = deployments(prefect)
    assert {"poll", "recheck", "digest", "fetch-shard", "poll-sharded"} <= set(found)
    intervals = {
        name: [s["schedule"].get("interval") for s in found[name]["schedules"]]
        for name in ("poll", "recheck", "digest")
    }
    assert intervals == {"poll": [900.0], "recheck": [3600.0], "digest": [86400.0]}
    for name in ("poll", "recheck", "digest"):
        assert found[name]["global_concurrency_limit"]["limit"] == 1
        assert found[name]["concurrency_options"]["collision_strategy"] == "CANCEL_NEW"
        assert found[name]["parameters"] == {"config_path": "monitor.toml"}
        assert found[name]["work_pool_name"] == "monitor"
    assert found["fetch-shard"]["schedules"] == []
    workers = [
        prefect.start(
            "worker", "start", "--pool", "monitor", "--limit", "1", "--name", f"w{i}",
            log=f"worker-{i}.log",
        )
        for i in (1, 2)
    ]  # fmt: skip

    with DemoWeb() as web:
        web.set_tick(TICK)
        now = web.tick_now(TICK).isoformat()
        env = dict(prefect.env)
        expected = reference_rows(web, tmp_path)  # in this process: run_once needs no Prefect
        config_path = write_config(_folder(tmp_path, "sharded"), web)
        started = time.monotonic()
        coordinator = python(COORDINATOR, str(config_path), now, env=env)
        sharded_s = time.monotonic() - started
        deployed_path = write_config(_folder(tmp_path, "deployed"), web)
        deployed = python(DEPLOYED_POLL, str(deployed_path), now, env=env)
    output = (coordinator.stdout + coordinator.stderr).decode(errors="replace")
    assert coordinator.returncode == 0, output
    summary = json.loads(coordinator.stdout.decode().strip().splitlines()[-1])
    assert all(expected[name] for name in ("followups", "new_facts", "alert_log", "versions"))
    assert database_rows(load_config(config_path).db) == expected
    # poll is an async flow (flows/poll.py): a worker's flow-run process runs it like any other.
    output = (deployed.stdout + deployed.stderr).decode(errors="replace")
    assert deployed.returncode == 0, output
    assert json.loads(deployed.stdout.decode().strip().splitlines()[-1])["state"] == "COMPLETED"
    assert database_rows(load_config(deployed_path).db) == expected
    ran_on = {int(r["ppid"]) for r in summary["shards"]}
    assert ran_on == {w.pid for w in workers}, (summary["shards"], [w.pid for w in workers])
    print(f"deploy {deploy_s:.1f} s; sharded poll on two workers {sharded_s:.1f} s")
