"""``monitor serve``: the deployments' schedules served from this one process.

For one machine with no Prefect server of its own; deployments/prefect.yaml is the same
schedule for a work pool and workers.
"""

from __future__ import annotations

from prefect import serve

from flows.poll import poll

POLL_INTERVAL_S = 900


def serve_all(config_path: str) -> None:
    """Serve the poll flow every 15 minutes; a run never overlaps the previous one."""
    deployment = poll.to_deployment(
        name="poll",
        interval=POLL_INTERVAL_S,
        parameters={"config_path": config_path},
        concurrency_limit=1,
    )
    serve(deployment)  # type: ignore[arg-type]  # sync context: a deployment, not a coroutine
