"""The exception tree of ``monitor``. Every error the library raises is one of these.

    MonitorError
    ├── ConfigError                 bad or missing configuration: the run cannot start
    ├── StoreError                  the DuckDB file cannot be opened or migrated
    │   └── StoreBusyError          another process holds the writer lock
    ├── FetchError                  one URL could not be fetched (carries ``url``, ``reason``)
    │   ├── TransientFetchError     worth retrying later: timeouts, resets, 429, 5xx
    │   └── PermanentFetchError     retrying will not help: 4xx, too large, not allowed
    │       └── AddressRefusedError the address guard refused a host or a redirect hop
    ├── FeedError                   a body is not a usable feed (not a feed, unsafe XML, ...)
    ├── ExtractionError             a page yielded no usable article text (carries ``reason``)
    └── AlertError                  a notifier failed to deliver (carries ``channel``)

Per-feed and per-article errors are caught by the pipeline and stored as data; only
``ConfigError`` and ``StoreError`` end a run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


class MonitorError(Exception):
    """Base of every error raised by ``monitor``."""


class ConfigError(MonitorError):
    """The configuration file is missing, malformed or inconsistent.

    ``problems`` holds every mistake found, one sentence each; the message is the first.
    """

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems) or (message,)

    @classmethod
    def of(cls, problems: Iterable[str]) -> ConfigError:
        """One error for several mistakes: the first, and how many more."""
        found = list(problems)
        more = len(found) - 1
        tail = f" (and {more} more: `monitor config check` lists them)" if more else ""
        return cls(found[0] + tail, found)


class StoreError(MonitorError):
    """The database cannot be opened, migrated or written."""


class StoreBusyError(StoreError):
    """Another process holds the database's writer lock."""


class FetchError(MonitorError):
    """A URL could not be fetched. ``reason`` is short and readable."""

    def __init__(self, url: str, reason: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status


class TransientFetchError(FetchError):
    """A failure that may pass: timeouts, connection resets, 429 and 5xx answers."""

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        super().__init__(url, reason, status=status)
        self.retry_after_s = retry_after_s


class PermanentFetchError(FetchError):
    """A failure that retrying will not fix: 4xx answers, oversized bodies, bad schemes."""


class AddressRefusedError(PermanentFetchError):
    """The address guard refused the host (loopback, private, link-local, CGNAT, ...)."""


class FeedError(MonitorError):
    """A body is not a usable feed. ``reason`` says why, readably."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ExtractionError(MonitorError):
    """A page yielded no usable article text. ``reason`` says why, readably."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AlertError(MonitorError):
    """A notifier did not accept an alert."""

    def __init__(self, channel: str, reason: str) -> None:
        super().__init__(f"{channel}: {reason}")
        self.channel = channel
        self.reason = reason
