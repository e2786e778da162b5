"""Flow runs whose task runs the Prefect server has recorded when their caller returns."""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

import pytest
from flows.recorded import recorded_task
from prefect import flow

from flows import recorded


@recorded_task("double")
def double(value: int) -> int:
    return value * 2


@recorded_task("fail")
def fail() -> None:
    raise ValueError("the task failed on purpose")


@flow(name="two-tasks")
async def two_tasks(value: int) -> int:
    return double(double(value))


@flow(name="one-failing-task")
async def one_failing_task() -> None:
    fail()


async def _final_task_runs(flow_run_id: uuid.UUID) -> dict[str, str]:
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    async with get_client() as client:
        runs = await client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
        )
    return {str(run.id): run.state.type.value for run in runs if run.state is not None}


@pytest.mark.slow
def test_run_to_end_returns_once_the_server_holds_every_task_runs_final_state(
    prefect_harness: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recorded, "uses_temporary_server", lambda: True)
    settled: list[tuple[uuid.UUID, int]] = []
    real_settle = recorded.settle

    async def watched(flow_run_id: uuid.UUID, **kwargs: Any) -> int:
        waiting = len(recorded._task_runs.get(flow_run_id, ()))
        settled.append((flow_run_id, waiting))
        return await real_settle(flow_run_id, **kwargs)

    monkeypatch.setattr(recorded, "settle", watched)

    assert recorded.run_to_end(two_tasks, value=3) == 12
    [(flow_run_id, noted)] = settled
    assert noted == 2  # both task runs noted their ids under the flow run
    states = asyncio.run(_final_task_runs(flow_run_id))
    assert sorted(states.values()) == ["COMPLETED", "COMPLETED"]
    assert flow_run_id not in recorded._task_runs  # the ledger does not grow run by run


@pytest.mark.slow
def test_a_failed_task_run_is_recorded_and_the_error_reaches_the_caller(
    prefect_harness: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(recorded, "uses_temporary_server", lambda: True)
    before = set(recorded._task_runs)
    with pytest.raises(ValueError, match="failed on purpose"):
        recorded.run_to_end(one_failing_task)
    assert set(recorded._task_runs) == before  # settled, though the flow failed


@pytest.mark.slow
def test_settle_gives_up_after_its_timeout_and_says_what_is_missing(
    prefect_harness: None, caplog: pytest.LogCaptureFixture
) -> None:
    flow_run_id, never_run = uuid.uuid4(), uuid.uuid4()
    recorded._task_runs[flow_run_id] = {never_run}
    with caplog.at_level(logging.WARNING, logger="flows.recorded"):
        missing = asyncio.run(recorded.settle(flow_run_id, timeout_s=0.2))
    assert missing == 1
    assert "had not recorded the final state of 1 task run(s)" in caplog.text
    assert str(flow_run_id) in caplog.text


def test_without_a_flow_run_a_task_notes_nothing() -> None:
    before = {k: set(v) for k, v in recorded._task_runs.items()}
    assert double.fn(4) == 8  # the function body alone, outside any task run
    assert recorded._task_runs == before


def test_the_api_is_a_temporary_server_only_when_no_url_is_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:4200/api"}):
        assert not recorded.uses_temporary_server()
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        assert recorded.uses_temporary_server()


def test_the_ledger_remembers_only_the_latest_flow_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process serving deployments never settles its runs: the ledger must not grow."""
    from types import SimpleNamespace

    from prefect.context import TaskRunContext

    monkeypatch.setattr(recorded, "_task_runs", recorded.OrderedDict())
    flow_runs = [uuid.uuid4() for _ in range(recorded._REMEMBERED_FLOW_RUNS + 5)]
    for flow_run_id in flow_runs:
        run = SimpleNamespace(task_run=SimpleNamespace(flow_run_id=flow_run_id, id=uuid.uuid4()))
        monkeypatch.setattr(TaskRunContext, "get", classmethod(lambda cls, run=run: run))
        recorded._note_task_run()
    assert list(recorded._task_runs) == flow_runs[5:]
