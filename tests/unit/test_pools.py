"""The worker processes' fork server preloads the word table and the static embeddings exactly
when a story is judged by its story model (every extraction worker then weighs articles' words
by rarity and compares openings by embeddings)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import date

import pytest

from monitor import pools
from monitor.models import Story

_CHILD = """
import sys
from datetime import date
from monitor import pools, relevance
from monitor.models import Story

lexicon = None if sys.argv[1] == "model" else "us-mexico-migration"
if sys.argv[2] == "polling":  # as polling starts it: the words load on a thread of the server
    pools.start_worker_server(lexicon is None, background=True)
story = Story("a-story", "Title", "https://example.org/a", date(2021, 6, 3), lexicon=lexicon)
profile = relevance.build_profile(story, "A bridge closed in Port Alder", "The Harbour bridge.")
with pools.process_pool(2, {story.slug: profile}) as pool:
    tables = "__import__('monitor.wordfrequency').wordfrequency._frequencies.cache_info().currsize"
    embeddings = "__import__('monitor.dense').dense.loaded()"
    print(pool.submit(eval, tables).result(), pool.submit(eval, embeddings).result())
"""


@pytest.mark.parametrize("started_by", ["pool", "polling"])
@pytest.mark.parametrize(("judged_by", "preloaded"), [("model", "1 True"), ("lexicon", "0 False")])
def test_a_worker_starts_with_the_word_table_and_embeddings_only_when_a_story_needs_them(
    judged_by: str, preloaded: str, started_by: str
) -> None:
    # A fresh process: its fork server starts with this pool, preloading what it needs, or
    # just before it, as polling starts it (the pool's workers fork before the words are
    # loaded on the server's thread: they load the rest themselves).
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, judged_by, started_by],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == preloaded


def test_only_a_story_without_a_lexicon_needs_the_word_table() -> None:
    def story(lexicon: str | None) -> Story:
        return Story("s", "T", "https://example.org/s", date(2021, 1, 1), lexicon=lexicon)

    assert pools.needs_word_table([story("us-mexico-migration"), story(None)])
    assert not pools.needs_word_table([story("us-mexico-migration")])
    assert not pools.needs_word_table([])


_KILLED = """
import os, sys, time
from multiprocessing import forkserver
from monitor import pools

with pools.process_pool(2) as pool:
    pids = {pool.submit(os.getpid).result() for _ in range(8)}
    pids.add(forkserver._forkserver._forkserver_pid)
    print(" ".join(map(str, sorted(pids))), flush=True)
    time.sleep(600)
"""


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads processes from /proc")
@pytest.mark.parametrize("signal_number", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_run_leaves_no_worker_or_fork_server_behind(signal_number: int) -> None:
    # A cancelled flow run is sent SIGTERM; the OOM killer sends SIGKILL: either way the
    # pool's workers and its fork server leave with the run instead of waiting forever.
    run = subprocess.Popen([sys.executable, "-c", _KILLED], stdout=subprocess.PIPE, text=True)
    assert run.stdout is not None
    pids = [int(p) for p in run.stdout.readline().split()]
    assert len(pids) >= 2 and all(_running(p) for p in pids)
    run.send_signal(signal_number)
    run.wait()
    deadline = time.monotonic() + 60  # a liveness bound, not a timing: they go in ~0.1 s
    while any(_running(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [p for p in pids if _running(p)] == []
