"""``monitor serve``: the deployments' schedules served from this one process.

For one machine with no Prefect server of its own; deployments/prefect.yaml is the same
schedule for a work pool and workers.
"""

from __future__ import annotations

from typing import Any

from prefect import serve

from flows.digest import digest
from flows.poll import poll
from flows.recheck import recheck

POLL_INTERVAL_S = 900
RECHECK_INTERVAL_S = 3600
DIGEST_CRON = "0 7 * * *"  # daily, 07:00 UTC


def deployments(config_path: str) -> list[Any]:
    """poll every 15 minutes, recheck hourly, digest daily; none overlaps itself."""
    parameters = {"config_path": config_path}
    return [
        poll.to_deployment(
            name="poll", interval=POLL_INTERVAL_S, parameters=parameters, concurrency_limit=1
        ),
        recheck.to_deployment(
            name="recheck",
            interval=RECHECK_INTERVAL_S,
            parameters=parameters,
            concurrency_limit=1,
        ),
        digest.to_deployment(
            name="digest", cron=DIGEST_CRON, parameters=parameters, concurrency_limit=1
        ),
    ]


def serve_all(config_path: str) -> None:
    serve(*deployments(config_path))
