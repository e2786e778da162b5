"""What a run reports while it goes: an observer its caller passes in (the CLI draws a
progress display with one); the library only counts, it never draws.

A run's stages, each begun with its total and advanced as work ends:

- ``feeds``: feeds polled (answered, failed or not modified);
- ``fetched``: article pages fetched (or failed to fetch);
- ``extracted``: articles through extraction (a page that failed to fetch passes straight
  through: it has nothing to extract).

Observers are called from the run's worker threads: they must be thread-safe.
"""

from __future__ import annotations

from typing import Protocol

STAGES = ("feeds", "fetched", "extracted")


class Progress(Protocol):
    def begin(self, stage: str, total: int) -> None:
        """``stage`` starts with ``total`` things to do."""

    def advance(self, stage: str, n: int = 1) -> None:
        """``n`` more things of ``stage`` are done."""


class Silent:
    """The observer of a run nobody watches."""

    def begin(self, stage: str, total: int) -> None:
        return None

    def advance(self, stage: str, n: int = 1) -> None:
        return None


SILENT: Progress = Silent()
