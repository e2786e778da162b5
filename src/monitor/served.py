"""Where a running ``monitor serve`` says which Prefect API it serves its flows on, so that
``monitor run`` on the same database records its run in that server too.

The note is a small JSON file beside the database (``monitor.serve.json``): ``monitor serve``
writes it once its API is up and removes it when it stops. A note left by a serve that was
killed is ignored: its process must be alive and its API must accept connections.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)


def note_path(db: Path) -> Path:
    """The note beside ``db`` (``monitor.duckdb`` -> ``monitor.serve.json``)."""
    return db.with_name(db.stem + ".serve.json")


@contextlib.contextmanager
def announce(db: Path, api_url: str, *, config_path: Path | None = None) -> Iterator[Path]:
    """Say, for as long as the block runs, that this process serves ``db``'s flows on
    ``api_url``."""
    path = note_path(db)
    partial = path.with_name(path.name + ".partial")
    note = {"pid": os.getpid(), "api_url": api_url, "config": str(config_path or "")}
    partial.write_text(json.dumps(note), encoding="utf-8")
    os.replace(partial, path)
    try:
        yield path
    finally:
        if _read(path).get("pid") == os.getpid():  # not a later serve's note
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def served_api_url(db: Path, *, listening: Callable[[str], bool]) -> str | None:
    """The API of a ``monitor serve`` of ``db`` that is running now, else None.

    ``listening(url)`` says whether something accepts connections at the API (the note of a
    serve killed without its cleanup, whose process id was reused, is thus ignored too).
    """
    note = _read(note_path(db))
    pid, api_url = note.get("pid"), note.get("api_url")
    if not isinstance(pid, int) or not isinstance(api_url, str) or not api_url:
        return None
    if not _alive(pid):
        log.info("ignoring %s: process %d is gone", note_path(db), pid)
        return None
    if not listening(api_url):
        log.info("ignoring %s: nothing answers at %s", note_path(db), api_url)
        return None
    return api_url


def _read(path: Path) -> dict[str, object]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True
