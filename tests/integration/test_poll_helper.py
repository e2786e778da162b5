"""The poll helper process through real sockets: with many feeds a run polls from two
processes, each feed once, each host from one process only; a helper that dies or meets a
slow host hands its feeds back and this process polls them."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from monitor import feedpolls, pollhelper, runstate
from monitor.config import Config, FetchSettings
from monitor.models import FeedConfig, FeedPoll, FeedState, FetchOutcome
from tests.integration.rss import send_feed, serving

NOW = datetime(2021, 6, 10, tzinfo=UTC)
# Five names of this one server (127.0.0.1): five hosts to the politeness limits.
HOSTS = ("127.0.0.1", "localhost", "127.1", "127.0.1", "2130706433")


class _Feeds(ThreadingHTTPServer):
    """RSS feeds answering after ``delay_s`` (``slow_s`` on ``slow_host``), counting requests
    per (host name, path) and requests in flight per host name. With ``kill_host`` set, the
    first request to that host after its first ``CHUNK`` calls ``kill``."""

    daemon_threads = True

    def __init__(self, delay_s: float, slow_host: str = "", slow_s: float = 0.0) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.delay_s = delay_s
        self.slow_host = slow_host
        self.slow_s = slow_s
        self.lock = threading.Lock()
        self.requests: Counter[tuple[str, str]] = Counter()
        self.in_flight: Counter[str] = Counter()
        self.most_in_flight: Counter[str] = Counter()
        self.kill_host = ""
        self.kill: Callable[[], None] = lambda: None

    @property
    def port(self) -> int:
        return int(self.server_address[1])


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # head and body leave in one segment: no Nagle and delayed-ACK pause
    server: _Feeds

    def do_GET(self) -> None:
        server = self.server
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        with server.lock:
            server.requests[(host, self.path)] += 1
            server.in_flight[host] += 1
            server.most_in_flight[host] = max(server.most_in_flight[host], server.in_flight[host])
            asked = sum(n for (h, _), n in server.requests.items() if h == host)
        if host == server.kill_host and asked == pollhelper.CHUNK + 1:
            server.kill()
        try:
            time.sleep(server.slow_s if host == server.slow_host else server.delay_s)
            send_feed(self, f"{host}{self.path}")
        finally:
            with server.lock:
                server.in_flight[host] -= 1

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(delay_s: float, slow_host: str = "", slow_s: float = 0.0) -> Iterator[_Feeds]:
    yield from serving(_Feeds(delay_s, slow_host, slow_s))


def _context(
    tmp_path: Path,
    server: _Feeds,
    per_host: int,
    poll_helper: bool = True,
    total_timeout_s: float = 30.0,
) -> runstate.RunContext:
    per = -(-pollhelper.HELPER_MIN // len(HOSTS))  # just enough feeds for a helper
    urls = [f"http://{h}:{server.port}/f{i}.xml" for h in HOSTS for i in range(per)]
    config = Config(
        db=tmp_path / "monitor.duckdb",
        fetch=FetchSettings(
            private_networks_allowed=("127.0.0.0/8",),
            workers=8,
            per_host=per_host,
            poll_helper=poll_helper,
            total_timeout_s=total_timeout_s,
        ),
        stories=(),
        feeds=tuple(FeedConfig(url=u) for u in urls),
        alerts=(),
    )
    return runstate.make_context(config)


def _rows(ctx: runstate.RunContext) -> list[FeedState]:
    return [FeedState(f.url, current_url=f.url) for f in ctx.config.feeds]


def _start_helper(ctx: runstate.RunContext) -> pollhelper.PollHelper:
    """Start the run's helper and wait until it is ready, so that it is lent feeds at once."""
    ctx.start_poll_helper()
    helper = ctx.poll_helper
    assert helper is not None
    deadline = time.monotonic() + 30
    while not helper.ready and time.monotonic() < deadline:
        time.sleep(0.01)
    assert helper.ready
    return helper


def _helper_answered(caplog: pytest.LogCaptureFixture) -> int:
    found = [r.getMessage() for r in caplog.records]
    counts = [int(m.split()[4]) for m in found if m.startswith("the poll helper answered")]
    assert len(counts) == 1
    return counts[0]


@pytest.fixture(autouse=True)
def _two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """The helper is for machines with a second core; CI may give these tests one."""
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)


def _poll(
    tmp_path: Path, server: _Feeds, per_host: int, kill_at: str | None = None
) -> tuple[list[FeedPoll], runstate.RunContext]:
    """Poll every feed with the helper ready from the start; ``kill_at``: kill the helper
    when it asks that host for a feed of its second frame (it holds feeds then, whatever the
    machine's load: killed at its first answer instead, a slow reader here may find it has
    answered them all)."""
    ctx = _context(tmp_path, server, per_host=per_host)
    polls: list[FeedPoll] = []
    try:
        helper = _start_helper(ctx)
        process = helper._process
        assert process is not None
        if kill_at:
            server.kill_host = kill_at
            # Popen.kill, not os.kill: the run's reader thread may reap the process between
            # a check and the signal (ESRCH), and kill allows for that race.
            server.kill = process.kill
        for poll in feedpolls.iter_polls(ctx, _rows(ctx), NOW):
            polls.append(poll)
    finally:
        ctx.close()
    assert sorted(p.url for p in polls) == sorted(f.url for f in ctx.config.feeds)
    assert all(p.outcome is FetchOutcome.NEW and len(p.items) == 1 for p in polls)
    assert all(p.previous is not None and p.previous.url == p.url for p in polls)
    return polls, ctx


def test_many_fast_feeds_are_polled_from_two_processes_each_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="monitor.pollhelper")
    for server in _serve(0.004):
        polls, ctx = _poll(tmp_path, server, per_host=1)
    assert len(server.requests) == len(polls) and set(server.requests.values()) == {1}
    # per_host = 1 held across both processes
    assert set(server.most_in_flight.values()) == {1}
    helped = _helper_answered(caplog)
    assert 0 < helped < len(polls)
    assert ctx.poll_helper is None  # closed with the run


def test_a_helper_that_is_killed_hands_its_feeds_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="monitor.pollhelper")
    for server in _serve(0.004):
        # The helper, ready before polling began, was lent the last host first: killed as
        # it asks for a feed of its second frame, it still holds the rest of that host.
        polls, _ = _poll(tmp_path, server, per_host=2, kill_at=HOSTS[-1])
    # the feeds of the frame the helper was polling (answered in one frame at its end) may
    # be asked for twice, no more
    assert len(server.requests) == len(polls)
    assert sum(server.requests.values()) - len(polls) <= pollhelper.CHUNK
    assert any("poll helper gone" in r.getMessage() for r in caplog.records)


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
def test_a_wedged_helper_is_abandoned_and_its_feeds_polled_here(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A helper that stops answering while it holds feeds (here: stopped by a signal, as a
    deadlock would leave it) is killed once silent past its patience; the run goes on."""
    caplog.set_level(logging.DEBUG, logger="monitor.pollhelper")
    for server in _serve(0.0):
        ctx = _context(tmp_path, server, per_host=2, total_timeout_s=0.5)
        try:
            helper = _start_helper(ctx)
            process = helper._process
            assert process is not None
            os.kill(process.pid, signal.SIGSTOP)
            started = time.monotonic()
            polls = list(feedpolls.iter_polls(ctx, _rows(ctx), NOW))
            took = time.monotonic() - started
        finally:
            ctx.close()
    # every feed answered once, by this process: the stopped helper answered nothing
    assert sorted(p.url for p in polls) == sorted(f.url for f in ctx.config.feeds)
    assert all(p.outcome is FetchOutcome.NEW for p in polls)
    assert set(server.requests.values()) == {1}
    assert helper.patience_s <= took < helper.patience_s + 10
    gone = [r.getMessage() for r in caplog.records if "poll helper gone" in r.getMessage()]
    assert len(gone) == 1 and "no answer in" in gone[0], gone
    assert _helper_answered(caplog) == 0


def test_a_slow_host_goes_back_to_the_run_s_threads(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="monitor.pollhelper")
    # the helper claims hosts from the back: the last host answers in 0.3 s
    for server in _serve(0.004, slow_host=HOSTS[-1], slow_s=0.3):
        _poll(tmp_path, server, per_host=4)
    assert set(server.requests.values()) == {1}
    assert any("met a slow answer" in r.getMessage() for r in caplog.records)
    # the helper polls one feed at a time; four at once on the slow host are the threads'
    assert server.most_in_flight[HOSTS[-1]] == 4


def test_no_helper_when_configured_off_or_over_an_injected_transport(tmp_path: Path) -> None:
    for server in _serve(0.0):
        ctx = _context(tmp_path, server, per_host=1, poll_helper=False)
        ctx.start_poll_helper()
        assert ctx.poll_helper is None
        ctx.close()
    # A transport stands in for the network (unit tests): a helper would go around it.
    mocked = runstate.make_context(
        ctx.config, transport=httpx.MockTransport(lambda request: httpx.Response(304))
    )
    mocked.start_poll_helper()
    assert mocked.poll_helper is None
    mocked.close()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux")
def test_the_helper_holds_nothing_of_the_run_s_but_its_pipes(tmp_path: Path) -> None:
    """Holding the run's descriptors (its lock file, the database, a server's socket) would
    keep them open after the run closed them; the helper holds its two pipes and stdio."""
    held = (tmp_path / "run.lock").open("w")  # a descriptor of the run's, like its lock
    for server in _serve(0.0):
        ctx = _context(tmp_path, server, per_host=1)
        try:
            helper = _start_helper(ctx)
            process = helper._process
            assert process is not None
            fds = Path(f"/proc/{process.pid}/fd")
            targets = {int(fd.name): os.readlink(fd) for fd in fds.iterdir()}
        finally:
            ctx.close()
    held.close()
    # stdin, and the frames' end (stdout, moved past stdio: stdout goes to stderr there)
    beyond_stdio = [t for fd, t in targets.items() if fd > 2]
    assert targets[0].startswith("pipe:") and len(beyond_stdio) == 1
    assert beyond_stdio[0].startswith("pipe:") and beyond_stdio[0] != targets[0]
    assert str(tmp_path / "run.lock") not in targets.values()
    assert process.returncode is not None  # closed with the run ...
    with pytest.raises(ChildProcessError):  # ... and reaped: no zombie
        os.waitpid(process.pid, os.WNOHANG)
