"""The ``recheck`` flow: re-fetch follow-ups on their age-tiered schedule, record revisions.

Polling also rechecks what is due; this flow does only that, hourly, so revisions are caught
even while feeds are quiet or polling is paused.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.task_runners import ThreadPoolTaskRunner

from flows.poll import resolve_now, run_poll
from monitor.config import default_config_path, load_config
from monitor.errors import StoreBusyError

log = logging.getLogger(__name__)


@flow(name="recheck", task_runner=ThreadPoolTaskRunner(max_workers=4))  # type: ignore[arg-type]
def recheck(config_path: str | None = None, now: str | None = None) -> dict[str, Any]:
    """Re-fetch the follow-ups that are due, store new versions and their diffs, alert."""
    config = load_config(Path(config_path) if config_path else default_config_path())
    try:
        return run_poll(config, resolve_now(now), kind="recheck")
    except StoreBusyError as exc:
        log.warning("recheck skipped: %s", exc)
        return {"skipped": str(exc)}
