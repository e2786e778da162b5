"""The `monitor` command line as a user runs it: a process of this interpreter, its output
captured, never waiting past ``timeout``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def monitor(
    *args: str, cwd: Path | None = None, stdin: str | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        timeout=timeout,
        check=False,
    )
