"""The poll helper's process: ``python -m monitor.pollhelper_process`` (see
``monitor.pollhelper``).

A module of its own so that one line runs before httpx is imported. The run waits for the
helper's start, and two imports it never uses cost ~0.15 s of it: httpx's command-line
client (click, rich and pygments, installed with Prefect) and h2 (the helper speaks
HTTP/1.1 only). Blocked, httpx and httpcore fall back to their stubs for them.
"""

import sys

for _unused in ("httpx._main", "h2"):
    sys.modules.setdefault(_unused, None)  # type: ignore[arg-type]  # an ImportError on import

from monitor.pollhelper import main  # noqa: E402  (after the lines above, on purpose)

if __name__ == "__main__":
    sys.exit(main())
