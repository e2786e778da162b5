"""Judging alone, replayed on the same fetched pages and database: the CPU time of
``judgestore.judge_articles`` in the mixed cycle with the mission's story alone and with N
stories configured, and a digest of what it stored. CPU time, not wall time: the shared
machine's load moves wall times by half, CPU times much less.

    python -m bench --no-prefect --repeat 1 --stories 50 --workdir W   # primes W/cold
    python -m bench.judgereplay W --stories 50 [--rounds 3]

For each story count, the mixed cycle runs once against the fixture web (on the port W/cold
was primed with), stopping before judging to keep the database and the fetched pages
(``W/replay-N``); judging then runs ``--rounds`` times, each on a fresh copy of both. The
digest of the mission story's assessments is the same for every story count when judging
with many stories stores what it stores with one.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import re
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.__main__ import DB_NAME, clone
from bench.scenarios import NEXT_NOW, WebShape, baseline_path, shared_dir
from bench.web import FixtureWeb

PAGES = "fetched.pkl"
MISSION = "us-mexico-enforcement-2021"


def capture(work: Path, shape: WebShape, stories: int) -> Path:
    """Run the mixed cycle with ``stories`` configured up to judging; keep its inputs."""
    from monitor import articlefetch, pipeline
    from monitor.config import load_config

    target = work / f"replay-{stories}"
    config = clone(
        work / "cold", target, shape, baseline_path(), max_articles=1000, stories=stories
    )
    fetch = articlefetch.fetch_articles

    def fetch_and_keep(ctx: Any, candidates: Any, now: Any, **kw: Any) -> Any:
        fetched = fetch(ctx, candidates, now, **kw)  # no database session is open here
        shutil.copy2(ctx.config.db, target / f"before-judging.{DB_NAME}")
        (target / PAGES).write_bytes(pickle.dumps(fetched))
        raise _Captured

    articlefetch.fetch_articles = fetch_and_keep
    try:
        pipeline.run_once(load_config(config), NEXT_NOW)
    except _Captured:
        pass
    finally:
        articlefetch.fetch_articles = fetch
    return target


class _Captured(Exception):
    """The cycle stops once its pages are fetched: judging is what is replayed."""


def replay(target: Path, round_no: int) -> tuple[float, str, str]:
    """Judging on a fresh copy of the captured database: (CPU seconds, digest of every
    judging table, digest of the mission story's assessments)."""
    from monitor import judgestore, runs
    from monitor.config import load_config
    from monitor.runstate import make_context
    from monitor.store import open_reader

    folder = target / f"round-{round_no}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copy2(target / f"before-judging.{DB_NAME}", folder / DB_NAME)
    shutil.copy2(target / "monitor.toml", folder / "monitor.toml")
    fetched = pickle.loads((target / PAGES).read_bytes())
    ctx = make_context(load_config(folder / "monitor.toml"))
    try:
        with ctx.session():
            baselines = runs.prepare_run(ctx, NEXT_NOW, "poll")
            assert ctx.profiles  # built before judging, as the workers' pool builds them
            started = time.process_time()
            judgestore.judge_articles(ctx, fetched, baselines, NEXT_NOW)
            cpu = time.process_time() - started
    finally:
        ctx.close()
    with open_reader(folder / DB_NAME) as store:
        tables = [t for t in judgestore.CONFLICTS if t != "model_changes"]
        every = [store.sql(f"SELECT * FROM {t} ORDER BY ALL") for t in tables]
        mission = store.sql(
            "SELECT * FROM assessments WHERE story = $story ORDER BY ALL", {"story": MISSION}
        )
    return cpu, _digest(every), _digest(mission)


def primed_shape(workdir: Path) -> WebShape:
    """The fixture web a bench ``--workdir`` was primed against (its port included)."""
    primed = workdir / "cold" / "monitor.toml"
    if not primed.exists():
        raise SystemExit(f"no primed database in {workdir}: run python -m bench --workdir")
    port = re.search(r"127\.0\.0\.101:(\d+)/", primed.read_text(encoding="utf-8"))
    if port is None:
        raise SystemExit(f"{primed} names no fixture feed")
    return WebShape(1000, 50, 20, int(port.group(1)))


def primed_arguments(doc: str, rounds: int, argv: list[str] | None) -> argparse.Namespace:
    """The command line of a bench run on a primed workdir: the workdir, --stories, --rounds."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("workdir", type=Path, help="a bench --workdir with its cold database")
    parser.add_argument("--stories", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=rounds)
    return parser.parse_args(argv)


def primed_web(workdir: Path) -> FixtureWeb:
    """The fixture web ``workdir`` was primed against, serving the bench's pages."""
    return FixtureWeb(primed_shape(workdir), shared_dir() / "corpus" / "html" / "aeb")


def _digest(rows: Any) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:12]


def main(argv: list[str] | None = None) -> int:
    args = primed_arguments(__doc__, 3, argv)
    with primed_web(args.workdir) as web:
        web.set_scenario("mixed")
        targets = {n: capture(args.workdir, web.shape, n) for n in (1, args.stories)}
    print(f"{'stories':>7}  {'judging CPU s (median, rounds)':<40} every table   mission story")
    for n, target in targets.items():
        results = [replay(target, r) for r in range(args.rounds)]
        cpus = [round(r[0], 3) for r in results]
        digests = {(r[1], r[2]) for r in results}
        every, mission = sorted(digests)[0]
        stable = "" if len(digests) == 1 else f"  (rounds differ: {len(digests)} digests)"
        print(f"{n:>7}  {statistics.median(cpus):6.3f} {cpus!s:<33} {every}  {mission}{stable}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
