"""The word table's and the static embeddings' loading in the workers' fork server, in the
background (``monitor.wordbackground`` starts it there, for a polling cycle), step by step
(``Steps``), so the fork server forks the feed parsers (which need neither) at once: before
this, the first parse of a cycle with a story judged by its model waited ~0.5 s for the whole
preload. A fork waits only for the step in hand, and the loading resumes after it: no step is
ever cut by a fork, so a process forked meanwhile has no import half done nor lock held by a
thread it does not have: it holds the steps done. An extraction worker forked before they were
all done does the rest itself when it starts (``finish``, from ``workers.install_profiles``);
in a polling cycle the extraction workers are forked seconds later, and find everything
loaded. (A fork server that no polling started, for rechecks, loads them before it forks, as
before: ``monitor.wordpreload``.)
"""

from __future__ import annotations

import contextlib
import importlib
import os
import threading
from collections.abc import Callable, Sequence

from monitor import dense, wordfrequency


def _importer(name: str) -> Callable[[], None]:
    """A step importing ``name``, whose absence is no failure: the loads that need a module
    import it themselves (a step only takes its import off them)."""

    def step() -> None:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)

    return step


class Steps:
    """Runs ``steps`` one after the other on a thread of their own, never across a fork: a
    fork waits for the step in hand to end, and the next step waits for the fork."""

    def __init__(self, steps: Sequence[Callable[[], object]]) -> None:
        self._steps = list(steps)
        self._turn = threading.Condition()
        self._forking = 0
        self._in_step = False
        self.done = 0  # steps done (in a forked process: those done before its fork)
        self.started = False  # (in a forked process: by the process it was forked from)

    def start(self) -> None:
        """Start the steps on their own thread; from now on, a fork waits for a step's end."""
        self.started = True
        os.register_at_fork(before=self._before_fork, after_in_parent=self._after_fork)
        threading.Thread(target=self._run, name="wordloading", daemon=True).start()

    def _before_fork(self) -> None:
        with self._turn:
            self._forking += 1
            self._turn.wait_for(lambda: not self._in_step)

    def _after_fork(self) -> None:
        with self._turn:
            self._forking -= 1
            self._turn.notify_all()

    def _run(self) -> None:
        for step in self._steps:
            with self._turn:
                self._turn.wait_for(lambda: not self._forking)
                self._in_step = True
            failed = False
            try:
                step()
            except Exception:  # a worker that needs what failed loads it itself, and says why
                failed = True
            with self._turn:
                self._in_step = False
                self.done += not failed
                self._turn.notify_all()
            if failed:
                return

    def run(self) -> None:
        """Do every step here, now, in order, a failure raised (a fork server that loads
        before it forks: ``monitor.wordpreload``)."""
        for step in self._steps:
            step()
        self.done = len(self._steps)

    def finish(self) -> None:
        """In a process forked before the steps were all done: do the rest here, now (up to
        a step that fails: what needs it loads it, and says why)."""
        for step in self._steps[self.done :]:
            try:
                step()
            except Exception:
                return
            self.done += 1


# The word table's and the embeddings' imports and loads, in steps of ~0.05-0.2 s of CPU.
WORDS = Steps(
    [
        _importer("numpy"),
        _importer("wordfreq"),
        lambda: wordfrequency.load("en"),
        _importer("tokenizers"),
        _importer("requests"),
        _importer("wordllama"),
        dense.model,
    ]
)


def finish() -> None:
    """In a worker that weighs words: whatever its fork server had not loaded when it forked
    this process is loaded now (nothing, where the server never loaded them)."""
    if WORDS.started:
        WORDS.finish()
