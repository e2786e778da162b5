"""The fork server loads the word table and embeddings on a thread, step by step, and a fork
never cuts a step: a process forked meanwhile holds whole steps only (no import half done, no
lock held by a thread it does not have), and does the rest itself when it needs them."""

from __future__ import annotations

import os
import threading
import time

from monitor import wordloading


def test_a_fork_waits_for_the_step_in_hand_and_the_next_step_for_the_fork() -> None:
    started, gate, log = threading.Event(), threading.Event(), []

    def first() -> None:
        started.set()
        gate.wait()
        log.append("first")

    steps = wordloading.Steps([first, lambda: log.append("second")])
    steps.start()
    started.wait()

    def open_gate_once_a_fork_waits() -> None:
        while not steps._forking:
            time.sleep(0.001)
        gate.set()

    threading.Thread(target=open_gate_once_a_fork_waits).start()
    pid = os.fork()  # waits for ``first`` to end; ``second`` waits for the fork
    if pid == 0:
        os._exit(0 if (log, steps.done) == (["first"], 1) else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0  # the child holds the first step whole
    while steps.done < 2:  # the second step, after the fork
        time.sleep(0.001)
    assert log == ["first", "second"]


def test_a_process_forked_before_the_steps_were_done_does_the_rest_itself() -> None:
    log: list[str] = []
    steps = wordloading.Steps([lambda: log.append("first"), lambda: log.append("second")])
    steps.done = 1  # as a process forked after the first step finds it
    steps.finish()
    assert (log, steps.done) == (["second"], 2)
