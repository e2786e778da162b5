"""The CPU-bound steps that worker processes run, and the records passed to and from them.

A worker process imports this module alone: no database, network or notifier modules, so it
starts in about half the time ``monitor.pipeline`` takes to import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from monitor import extract, feeds, syndication
from monitor.errors import ExtractionError, FeedError
from monitor.models import ExtractedPage, FeedItem, FetchOutcome, FetchResult


@dataclass(frozen=True)
class FeedPoll:
    """The outcome of polling one feed: a verdict, and items when it changed."""

    url: str
    current_url: str
    stories: tuple[str, ...]
    outcome: FetchOutcome
    result: FetchResult | None
    items: tuple[FeedItem, ...] = ()
    title: str | None = None
    error: str | None = None
    http_status: int | None = None
    retry_after_s: float | None = None
    body_hash: str | None = None
    previous: Mapping[str, Any] = field(default_factory=dict)


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


@dataclass(frozen=True)
class Candidate:
    """An article to fetch: its canonical URL, where to fetch it, and what the feed said."""

    url: str
    link: str
    feeds: tuple[str, ...]
    title: str
    summary: str
    feed_published: datetime | None
    first_seen: datetime
    known_fingerprint: str | None = None  # set for a revision re-check


@dataclass(frozen=True)
class FetchedArticle:
    """A candidate after fetching and extraction: a page, or the reason there is none."""

    candidate: Candidate
    page: ExtractedPage | None
    error: str | None = None
    transient: bool = False
    gone: bool = False
    simhash: int | None = None  # of the page's text, computed where it was extracted


def extract_fetched(candidate: Candidate, result: FetchResult) -> FetchedArticle:
    ctype = result.content_type
    if ctype and "html" not in ctype and "xml" not in ctype and ctype != "text/plain":
        return FetchedArticle(candidate, None, f"not an HTML page ({ctype})")
    try:
        page = extract.extract_article(result.body, result.final_url)
    except ExtractionError as exc:
        return FetchedArticle(candidate, None, exc.reason)
    return FetchedArticle(candidate, page, simhash=syndication.simhash(page.text))
