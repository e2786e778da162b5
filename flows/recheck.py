"""The ``recheck`` flow: re-fetch follow-ups on their age-tiered schedule, record revisions.

Polling also rechecks what is due; this flow does only that, hourly, so revisions are caught
even while feeds are quiet or polling is paused.
"""

from __future__ import annotations

from typing import Any

from prefect import flow
from prefect.task_runners import ThreadPoolTaskRunner

from flows.poll import run_flow


@flow(name="recheck", task_runner=ThreadPoolTaskRunner(max_workers=4))  # type: ignore[arg-type]
async def recheck(config_path: str | None = None, now: str | None = None) -> dict[str, Any]:
    """Re-fetch the follow-ups that are due, store new versions and their diffs, alert.

    ``async def`` for the reason given in flows/poll.py, which also says how to call it."""
    return await run_flow(config_path, now, "recheck")
