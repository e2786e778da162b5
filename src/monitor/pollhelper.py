"""A second process that polls feeds while the network is fast: the other core.

A run with at least ``HELPER_MIN`` feeds starts a helper as it begins, and lends it feeds
while the run's latency gate (``fetchlimits.LatencyGate``) is closed, that is while answers
come back fast and one process, bound by its GIL, is the limit. The helper is a fresh interpreter,
``python -m monitor.pollhelper_process``, never a fork of the run (a fork of a threaded process
can inherit a held lock). On the real web the gate opens within ~0.1 s, the helper gets
nothing more, and the run's threads poll as before. Why it exists and what it costs:
bench/README.md, "The poll helper".

Politeness holds across the two processes: the run's threads take hosts from the front of a
``HostQueue`` and the helper whole hosts from the back, so no host is polled from both sides
at once. The helper polls one feed at a time, and stops at its first slow answer (it hands
the rest back). A helper that cannot start, dies, or answers garbage hands back every feed
it had not answered, and the run's threads poll them: nothing is lost, and no error is
raised for it (the feeds of the frame it was polling may be asked for twice). So does a helper
that holds feeds and says nothing for longer than a frame can take (``PollHelper.patience_s``):
it is killed, and a wedged helper costs the run seconds, not the run.

The two ends speak length-prefixed pickled frames over two pipes (the spawned helper's stdin
and stdout); both ends are this module, in one run, so nothing foreign is ever unpickled.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import pickle
import struct
import subprocess
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from monitor.config import FetchSettings
from monitor.feedfetch import FeedFetcher, feed_host, standalone_fetcher
from monitor.models import FeedPoll, FeedState

log = logging.getLogger(__name__)

# Configured feeds below this: no helper (it costs ~0.1 s of CPU to start).
HELPER_MIN = 200
CHUNK = 8  # feeds per frame sent to the helper: at most this many wait there when it stops
AHEAD = 2  # frames the helper holds at once: one it polls, one ready behind it
SLOW_S = 0.25  # one answer this slow and the network is not fast: the helper stops
# Beyond the longest a frame can take (CHUNK answers under SLOW_S, then one that times out):
# a helper silent this much longer is wedged, not busy.
PATIENCE_MARGIN_S = 1.0
# The fields of a feed's state the helper needs to fetch it (``FeedFetcher.fetch``), sent as
# a row (``FeedState.to_row``); the run keeps the whole state and re-attaches it to the answer.
ROW_FIELDS = ("url", "current_url", "etag", "last_modified", "body_hash", "stories")

_HEADER = struct.Struct(">I")


# -- frames ---------------------------------------------------------------------------------


def write_frame(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def read_frame(stream: IO[bytes]) -> Any | None:
    """The next message, or None at the end of the stream."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


# -- which feeds go where -------------------------------------------------------------------


class HostQueue:
    """Due feeds by host, taken from both ends: the run's threads take feeds one by one from
    the first host on, the helper claims whole hosts from the last one back. Rows the helper
    hands back go to the front. ``take`` waits while the helper still holds feeds it might
    hand back, and returns None once every feed is taken for good."""

    def __init__(self, rows: Sequence[FeedState]) -> None:
        groups: dict[str, deque[FeedState]] = {}
        for row in rows:
            groups.setdefault(feed_host(row), deque()).append(row)
        self._hosts: deque[tuple[str, deque[FeedState]]] = deque(groups.items())
        self._lent = 0  # rows the helper holds: claimed, not yet answered or handed back
        self._closed = False
        self._changed = threading.Condition()

    def take(self) -> FeedState | None:
        """The next feed for the run's threads, or None when there is none left."""
        with self._changed:
            while not self._closed:
                while self._hosts:
                    _, rows = self._hosts[0]
                    if rows:
                        return rows.popleft()
                    self._hosts.popleft()
                if not self._lent:
                    return None
                self._changed.wait()
            return None

    def close(self) -> None:
        """Polling ends (done or abandoned): ``take`` returns None from now on."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def claim(self) -> tuple[str, deque[FeedState]] | None:
        """The last host nobody has started, with all its feeds, for the helper."""
        with self._changed:
            if len(self._hosts) < 2:  # the first host may be in the threads' hands
                return None
            host, rows = self._hosts.pop()
            self._lent += len(rows)
            return host, rows

    def settle(self, answered: int) -> None:
        """The helper answered this many of the feeds it held."""
        with self._changed:
            self._lent -= answered
            if not self._lent:
                self._changed.notify_all()

    def hand_back(self, host: str, rows: Sequence[FeedState]) -> None:
        """Feeds the helper held and will not poll: the run's threads poll them."""
        with self._changed:
            self._lent -= len(rows)
            if rows:
                self._hosts.appendleft((host, deque(rows)))
            self._changed.notify_all()


# -- the run's side -------------------------------------------------------------------------


def wanted(feeds: int, settings: FetchSettings) -> bool:
    """Whether a run over this many configured feeds should start a helper."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return settings.poll_helper and feeds >= HELPER_MIN and (cores or 1) > 1


class PollHelper:
    """The helper process, seen from the run. ``start`` it early; a ``Lending`` hands it
    feeds; ``close`` it when polling ends. Its answers reach the lending on a reader thread."""

    def __init__(self, settings: FetchSettings, user_agents: Mapping[str, str]) -> None:
        self._hello = ("hello", settings, dict(user_agents))
        self.patience_s = settings.total_timeout_s + CHUNK * SLOW_S + PATIENCE_MARGIN_S
        self._abandoned = ""
        self._process: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None
        self._lock = threading.Lock()
        self._ready = False
        self._gone = False
        self._finished = False
        self._lending: Lending | None = None
        self._tokens = itertools.count()

    def start(self) -> bool:
        """Start the process; False (and a warning) when it cannot be started."""
        try:
            self._process = _spawn()
        except OSError as exc:
            log.warning("cannot start the poll helper, polling from this process: %s", exc)
            self._gone = True
            return False
        self.send(self._hello)
        self._reader = threading.Thread(target=self._read, name="poll-helper", daemon=True)
        self._reader.start()
        return True

    @property
    def ready(self) -> bool:
        """Whether the process has started and said so."""
        return self._ready

    @property
    def usable(self) -> bool:
        return self._process is not None and not self._gone

    def next_token(self) -> int:
        return next(self._tokens)

    def attach(self, lending: Lending | None) -> None:
        """Route answers to ``lending`` (None: to nobody); it starts lending once ready."""
        with self._lock:
            self._lending = lending
            ready = self._ready
        if lending is not None and ready:
            lending.on_ready()

    def send(self, message: Any) -> bool:
        """Write one frame to the helper; False when it is gone (it stopped reading)."""
        process = self._process
        if process is None or process.stdin is None or self._gone:
            return False
        try:
            with self._lock:
                write_frame(process.stdin, message)
        except (OSError, ValueError):  # a broken pipe, or stdin already closed
            return False
        return True

    def _read(self) -> None:
        process = self._process
        assert process is not None and process.stdout is not None
        started = time.monotonic()
        try:
            while (message := read_frame(process.stdout)) is not None:
                kind = message[0]
                with self._lock:
                    lending = self._lending
                    if kind == "ready":
                        self._ready = True
                        log.debug("poll helper started in %.3f s", time.monotonic() - started)
                if lending is None:
                    continue
                if kind == "ready":
                    lending.on_ready()
                elif kind == "polls":
                    lending.on_polls(message[1])
                elif kind == "skipped":
                    lending.on_skipped(message[1])
        except Exception as exc:  # whatever broke, its feeds are polled here
            why = f"unreadable answer ({type(exc).__name__}: {exc})"
        else:
            why = self._abandoned or "it exited"
        with self._lock:
            self._gone = True
            lending = self._lending
        if lending is not None:
            lending.on_gone(f"{why}, code {process.poll()}")

    def abandon(self, why: str) -> None:
        """Kill a helper that stopped answering: its reader then hands back what it held."""
        if not self.usable:
            return
        assert self._process is not None
        self._abandoned = why
        self._process.kill()

    def finish(self) -> None:
        """Tell the helper there is no more work: it exits on its own (``close`` reaps it)."""
        process = self._process
        if process is None or self._finished:
            return
        self._finished = True
        self.send(("end",))
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()

    def close(self, timeout_s: float = 5.0) -> None:
        """Stop the process and reap it. By now every answer lent for is in (or handed
        back), so one still running (still importing, say, when nothing was due) is killed
        rather than waited for."""
        process = self._process
        if process is None:
            return
        self.finish()
        if process.poll() is None:
            process.kill()
        process.wait(timeout_s)
        if self._reader is not None:
            self._reader.join(timeout_s)
        if process.stdout is not None:
            process.stdout.close()
        self._gone = True


def _spawn() -> subprocess.Popen[bytes]:
    """A fresh interpreter running ``monitor.pollhelper_process`` (~0.1 s of imports)."""
    src = str(Path(__file__).resolve().parents[1])  # where this ``monitor`` is imported from
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
    return subprocess.Popen(
        [sys.executable, "-m", "monitor.pollhelper_process"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )


class Lending:
    """Lends one polling's hosts to the helper while ``fast()`` says the network is fast.

    ``deliver`` receives each answered ``FeedPoll`` (with its full state as ``previous``);
    ``observe`` each answer's time in seconds, for the run's latency gate. Once ``fast()`` is
    False, or the helper is gone, nothing more is lent, and every feed the helper holds and
    has not started goes back to ``queue``. ``watch`` abandons a helper that holds feeds and
    has said nothing for ``helper.patience_s`` by ``clock`` (monotonic seconds).
    """

    def __init__(
        self,
        helper: PollHelper,
        queue: HostQueue,
        now: datetime,
        *,
        deliver: Callable[[FeedPoll], None],
        observe: Callable[[float], None],
        fast: Callable[[], bool],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._helper = helper
        self._clock = clock
        self._heard_at = clock()  # the helper's last word (it is lent frames only as it speaks)
        self._queue = queue
        self._now = now
        self._deliver = deliver
        self._observe = observe
        self._fast = fast
        self._lock = threading.Lock()
        self._claimed: deque[tuple[str, deque[FeedState]]] = deque()  # held, not yet sent
        self._sent: dict[int, tuple[str, FeedState]] = {}  # token -> (host, row), not yet answered
        self._in_flight: Counter[str] = Counter()  # host -> feeds sent and not answered
        self._frames: dict[int, int] = {}  # frame -> its feeds not yet answered
        self._frame_of: dict[int, int] = {}  # token -> frame
        self._stopped = False
        self.answered = 0

    def on_ready(self) -> None:
        log.debug("the poll helper is ready")
        with self._lock:
            self._heard_at = self._clock()
            self._top_up()

    def on_polls(self, answers: Sequence[tuple[int, FeedPoll, float]]) -> None:
        """Answers of the helper: (token, poll, seconds it took), a frame's worth at a time."""
        with self._lock:
            self._heard_at = self._clock()
            known = [
                (entry, poll, took)
                for token, poll, took in answers
                if (entry := self._answered(token)) is not None
            ]
        if not known:
            return
        for _, _, took in known:
            self._observe(took)
        self._queue.settle(len(known))
        for entry, poll, _ in known:
            self._deliver(replace(poll, previous=entry[1]))
        with self._lock:
            self.answered += len(known)
            self._top_up()

    def on_skipped(self, tokens: Sequence[int]) -> None:
        """The helper saw a slow answer and did not start these feeds: poll them here."""
        log.debug("the poll helper met a slow answer and handed back %d feeds", len(tokens))
        with self._lock:
            self._heard_at = self._clock()
            self._stopped = True
            back = [entry for token in tokens if (entry := self._answered(token)) is not None]
            self._hand_back_all(back)

    def on_gone(self, why: str) -> None:
        with self._lock:
            back = list(self._sent.values())
            if back or self._claimed:
                log.warning(
                    "poll helper gone (%s): polling its %d unanswered feeds here",
                    why,
                    len(back) + sum(len(rows) for _, rows in self._claimed),
                )
            self._sent.clear()
            self._in_flight.clear()
            self._frames.clear()
            self._frame_of.clear()
            self._stopped = True
            self._hand_back_all(back)

    def watch(self) -> bool:
        """Abandon the helper if it holds feeds and has been silent too long (True then): it
        is killed, and its reader hands back every feed it held."""
        with self._lock:
            silent_s = self._clock() - self._heard_at
            wedged = bool(self._sent) and silent_s > self._helper.patience_s
        if wedged:
            self._helper.abandon(f"no answer in {silent_s:.1f} s")
        return wedged

    def stop(self) -> None:
        """Lend nothing more; hand back what was claimed and not sent."""
        with self._lock:
            self._stopped = True
            self._hand_back_all([])

    def _answered(self, token: int) -> tuple[str, FeedState] | None:
        entry = self._sent.pop(token, None)
        if entry is None:
            return None
        host = entry[0]
        self._in_flight[host] -= 1
        if self._in_flight[host] <= 0:
            del self._in_flight[host]
        frame = self._frame_of.pop(token)
        self._frames[frame] -= 1
        if not self._frames[frame]:
            del self._frames[frame]
        return entry

    def _hand_back_all(self, started_not_done: list[tuple[str, FeedState]]) -> None:
        """Hand back the rows never sent of hosts with nothing in flight, and the rows the
        helper took and will not answer (lock held)."""
        by_host: dict[str, list[FeedState]] = {}
        for host, row in started_not_done:
            by_host.setdefault(host, []).append(row)
        keep: deque[tuple[str, deque[FeedState]]] = deque()
        for host, rows in self._claimed:
            if self._in_flight.get(host):  # the helper still polls this host: wait for it
                keep.append((host, rows))
            else:
                by_host.setdefault(host, []).extend(rows)
        self._claimed = keep
        for host, back in by_host.items():
            self._queue.hand_back(host, back)

    def _top_up(self) -> None:
        """Send frames until the helper holds ``AHEAD`` (lock held)."""
        if self._stopped or not self._fast():
            self._stopped = True
            self._hand_back_all([])
            return
        while len(self._frames) < AHEAD:
            if not self._claimed:
                claimed = self._queue.claim()
                if claimed is None:
                    return
                self._claimed.append(claimed)
            host, rows = self._claimed[0]
            batch = [rows.popleft() for _ in range(min(CHUNK, len(rows)))]
            if not rows:
                self._claimed.popleft()
            frame = self._helper.next_token()
            tokens = []
            for row in batch:
                token = self._helper.next_token()
                full = row.to_row()
                tokens.append((token, {k: full[k] for k in ROW_FIELDS}))
                self._sent[token] = (host, row)
                self._frame_of[token] = frame
                self._in_flight[host] += 1
            self._frames[frame] = len(batch)
            if not self._helper.send(("rows", self._now, tokens)):
                return  # the reader sees it gone and hands everything back


@contextlib.contextmanager
def lend(
    helper: PollHelper | None,
    queue: HostQueue,
    now: datetime,
    *,
    deliver: Callable[[FeedPoll], None],
    observe: Callable[[float], None],
    fast: Callable[[], bool],
) -> Iterator[Lending | None]:
    """Lend to ``helper`` for the duration of the block (nothing when there is none)."""
    if helper is None or not helper.usable:
        yield None
        return
    lending = Lending(helper, queue, now, deliver=deliver, observe=observe, fast=fast)
    helper.attach(lending)
    try:
        yield lending
    finally:
        lending.stop()
        helper.attach(None)
        log.debug("the poll helper answered %d feeds", lending.answered)


# -- the helper process ---------------------------------------------------------------------


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> int:
    """Poll the feeds the run sends, one at a time, answering each; 0 at the end of input,
    or once the run has gone away."""
    hello = read_frame(stdin)
    if not hello or hello[0] != "hello":
        return 2
    _, settings, user_agents = hello
    fetcher: FeedFetcher = standalone_fetcher(settings, user_agents)
    slow = False
    try:
        write_frame(stdout, ("ready",))
        while (message := read_frame(stdin)) is not None and message[0] == "rows":
            _, now, batch = message
            answers: list[tuple[int, FeedPoll, float]] = []
            skipped: list[int] = []
            for token, row in batch:
                if slow:
                    skipped.append(token)
                    continue
                started = time.monotonic()
                poll = fetcher.fetch(FeedState.from_row(row), now)
                took = time.monotonic() - started
                answers.append((token, replace(poll, previous=None), took))
                slow = took >= SLOW_S
                if slow:  # the run's gate opens on this answer: it goes at once
                    write_frame(stdout, ("polls", answers))
                    answers = []
            # One frame per frame of feeds: the run wakes for 8 answers at a time, not each.
            if answers:
                write_frame(stdout, ("polls", answers))
            if skipped:
                write_frame(stdout, ("skipped", skipped))
    except BrokenPipeError:  # the run went away: nothing left to answer
        pass
    finally:
        fetcher.client.close()
    return 0


def main() -> int:
    # The frames own stdout: anything else printed goes to stderr.
    stdout = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    logging.basicConfig(level=logging.WARNING)
    code = serve(sys.stdin.buffer, stdout)
    stdout.close()
    # Every answer is written and flushed: skip the interpreter's teardown (~50 ms of CPU
    # the run would share its cores with).
    os._exit(code)
