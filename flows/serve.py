"""``monitor serve``: the deployments' schedules served from this one process.

For one machine with no Prefect server of its own; deployments/prefect.yaml is the same
schedule for a work pool and workers. While it serves, a note beside the database names its
Prefect API, so that ``monitor run`` on the same database records its run there too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import serve
from prefect.settings import get_current_settings

from flows.digest import digest
from flows.poll import poll
from flows.recheck import recheck
from monitor.config import load_config
from monitor.served import announce

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


def api_url() -> str:
    """This process's Prefect API: ``PREFECT_API_URL``'s server, else the temporary server
    Prefect would start on first use, started now so that its address is known."""
    configured = get_current_settings().api.url
    if configured:
        return str(configured)
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the instance Prefect's clients in this process use
    server.start()
    return server.api_url


def serve_all(config_path: str) -> None:
    config = load_config(Path(config_path))
    with announce(config.db, api_url(), config_path=config.source):
        serve(*deployments(config_path))
