"""Shared fixtures: where the shared corpus and baseline live, and fresh databases."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from monitor import store as store_mod

REPO = Path(__file__).resolve().parents[1]

# Property tests: a fixed seed and a bounded number of examples, so CI runs the same inputs
# every time and quickly; HYPOTHESIS_PROFILE=deep tries many more, on a free machine.
settings.register_profile(
    "ci", max_examples=150, derandomize=True, deadline=None, database=None, print_blob=True
)
settings.register_profile("deep", max_examples=5000, deadline=None, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def shared_dir() -> Path:
    """``$MONITOR_SHARED``, else the ``shared`` folder beside the repository."""
    return Path(os.environ.get("MONITOR_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not path.is_dir():
        pytest.skip(f"shared folder absent: {path}")
    return path


@pytest.fixture(scope="session")
def baseline_text(shared: Path) -> str:
    path = shared / "baseline" / "biden-mexico-migration-requests.txt"
    if not path.exists():
        pytest.skip("shared baseline absent")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def baseline_config(tmp_path: Path, baseline_text: str) -> Path:
    """A monitor.toml with the baseline story, its text saved beside it; no feeds."""
    (tmp_path / "baseline.txt").write_text(baseline_text)
    path = tmp_path / "monitor.toml"
    path.write_text(
        """
[[stories]]
slug = "us-mexico-enforcement-2021"
title = "Biden Wants Mexico To Do More To Stop Immigrants Trying To Cross The US Border"
published = "2021-06-03"
url = "https://www.buzzfeednews.com/article/hamedaleaziz/biden-mexico-migration-requests"
baseline_file = "baseline.txt"
lexicon = "us-mexico-migration"
"""
    )
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "monitor.duckdb"


@pytest.fixture
def migrated(db_path: Path) -> Iterator[store_mod.Store]:
    with store_mod.open_store(db_path) as store:
        yield store


@dataclass(frozen=True)
class DemoRun:
    """A first ``monitor demo`` in ``folder``: its output, and a copy of the database it left
    (in ``snapshot``), for tests that read it while another runs the demo there again."""

    folder: Path
    first: subprocess.CompletedProcess[str]
    snapshot: Path

    def copy_database(self, into: Path) -> Path:
        """The first run's database, copied into the folder ``into``; its path."""
        for file in self.snapshot.iterdir():
            shutil.copyfile(file, into / file.name)
        return into / "monitor.duckdb"


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> DemoRun:
    """One real ``monitor demo`` (its own news web and temporary Prefect server, ~30 s) shared
    by the demo's test and the report's browser test, which each ran one before."""
    from tests.integration.cli import monitor, without_prefect

    tmp = tmp_path_factory.mktemp("demo-run")
    folder = tmp / "demo"
    first = monitor("demo", "--data-dir", str(folder), env=without_prefect())
    assert first.returncode == 0, first.stderr[-3000:]
    snapshot = tmp / "snapshot"
    snapshot.mkdir()
    for file in folder.glob("monitor.duckdb*"):  # the database, and its WAL if one was left
        shutil.copyfile(file, snapshot / file.name)
    return DemoRun(folder, first, snapshot)
