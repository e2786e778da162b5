"""One Prefect test harness for the whole session: a temporary server, started once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


def monitor_run(config: Path, now: str, *args: str, **env: str) -> dict[str, Any]:
    """``monitor run`` in a process of its own, with no Prefect setting but those in ``env``;
    its summary (it must succeed)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    done = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "run", "--config", str(config), "--now", now, *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    summary: dict[str, Any] = json.loads(done.stdout)
    return summary


def harness_url() -> str:
    """The Prefect test harness's API URL (under ``prefect_harness``)."""
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    assert url, "the Prefect test harness sets the API URL"
    return str(url)
