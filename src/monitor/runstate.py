"""What one run shares between its steps: ``RunContext``, the stories' ``Baseline`` records,
and which stories an article is judged against. Every step's module imports it; it imports
none of them.
"""

from __future__ import annotations

import functools
import logging
import os
import signal
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from monitor import fetch, fetchguard, fetchlimits, pollhelper, relevance
from monitor.config import Config
from monitor.feedfetch import FeedFetcher, network_parts
from monitor.models import Candidate, FetchResult, Story
from monitor.progress import SILENT, Progress
from monitor.store import Store, open_store

if TYPE_CHECKING:  # apprise, which alerts imports, is only needed once an alert is sent
    from monitor.alerts import NotifierFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Baseline:
    """A story's baseline article: what its follow-ups are measured against."""

    story: Story
    title: str
    text: str
    distinctive: Mapping[str, float] | None = None  # stored relevance terms (see prepare)


@dataclass
class RunContext:
    """What every step of one run shares: configuration, clients, and the run's counters."""

    config: Config
    client: Any  # an httpx.Client from fetch.build_client
    guard: fetchguard.AddressGuard
    limiter: fetchlimits.HostLimiter
    notifier_factories: Mapping[str, NotifierFactory] = field(default_factory=dict)
    lock_wait_s: float = 60.0
    max_articles: int = 500
    recheck_max_age_days: int = 30
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    _session: Store | None = field(default=None, repr=False)
    _feed_fetcher: FeedFetcher | None = field(default=None, repr=False)
    poll_helper: pollhelper.PollHelper | None = field(default=None, repr=False)
    # Set by pending_articles when it took every pending item: (its time, their URLs), for
    # finish_run to move the items_settled mark once each has its article row.
    settling: tuple[datetime, list[str]] | None = field(default=None, repr=False)
    # Story slug -> baseline, set by ``prepare``; ``profiles`` are built from them.
    baselines: dict[str, Baseline] = field(default_factory=dict, repr=False)
    _profiles: dict[str, relevance.StoryProfile] | None = field(default=None, repr=False)
    progress: Progress = field(default=SILENT, repr=False)  # who watches the run (the CLI)

    @property
    def profiles(self) -> dict[str, relevance.StoryProfile]:
        """Story slug -> profile: extraction workers assess new pages against them while
        judging waits (``workers.extract_fetched``), and judging uses them too. Built on
        first use: compiling the gazetteer's pattern costs 20-40 ms, which a cycle with no
        new article (most cycles) need not pay."""
        if self._profiles is None:
            self._profiles = {
                slug: relevance.build_profile(b.story, b.title, b.text, distinctive=b.distinctive)
                for slug, b in self.baselines.items()
            }
        return self._profiles

    @functools.cached_property
    def feeds_by_url(self) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
        """Feed URL -> (its place in the configuration, its stories) for each feed of that
        URL: what ``story_slugs_for`` looks up for every article, instead of reading every
        configured feed (1,000 of them, 500 articles: ~0.1 s a cycle)."""
        found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for place, feed in enumerate(self.config.feeds):
            found.setdefault(feed.url, []).append((place, self.config.stories_for_feed(feed)))
        return found

    def use_baselines(self, baselines: Mapping[str, Baseline]) -> None:
        """This run's baselines (``prepare``); their profiles are built when first needed."""
        self.baselines = dict(baselines)
        self._profiles = None

    @contextmanager
    def store(self) -> Iterator[Store]:
        """The database for one phase: the session's, or opened for this phase alone."""
        if self._session is not None:
            yield self._session
            return
        with open_store(self.config.db, wait_s=self.lock_wait_s) as store:
            yield store

    @contextmanager
    def session(self) -> Iterator[Store]:
        """Keep the database open across the phases inside: each phase still commits its own
        transaction (a crash loses only the phase in flight), but the file is opened (~30 ms)
        and closed with a checkpoint (~50 ms) once, not per phase. Readers meanwhile wait or
        read the snapshot; a run holds no session while it fetches articles."""
        if self._session is not None:
            yield self._session
            return
        with open_store(self.config.db, wait_s=self.lock_wait_s) as store:
            self._session = store
            try:
                yield store
            finally:
                self._session = None

    def close(self) -> None:
        """Release what the run holds outside the database (its HTTP client, its helper)."""
        self.client.close()
        self.end_poll_helper()

    def start_poll_helper(self) -> None:
        """Start a poll helper process when this run has feeds enough for one (see
        ``monitor.pollhelper``): early, so that its start overlaps the run's preparation.
        Not over an injected transport: the helper's requests would bypass it."""
        if self.poll_helper is not None or not getattr(self.client, "pin_addresses", False):
            return
        if pollhelper.wanted(len(self.config.feeds), self.config.fetch):
            helper = pollhelper.PollHelper(self.config.fetch, feed_user_agents(self.config))
            if helper.start():
                self.poll_helper = helper

    def end_poll_helper(self) -> None:
        if self.poll_helper is not None:
            self.poll_helper.close()
            self.poll_helper = None

    @property
    def feed_fetcher(self) -> FeedFetcher:
        """This run's client, guard and limiter, for fetching feeds (made once)."""
        if self._feed_fetcher is None:
            settings = self.config.fetch
            self._feed_fetcher = FeedFetcher(
                self.client,
                self.guard,
                self.limiter,
                settings,
                fetchlimits.LatencyGate(settings.workers),
                feed_user_agents(self.config),
            )
        return self._feed_fetcher

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    def get_page(self, url: str, now: datetime) -> FetchResult:
        """GET an HTML page with the page limits; raises FetchError."""
        return fetch.fetch_url(
            self.client,
            url,
            guard=self.guard,
            now=now,
            accept=fetch.PAGE_ACCEPT,
            max_bytes=self.config.fetch.max_page_bytes,
            total_timeout_s=self.config.fetch.total_timeout_s,
        )

    def crash_point(self, name: str) -> None:
        """Die here, as a killed process would, when ``[debug] crash_at`` names this point.

        Only the crash-safety tests set it: it proves a run killed at each point loses nothing.
        """
        if self.config.crash_at == name:
            log.warning("crash_at=%s: killing this process", name)
            os.kill(os.getpid(), signal.SIGKILL)


def feed_user_agents(config: Config) -> dict[str, str]:
    """Feed URL -> the User-Agent configured for it (the first configuration of a URL wins)."""
    first: dict[str, str | None] = {}
    for feed in config.feeds:
        first.setdefault(feed.url, feed.user_agent)
    return {url: agent for url, agent in first.items() if agent}


def make_context(
    config: Config,
    *,
    transport: Any = None,
    notifier_factories: Mapping[str, NotifierFactory] | None = None,
    progress: Progress = SILENT,
) -> RunContext:
    """A context with a real HTTP client (or one over ``transport`` in unit tests)."""
    client, guard, limiter = network_parts(config.fetch, transport)
    return RunContext(
        config=config,
        client=client,
        guard=guard,
        limiter=limiter,
        notifier_factories=dict(notifier_factories or {}),
        lock_wait_s=config.lock_wait_s,
        max_articles=config.max_articles_per_run,
        recheck_max_age_days=config.recheck_max_age_days,
        progress=progress,
    )


def story_slugs_for(ctx: RunContext, candidate: Candidate) -> list[str]:
    """The stories an article is judged against: those of the feeds that carried it."""
    if not candidate.feeds:
        return [s.slug for s in ctx.config.stories]
    slugs: list[str] = []
    by_url = ctx.feeds_by_url
    for _, stories in sorted(e for url in set(candidate.feeds) for e in by_url.get(url, ())):
        for slug in stories:
            if slug not in slugs:
                slugs.append(slug)
    return slugs or [s.slug for s in ctx.config.stories]
