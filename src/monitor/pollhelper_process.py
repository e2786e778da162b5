"""The poll helper's process: ``python -m monitor.pollhelper_process`` (see ``monitor.pollhelper``).

A module of its own so that one line runs before httpx is imported: httpx imports its
command-line client when click and rich are installed (Prefect installs both), ~0.1 s of a
start the run waits for, and the helper never uses it.
"""

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]  # httpx falls back

from monitor.pollhelper import main  # noqa: E402  (after the line above, on purpose)

if __name__ == "__main__":
    sys.exit(main())
