"""The `monitor` command line as a user runs it: a process of this interpreter, its output
captured, never waiting past ``timeout``; ``without_prefect`` is the environment of a run
that starts its own Prefect server (none of this process's ``PREFECT_`` settings)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

COMMAND = [sys.executable, "-m", "monitor.cli"]


def without_prefect(**extra: str) -> dict[str, str]:
    """This process's environment without its ``PREFECT_`` settings, plus ``extra``."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")} | extra


def monitor(
    *args: str,
    cwd: Path | None = None,
    stdin: str | None = None,
    timeout: float = 300,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        timeout=timeout,
        env=env,
        check=False,
    )
