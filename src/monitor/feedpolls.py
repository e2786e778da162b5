"""Polling every due feed: fetch threads (as many as the latency gate lets in flight, and the
poll helper's second process while answers come back fast), changed bodies parsed as they
arrive (in worker processes once there are enough), outcomes stored a batch at a time by
``feedstate.record_polls``."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from datetime import datetime

from monitor import feedstate, pollhelper, pools
from monitor.models import FeedPoll, FeedState, FetchOutcome
from monitor.runstate import RunContext
from monitor.workers import parse_fetched_feed

log = logging.getLogger(__name__)


def poll_feed(ctx: RunContext, state: FeedState, now: datetime) -> FeedPoll:
    """Fetch one feed conditionally and parse it if its body changed. Never raises."""
    return parse_fetched_feed(fetch_feed(ctx, state, now), now)


def fetch_feed(ctx: RunContext, state: FeedState, now: datetime) -> FeedPoll:
    """Fetch one feed conditionally; a changed body comes back unparsed. Never raises."""
    return ctx.feed_fetcher.fetch(state, now)


def due_feeds(ctx: RunContext, now: datetime) -> list[FeedState]:
    """The stored state of every configured feed whose next poll is due."""
    with ctx.store() as store:
        return [FeedState.from_row(row) for row in store.rows("due_feeds", now=now)]


# A batch of polls is stored once it holds this many items (or feeds): memory stays bounded
# however many feeds a cycle polls, and storing overlaps the rest of the polling.
RECORD_BATCH_ITEMS = 5000
RECORD_BATCH_FEEDS = 1000


def poll_and_record(ctx: RunContext, now: datetime) -> int:
    """Poll every due feed and store feed states and new items a batch at a time (one
    transaction each, so a crash loses at most the batch in flight and its feeds stay due).
    Returns the number of new items."""
    new_items = 0
    batch: list[FeedPoll] = []
    items = 0
    for poll in iter_polls(ctx, due_feeds(ctx, now), now):
        batch.append(poll)
        items += len(poll.items)
        if items >= RECORD_BATCH_ITEMS or len(batch) >= RECORD_BATCH_FEEDS:
            new_items += feedstate.record_polls(ctx, batch, now)
            batch, items = [], 0
    return new_items + feedstate.record_polls(ctx, batch, now)


def poll_rows(ctx: RunContext, states: Sequence[FeedState], now: datetime) -> list[FeedPoll]:
    """Poll these feeds; the outcomes in the order of ``states``."""
    order = {state.url: i for i, state in enumerate(states)}
    return sorted(iter_polls(ctx, states, now), key=lambda poll: order[poll.url])


def iter_polls(ctx: RunContext, states: Sequence[FeedState], now: datetime) -> Iterator[FeedPoll]:
    """Poll these feeds, yielding each outcome as it is ready: threads fetch; changed bodies
    are parsed as they arrive, in worker processes once there are enough of them."""
    if not states:
        return
    polled = failed = 0
    ctx.progress.begin("feeds", len(states))
    with _FeedParsing(now, words=pools.needs_word_table(ctx.config.stories)) as parsing:

        def outcomes() -> Iterator[FeedPoll]:
            for fetched in _fetch_feeds(ctx, states, now):
                yield from parsing.add(fetched)
            yield from parsing.finish()

        for poll in outcomes():
            polled += 1
            failed += poll.outcome is FetchOutcome.ERROR
            ctx.progress.advance("feeds")
            yield poll
    ctx.count("feeds_polled", polled)
    ctx.count("feeds_failed", failed)


STALL_S = 0.1  # no feed answered in this long: the threads wait on the network, start them all


def _fetch_feeds(ctx: RunContext, states: Sequence[FeedState], now: datetime) -> Iterator[FeedPoll]:
    """Fetch every feed on threads (unparsed), yielding outcomes as they come.

    As many threads as the run's ``LatencyGate`` lets requests in flight: one while responses
    come back at once, where more threads only hand the GIL around; ``[fetch] workers`` once
    requests wait on the network (slow answers, or none for ``STALL_S``). Threads that would
    only wait are never started."""
    fetcher = ctx.feed_fetcher
    gate = fetcher.gate
    ceiling = max(1, ctx.config.fetch.workers)
    todo = pollhelper.HostQueue(states)
    results: queue.SimpleQueue[FeedPoll | BaseException] = queue.SimpleQueue()

    def work() -> None:
        while (state := todo.take()) is not None:  # None once all are taken, or polling ends
            try:
                results.put(fetcher.fetch(state, now))
            except BaseException as exc:  # fetch never raises; a bug must not hang the run
                results.put(exc)
                return

    threads: list[threading.Thread] = []

    def grow(to: int) -> None:
        while len(threads) < min(to, len(states)):
            thread = threading.Thread(target=work, name=f"poll-{len(threads)}", daemon=True)
            thread.start()
            threads.append(thread)

    lending = pollhelper.lend(
        ctx.poll_helper,
        todo,
        now,
        deliver=results.put,
        observe=gate.observe,
        fast=lambda: not gate.open,
    )
    with lending as lent:
        log.debug("polling %d feeds", len(states))
        grow(gate.limit)
        try:
            for _ in states:
                while True:
                    try:
                        outcome = results.get(timeout=STALL_S)
                        break
                    except queue.Empty:  # every thread waits on the network: more would help
                        gate.open_up(f"no feed answered in {STALL_S:g} s")
                        grow(ceiling)
                        if lent is not None:
                            lent.watch()  # or on a wedged helper, holding feeds for ever
                if isinstance(outcome, BaseException):
                    raise outcome
                if gate.open and len(threads) < ceiling:
                    if lent is not None:
                        lent.stop()  # the network is slow: this process's threads poll the rest
                    grow(ceiling)
                yield outcome
        finally:
            todo.close()  # threads finish the feed in hand (bounded by its timeouts) and stop
            for thread in threads:
                thread.join()
    if ctx.poll_helper is not None:
        ctx.poll_helper.finish()  # one polling per run: the helper exits (reaped at close)


class _FeedParsing:
    """Parses changed feed bodies: inline while they are few, then in a process per core,
    started when the ``pools.POOL_MIN``-th changed body arrives. ``add`` returns the outcomes ready
    so far; ``finish`` yields the rest one by one as they are parsed, so a cycle's parsed
    items never pile up before they are stored."""

    def __init__(self, now: datetime, *, words: bool = False) -> None:
        self._now = now
        self._words = words  # the fork server preloads the word table (pools.needs_word_table)
        self._waiting: list[FeedPoll] = []
        self._futures: dict[Future[FeedPoll], FeedPoll] = {}
        self._done: queue.SimpleQueue[Future[FeedPoll]] = queue.SimpleQueue()
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _FeedParsing:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def add(self, poll: FeedPoll) -> list[FeedPoll]:
        if poll.outcome not in (FetchOutcome.NEW, FetchOutcome.CHANGED):
            return [poll, *self._parsed()]
        if not self._waiting and self._pool is None:
            # Its imports overlap the fetching to come; the parsers need no word table.
            pools.start_worker_server(self._words, background=True)
        self._waiting.append(poll)
        if self._pool is None and len(self._waiting) >= pools.POOL_MIN:
            workers = pools.worker_processes(len(self._waiting))
            if workers > 1:
                self._pool = pools.process_pool(workers)
        if self._pool is not None:
            for waiting in self._waiting:
                future = self._pool.submit(parse_fetched_feed, waiting, self._now)
                self._futures[future] = waiting
                future.add_done_callback(self._done.put)
            self._waiting = []
        return self._parsed()

    def finish(self) -> Iterator[FeedPoll]:
        while self._waiting:  # too few for processes
            yield parse_fetched_feed(self._waiting.pop(0), self._now)
        while self._futures:
            yield self._outcome(self._done.get())

    def _parsed(self) -> list[FeedPoll]:
        out: list[FeedPoll] = []
        while True:
            try:
                future = self._done.get_nowait()
            except queue.Empty:
                return out
            out.append(self._outcome(future))

    def _outcome(self, future: Future[FeedPoll]) -> FeedPoll:
        poll = self._futures.pop(future)
        try:
            return future.result()
        except Exception as exc:  # a crashed worker loses one feed's items, not the run
            return replace(
                poll,
                outcome=FetchOutcome.ERROR,
                result=None,
                error=f"feed parsing failed: {type(exc).__name__}",
            )
