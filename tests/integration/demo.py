"""The demo's news web after some ticks, each polled by a real run into a real DuckDB file."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from monitor.config import Config, load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.pipeline import run_once


@contextmanager
def demo_after(
    tmp_path: Path, ticks: Iterable[int], edit: Callable[[str], str] | None = None
) -> Iterator[tuple[DemoWeb, Path, Config]]:
    """The demo web (still serving), its configuration's path and the configuration (first
    rewritten by ``edit``, when given), once a run has polled each of ``ticks`` in turn."""
    with DemoWeb() as web:
        config_path = write_config(tmp_path, web)
        if edit is not None:
            config_path.write_text(edit(config_path.read_text()))
        config = load_config(config_path)
        for tick in ticks:
            web.set_tick(tick)
            run_once(config, web.tick_now(tick))
        yield web, config_path, config
