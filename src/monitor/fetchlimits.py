"""How many requests go out at once: ``HostLimiter`` (per-host politeness: slots and spacing)
and ``LatencyGate`` (threads in flight: few while answers come back at once, more once they
wait on the network). Used around ``monitor.fetch`` calls; neither touches the network.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

logger = logging.getLogger(__name__)


class HostLimiter:
    """Per-host politeness for threads: at most ``per_host`` requests at once to one host, and
    request starts to one host spaced by ``delay_s``.

    Usage: ``with limiter.slot(host): fetch_url(...)``.
    """

    def __init__(
        self,
        per_host: int = 4,
        delay_s: float = 0.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self._per_host = per_host
        self._delay_s = max(delay_s, 0.0)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Hold one of ``host``'s slots for the duration of the block."""
        key = host.lower()
        with self._lock:
            semaphore = self._slots.setdefault(key, threading.BoundedSemaphore(self._per_host))
        with semaphore:
            if self._delay_s:
                with self._lock:
                    now = self._clock()
                    start = max(now, self._next_start.get(key, now))
                    self._next_start[key] = start + self._delay_s
                if start > now:
                    self._sleep(start - now)
            yield


class LatencyGate:
    """How many requests may be in flight at once: ``floor`` while responses come back fast,
    ``ceiling`` for good once they are seen to wait on the network.

    Threads share one GIL, so they only help while requests wait on the network. On a fast
    network (or loopback) a conditional GET is ~1 ms of client CPU and comes back at once:
    there, 16 threads spend ~40% more CPU per request than 2, and 2 ~15% more than 1, handing
    the GIL around. On the real web a request waits 50-500 ms, and concurrency is what makes
    polling fast. So the gate starts at ``floor`` and opens to ``ceiling`` once one request
    took ``very_slow_s`` or more, or ``opens_after`` requests, and at least a quarter of
    those done, took ``slow_s`` or more (DNS lookups, far or slow servers); a
    garbage-collection pause now and then does not open it.

    Usage: ``with gate.slot(): fetch_url(...)``.
    """

    def __init__(
        self,
        ceiling: int,
        *,
        floor: int = 1,
        slow_s: float = 0.01,
        very_slow_s: float = 0.25,
        opens_after: int = 8,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ceiling = max(1, ceiling)
        self.limit = min(max(1, floor), self.ceiling)
        self._slow_s = slow_s
        self._very_slow_s = very_slow_s
        self._opens_after = max(1, opens_after)
        self._clock = clock
        self._slow = 0
        self._done = 0
        self._in_flight = 0
        self._changed = threading.Condition()

    @property
    def open(self) -> bool:
        return self.limit >= self.ceiling

    def open_up(self, why: str) -> None:
        """Let ``ceiling`` requests in flight from now on (a caller saw answers stall)."""
        with self._changed:
            if not self.open:
                self.limit = self.ceiling
                logger.debug("%s: up to %d requests at once", why, self.limit)
                self._changed.notify_all()

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one of the gate's places for the duration of the block."""
        with self._changed:
            while self._in_flight >= self.limit:
                self._changed.wait()
            self._in_flight += 1
        started = self._clock()
        try:
            yield
        finally:
            took = self._clock() - started
            with self._changed:
                self._in_flight -= 1
                self._record(took)

    def observe(self, took: float) -> None:
        """Count an answer that took ``took`` seconds outside the gate (the poll helper's)."""
        with self._changed:
            self._record(took)

    def _record(self, took: float) -> None:
        """Count one answer and maybe open the gate (the lock held)."""
        self._done += 1
        if took >= self._slow_s and not self.open:
            self._slow += 1
            if took >= self._very_slow_s or (
                self._slow >= self._opens_after and self._slow * 4 >= self._done
            ):
                self.limit = self.ceiling
                logger.debug("requests wait on the network: up to %d at once", self.limit)
        if self.open:
            self._changed.notify_all()
        else:
            self._changed.notify()
