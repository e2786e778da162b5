"""Frozen value types shared by every stage of the pipeline.

Pure data: no I/O, no clock. Times are timezone-aware UTC ``datetime`` values.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any


class SentenceStatus(enum.StrEnum):
    """How a follow-up's sentence relates to what the story already knew."""

    KNOWN = "known"
    UPDATED = "updated"
    NEW = "new"
    CONTRADICTING = "contradicting"


class FetchOutcome(enum.StrEnum):
    """The verdict of one poll of one feed or page, stored with its reason."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    NOT_MODIFIED = "not-modified"
    ERROR = "error"


@dataclass(frozen=True)
class Story:
    """A story a user tracks, from the configuration file."""

    slug: str
    title: str
    url: str
    published: date
    baseline_file: Path | None = None
    horizon_days: int | None = None  # no end unless configured: a story lives while it develops
    threshold: float | None = None
    lexicon: str | None = None  # a shipped lexicon's name or a file's absolute path; None: model


@dataclass(frozen=True)
class FeedConfig:
    """A feed to poll, from the configuration file."""

    url: str
    stories: tuple[str, ...] = ()  # empty: every story
    user_agent: str | None = None


@dataclass(frozen=True)
class AlertRoute:
    """An alert channel (an apprise URL or ``prefect-block://``) and the stories it serves."""

    url: str
    stories: tuple[str, ...] = ()  # empty: every story
    min_score: float = 0.0
    min_new_sentences: int = 1  # a development must bring at least this many new sentences
    digest: str | None = None  # "hourly" or "daily": collect alerts for the digest flow


@dataclass(frozen=True)
class FeedState:
    """What the store remembers of a feed between polls: one ``due_feeds`` row, typed.

    Built from the row by ``from_row`` only; ``to_row`` gives the row back (with the store's
    types: ``stories`` a list) where it crosses a process or file boundary or is compared
    with what a poll would write.
    """

    url: str  # as configured
    current_url: str | None = None  # after permanent redirects
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    consecutive_errors: int = 0
    items_seen: int = 0
    stories: tuple[str, ...] = ()
    last_status: str | None = None  # a FetchOutcome value
    last_http_status: int | None = None
    last_error: str | None = None

    @property
    def fetch_url(self) -> str:
        """Where the feed is fetched from: its current URL, else the configured one."""
        return self.current_url or self.url

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> FeedState:
        """The state in a ``due_feeds`` row (a column it lacks takes the store's default)."""
        return cls(
            url=str(row["url"]),
            current_url=row.get("current_url"),
            etag=row.get("etag"),
            last_modified=row.get("last_modified"),
            body_hash=row.get("body_hash"),
            consecutive_errors=int(row.get("consecutive_errors") or 0),
            items_seen=int(row.get("items_seen") or 0),
            stories=tuple(row.get("stories") or ()),
            last_status=row.get("last_status"),
            last_http_status=row.get("last_http_status"),
            last_error=row.get("last_error"),
        )

    def to_row(self) -> dict[str, Any]:
        """The ``due_feeds`` row this state was built from."""
        return {
            "url": self.url,
            "current_url": self.current_url,
            "etag": self.etag,
            "last_modified": self.last_modified,
            "body_hash": self.body_hash,
            "consecutive_errors": self.consecutive_errors,
            "items_seen": self.items_seen,
            "stories": list(self.stories),
            "last_status": self.last_status,
            "last_http_status": self.last_http_status,
            "last_error": self.last_error,
        }


@dataclass(frozen=True)
class FetchResult:
    """One HTTP exchange after redirects: what came back and what to remember.

    ``status`` is 304 for a conditional GET that matched (``body`` is then empty).
    ``permanent_url`` is set when every redirect hop on the way was permanent
    (301/308): the caller should store it as the feed's new URL.
    """

    url: str
    final_url: str
    status: int
    body: bytes
    headers: dict[str, str]
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None
    retry_after_s: float | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass(frozen=True)
class FeedItem:
    """One entry of one feed."""

    feed_url: str
    key: str  # GUID, else link: the item's identity within its feed
    link: str | None
    title: str
    summary: str
    published: datetime | None
    published_raw: str | None
    guid: str | None = None


@dataclass(frozen=True)
class ParsedFeed:
    """A feed document turned into items."""

    title: str
    version: str  # feedparser's version string, e.g. "rss20", "atom10", "json11"
    items: tuple[FeedItem, ...]


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
    previous: FeedState | None = None  # the state polled from; None: nothing known


@dataclass(frozen=True)
class ExtractedPage:
    """Text and metadata that trafilatura found in one HTML page."""

    url: str
    title: str
    text: str
    author: str | None
    sitename: str | None
    canonical_url: str | None
    published_raw: str | None  # the page's own date string (usually date only)
    language: str | None
    extractor_version: str


@dataclass(frozen=True)
class ContentScore:
    """The content half of an assessment: facet strengths, score and readable reasons."""

    score: float
    facets: Mapping[str, float]
    reasons: tuple[str, ...]


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
    fingerprint: str | None = None  # ``text.fingerprint`` of the page's text, the same way
    # Content score per story slug, computed where the page was extracted, and the (title,
    # published, date source) it was computed for: judging uses it when its own match and
    # decides there, where the story's latest developments are known.
    scores: Mapping[str, ContentScore] = field(default_factory=dict)
    assessed_as: tuple[str, datetime | None, str] | None = None


@dataclass(frozen=True)
class Assessment:
    """Whether one article is a follow-up of one story, and why."""

    story: str
    url: str
    follow_up: bool
    score: float
    reasons: tuple[str, ...]
    published: datetime | None
    date_source: str  # "feed", "page", "text" or "unknown"


@dataclass(frozen=True)
class ClaimVerdict:
    """One claim of a sentence (``text`` is ``sentence[start:end]``), marked like a sentence."""

    text: str
    status: SentenceStatus
    baseline: str | None  # the known claim it restates, updates or contradicts
    similarity: float
    source_url: str | None = None  # where ``baseline`` came from; None for the baseline
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class SentenceVerdict:
    """One sentence of a follow-up, marked against the baseline and earlier follow-ups."""

    index: int
    text: str
    status: SentenceStatus
    baseline: str | None  # the closest known sentence it restates, updates or contradicts
    similarity: float
    source_url: str | None = None  # where ``baseline`` came from; None for the baseline
    claims: tuple[ClaimVerdict, ...] = ()  # its claims, in order (empty: not split)


@dataclass(frozen=True)
class Development:
    """One new thing a story gained: the unit of an alert."""

    story: str
    id: str
    url: str
    title: str
    site: str
    published: datetime | None
    score: float
    reasons: tuple[str, ...]
    sentences: tuple[SentenceVerdict, ...] = field(default_factory=tuple)
    figure_changes: tuple[str, ...] = ()  # "encounters: 172,000 (March) → 180,034 (May)"
    story_title: str = ""  # the story's own title, so a message names the story it is about
