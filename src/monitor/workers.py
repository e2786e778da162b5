"""The CPU-bound steps that worker processes run (their records are in ``monitor.models``).

A worker process imports this module alone: no database, network or notifier modules, so it
starts in about half the time ``monitor.pipeline`` takes to import.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from monitor import dates, feeds, relevance, syndication, wordloading
from monitor.errors import ExtractionError, FeedError
from monitor.models import (
    Assessment,
    Candidate,
    ContentScore,
    FeedPoll,
    FetchedArticle,
    FetchOutcome,
    FetchResult,
)
from monitor.text import fingerprint_of_tokens, tokens

__all__ = [
    "assess_page",
    "extract_fetched",
    "install_profiles",
    "parse_fetched_feed",
    "start_worker",
]


def parse_fetched_feed(poll: FeedPoll, now: datetime) -> FeedPoll:
    """Parse a changed feed body into items (pure: runs in a worker process when many)."""
    if poll.outcome not in (FetchOutcome.NEW, FetchOutcome.CHANGED) or poll.result is None:
        return poll
    result = poll.result
    bodiless = replace(result, body=b"")  # the bytes are not needed once parsed
    try:
        parsed = feeds.parse_feed(result.body, result.final_url, now=now)
    except FeedError as exc:
        return replace(poll, outcome=FetchOutcome.ERROR, result=bodiless, error=exc.reason)
    return replace(poll, result=bodiless, items=parsed.items, title=parsed.title)


# Story slug -> profile (its threshold included): what a worker assesses each new page against.
# Set once per worker process by ``install_profiles`` (a pool initializer).
_PROFILES: dict[str, relevance.StoryProfile] = {}


def start_worker(profiles: Mapping[str, relevance.StoryProfile]) -> None:
    """A worker process's start (``ProcessPoolExecutor`` initializer): it leaves when the
    process that owns its pool is gone, then takes the stories' profiles."""
    exit_with_owner()
    install_profiles(profiles)


def exit_with_owner() -> None:
    """End this worker process as soon as the process that started it is gone.

    A worker forked by the fork server waits for work on a queue whose writing end it holds
    itself, and holds the fork server's "alive" pipe: when the run is killed (SIGTERM from a
    cancelled flow run, SIGKILL, the OOM killer) nothing ever closes them, and the workers,
    the fork server and the resource tracker would wait forever, orphans. The parent's
    sentinel (the data pipe's write end, kept open by the parent until it exits) tells."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        watch = threading.Thread(target=_exit_after, args=(parent,), name="owner", daemon=True)
        watch.start()


def _exit_after(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()  # returns when the owner's end of the sentinel pipe closes: it has exited
    os._exit(1)


def install_profiles(profiles: Mapping[str, relevance.StoryProfile]) -> None:
    """Give this worker process the stories' profiles (``ProcessPoolExecutor`` initializer).
    With a story judged by its model, the word table and embeddings its fork server loads
    on a thread (``monitor.wordloading``) are all loaded here if the worker was forked before."""
    _PROFILES.clear()
    _PROFILES.update(profiles)
    if any(p.lexicon is None for p in profiles.values()):
        wordloading.finish()


def extract_fetched(
    candidate: Candidate, result: FetchResult, now: datetime | None = None
) -> FetchedArticle:
    """Extract a fetched page and hash its text; in a worker with profiles installed, also
    score a new article's content (judging's largest serial cost, done in parallel here)."""
    from monitor import extract  # trafilatura: ~0.2 s to import, preloaded in worker processes

    if refusal := extract.content_type_refusal(result.content_type):
        return FetchedArticle(candidate, None, refusal)
    try:
        page = extract.extract_article(result.body, result.final_url)
    except ExtractionError as exc:
        return FetchedArticle(candidate, None, exc.reason)
    words = tokens(page.text)  # one reading of the text for both of its hashes
    fetched = FetchedArticle(
        candidate,
        page,
        simhash=syndication.simhash_of_tokens(words),
        fingerprint=fingerprint_of_tokens(words),
    )
    if not _PROFILES or now is None or candidate.known_fingerprint is not None:
        return fetched
    published, date_source = dates.resolve_published(
        candidate.feed_published, page.published_raw, page.text, now
    )
    assessed_as = (page.title or candidate.title, published, date_source)
    scores = {
        slug: relevance.score_article(profile, assessed_as[0], page.text, published)
        for slug, profile in _PROFILES.items()
    }
    return replace(fetched, scores=_shared(scores), assessed_as=assessed_as)


def _shared(scores: Mapping[str, ContentScore]) -> dict[str, ContentScore]:
    """The scores with equal ones made one object: a page is sent back to the main process
    once, and most stories score most pages alike (nothing shared with the story), which
    then cross as one object (50 stories, 500 pages: 6.6 MB pickled -> 4.2 MB, and a third
    of the unpickling in the main process)."""
    seen: dict[tuple[Any, ...], ContentScore] = {}
    return {
        slug: seen.setdefault((s.score, tuple(s.facets.items()), s.reasons), s)
        for slug, s in scores.items()
    }


def assess_page(
    profile: relevance.StoryProfile,
    url: str,
    text: str,
    assessed_as: tuple[str, datetime | None, str],
    *,
    scored: ContentScore | None = None,
    latest_development: date | None = None,
) -> Assessment:
    """One page against one story, at the profile's threshold (the story's own, else the
    default): ``assessed_as`` is its (title, published, date source); ``scored``, its content
    score when already computed; ``latest_development``, see :func:`relevance.decide`."""
    title, published, date_source = assessed_as
    return relevance.decide(
        profile,
        scored if scored is not None else relevance.score_article(profile, title, text, published),
        url=url,
        published=published,
        date_source=date_source,
        latest_development=latest_development,
    )
