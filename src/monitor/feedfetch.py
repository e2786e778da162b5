"""Fetching one feed conditionally, without parsing it.

It imports only the network edge and the records (no database, parser or extractor), so
code that only polls can use it without importing ``monitor.pipeline`` (~1.2 s).
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor import fetch, fetchguard, fetchlimits, urls
from monitor.config import FetchSettings
from monitor.errors import FetchError, TransientFetchError
from monitor.models import FeedPoll, FeedState, FetchOutcome

log = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


@functools.lru_cache(maxsize=8192)
def host_of(url: str) -> str:
    """The key of a URL's per-host politeness limit (kept: the same feed URLs every cycle,
    twice a poll; parsing one is ~2% of a 304's cost)."""
    return urls.site_of(url)


def feed_host(state: FeedState) -> str:
    """The host a feed is fetched from: its current URL's."""
    return host_of(state.fetch_url)


def network_parts(
    settings: FetchSettings, transport: Any = None
) -> tuple[Any, fetchguard.AddressGuard, fetchlimits.HostLimiter]:
    """A client, address guard and per-host limiter made from the ``[fetch]`` settings
    (the client over ``transport`` in unit tests)."""
    client = fetch.build_client(
        user_agent=settings.user_agent,
        timeout_s=settings.timeout_s,
        transport=transport,
        per_host=settings.per_host,
        max_connections=settings.workers,
    )
    guard = fetchguard.AddressGuard(settings.private_networks_allowed)
    limiter = fetchlimits.HostLimiter(per_host=settings.per_host, delay_s=settings.host_delay_s)
    return client, guard, limiter


@dataclass
class FeedFetcher:
    """A client, its address guard and per-host limiter, and the ``[fetch]`` settings."""

    client: Any  # an httpx.Client from fetch.build_client
    guard: fetchguard.AddressGuard
    limiter: fetchlimits.HostLimiter
    settings: FetchSettings
    gate: fetchlimits.LatencyGate  # how many feeds are fetched at once (see there)
    # Feed URL -> the User-Agent configured for that feed alone.
    user_agents: Mapping[str, str] = field(default_factory=dict)

    def fetch(self, state: FeedState, now: datetime) -> FeedPoll:
        """Fetch one feed conditionally (with the validators its state holds); a changed body
        comes back unparsed. Never raises: a failure is a FeedPoll with outcome ERROR."""
        url = state.fetch_url
        base: dict[str, Any] = {
            "url": state.url,
            "current_url": url,
            "stories": state.stories,
            "previous": state,
        }
        try:
            with self.limiter.slot(host_of(url)), self.gate.slot():
                result = fetch.fetch_url(
                    self.client,
                    url,
                    guard=self.guard,
                    now=now,
                    etag=state.etag,
                    last_modified=state.last_modified,
                    user_agent=self.user_agents.get(state.url),
                    accept=FEED_ACCEPT,
                    max_bytes=self.settings.max_feed_bytes,
                    total_timeout_s=self.settings.total_timeout_s,
                )
        except FetchError as exc:
            return FeedPoll(
                **base,
                outcome=FetchOutcome.ERROR,
                result=None,
                error=exc.reason,
                http_status=exc.status,
                retry_after_s=exc.retry_after_s if isinstance(exc, TransientFetchError) else None,
            )
        if result.permanent_url:
            base["current_url"] = result.permanent_url
        if result.not_modified:
            return FeedPoll(
                **base, outcome=FetchOutcome.NOT_MODIFIED, result=result, http_status=304
            )
        body_hash = hashlib.sha256(result.body).hexdigest()
        if body_hash == state.body_hash:
            return FeedPoll(
                **base,
                outcome=FetchOutcome.UNCHANGED,
                result=result,
                http_status=result.status,
                body_hash=body_hash,
            )
        outcome = FetchOutcome.CHANGED if state.body_hash else FetchOutcome.NEW
        return FeedPoll(
            **base, outcome=outcome, result=result, http_status=result.status, body_hash=body_hash
        )


def standalone_fetcher(settings: FetchSettings, user_agents: Mapping[str, str]) -> FeedFetcher:
    """A fetcher with network parts of its own that fetches one feed at a time (the poll
    helper's)."""
    client, guard, limiter = network_parts(settings)
    return FeedFetcher(client, guard, limiter, settings, fetchlimits.LatencyGate(1), user_agents)
