"""Pure poll scheduling: when to fetch a feed next, from its publishing rate or its errors.

Busy feeds are polled often, quiet ones less, failing ones with capped backoff that never stops.
"""

from __future__ import annotations

import itertools
import logging
import statistics
from collections.abc import Sequence
from datetime import datetime, timedelta

logger = logging.getLogger(__name__)

__all__ = ["MAX_RETRY_AFTER_S", "RECENT_ITEMS", "next_poll_at", "poll_interval_s"]

MAX_RETRY_AFTER_S = 6 * 3600.0  # a server may not park a feed for longer than this
RECENT_ITEMS = 20  # publishing rate is measured over this many newest items
_MAX_DOUBLINGS = 40  # 2**40 x any sane minimum is past any maximum: no float overflow


def next_poll_at(
    now: datetime,
    *,
    ok: bool,
    consecutive_errors: int,
    retry_after_s: float | None,
    item_times: Sequence[datetime],
    min_interval_s: float = 300,
    max_interval_s: float = 86400,
    default_interval_s: float = 900,
) -> datetime:
    """When to poll a feed next.

    ``ok``: half the median gap between the newest items, within [min, max] (the default
    interval when there are fewer than two dated items). Not ``ok``: ``min * 2**n`` for ``n``
    consecutive errors, capped at max and never giving up. A server's Retry-After, clamped to
    [min interval, 6 h], replaces the backoff after an error and is never undercut after success.
    """
    interval = poll_interval_s(
        ok=ok,
        consecutive_errors=consecutive_errors,
        item_times=item_times,
        now=now,
        min_interval_s=min_interval_s,
        max_interval_s=max_interval_s,
        default_interval_s=default_interval_s,
    )
    if retry_after_s is not None:
        asked = min(max(retry_after_s, min_interval_s), MAX_RETRY_AFTER_S)
        interval = max(interval, asked) if ok else asked
    return now + timedelta(seconds=interval)


def poll_interval_s(
    *,
    ok: bool,
    consecutive_errors: int,
    item_times: Sequence[datetime],
    now: datetime,
    min_interval_s: float = 300,
    max_interval_s: float = 86400,
    default_interval_s: float = 900,
) -> float:
    """Seconds until the next poll, without Retry-After (see ``next_poll_at``)."""
    if not ok:
        doublings = min(max(consecutive_errors, 0), _MAX_DOUBLINGS)
        return float(min(min_interval_s * 2**doublings, max_interval_s))
    times = sorted(t for t in item_times if t <= now)[-RECENT_ITEMS:]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times)]
    gaps = [g for g in gaps if g > 0]  # items stamped together are one batch, not a rate
    interval = statistics.median(gaps) / 2 if gaps else default_interval_s
    return float(min(max(interval, min_interval_s), max_interval_s))
