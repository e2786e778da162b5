"""One Prefect test harness for the whole session: a temporary server, started once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.integration.cli import monitor, without_prefect


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def monitor_run(config: Path, now: str, *args: str, **env: str) -> dict[str, Any]:
    """``monitor run`` in a process of its own, with no Prefect setting but those in ``env``;
    its summary (it must succeed)."""
    done = monitor("run", "--config", str(config), "--now", now, *args, env=without_prefect(**env))
    assert done.returncode == 0, done.stderr[-3000:]
    summary: dict[str, Any] = json.loads(done.stdout)
    return summary


def harness_url() -> str:
    """The Prefect test harness's API URL (under ``prefect_harness``)."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url, "the Prefect test harness sets the API URL"
    return str(url)
