"""Scale-out: ``poll_sharded`` coordinates a poll whose fetching and extraction run as
``fetch_shard`` flow runs on a work pool's workers, and loads their Parquet results into DuckDB.

Round 1 polls feeds, round 2 fetches and extracts articles; each round is sharded by host.
Workers never open the database: they read a work file and write a result file in the run's
staging directory (see docs/SCALE_OUT.md). Without a deployment name the shards run in this
process, through the same code.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from prefect import flow, get_run_logger
from prefect.artifacts import create_table_artifact

from flows.notifiers import prefect_block_factories
from flows.poll import resolve_now
from monitor import (
    articlefetch,
    feedpolls,
    feedstate,
    fetchlimits,
    pipeline,
    runstate,
    staging,
    urls,
)
from monitor.config import Config, default_config_path, load_config
from monitor.errors import MonitorError, StoreBusyError
from monitor.feedfetch import feed_host
from monitor.models import Candidate, FeedPoll, FetchedArticle, FetchOutcome

log = logging.getLogger(__name__)

T = TypeVar("T")

SHARD_DEPLOYMENT = "fetch-shard/fetch-shard"
ROUNDS = {"feeds": "polls", "candidates": "articles"}  # work file kind -> result file kind

# One shard job: (kind of work, work file, result file, host share) -> what the shard reports.
Dispatch = Callable[[Sequence[tuple[str, Path, Path, int]]], list[dict[str, Any]]]


# -- the worker side ---------------------------------------------------------------------------


def run_shard(
    config: Config, now: datetime, kind: str, work: Path, out: Path, host_share: int = 1
) -> dict[str, Any]:
    """Do one shard's work: poll its feeds or fetch and extract its articles; no database.

    ``host_share`` divides the per-host budget for a host this shard shares with others.
    """
    ctx = runstate.make_context(config)
    settings = config.fetch
    ctx.limiter = fetchlimits.HostLimiter(
        per_host=max(1, settings.per_host // host_share),
        delay_s=settings.host_delay_s * host_share,
    )
    started = time.monotonic()
    meta: dict[str, str] = {
        "kind": ROUNDS[kind],
        "pid": str(os.getpid()),
        "ppid": str(os.getppid()),
        "hostname": socket.gethostname(),
    }
    try:
        if kind == "feeds":
            rows = staging.read_feed_rows(work)
            polls = feedpolls.poll_rows(ctx, rows, now)
            meta |= {"items": str(len(polls)), "seconds": f"{time.monotonic() - started:.3f}"}
            staging.write_polls(out, polls, meta)
        elif kind == "candidates":
            candidates = staging.read_candidates(work)
            fetched = articlefetch.fetch_articles(ctx, candidates, now)
            meta |= {"items": str(len(fetched)), "seconds": f"{time.monotonic() - started:.3f}"}
            staging.write_fetched(out, fetched, meta)
        else:
            raise ValueError(f"unknown shard work {kind!r}")
    finally:
        ctx.close()
    return shard_report(out)


def shard_report(out: Path) -> dict[str, Any]:
    """What a shard says about itself in its result file: kind, items, pid, ppid, host."""
    meta: dict[str, Any] = staging.read_meta(out)
    meta["items"] = int(meta.get("items", 0))
    meta["seconds"] = float(meta.get("seconds", 0.0))
    return {**meta, "out": str(out)}


@flow(name="fetch-shard", log_prints=False)
def fetch_shard(
    config_path: str,
    now: str,
    kind: str,
    work_path: str,
    out_path: str,
    host_share: int = 1,
) -> dict[str, Any]:
    """One shard of a sharded poll: ``kind`` "feeds" polls feeds, "candidates" fetches
    and extracts articles; results go to ``out_path`` (Parquet), never to the database."""
    config = load_config(Path(config_path))
    report = run_shard(config, resolve_now(now), kind, Path(work_path), Path(out_path), host_share)
    get_run_logger().info(
        "shard %s: %d %s in %.1f s", Path(out_path).name, report["items"], kind, report["seconds"]
    )
    return report


# -- dispatching shards ------------------------------------------------------------------------


def in_process(config: Config, now: datetime) -> Dispatch:
    """Run shards in threads of this process: the same work, no work pool."""

    def dispatch(jobs: Sequence[tuple[str, Path, Path, int]]) -> list[dict[str, Any]]:
        with ThreadPoolExecutor(max_workers=max(1, len(jobs))) as pool:
            return list(pool.map(lambda job: run_shard(config, now, *job), jobs))

    return dispatch


def on_work_pool(
    config: Config,
    now: datetime,
    deployment: str,
    *,
    timeout_s: float = 1800.0,
    poll_interval_s: float = 1.0,
) -> Dispatch:
    """Run each shard as a flow run of the ``fetch-shard`` deployment; wait for all of them."""
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment

    def dispatch(jobs: Sequence[tuple[str, Path, Path, int]]) -> list[dict[str, Any]]:
        runs = []
        for kind, work, out, share in jobs:
            run = run_deployment(
                deployment,
                parameters={
                    "config_path": str(Path(str(config.source)).resolve()),
                    "now": now.isoformat(),
                    "kind": kind,
                    "work_path": str(work),
                    "out_path": str(out),
                    "host_share": share,
                },
                flow_run_name=f"{out.parent.name}-{out.stem}",
                idempotency_key=f"{out.parent.name}/{out.stem}",
                timeout=0,  # create them all first; they run in parallel on the pool
            )
            runs.append(run)  # sync context: a FlowRun, not a coroutine
        deadline = time.monotonic() + timeout_s
        pending = {run.id for run in runs}  # type: ignore[union-attr]
        with get_client(sync_client=True) as client:
            while pending:
                for run_id in list(pending):
                    state = client.read_flow_run(run_id).state
                    if state is not None and state.is_final():
                        pending.discard(run_id)
                        if not state.is_completed():
                            raise MonitorError(f"shard flow run {run_id} ended {state.name}")
                if pending and time.monotonic() > deadline:
                    raise MonitorError(f"shard flow runs still running after {timeout_s:.0f} s")
                if pending:
                    time.sleep(poll_interval_s)
        return [shard_report(out) for _, _, out, _ in jobs]

    return dispatch


# -- the coordinator ---------------------------------------------------------------------------


def _run_round(
    kind: str,
    shards: Sequence[staging.Shard[T]],
    directory: Path,
    write_work: Callable[[Path, Sequence[T]], Path],
    dispatch: Dispatch,
) -> tuple[list[Path], list[dict[str, Any]]]:
    jobs = []
    for shard in shards:
        work = write_work(staging.shard_path(directory, kind, shard.index), shard.items)
        out = staging.shard_path(directory, ROUNDS[kind], shard.index)
        jobs.append((kind, work, out, shard.host_share))
    reports = dispatch(jobs) if jobs else []
    return [job[2] for job in jobs], reports


def _article_host(candidate: Candidate) -> str:
    return urls.site_of(candidate.link)


def run_sharded(
    config: Config,
    now: datetime,
    *,
    shards: int = 2,
    dispatch: Dispatch | None = None,
    staging_dir: Path | None = None,
    keep_staging: bool = False,
    notifier_factories: Any = None,
) -> dict[str, Any]:
    """One poll cycle with polling, fetching and extraction sharded by host: the steps of
    ``pipeline.run_cycle`` (and so the rows of ``pipeline.run_once``), with its two network
    rounds run as shards. Only this process opens the database, under its writer lock."""
    dispatch = dispatch or in_process(config, now)
    base = staging_dir or (config.db.parent / "staging")
    ctx = runstate.make_context(config, notifier_factories=notifier_factories)
    directory = staging.run_dir(base, ctx.run_id)
    split = max(1, config.fetch.per_host)
    reports: list[dict[str, Any]] = []

    def poll(ctx: runstate.RunContext, now: datetime) -> int:
        due = feedpolls.due_feeds(ctx, now)
        plan = staging.plan_shards(due, feed_host, shards, max_split=split)
        outs, done = _run_round("feeds", plan, directory, staging.write_feed_rows, dispatch)
        reports.extend({"round": "polls", **r} for r in done)
        previous = {state.url: state for state in due}
        order = {url: i for i, url in enumerate(previous)}
        polls: list[FeedPoll] = sorted(
            (p for out in outs for p in staging.read_polls(out, previous)),
            key=lambda p: order[p.url],
        )
        ctx.count("feeds_polled", len(polls))
        ctx.count("feeds_failed", sum(p.outcome is FetchOutcome.ERROR for p in polls))
        return feedstate.record_polls(ctx, polls, now)

    def fetch(
        ctx: runstate.RunContext, candidates: Sequence[Candidate], now: datetime
    ) -> list[FetchedArticle]:
        plan = staging.plan_shards(candidates, _article_host, shards, max_split=split)
        outs, done = _run_round("candidates", plan, directory, staging.write_candidates, dispatch)
        reports.extend({"round": "articles", **r} for r in done)
        by_key = {_key(f.candidate): f for out in outs for f in staging.read_fetched(out)}
        fetched = [by_key[_key(c)] for c in candidates]
        # The shards counted in their own processes; the run's summary counts here, once.
        articlefetch.count_fetched(ctx, fetched)
        return fetched

    try:
        summary = pipeline.run_cycle(
            ctx, now, fanout=pipeline.Fanout(poll=poll, fetch=fetch, kind="poll-sharded")
        )
    finally:
        ctx.close()
    if not keep_staging:
        _remove_run_dir(directory)
    return {**summary, "shards": reports, "staging": str(directory)}


def _key(candidate: Candidate) -> tuple[str, str | None]:
    return candidate.url, candidate.known_fingerprint


def _remove_run_dir(directory: Path) -> None:
    if not directory.is_dir():
        return
    for path in directory.iterdir():
        path.unlink()
    directory.rmdir()


@flow(name="poll-sharded", log_prints=False)
def poll_sharded(
    config_path: str | None = None,
    now: str | None = None,
    shards: int = 2,
    shard_deployment: str | None = SHARD_DEPLOYMENT,
    staging_dir: str | None = None,
    keep_staging: bool = False,
) -> dict[str, Any]:
    """Poll every due feed with fetching and extraction spread over ``shards`` flow runs of
    ``shard_deployment`` (``None``: in this process), then judge, store and alert here."""
    config = load_config(Path(config_path) if config_path else default_config_path())
    moment = resolve_now(now)
    dispatch = (
        on_work_pool(config, moment, shard_deployment)
        if shard_deployment
        else in_process(config, moment)
    )
    try:
        summary = run_sharded(
            config,
            moment,
            shards=shards,
            dispatch=dispatch,
            staging_dir=Path(staging_dir).resolve() if staging_dir else None,
            keep_staging=keep_staging,
            notifier_factories=prefect_block_factories(),
        )
    except StoreBusyError as exc:
        log.warning("sharded poll skipped: %s", exc)
        return {"skipped": str(exc)}
    if summary["shards"]:
        create_table_artifact(
            table=[{k: str(v) for k, v in r.items()} for r in summary["shards"]],
            key="poll-sharded-shards",
        )
    return summary
