"""Articles to fetch (new items' pages, follow-ups due for a revision check), fetched on
threads and extracted in worker processes as pages arrive; failures come back as data."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime, timedelta
from typing import Any

from monitor import pools
from monitor.errors import FetchError, PermanentFetchError, TransientFetchError
from monitor.feedfetch import host_of
from monitor.models import Candidate, FetchedArticle, FetchResult
from monitor.runstate import RunContext
from monitor.workers import extract_fetched

log = logging.getLogger(__name__)


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
    workers = pools.worker_processes(len(candidates))
    with ThreadPoolExecutor(max_workers=max(1, ctx.config.fetch.workers)) as pool:
        if workers <= 1:
            fetched = list(pool.map(lambda c: fetch_article(ctx, c, now), candidates))
        else:
            fetched = _fetch_and_extract_in_processes(ctx, pool, candidates, now, workers)
    count_fetched(ctx, fetched)
    return fetched


def count_fetched(ctx: RunContext, fetched: Sequence[FetchedArticle]) -> None:
    """Count the run's fetched and failed articles, and keep each failure as an error line."""
    ctx.count("articles_fetched", sum(f.page is not None for f in fetched))
    ctx.count("articles_failed", sum(f.page is None for f in fetched))
    for f in fetched:
        if f.error:
            ctx.errors.append(f"article {f.candidate.link}: {f.error}")


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
        with pools.process_pool(workers, ctx.profiles) as extractors:
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
