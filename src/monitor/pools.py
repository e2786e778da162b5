"""Worker processes for CPU-bound steps (feed parsing, extraction): how many, and a
forkserver that imports their modules once."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from monitor import relevance
from monitor.workers import start_worker

POOL_MIN = 24  # below this many pages or feeds, starting worker processes costs more


# What a worker runs (feed parsing, extraction, SimHash) is imported once, by the fork server.
# This process imports them (trafilatura, feedparser) only once it parses or extracts itself.
WORKER_PRELOAD = ["monitor.workers", "monitor.extract", "feedparser"]
# With a story judged by its model, every extraction worker weighs each article's words by
# their rarity and compares its opening with the baseline's by static embeddings: the fork
# server reads the word table and loads the embeddings once for all of them.
WORD_TABLE_PRELOAD = "monitor.wordpreload"
# The same, loaded on a thread of the fork server while it forks (``monitor.wordloading``): a
# fork server started by polling forks the feed parsers, which need neither, at once.
WORD_TABLE_BACKGROUND = "monitor.wordbackground"


def _worker_context(words: bool, *, background: bool = False) -> Any:
    context = multiprocessing.get_context("forkserver")
    loads = [WORD_TABLE_BACKGROUND if background else WORD_TABLE_PRELOAD] if words else []
    context.set_forkserver_preload(WORKER_PRELOAD + loads)
    return context


class _Judged(Protocol):
    """A configured story or its profile: what tells whether its story model judges it."""

    @property
    def lexicon(self) -> object: ...


def needs_word_table(stories: Iterable[_Judged]) -> bool:
    """Whether some story is judged by its story model alone (it has no lexicon): then every
    new article's words are weighed by rarity in the workers (and openings near the story
    compared by static embeddings): the fork server preloads both."""
    return any(story.lexicon is None for story in stories)


def start_worker_server(words: bool = False, *, background: bool = False) -> None:
    """Start the fork server (idempotent) without waiting: it imports the workers' modules
    (and, with ``words``, reads the word table: see :func:`needs_word_table`) on another core
    while this process goes on, so the first pool starts warm. A fork server already running
    keeps what it preloaded. With ``background`` (polling: the feed parsers come first), the
    word table and embeddings load on a thread of the server, which forks meanwhile."""
    if worker_processes(POOL_MIN) <= 1:
        return
    _worker_context(words, background=background)
    from multiprocessing import forkserver

    forkserver.ensure_running()


def process_pool(
    workers: int, profiles: Mapping[str, relevance.StoryProfile] | None = None
) -> ProcessPoolExecutor:
    """Worker processes for CPU-bound steps.

    forkserver: workers start from a clean process, not a fork of this threaded one (Prefect
    runs tasks in threads). The fork server imports the workers' modules once (~1 s of CPU
    for trafilatura and feedparser) and forks each worker ready to run: without the preload
    every worker of every pool imported them again. ``profiles`` are installed in each worker
    once, for extraction workers to assess new pages (a fork server not yet running then
    preloads the word table when one of them has no lexicon, see :func:`needs_word_table`).
    A worker leaves as soon as this process is gone, however it ended
    (:func:`monitor.workers.exit_with_owner`): no orphans after a killed run.
    """
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_worker_context(needs_word_table((profiles or {}).values())),
        initializer=start_worker,
        initargs=(dict(profiles or {}),),
    )


def worker_processes(tasks: int) -> int:
    """Processes for CPU-bound work: every core once there are enough tasks to pay for them."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, 8) if tasks >= POOL_MIN else 1


# Pages fetched but not yet extracted, per worker process: fetching outruns extraction ~10x,
# and without a bound every page of the cycle would wait in memory at once.
