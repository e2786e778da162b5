"""``python -m bench.oneshot``: what ``monitor run`` costs as a whole process, the command a
cron job or a user types, on the plain path and through Prefect, side by side.

Against the fixture web (``bench/web.py``) with nothing new: the 1,000 feeds of the warm
scenario (every feed answers 304) and a one-feed configuration. Each sample is one
``monitor run`` process timed from start to exit; the JSON line at the end gives medians.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bench.__main__ import (
    DB_NAME,
    add_web_arguments,
    fixture_inputs,
    prefect_server,
    set_backlog_aside,
)
from bench.scenarios import COLD_NOW, WebShape, write_config
from bench.web import FixtureWeb

# What the issue asks of the plain path (median wall seconds of a whole process).
TARGETS_S = {"many/plain": 1.2, "one/plain": 1.0}
# Each sample runs a day later than the one before, so every feed is due again.
STEP = timedelta(hours=25)


def monitor_command() -> list[str]:
    """``monitor``, as installed beside this Python (else ``python -m monitor.cli``)."""
    script = Path(sys.executable).with_name("monitor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "monitor.cli"]


def clean_environment(**extra: str) -> dict[str, str]:
    """This environment without Prefect's settings (no server unless ``extra`` names one)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return {**env, **extra}


def children_cpu_s() -> float:
    """CPU seconds of this process's reaped descendants (a run's helpers reaped by it count)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def monitor_run(
    config: Path, now: datetime, path: str, env: dict[str, str], *, feeds: int | None = None
) -> tuple[float, float, dict[str, Any]]:
    """One ``monitor run --{path}`` process: its wall and CPU seconds and its summary; with
    ``feeds``, checks that it polled that many feeds and found nothing new."""
    command = [*monitor_command(), "run", "--config", str(config), "--now", now.isoformat()]
    cpu = children_cpu_s()
    started = time.perf_counter()
    done = subprocess.run(
        [*command, f"--{path}"], env=env, capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    cpu = children_cpu_s() - cpu
    if done.returncode != 0:
        raise RuntimeError(f"monitor run --{path} exited {done.returncode}:\n{done.stderr[-3000:]}")
    summary: dict[str, Any] = json.loads(done.stdout)
    if feeds is None:
        return wall, cpu, summary
    expected = {"feeds_polled": feeds, "feeds_failed": 0, "items_new": 0, "path": path}
    if {k: summary.get(k) for k in expected} != expected:
        raise RuntimeError(f"not a nothing-new run of {feeds} feeds on {path}: {summary}")
    return wall, cpu, summary


@contextlib.contextmanager
def workdir(path: str | None, keep: bool) -> Iterator[Path]:
    work = Path(path) if path else Path(tempfile.mkdtemp(prefix="monitor-oneshot-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        yield work
    finally:
        if not keep and not path:
            shutil.rmtree(work, ignore_errors=True)


def prime(folder: Path, shape: WebShape, baseline: Path) -> Path:
    """A database that has polled every feed once (validators stored, items set aside as
    handled); returns its configuration, with the default article cap."""
    config = write_config(folder, shape, baseline_file=baseline, max_articles=1)
    monitor_run(config, COLD_NOW, "plain", clean_environment())
    set_backlog_aside(folder / DB_NAME, COLD_NOW)
    return write_config(folder, shape, baseline_file=baseline)


def run(args: argparse.Namespace, out: Any) -> dict[str, Any]:
    shape, corpus, baseline = fixture_inputs(args)
    samples: dict[str, list[float]] = {}
    cpu_samples: dict[str, list[float]] = {}
    with workdir(args.workdir, args.keep) as work, FixtureWeb(shape, corpus) as web:
        shape = web.shape
        web.set_scenario("cold")
        print(
            f"fixture web: {shape.feeds} feeds x {shape.items} items, port {shape.port}; "
            f"work in {work}",
            file=out,
        )
        one = WebShape(feeds=1, items=shape.items, hosts=1, port=shape.port)
        configs = {
            "many": (prime(work / "many", shape, baseline), shape.feeds),
            "one": (prime(work / "one", one, baseline), 1),
        }
        web.set_scenario("warm")  # every feed answers 304: nothing new
        modes: dict[str, dict[str, str]] = {"plain": clean_environment()}
        server: contextlib.AbstractContextManager[dict[str, str]] = contextlib.nullcontext({})
        if not args.no_prefect:
            # The temporary server's home is kept across runs, as a user's would be (a fresh
            # one costs twice as much); its first run, which creates it, is not timed.
            home = str(work / "prefect-home")
            modes["prefect"] = clean_environment(PREFECT_HOME=home)
            server = prefect_server(work / "prefect-server")
            print("starting a Prefect server for the prefect-server runs ...", file=out)
        with server as server_env:
            if server_env:
                modes["prefect-server"] = clean_environment(**server_env)
            when = COLD_NOW + STEP
            for config, feeds in configs.values():
                for mode in modes:
                    if mode != "plain":  # warm-up: creates the Prefect database, not timed
                        monitor_run(config, when, "prefect", modes[mode], feeds=feeds)
                        when += STEP
            for round_no in range(args.repeat):
                for name, (config, feeds) in configs.items():
                    for mode, env in modes.items():
                        if mode != "plain" and round_no >= args.prefect_repeat:
                            continue
                        wall, cpu, _ = monitor_run(
                            config, when, "plain" if mode == "plain" else "prefect", env,
                            feeds=feeds,
                        )  # fmt: skip
                        when += STEP
                        samples.setdefault(f"{name}/{mode}", []).append(wall)
                        cpu_samples.setdefault(f"{name}/{mode}", []).append(cpu)
                        print(f"  {name:<5} {mode:<15} {wall:6.2f} s  {cpu:6.2f} s CPU", file=out)
    medians = {key: round(statistics.median(walls), 3) for key, walls in samples.items()}
    cpu_medians = {key: round(statistics.median(cpus), 3) for key, cpus in cpu_samples.items()}
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"\nmonitor run, whole process, nothing new (medians; load average {load}):", file=out)
    print(f"  {'':<22} {'wall s':>6} {'CPU s':>6}", file=out)
    for key, median in medians.items():
        target = TARGETS_S.get(key)
        verdict = ""
        if target is not None:
            verdict = f"  (target <= {target} s wall: {'met' if median <= target else 'MISSED'})"
        print(f"  {key:<22} {median:6.2f} {cpu_medians[key]:6.2f}{verdict}", file=out)
    return {
        "feeds": shape.feeds,
        "items_per_feed": shape.items,
        "medians_s": medians,
        "cpu_medians_s": cpu_medians,
        "load_average": [round(n, 2) for n in os.getloadavg()],
        "samples_s": {k: [round(w, 3) for w in v] for k, v in samples.items()},
        "targets_s": TARGETS_S,
        "targets_met": all(medians.get(k, float("inf")) <= t for k, t in TARGETS_S.items()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.oneshot", description=__doc__)
    add_web_arguments(parser)
    parser.add_argument("--no-prefect", action="store_true", help="only the plain path")
    parser.add_argument("--repeat", type=int, default=7, help="plain samples per configuration")
    parser.add_argument(
        "--prefect-repeat", type=int, default=3, help="Prefect samples per configuration"
    )
    parser.add_argument("--workdir", help="keep databases and configs here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    args = parser.parse_args(argv)
    if not 1 <= args.hosts <= 99:
        parser.error("--hosts must be 1..99")
    started = time.perf_counter()
    result = run(args, sys.stdout)
    result["bench_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
