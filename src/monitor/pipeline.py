"""``run_cycle``, the one order of a cycle's steps, and ``run_once`` that runs a cycle without
Prefect. The steps live with what they do:

- prepare, start and finish the run: ``monitor.runs``
- poll every due feed (threads, parsing processes): ``monitor.feedpolls``; store the polls
  (items, feed state): ``monitor.feedstate``
- pending articles, fetch and extract: ``monitor.articlefetch`` (processes: ``monitor.pools``)
- judge: ``monitor.judgestore`` (reads and writes) around ``monitor.judging`` (decisions)
- deliver alerts: ``monitor.outbox``

What the steps share (``RunContext``, the stories' ``Baseline``) is in ``monitor.runstate``;
the records they pass, in ``monitor.models``.

Network and extraction happen outside the database; each write phase is one short
transaction under the writer lock, so a crash loses at most the phase in flight.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from monitor import articlefetch, feedpolls, outbox, runs
from monitor.config import Config
from monitor.models import Candidate, FetchedArticle
from monitor.progress import SILENT, Progress
from monitor.runstate import Baseline, RunContext, make_context
from monitor.store import run_lock

if TYPE_CHECKING:  # apprise, which alerts imports, is only needed once an alert is sent
    from monitor.alerts import NotifierFactory

log = logging.getLogger(__name__)
T = TypeVar("T")


def judge(
    ctx: RunContext, fetched: list[FetchedArticle], baselines: dict[str, Baseline], now: datetime
) -> int:
    """``judgestore.judge_articles``; the judging stack (~0.1 s of imports) is loaded only
    when there is something to judge, which most cycles do not have."""
    if not fetched:
        return 0
    from monitor import judgestore

    return judgestore.judge_articles(ctx, fetched, baselines, now)


def call_step(name: str, step: Callable[..., T], *args: Any) -> T:
    """How ``run_cycle`` calls a step by default: plainly. (The poll flow calls each step as
    the Prefect task of that name instead.)"""
    return step(*args)


@dataclass(frozen=True)
class Fanout:
    """A cycle whose two network rounds run elsewhere (the sharded flow's shards): ``poll``
    polls and stores the due feeds (returns the new items), ``fetch`` fetches and extracts
    the candidates; ``kind`` names the run in the ``runs`` table."""

    poll: Callable[[RunContext, datetime], int]
    fetch: Callable[[RunContext, Sequence[Candidate], datetime], list[FetchedArticle]]
    kind: str


def run_cycle(
    ctx: RunContext,
    now: datetime,
    *,
    kind: str = "poll",
    call: Callable[..., Any] = call_step,
    clock: Callable[[], datetime] | None = None,
    concluded: Callable[[RunContext], None] | None = None,
    fanout: Fanout | None = None,
) -> dict[str, Any]:
    """One whole cycle in ``ctx``, under the run lock; returns its summary.

    The one definition of a cycle, whoever runs it: ``run_once`` (and ``monitor run``) calls
    its steps plainly, the ``poll`` and ``recheck`` flows pass ``call`` to run each step as a
    Prefect task (``call(name, step, *args)``). So the lock, the transactions, the crash
    points and the alerts' outbox are the same on both paths. ``concluded`` is called inside
    the run's last database session, after the summary is stored. With a ``fanout`` (the
    sharded flow) its ``poll`` and ``fetch`` replace this process's polling and fetching;
    every other step, and the order, stay the same.
    """
    if kind not in ("poll", "recheck"):
        raise ValueError(f"kind must be 'poll' or 'recheck', not {kind!r}")

    def conclude(fetched: list[FetchedArticle], baselines: dict[str, Baseline]) -> dict[str, Any]:
        call("judge-articles", judge, ctx, fetched, baselines, now)
        call("deliver-alerts", outbox.deliver_alerts, ctx, now)
        summary = runs.finish_run(ctx, clock() if clock else now)
        runs.after_run(ctx)
        if concluded is not None:
            concluded(ctx)
        return summary

    poll_feeds = fanout.poll if fanout else feedpolls.poll_and_record
    fetch_articles = fanout.fetch if fanout else articlefetch.fetch_articles
    with run_lock(ctx.config.db, wait_s=ctx.config.run_wait_s):
        if kind == "poll" and fanout is None:
            ctx.start_poll_helper()  # its start overlaps the preparation
        with ctx.session():  # the database stays open across these phases
            baselines = call("prepare", runs.prepare_run, ctx, now, fanout.kind if fanout else kind)
            if kind == "poll":
                call("poll-feeds", poll_feeds, ctx, now)
                ctx.crash_point("polled")
            candidates = articlefetch.pending_articles(
                ctx, now, new=kind == "poll", rechecks=kind == "recheck"
            )
            if not candidates:  # no network phase: no reason to close and reopen
                return conclude([], baselines)
        # the network phase: no database session
        fetched = call("fetch-articles", fetch_articles, ctx, candidates, now)
        with ctx.session():
            return conclude(fetched, baselines)


def run_once(
    config: Config,
    now: datetime,
    *,
    transport: Any = None,
    notifier_factories: Mapping[str, NotifierFactory] | None = None,
    clock: Callable[[], datetime] | None = None,
    kind: str = "poll",
    progress: Progress = SILENT,
) -> dict[str, Any]:
    """One whole cycle without Prefect; returns its summary.

    ``kind="poll"``: feeds, new articles, judging, alerts. ``kind="recheck"``: only the
    follow-ups due for a revision check (the ``recheck`` flow's work), then judging and alerts.
    ``progress`` is told of feeds polled and articles fetched and extracted as they go.
    """
    if kind not in ("poll", "recheck"):
        raise ValueError(f"kind must be 'poll' or 'recheck', not {kind!r}")
    ctx = make_context(
        config, transport=transport, notifier_factories=notifier_factories, progress=progress
    )
    try:
        return run_cycle(ctx, now, kind=kind, clock=clock)
    finally:
        ctx.close()
