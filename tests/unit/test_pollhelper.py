"""Lending feeds to the poll helper: which feeds go where, and what comes back when it stops
or dies. A fake helper records frames; the real process is tested in
tests/integration/test_poll_helper.py."""

from __future__ import annotations

import contextlib
import os
import threading
from datetime import UTC, datetime
from typing import Any

import pytest

from monitor import pollhelper
from monitor.config import FetchSettings
from monitor.models import FeedPoll, FeedState, FetchOutcome
from monitor.pollhelper import AHEAD, CHUNK, HostQueue, Lending

NOW = datetime(2021, 6, 10, tzinfo=UTC)


def _rows(hosts: dict[str, int]) -> list[FeedState]:
    # last_error: a field the helper is not sent (not in ROW_FIELDS)
    return [
        FeedState(f"http://{host}/f{i}.xml", current_url=None, etag=f"e{i}", last_error=host)
        for host, n in hosts.items()
        for i in range(n)
    ]


class _FakeHelper:
    def __init__(self) -> None:
        self.frames: list[Any] = []
        self.tokens = iter(range(10_000))
        self.alive = True
        self.patience_s = 5.0
        self.abandoned: list[str] = []

    def next_token(self) -> int:
        return next(self.tokens)

    def send(self, message: Any) -> bool:
        if self.alive:
            self.frames.append(message)
        return self.alive

    def abandon(self, why: str) -> None:
        self.abandoned.append(why)
        self.alive = False

    def sent_rows(self) -> list[tuple[int, dict[str, Any]]]:
        return [pair for frame in self.frames for pair in frame[2]]


class _Run:
    """A lending over a fake helper, with what it delivered and observed."""

    def __init__(self, hosts: dict[str, int], fast: bool = True) -> None:
        self.queue = HostQueue(_rows(hosts))
        self.helper = _FakeHelper()
        self.delivered: list[FeedPoll] = []
        self.observed: list[float] = []
        self.fast = fast
        self.clock = 100.0
        self.lending = Lending(
            self.helper,  # type: ignore[arg-type]  # the two methods a lending calls
            self.queue,
            NOW,
            deliver=self.delivered.append,
            observe=self.observed.append,
            fast=lambda: self.fast,
            clock=lambda: self.clock,
        )

    def answer(self, token: int, took: float = 0.001) -> None:
        poll = FeedPoll(
            url="?", current_url="?", stories=(), outcome=FetchOutcome.NOT_MODIFIED, result=None
        )
        self.lending.on_polls([(token, poll, took)])

    def take_all(self) -> list[str]:
        """What this process's threads poll: every row, until none is left."""
        taken = []
        while (row := self.queue.take()) is not None:
            taken.append(row.url)
        return taken


def test_the_helper_gets_whole_hosts_from_the_back_in_frames() -> None:
    run = _Run({"a.example": 5, "b.example": 3, "c.example": 20})
    run.lending.on_ready()
    assert len(run.helper.frames) == AHEAD
    sent = run.helper.sent_rows()
    assert len(sent) == 2 * CHUNK
    # the last host, and only the fields a fetch needs
    assert {row["url"].split("/")[2] for _, row in sent} == {"c.example"}
    assert set(sent[0][1]) == set(pollhelper.ROW_FIELDS)
    assert all(frame[0] == "rows" and frame[1] == NOW for frame in run.helper.frames)
    # this process polls the other hosts, front first; the helper still holds c.example
    taken = []
    for _ in range(8):
        row = run.queue.take()
        assert row is not None
        taken.append(row.url)
    assert [u.split("/")[2] for u in taken] == ["a.example"] * 5 + ["b.example"] * 3


def test_an_answer_comes_back_with_its_whole_row_and_more_is_lent() -> None:
    run = _Run({"a.example": 2, "b.example": 30})
    run.lending.on_ready()
    token, slim = run.helper.sent_rows()[0]
    run.answer(token, took=0.002)
    assert run.observed == [0.002]
    [poll] = run.delivered
    assert poll.previous is not None
    assert poll.previous.last_error == "b.example"  # the run's own state, not the slim copy
    assert poll.previous.url == slim["url"]
    # one frame still holds CHUNK - 1 feeds, so nothing new yet; finishing it sends another
    for token, _ in run.helper.sent_rows()[1:CHUNK]:
        run.answer(token)
    assert len(run.helper.frames) == AHEAD + 1


def test_stopping_hands_back_what_was_not_sent_and_waits_for_what_was() -> None:
    run = _Run({"a.example": 1, "b.example": 4, "c.example": 40})
    run.lending.on_ready()
    sent = run.helper.sent_rows()
    run.fast = False  # the network turned out slow
    run.lending.stop()
    # c.example has feeds in the helper's hands: its other feeds wait for those answers
    got: list[str] = []
    done = threading.Event()

    def threads() -> None:
        got.extend(run.take_all())
        done.set()

    worker = threading.Thread(target=threads)
    worker.start()
    assert not done.wait(0.2)  # blocked: the helper may still hand feeds back
    for token, _ in sent:
        run.answer(token)
    worker.join(5)
    assert done.is_set()
    assert len(got) == 1 + 4 + 40 - len(sent)
    assert not {u for u in got} & {row["url"] for _, row in sent}
    assert len(run.helper.frames) == AHEAD  # nothing more was lent


def test_a_helper_that_dies_hands_back_every_feed_it_had_not_answered() -> None:
    run = _Run({"a.example": 3, "b.example": 25})
    run.lending.on_ready()
    sent = run.helper.sent_rows()
    run.answer(sent[0][0])
    run.helper.alive = False
    run.lending.on_gone("it exited, code -9")
    got = run.take_all()
    assert len(got) == 3 + 25 - 1
    assert sent[0][1]["url"] not in got
    assert len(run.delivered) == 1
    run.answer(sent[1][0])  # a late answer for a feed handed back is dropped
    assert len(run.delivered) == 1


def test_a_helper_silent_too_long_while_it_holds_feeds_is_abandoned() -> None:
    run = _Run({"a.example": 3, "b.example": 25})
    run.clock += 60  # nothing lent yet: silence is no fault
    assert not run.lending.watch()
    run.lending.on_ready()
    sent = run.helper.sent_rows()
    run.clock += run.helper.patience_s  # at the limit: still patient
    assert not run.lending.watch()
    run.answer(sent[0][0])  # an answer starts the silence again
    run.clock += run.helper.patience_s
    assert not run.lending.watch()
    run.clock += 0.5
    assert run.lending.watch()
    assert run.helper.abandoned == ["no answer in 5.5 s"]
    run.lending.on_gone("no answer in 5.5 s, code -9")  # what its reader then reports
    got = run.take_all()
    assert len(got) == 3 + 25 - 1 and sent[0][1]["url"] not in got


def test_a_slow_answer_makes_the_helper_hand_back_its_frames() -> None:
    run = _Run({"a.example": 1, "b.example": 20})
    run.lending.on_ready()
    sent = run.helper.sent_rows()
    run.answer(sent[0][0], took=0.4)
    run.lending.on_skipped([token for token, _ in sent[1:]])
    got = run.take_all()
    assert len(got) == 1 + 20 - 1  # every feed but the one answered
    assert run.observed == [0.4]


def test_nothing_is_lent_while_the_network_is_slow() -> None:
    run = _Run({"a.example": 5, "b.example": 5}, fast=False)
    run.lending.on_ready()
    assert run.helper.frames == []
    assert len(run.take_all()) == 10


def test_one_host_is_never_split_between_the_two_processes() -> None:
    run = _Run({"only.example": 30})
    run.lending.on_ready()
    assert run.helper.frames == []  # the threads may already be on it
    assert len(run.take_all()) == 30


def test_take_returns_none_once_the_queue_is_closed() -> None:
    run = _Run({"a.example": 1, "b.example": 10})
    run.lending.on_ready()
    assert run.queue.take() is not None
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(run.queue.take()))
    worker.start()
    worker.join(0.2)
    assert worker.is_alive()  # waiting on the helper's feeds
    run.queue.close()
    worker.join(5)
    assert result == [None]


@pytest.mark.parametrize(
    ("feeds", "enabled", "wanted"),
    [
        (pollhelper.HELPER_MIN, True, True),
        (pollhelper.HELPER_MIN - 1, True, False),
        (5000, False, False),
    ],
)
def test_a_helper_is_wanted_for_many_feeds_unless_configured_off(
    feeds: int, enabled: bool, wanted: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    assert pollhelper.wanted(feeds, FetchSettings(poll_helper=enabled)) is wanted
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert pollhelper.wanted(feeds, FetchSettings(poll_helper=enabled)) is False


def test_a_frame_of_answers_is_taken_at_once_and_stale_tokens_are_dropped() -> None:
    run = _Run({"a.example": 1, "b.example": 20})
    run.lending.on_ready()
    sent = run.helper.sent_rows()
    poll = FeedPoll(
        url="?", current_url="?", stories=(), outcome=FetchOutcome.NOT_MODIFIED, result=None
    )
    run.lending.on_polls([(sent[0][0], poll, 0.001), (sent[1][0], poll, 0.002), (9999, poll, 0.1)])
    assert [p.previous.url for p in run.delivered if p.previous] == [
        sent[0][1]["url"],
        sent[1][1]["url"],
    ]
    assert run.observed == [0.001, 0.002]
    assert run.lending.answered == 2


def test_the_helper_ends_quietly_when_the_run_has_gone() -> None:
    """The run's end of the answers is closed: serving stops with 0, not an error."""
    rows_read, rows_write = os.pipe()
    answers_read, answers_write = os.pipe()
    with os.fdopen(rows_write, "wb") as to_helper:
        pollhelper.write_frame(to_helper, ("hello", FetchSettings(), {}))
    os.close(answers_read)  # the run went away before the helper said it was ready
    stdin, stdout = os.fdopen(rows_read, "rb"), os.fdopen(answers_write, "wb")
    try:
        assert pollhelper.serve(stdin, stdout) == 0
    finally:
        stdin.close()
        with contextlib.suppress(BrokenPipeError):
            stdout.close()
