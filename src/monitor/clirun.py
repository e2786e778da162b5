"""``monitor run``: which path runs the cycle, plainly in this process or as a Prefect flow
run, and the progress display drawn while it goes. ``cli.py`` parses; this runs.

The path: a Prefect flow run wherever a Prefect server is there to record it
(``PREFECT_API_URL``, or a ``monitor serve`` of the same database, see ``monitor.served``);
otherwise the same cycle plainly (``pipeline.run_once``), recorded in the database's run
table. ``--prefect`` asks for a flow run even without a server (Prefect's temporary server,
~7 s); ``--plain`` for the plain cycle even with one. Both paths run ``pipeline.run_cycle``
under the same run lock, so crash safety, alerts and the summary are the same.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from monitor import config as config_mod
from monitor.config import Config
from monitor.errors import ConfigError
from monitor.progress import SILENT, Progress

log = logging.getLogger(__name__)

PLAIN, PREFECT = "plain", "prefect"


def run_time(value: str | None) -> datetime:
    """``--now`` (ISO 8601; naive means UTC), else the clock, read once for the run."""
    if not value:
        return datetime.now(UTC)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--now {value!r} is not an ISO date or datetime") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def choose_path(config: Config, force: str | None = None) -> tuple[str, str | None]:
    """(path, Prefect API URL or None for the temporary server) for a run of ``config``."""
    if force == PLAIN:
        return PLAIN, None
    configured = config_mod.prefect_api_url()
    if configured:
        if not _listening(configured):  # one sentence, not Prefect's traceback minutes later
            raise ConfigError(
                f"PREFECT_API_URL {configured} does not answer: start that Prefect server, "
                "or unset PREFECT_API_URL, or run with --plain"
            )
        return PREFECT, configured
    from monitor.served import served_api_url

    served = served_api_url(config.db, listening=_listening)
    if served:
        return PREFECT, served
    return (PREFECT, None) if force == PREFECT else (PLAIN, None)


def _listening(url: str) -> bool:
    from monitor import fetch  # only where there is a Prefect API to check

    return fetch.accepts_connections(url)


def run(
    config: Config, now: datetime, *, force: str | None = None, progress: bool = False
) -> dict[str, Any]:
    """One cycle on the chosen path; its summary, with ``path`` saying which ran it.
    Raises StoreBusyError when another run holds the database past ``run_wait_s``."""
    path, api_url = choose_path(config, force)
    log.info("monitor run: %s path%s", path, f" ({api_url})" if api_url else "")
    with _display(progress) as observer:
        if path == PLAIN:
            summary = run_plain(config, now, observer)
        else:
            summary = run_prefect(config, now, api_url, observer)
    return summary if "skipped" in summary else {**summary, "path": path}


def run_plain(config: Config, now: datetime, progress: Progress = SILENT) -> dict[str, Any]:
    """The cycle in this process, without importing Prefect (unless an alert goes to a
    Prefect block, whose notifier imports it when it sends)."""
    _without_httpx_cli()
    from monitor import pipeline

    factories = None
    if any(route.url.startswith("prefect-block://") for route in config.alerts):
        from flows.notifiers import prefect_block_factories

        config_mod.apply_prefect_environment(config.db.parent)  # the blocks' Prefect home
        factories = prefect_block_factories()
    return pipeline.run_once(config, now, notifier_factories=factories, progress=progress)


def _without_httpx_cli() -> None:
    """Keep httpx from importing its own command-line client (click, rich and pygments,
    ~50 ms, a tenth of a plain run), which it does whenever it can and this process never
    runs: httpx then defines a stub in its place."""
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


def run_prefect(
    config: Config, now: datetime, api_url: str | None, progress: Progress = SILENT
) -> dict[str, Any]:
    """The ``poll`` flow in this process, recorded by the server at ``api_url``, or by a
    temporary server this process starts (and stops once the run is recorded)."""
    from monitor.store import run_lock

    config_mod.apply_prefect_environment(config.db.parent)  # before Prefect is imported
    if api_url:
        config_mod.use_prefect_api(api_url)
    # Taken before Prefect starts: two temporary Prefect servers must not race on one home.
    with run_lock(config.db, wait_s=config.run_wait_s):
        import flows.poll
        from flows.recorded import run_to_end

        flows.poll.observer = progress
        try:
            return run_to_end(flows.poll.poll, config_path=str(config.source), now=now.isoformat())
        finally:
            flows.poll.observer = SILENT


LABELS = {"feeds": "feeds polled", "fetched": "articles fetched", "extracted": "articles extracted"}


class RichProgress:
    """A ``Progress`` drawn with rich on standard error (standard output keeps the JSON)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as Bars

        self.bars = Bars(
            TextColumn("{task.description:<20}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self._tasks: dict[str, Any] = {}

    def begin(self, stage: str, total: int) -> None:
        if stage in self._tasks:
            self.bars.update(self._tasks[stage], total=total, completed=0)
        else:
            self._tasks[stage] = self.bars.add_task(LABELS.get(stage, stage), total=total)

    def advance(self, stage: str, n: int = 1) -> None:
        task = self._tasks.get(stage)
        if task is not None:
            self.bars.advance(task, n)


def progress_wanted(asked: bool | None) -> bool:
    """``--progress``/``--no-progress`` if given, else on when output goes to a terminal."""
    if asked is not None:
        return asked
    return sys.stdout.isatty() and sys.stderr.isatty()


@contextmanager
def _display(on: bool) -> Iterator[Progress]:
    if not on:
        yield SILENT
        return
    display = RichProgress()
    with display.bars:
        yield display
