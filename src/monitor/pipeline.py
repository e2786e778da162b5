"""The steps of one poll cycle as plain functions, ``run_cycle`` that orders them, and
``run_once`` that runs a cycle without Prefect. What the steps share (``RunContext``, the
stories' ``Baseline``) is in ``monitor.runstate``; the records they pass, in ``monitor.models``.

Network and extraction happen outside the database; each write phase is one short
transaction under the writer lock, so a crash loses at most the phase in flight.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import queue
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from monitor import outbox, pollhelper, polling, relevance, urls
from monitor.config import Config
from monitor.errors import (
    ExtractionError,
    FetchError,
    MonitorError,
    PermanentFetchError,
    TransientFetchError,
)
from monitor.feedfetch import host_of
from monitor.models import (
    Candidate,
    FeedPoll,
    FetchedArticle,
    FetchOutcome,
    FetchResult,
    Story,
)
from monitor.progress import SILENT, Progress
from monitor.runstate import Baseline, RunContext, make_context
from monitor.store import Store, refresh_snapshot, run_lock
from monitor.workers import extract_fetched, install_profiles, parse_fetched_feed

if TYPE_CHECKING:  # apprise, which alerts imports, is only needed once an alert is sent
    from monitor.alerts import NotifierFactory

log = logging.getLogger(__name__)
T = TypeVar("T")


# -- step 0: configuration and baselines ---------------------------------------------------


def prepare(ctx: RunContext, now: datetime) -> dict[str, Baseline]:
    """Migrate, record the configured stories and feeds, and make sure each baseline is stored."""
    config = ctx.config
    with ctx.store() as store, store.transaction():
        _sync_stories(store, config, now)
        _sync_feeds(store, config)
        stored = {s.slug: store.rows("baseline_for_story", story=s.slug) for s in config.stories}

    missing = [s for s in config.stories if not stored[s.slug]]
    fresh = {s.slug: load_baseline(ctx, s, now) for s in missing}
    baselines = {}
    terms_to_store: dict[str, str] = {}
    for story in config.stories:
        if story.slug in fresh:
            title, text, _ = fresh[story.slug]
            distinctive = None
        else:
            row = stored[story.slug][0]
            title, text = row["title"], row["text"]
            distinctive = relevance.decode_distinctive(row["distinctive"])
        if distinctive is None:  # first run of this baseline, or terms of an older version
            distinctive = relevance.distinctive_terms(title, text)
            terms_to_store[story.slug] = relevance.encode_distinctive(distinctive)
        baselines[story.slug] = Baseline(
            story=story, title=title, text=text, distinctive=distinctive
        )
    if fresh or terms_to_store:
        from monitor import extract

        with ctx.store() as store, store.transaction():
            store.insert(
                "baselines",
                [
                    {
                        "story": slug,
                        "url": ctx.config.story(slug).url,
                        "title": title,
                        "text": text,
                        "fingerprint": hashlib.sha256(text.encode()).hexdigest(),
                        "source": source,
                        "extractor_version": extract.EXTRACTOR_VERSION,
                        "stored_at": now,
                    }
                    for slug, (title, text, source) in fresh.items()
                ],
                on_conflict="ignore",
            )
            for slug, encoded in terms_to_store.items():
                store.run("set_baseline_distinctive", story=slug, distinctive=encoded)
    ctx.use_baselines(baselines)
    return baselines


def _sync_stories(store: Store, config: Config, now: datetime) -> None:
    """Record each story's configuration; ``updated_at`` is when it last changed (a run
    with the same configuration writes nothing)."""
    rows = [
        {
            "slug": s.slug,
            "title": s.title,
            "url": s.url,
            "published": s.published,
            "horizon_days": s.horizon_days,
            "threshold": s.threshold,
        }
        for s in config.stories
    ]
    recorded = {r["slug"]: r for r in store.rows("configured_stories")}
    changed = [r for r in rows if recorded.get(r["slug"]) != r]
    if changed:
        store.insert(
            "stories",
            [{**r, "updated_at": now} for r in changed],
            on_conflict="update",
            key=("slug",),
        )


def _sync_feeds(store: Store, config: Config) -> None:
    rows = [
        {
            "url": f.url,
            "current_url": f.url,
            "stories": list(config.stories_for_feed(f)),
            "configured": True,
        }
        for f in config.feeds
    ]
    recorded = {r["url"]: list(r["stories"] or ()) for r in store.rows("configured_feeds")}
    if recorded == {r["url"]: r["stories"] for r in rows}:
        return  # the configuration is unchanged: nothing to write (~50 ms for 1,000 feeds)
    # current_url survives: a 301 recorded earlier must not be undone by a re-sync.
    store.insert("feeds", rows, on_conflict="ignore")
    store.insert(
        "feeds",
        [{"url": r["url"], "stories": r["stories"], "configured": True} for r in rows],
        on_conflict="update",
        key=("url",),
    )
    store.run("unconfigure_feeds", urls=[f.url for f in config.feeds])


def load_baseline(ctx: RunContext, story: Story, now: datetime) -> tuple[str, str, str]:
    """(title, text, source) of a story's baseline, from its file or else its URL."""
    from monitor import extract  # trafilatura: ~0.2 s to import, for a baseline not yet stored

    if story.baseline_file is not None:
        try:
            content = story.baseline_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise MonitorError(
                f"story {story.slug!r}: cannot read baseline_file {story.baseline_file}: {exc}"
            ) from exc
        title, text = extract.extract_text_or_html(content, story.url)
        return title or story.title, text, "file"
    try:
        result = ctx.get_page(story.url, now)
        page = extract.extract_article(result.body, result.final_url, min_words=20)
    except (FetchError, ExtractionError) as exc:
        raise MonitorError(
            f"story {story.slug!r}: the baseline could not be fetched from {story.url} ({exc}); "
            "set baseline_file to a saved copy"
        ) from exc
    return page.title or story.title, page.text, "url"


# -- step 1: feeds --------------------------------------------------------------------------


def poll_feed(ctx: RunContext, row: Mapping[str, Any], now: datetime) -> FeedPoll:
    """Fetch one feed conditionally and parse it if its body changed. Never raises."""
    return parse_fetched_feed(fetch_feed(ctx, row, now), now)


def fetch_feed(ctx: RunContext, row: Mapping[str, Any], now: datetime) -> FeedPoll:
    """Fetch one feed conditionally; a changed body comes back unparsed. Never raises."""
    return ctx.feed_fetcher.fetch(row, now)


def due_feeds(ctx: RunContext, now: datetime) -> list[dict[str, Any]]:
    """The stored state of every configured feed whose next poll is due."""
    with ctx.store() as store:
        return store.rows("due_feeds", now=now)


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
            new_items += record_polls(ctx, batch, now)
            batch, items = [], 0
    return new_items + record_polls(ctx, batch, now)


def poll_rows(ctx: RunContext, rows: Sequence[Mapping[str, Any]], now: datetime) -> list[FeedPoll]:
    """Poll these feeds; the outcomes in the order of ``rows``."""
    order = {str(row["url"]): i for i, row in enumerate(rows)}
    return sorted(iter_polls(ctx, rows, now), key=lambda poll: order[poll.url])


def iter_polls(
    ctx: RunContext, rows: Sequence[Mapping[str, Any]], now: datetime
) -> Iterator[FeedPoll]:
    """Poll these feeds, yielding each outcome as it is ready: threads fetch; changed bodies
    are parsed as they arrive, in worker processes once there are enough of them."""
    if not rows:
        return
    polled = failed = 0
    ctx.progress.begin("feeds", len(rows))
    with _FeedParsing(now) as parsing:

        def outcomes() -> Iterator[FeedPoll]:
            for fetched in _fetch_feeds(ctx, rows, now):
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


def _fetch_feeds(
    ctx: RunContext, rows: Sequence[Mapping[str, Any]], now: datetime
) -> Iterator[FeedPoll]:
    """Fetch every row's feed on threads (unparsed), yielding outcomes as they come.

    As many threads as the run's ``LatencyGate`` lets requests in flight: one while responses
    come back at once, where more threads only hand the GIL around; ``[fetch] workers`` once
    requests wait on the network (slow answers, or none for ``STALL_S``). Threads that would
    only wait are never started."""
    fetcher = ctx.feed_fetcher
    gate = fetcher.gate
    ceiling = max(1, ctx.config.fetch.workers)
    todo = pollhelper.HostQueue(rows)
    results: queue.SimpleQueue[FeedPoll | BaseException] = queue.SimpleQueue()

    def work() -> None:
        while (row := todo.take()) is not None:  # None once all are taken, or polling ends
            try:
                results.put(fetcher.fetch(row, now))
            except BaseException as exc:  # fetch never raises; a bug must not hang the run
                results.put(exc)
                return

    threads: list[threading.Thread] = []

    def grow(to: int) -> None:
        while len(threads) < min(to, len(rows)):
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
        log.debug("polling %d feeds", len(rows))
        grow(gate.limit)
        try:
            for _ in rows:
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
    started when the ``POOL_MIN``-th changed body arrives. ``add`` returns the outcomes ready
    so far; ``finish`` yields the rest one by one as they are parsed, so a cycle's parsed
    items never pile up before they are stored."""

    def __init__(self, now: datetime) -> None:
        self._now = now
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
            start_worker_server()  # its imports overlap the fetching still to come
        self._waiting.append(poll)
        if self._pool is None and len(self._waiting) >= POOL_MIN:
            workers = worker_processes(len(self._waiting))
            if workers > 1:
                self._pool = process_pool(workers)
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


def record_polls(ctx: RunContext, polls: Sequence[FeedPoll], now: datetime) -> int:
    """Store feed states and new items in one transaction; returns the number of new items."""
    if not polls:
        return 0
    settings = ctx.config.fetch
    item_rows: list[dict[str, Any]] = []
    for poll in polls:
        for item in poll.items:
            link = item.link
            item_rows.append(
                {
                    "feed_url": poll.url,
                    "key": item.key,
                    "guid": item.guid,
                    "link": link,
                    "canonical_url": urls.canonical_url(link) if link else None,
                    "title": item.title,
                    "title_key": urls.normalise_title(item.title) if item.title else None,
                    "summary": item.summary,
                    "published": item.published,
                    "published_raw": item.published_raw,
                    "first_seen": now,
                }
            )
    with ctx.store() as store, store.transaction():
        existing = {
            (r["feed_url"], r["key"])
            for r in store.rows_with_batch(
                "existing_items", [{"feed_url": r["feed_url"], "key": r["key"]} for r in item_rows]
            )
        }
        fresh = [r for r in item_rows if (r["feed_url"], r["key"]) not in existing]
        # One item key may appear twice in a sloppy feed: keep the first.
        seen: set[tuple[str, str]] = set()
        unique = []
        for r in fresh:
            if (r["feed_url"], r["key"]) not in seen:
                seen.add((r["feed_url"], r["key"]))
                unique.append(r)
        store.insert("items", unique, on_conflict="ignore")
        if unique:  # a replay of an earlier cycle records items the mark says are settled
            store.run("unsettle_items", first_seen=now)
        new_per_feed: dict[str, int] = {}
        for r in unique:
            new_per_feed[r["feed_url"]] = new_per_feed.get(r["feed_url"], 0) + 1
        store.insert(
            "feeds",
            [
                _changes_only(_feed_state(p, now, new_per_feed.get(p.url, 0), settings), p.previous)
                for p in polls
            ],
            on_conflict="update",
            key=("url",),
        )
    ctx.count("items_new", len(unique))
    for poll in polls:
        if poll.error:
            ctx.errors.append(f"feed {poll.url}: {poll.error}")
    return len(unique)


# Feed columns a poll mostly leaves as they were (a 304 changes none of them). Written only
# when they differ from the stored row: DuckDB rewrites every column an update names, so
# writing them all made recording 1,000 unchanged feeds cost ~4x more, and the checkpoint
# that closes the file ~5x more (stories is a list).
_WRITTEN_IF_CHANGED = frozenset(
    {"current_url", "stories", "last_status", "last_http_status", "last_error",
     "consecutive_errors", "items_seen", "etag", "last_modified", "body_hash"}
)  # fmt: skip


def _changes_only(row: dict[str, Any], stored: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` without the columns that hold the same value in ``stored`` (the due row)."""
    return {
        k: v
        for k, v in row.items()
        if k not in _WRITTEN_IF_CHANGED or k not in stored or stored[k] != v
    }


def _feed_state(poll: FeedPoll, now: datetime, new_items: int, settings: Any) -> dict[str, Any]:
    prev = poll.previous
    ok = poll.outcome is not FetchOutcome.ERROR
    errors = 0 if ok else int(prev.get("consecutive_errors") or 0) + 1
    result = poll.result
    item_times = [i.published for i in poll.items if i.published is not None]
    row: dict[str, Any] = {
        "url": poll.url,
        "current_url": poll.current_url,
        "stories": list(poll.stories),
        "last_status": poll.outcome.value,
        "last_http_status": poll.http_status,
        "last_error": poll.error,
        "consecutive_errors": errors,
        "last_polled_at": now,
        "next_poll_at": polling.next_poll_at(
            now,
            ok=ok,
            consecutive_errors=errors,
            retry_after_s=poll.retry_after_s,
            item_times=item_times,
            min_interval_s=settings.min_interval_s,
            max_interval_s=settings.max_interval_s,
        ),
        "items_seen": int(prev.get("items_seen") or 0) + new_items,
        "etag": prev.get("etag"),
        "last_modified": prev.get("last_modified"),
        "body_hash": prev.get("body_hash"),
    }
    if ok:
        row["last_ok_at"] = now
    if result is not None and result.status == 200 and ok:
        row["etag"] = result.etag
        row["last_modified"] = result.last_modified
        row["body_hash"] = poll.body_hash
    if poll.title:
        row["title"] = poll.title
    return row


# -- step 2: articles -----------------------------------------------------------------------


def pending_articles(
    ctx: RunContext, now: datetime, *, new: bool = True, rechecks: bool = True
) -> list[Candidate]:
    """Articles to fetch: new items' pages, then follow-ups due for a revision check."""
    with ctx.store() as store:
        rows: list[dict[str, Any]] = []
        if new:
            [mark] = store.rows("items_settled")
            rows = store.rows(
                "pending_articles",
                retry_before=now - timedelta(hours=1),
                limit=ctx.max_articles,
                settled=mark["settled_through"],
            )
            # Every pending item is a candidate: once each has its article, all are settled.
            ctx.settling = (now, [r["url"] for r in rows]) if len(rows) < ctx.max_articles else None
        due = (
            store.rows(
                "recheck_due",
                now=now,
                oldest=now - timedelta(days=ctx.recheck_max_age_days),
                limit=ctx.max_articles,
            )
            if rechecks
            else []
        )
    candidates = [
        Candidate(
            url=r["url"],
            link=r["link"] or r["url"],
            feeds=tuple(r["feeds"]),
            title=r["title"] or "",
            summary=r["summary"] or "",
            feed_published=r["published"],
            first_seen=r["first_seen"],
        )
        for r in rows
    ]
    candidates += [
        Candidate(
            url=r["url"],
            link=r["url"],
            feeds=(),
            title=r["title"] or "",
            summary="",
            feed_published=r["published"] if r["date_source"] == "feed" else None,
            first_seen=r["first_seen"],
            known_fingerprint=r["fingerprint"],
        )
        for r in due
    ]
    return candidates


def fetch_article(ctx: RunContext, candidate: Candidate, now: datetime) -> FetchedArticle:
    """Fetch and extract one article page. Never raises: failures come back as data."""
    fetched = fetch_page(ctx, candidate, now)
    ctx.progress.advance("fetched")
    article = (
        fetched if isinstance(fetched, FetchedArticle) else extract_fetched(candidate, fetched)
    )
    ctx.progress.advance("extracted")
    return article


def fetch_page(
    ctx: RunContext, candidate: Candidate, now: datetime
) -> FetchResult | FetchedArticle:
    """Fetch one article page: the response, or the failure as a FetchedArticle."""
    try:
        with ctx.limiter.slot(host_of(candidate.link)):
            result = ctx.get_page(candidate.link, now)
    except TransientFetchError as exc:
        return FetchedArticle(candidate, None, exc.reason, transient=True)
    except PermanentFetchError as exc:
        return FetchedArticle(candidate, None, exc.reason, gone=exc.status in (404, 410))
    except FetchError as exc:
        return FetchedArticle(candidate, None, exc.reason)
    return result


def fetch_articles(
    ctx: RunContext,
    candidates: Sequence[Candidate],
    now: datetime,
    *,
    map_fn: Callable[..., Any] | None = None,
) -> list[FetchedArticle]:
    """Fetch and extract candidates concurrently; per-article failures are kept as data."""
    if not candidates:
        return []
    for stage in ("fetched", "extracted"):
        ctx.progress.begin(stage, len(candidates))
    workers = worker_processes(len(candidates))
    with ThreadPoolExecutor(max_workers=max(1, ctx.config.fetch.workers)) as pool:
        if workers <= 1:
            fetched = list(pool.map(lambda c: fetch_article(ctx, c, now), candidates))
        else:
            fetched = _fetch_and_extract_in_processes(ctx, pool, candidates, now, workers)
    ctx.count("articles_fetched", sum(f.page is not None for f in fetched))
    ctx.count("articles_failed", sum(f.page is None for f in fetched))
    for f in fetched:
        if f.error:
            ctx.errors.append(f"article {f.candidate.link}: {f.error}")
    return fetched


POOL_MIN = 24  # below this many pages or feeds, starting worker processes costs more


# What a worker runs (feed parsing, extraction, SimHash) is imported once, by the fork server.
# This process imports them (trafilatura, feedparser) only once it parses or extracts itself.
WORKER_PRELOAD = ["monitor.workers", "monitor.extract", "feedparser"]


def _worker_context() -> Any:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_PRELOAD)
    return context


def start_worker_server() -> None:
    """Start the fork server (idempotent) without waiting: it imports the workers' modules
    on another core while this process goes on, so the first pool starts warm."""
    if worker_processes(POOL_MIN) <= 1:
        return
    _worker_context()
    from multiprocessing import forkserver

    forkserver.ensure_running()


def process_pool(
    workers: int, profiles: Mapping[str, relevance.StoryProfile] | None = None
) -> ProcessPoolExecutor:
    """Worker processes for CPU-bound steps.

    forkserver: workers start from a clean process, not a fork of this threaded one (Prefect
    runs tasks in threads). The fork server imports the workers' modules once (~1 s of CPU
    for trafilatura and feedparser) and forks each worker ready to run: without the preload
    every worker of every pool imported them again. ``profiles`` are installed in each worker
    once, for extraction workers to assess new pages.
    """
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_worker_context(),
        initializer=install_profiles,
        initargs=(dict(profiles or {}),),
    )


def worker_processes(tasks: int) -> int:
    """Processes for CPU-bound work: every core once there are enough tasks to pay for them."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, 8) if tasks >= POOL_MIN else 1


# Pages fetched but not yet extracted, per worker process: fetching outruns extraction ~10x,
# and without a bound every page of the cycle would wait in memory at once.
PAGES_AHEAD_PER_WORKER = 4


def _fetch_and_extract_in_processes(
    ctx: RunContext,
    pool: ThreadPoolExecutor,
    candidates: Sequence[Candidate],
    now: datetime,
    workers: int,
) -> list[FetchedArticle]:
    """Threads fetch; a process per core extracts as pages arrive (extraction is CPU-bound).
    A fetch thread waits while ``PAGES_AHEAD_PER_WORKER`` pages per worker await extraction."""
    order = {c.url: i for i, c in enumerate(candidates)}
    results: list[FetchedArticle | None] = [None] * len(candidates)
    ahead = threading.Semaphore(PAGES_AHEAD_PER_WORKER * workers)
    stopping = threading.Event()
    finished: queue.SimpleQueue[tuple[str, Future[Any], Candidate]] = queue.SimpleQueue()

    def fetch(candidate: Candidate) -> FetchResult | FetchedArticle:
        ahead.acquire()
        if stopping.is_set():
            return FetchedArticle(candidate, None, "not fetched: the run stopped")
        try:
            outcome = fetch_page(ctx, candidate, now)
        except BaseException:
            ahead.release()
            raise
        ctx.progress.advance("fetched")
        if isinstance(outcome, FetchedArticle):  # a failure: nothing to extract
            ahead.release()
            ctx.progress.advance("extracted")
        return outcome

    def report(kind: str, candidate: Candidate) -> Callable[[Future[Any]], None]:
        def done(future: Future[Any]) -> None:
            if kind == "extracted":
                ahead.release()
                ctx.progress.advance("extracted")
            finished.put((kind, future, candidate))

        return done

    try:
        with process_pool(workers, ctx.profiles) as extractors:
            for candidate in candidates:
                pool.submit(fetch, candidate).add_done_callback(report("fetched", candidate))
            for _ in range(len(candidates) * 2):
                kind, future, candidate = finished.get()
                slot = order[candidate.url]
                if kind == "fetched":
                    outcome = future.result()
                    if isinstance(outcome, FetchedArticle):
                        results[slot] = outcome
                        finished.put(("skipped", future, candidate))  # its second event
                    else:
                        job = extractors.submit(extract_fetched, candidate, outcome, now)
                        job.add_done_callback(report("extracted", candidate))
                elif kind == "extracted":
                    try:
                        results[slot] = future.result()
                    except Exception as exc:  # a crashed worker loses one page, not the run
                        results[slot] = FetchedArticle(
                            candidate, None, f"extraction failed: {type(exc).__name__}"
                        )
    except BaseException:
        stopping.set()  # fetch threads still waiting for a slot give up at once
        for _ in candidates:
            ahead.release()
        raise
    return [r for r in results if r is not None]


def start_run(ctx: RunContext, now: datetime, kind: str = "poll") -> None:
    with ctx.store() as store:
        store.insert("runs", [{"id": ctx.run_id, "kind": kind, "started_at": now}])


def finish_run(ctx: RunContext, finished_at: datetime) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "run_id": ctx.run_id,
        **{
            k: ctx.counts.get(k, 0)
            for k in (
                "feeds_polled",
                "feeds_failed",
                "items_new",
                "articles_fetched",
                "articles_failed",
                "followups",
                "alerts_sent",
            )
        },
        "errors": list(ctx.errors),
    }
    with ctx.store() as store, store.transaction():
        store.run("finish_run", id=ctx.run_id, finished_at=finished_at, **summary_params(summary))
        _settle_items(ctx, store)
    return summary


def _settle_items(ctx: RunContext, store: Store) -> None:
    """Move the items_settled mark to this run's time when it took every pending item and
    each now has its article row (a candidate without one keeps the mark where it was)."""
    if ctx.settling is None:
        return
    through, urls_taken = ctx.settling
    ctx.settling = None
    if urls_taken:
        [stored] = store.rows("stored_article_count", urls=urls_taken)
        if stored["n"] != len(set(urls_taken)):
            return
    store.run("clear_items_settled")
    store.run("settle_items", through=through)


def summary_params(summary: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in summary.items() if k != "run_id"}


def judge(
    ctx: RunContext, fetched: list[FetchedArticle], baselines: dict[str, Baseline], now: datetime
) -> int:
    """``judgestore.judge_articles``; the judging stack (~0.1 s of imports) is loaded only
    when there is something to judge, which most cycles do not have."""
    if not fetched:
        return 0
    from monitor import judgestore

    return judgestore.judge_articles(ctx, fetched, baselines, now)


def prepare_run(ctx: RunContext, now: datetime, kind: str = "poll") -> dict[str, Baseline]:
    """A run's first step: configuration and baselines stored, and the run recorded."""
    baselines = prepare(ctx, now)
    start_run(ctx, now, kind)
    return baselines


def call_step(name: str, step: Callable[..., T], *args: Any) -> T:
    """How ``run_cycle`` calls a step by default: plainly. (The poll flow calls each step as
    the Prefect task of that name instead.)"""
    return step(*args)


def run_cycle(
    ctx: RunContext,
    now: datetime,
    *,
    kind: str = "poll",
    call: Callable[..., Any] = call_step,
    clock: Callable[[], datetime] | None = None,
    concluded: Callable[[RunContext], None] | None = None,
) -> dict[str, Any]:
    """One whole cycle in ``ctx``, under the run lock; returns its summary.

    The one definition of a cycle, whoever runs it: ``run_once`` (and ``monitor run``) calls
    its steps plainly, the ``poll`` and ``recheck`` flows pass ``call`` to run each step as a
    Prefect task (``call(name, step, *args)``). So the lock, the transactions, the crash
    points and the alerts' outbox are the same on both paths. ``concluded`` is called inside
    the run's last database session, after the summary is stored.
    """
    if kind not in ("poll", "recheck"):
        raise ValueError(f"kind must be 'poll' or 'recheck', not {kind!r}")

    def conclude(fetched: list[FetchedArticle], baselines: dict[str, Baseline]) -> dict[str, Any]:
        call("judge-articles", judge, ctx, fetched, baselines, now)
        call("deliver-alerts", outbox.deliver_alerts, ctx, now)
        summary = finish_run(ctx, clock() if clock else now)
        after_run(ctx)
        if concluded is not None:
            concluded(ctx)
        return summary

    with run_lock(ctx.config.db, wait_s=ctx.config.run_wait_s):
        if kind == "poll":
            ctx.start_poll_helper()  # its start overlaps the preparation
        with ctx.session():  # the database stays open across these phases
            baselines = call("prepare", prepare_run, ctx, now, kind)
            if kind == "poll":
                call("poll-feeds", poll_and_record, ctx, now)
                ctx.crash_point("polled")
            candidates = pending_articles(ctx, now, new=kind == "poll", rechecks=kind == "recheck")
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


def after_run(ctx: RunContext) -> None:
    """Refresh the analysts' read-only snapshot; a failure here is logged, never raised."""
    if not ctx.config.snapshot:
        return
    try:
        with ctx.store() as store:
            refresh_snapshot(ctx.config.db, store=store)
    except (OSError, MonitorError) as exc:
        log.warning("could not refresh the read-only snapshot: %s", exc)
