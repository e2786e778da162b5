"""The ``poll`` flow: one poll cycle as a few coarse Prefect tasks with a bounded task runner.

The library does the work; this module owns retries, concurrency and the run's artifacts.

``poll`` and ``recheck`` are ``async def`` although all their work is synchronous. Prefect's
sync engine ends every flow run by joining its heartbeat thread, which sleeps in 1-second steps
(``_send_heartbeats`` in prefect 3.9.1): each run returned 0 to 1 s after it was Completed,
0.5 s on average. The async engine sends the same heartbeats and does not wait for the thread.
Nothing else runs on the flow's event loop, so the blocking body delays nothing. Call them with
``asyncio.run(poll(...))``, or ``await poll(...)`` where a loop is running; a process that uses
Prefect's temporary server calls them through ``flows.recorded.run_to_end``, which waits until
the server has recorded the run's task runs (see that module).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

import fastapi.encoders  # noqa: F401  (see below)
import prefect.utilities.visualization  # noqa: F401  (see below)
from prefect import flow
from prefect.artifacts import acreate_markdown_artifact, acreate_table_artifact
from prefect.context import SyncClientContext
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import Task
from prefect.utilities.annotations import quote

from flows.notifiers import prefect_block_factories
from flows.recorded import recorded_task
from monitor import articlefetch, feedpolls, judgestore, outbox, pipeline, runs, runstate
from monitor.config import Config, default_config_path, load_config
from monitor.errors import StoreBusyError
from monitor.models import Candidate, FetchedArticle
from monitor.progress import SILENT, Progress
from monitor.runstate import Baseline, RunContext

log = logging.getLogger(__name__)
T = TypeVar("T")

# The two imports above are Prefect's: it makes them on a flow's first call in a process
# (serialising the parameters, checking for a visualisation), ~0.5 s of that first cycle's
# CPU. Made here, they belong to the process's start, like every other import: a served
# deployment pays them once when it starts, not inside its first scheduled run.


def unwalked(value: T) -> T:
    """``value`` as a task argument Prefect passes on without walking it (see below)."""
    return cast(T, quote(value))


# Every task takes the run context, which holds an HTTP client: input hashing must be off.
# ``prefect_step`` passes the context and every large collection through ``unwalked``:
# Prefect otherwise walks each argument looking for futures, ~0.1 s for a context holding
# 1,000 feeds and seconds for a few thousand articles, on every task call.
@recorded_task("prepare")
def prepare_task(ctx: RunContext, now: datetime, kind: str = "poll") -> dict[str, Baseline]:
    return runs.prepare_run(ctx, now, kind)


@recorded_task("poll-feeds")
def poll_feeds_task(ctx: RunContext, now: datetime) -> int:
    """Poll and store in batches; returns the new items (never the polls: a task's result
    stays in memory with its state for the whole flow run)."""
    return feedpolls.poll_and_record(ctx, now)


@recorded_task("fetch-articles")
def fetch_articles_task(
    ctx: RunContext, candidates: list[Candidate], now: datetime
) -> list[FetchedArticle]:
    return articlefetch.fetch_articles(ctx, candidates, now)


@recorded_task("judge-articles")
def judge_task(
    ctx: RunContext, fetched: list[FetchedArticle], baselines: dict[str, Baseline], now: datetime
) -> int:
    return judgestore.judge_articles(ctx, fetched, baselines, now)


@recorded_task("deliver-alerts")
def deliver_task(ctx: RunContext, now: datetime) -> int:
    return outbox.deliver_alerts(ctx, now)


# The cycle's steps (pipeline.run_cycle names them) as this flow's tasks.
TASKS: dict[str, Task[..., Any]] = {
    "prepare": prepare_task,
    "poll-feeds": poll_feeds_task,
    "fetch-articles": fetch_articles_task,
    "judge-articles": judge_task,
    "deliver-alerts": deliver_task,
}


def prefect_step(name: str, step: Callable[..., T], *args: Any) -> T:
    """``pipeline.run_cycle``'s ``call``: the step runs as the task of its name (whose body
    calls the same library function)."""
    return cast(T, TASKS[name](*(unwalked(arg) for arg in args)))


def resolve_now(now: datetime | str | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    value = datetime.fromisoformat(now) if isinstance(now, str) else now
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# Who watches a run of this process's flows: ``monitor run --progress`` sets it before it
# runs ``poll`` here (a flow's parameters cannot carry an observer).
observer: Progress = SILENT


def run_poll(
    config: Config, now: datetime, *, kind: str
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One cycle of ``poll`` (feeds and new articles) or ``recheck`` (revisions only): its
    summary, and the follow-ups for its table artifact."""
    ctx = runstate.make_context(
        config, notifier_factories=prefect_block_factories(), progress=observer
    )
    followups: list[dict[str, Any]] = []

    def concluded(ctx: RunContext) -> None:
        # read while the run's session is still open (reopening the database cost ~50 ms)
        followups.extend(_artifact_rows(ctx))

    try:
        summary = pipeline.run_cycle(ctx, now, kind=kind, call=prefect_step, concluded=concluded)
    finally:
        ctx.close()
    return summary, followups


async def run_flow(config_path: str | None, now: str | None, kind: str) -> dict[str, Any]:
    """The whole of the ``poll`` and ``recheck`` flows: the cycle, then its artifacts."""
    config = load_config(Path(config_path) if config_path else default_config_path())
    try:
        # One Prefect client for all the run's tasks. Under the async engine no sync client
        # is open, so each sync task would make its own, building a TLS context each time
        # (~40 ms of CPU apiece, even for an http:// API).
        with SyncClientContext.get_or_create():
            summary, followups = run_poll(config, resolve_now(now), kind=kind)
    except StoreBusyError as exc:
        # Another run holds the database: this one ends cleanly and says who holds it.
        log.warning("%s skipped: %s", kind, exc)
        return {"skipped": str(exc)}
    await _publish_artifacts(summary, kind, followups)
    return summary


@flow(
    name="poll",
    task_runner=ThreadPoolTaskRunner(max_workers=4),  # type: ignore[arg-type]  # bounded
    log_prints=False,
)
async def poll(config_path: str | None = None, now: str | None = None) -> dict[str, Any]:
    """Poll every due feed once, judge new articles, and send alerts.

    ``now`` (ISO 8601) replays a cycle at another time; by default the clock is read once.
    """
    return await run_flow(config_path, now, "poll")


def _artifact_rows(ctx: RunContext) -> list[dict[str, Any]]:
    """The latest follow-ups for the run's table artifact, read in the run's own session
    (reopening the database for them cost ~50 ms a run)."""
    try:
        with ctx.store() as store:
            return store.rows("artifact_followups", limit=50)
    except Exception as exc:  # artifacts are a courtesy; never fail the run for them
        log.warning("could not read follow-ups for the artifact: %s", exc)
        return []


async def _publish_artifacts(
    summary: dict[str, Any], kind: str, rows: list[dict[str, Any]]
) -> None:
    lines = [
        f"# monitor {kind}",
        "",
        f"- feeds polled: {summary['feeds_polled']} ({summary['feeds_failed']} failed)",
        f"- new items: {summary['items_new']}",
        f"- articles fetched: {summary['articles_fetched']} ({summary['articles_failed']} failed)",
        f"- follow-ups found: {summary['followups']}",
        f"- alerts sent: {summary['alerts_sent']}",
    ]
    if summary["errors"]:
        lines += ["", "## Errors", ""] + [f"- {e}" for e in summary["errors"][:50]]
    await acreate_markdown_artifact(markdown="\n".join(lines), key=f"{kind}-summary")
    if rows:
        await acreate_table_artifact(
            table=[{k: str(v) for k, v in r.items()} for r in rows], key="followups"
        )
