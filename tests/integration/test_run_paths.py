"""Which path ``monitor run`` takes, and what the plain path costs in imports and shows.

Real ``monitor run`` processes against the demo's news web; the path choice against a real
note file and a real listening socket on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from monitor import clirun
from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.errors import ConfigError
from monitor.pipeline import run_once
from monitor.served import announce, note_path
from tests.integration.cli import without_prefect

# Runs ``monitor run`` through the CLI's main, then says which heavy modules it imported.
RUN_AND_LIST_IMPORTS = """
import json, sys
from monitor.cli import main
status = main(sys.argv[1:])
heavy = ("prefect", "trafilatura", "apprise", "feedparser", "rich", "monitor.judging")
print(json.dumps({"status": status, "imported": [m for m in heavy if m in sys.modules]}),
      file=sys.stderr)
"""


@pytest.fixture(scope="module")
def primed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoWeb]]:
    """The demo web at its second tick and a configuration that has polled it once."""
    data = tmp_path_factory.mktemp("paths")
    with DemoWeb() as web:
        web.set_tick(2)
        config = write_config(data, web)
        run_once(load_config(config), web.tick_now(2))
        yield config, web


def _later(web: DemoWeb, days: int) -> str:
    """A time when every feed is due again and nothing new has appeared."""
    return (web.tick_now(2) + timedelta(days=days)).isoformat()


def test_a_plain_run_with_nothing_new_imports_only_its_cycle(
    primed: tuple[Path, DemoWeb],
) -> None:
    config, web = primed
    run = ["run", "--config", str(config), "--now", _later(web, 2)]
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST_IMPORTS, *run],
        env=without_prefect(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    summary = json.loads(done.stdout)
    assert report == {"status": 0, "imported": []}, done.stderr
    assert summary["path"] == "plain" and summary["items_new"] == 0
    assert summary["feeds_polled"] == len(web.feed_urls()) > 0
    assert not (config.parent / ".prefect").exists()


def test_progress_shows_feeds_polled_when_asked(primed: tuple[Path, DemoWeb]) -> None:
    config, web = primed
    feeds = len(web.feed_urls())
    run = [sys.executable, "-m", "monitor.cli", "run", "--config", str(config), "--now"]
    shown = subprocess.run(
        [*run, _later(web, 4), "--progress"], env=without_prefect(), capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    assert "feeds polled" in shown.stderr and f"{feeds}/{feeds}" in shown.stderr
    assert json.loads(shown.stdout)["feeds_polled"] == feeds  # stdout keeps the JSON alone
    quiet = subprocess.run(
        [*run, _later(web, 6)], env=without_prefect(), capture_output=True, text=True
    )
    assert quiet.returncode == 0 and quiet.stderr == ""  # not a terminal, not asked


@pytest.fixture
def listener() -> Iterator[str]:
    """Something that accepts connections on 127.0.0.1, as a Prefect API would."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield f"http://127.0.0.1:{server.getsockname()[1]}/api"


def test_the_path_follows_the_prefect_server_there_is(
    tmp_path: Path, baseline_config: Path, listener: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    config = load_config(baseline_config)
    assert clirun.choose_path(config) == ("plain", None)
    assert clirun.choose_path(config, "prefect") == ("prefect", None)  # a temporary server

    with announce(config.db, listener, config_path=baseline_config) as note:
        assert note == note_path(config.db) and note.exists()
        assert clirun.choose_path(config) == ("prefect", listener)  # a serve of this database
        assert clirun.choose_path(config, "plain") == ("plain", None)
    assert not note.exists()  # the serve stopped: its note went with it

    monkeypatch.setenv("PREFECT_API_URL", listener)
    assert clirun.choose_path(config) == ("prefect", listener)
    assert clirun.choose_path(config, "plain") == ("plain", None)
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")  # nothing listens there
    with pytest.raises(ConfigError, match=r"PREFECT_API_URL http://127\.0\.0\.1:9/api does not"):
        clirun.choose_path(config)


def test_a_note_left_by_a_dead_serve_is_ignored(
    baseline_config: Path, listener: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    config = load_config(baseline_config)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], text=True,
                          capture_output=True, check=True)  # fmt: skip
    note = note_path(config.db)
    note.write_text(json.dumps({"pid": int(gone.stdout), "api_url": listener}))
    assert clirun.choose_path(config) == ("plain", None)  # its process is gone
    note.write_text(json.dumps({"pid": os.getpid(), "api_url": "http://127.0.0.1:9/api"}))
    assert clirun.choose_path(config) == ("plain", None)  # nothing answers at its API
    note.write_text("{not json")
    assert clirun.choose_path(config) == ("plain", None)


def test_a_bad_now_is_one_sentence(tmp_path: Path, baseline_config: Path) -> None:
    run = ["run", "--config", str(baseline_config), "--now", "yesterday"]
    done = subprocess.run(
        [sys.executable, "-m", "monitor.cli", *run],
        env=without_prefect(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == "monitor: --now 'yesterday' is not an ISO date or datetime\n"
