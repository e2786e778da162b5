"""Flow runs whose task runs Prefect's API has recorded before the run's caller returns.

Prefect's server learns of task runs from events: each task's engine emits its state changes,
the events worker sends them over a websocket, and the server's ``task_run_recorder`` writes
them, one at a time, a moment later. A flow run can therefore be Completed while the server
still has its last task run's final state to write.

That matters only for Prefect's temporary server, the one ``monitor run`` and the demo start
when no ``PREFECT_API_URL`` is set: it is stopped (SIGTERM) when the process exits. Stopped
mid-write, the recorder logs ``Error flushing 1 events`` and a traceback, and the task run's
final state is lost from the run's history (prefect 3.9.1). So those callers run flows
through :func:`run_to_end`, which waits until the server holds a final state for every task
run the flow started, before the process may exit.

Tasks declared with :func:`recorded_task` note their task-run ids for this.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, ParamSpec, TypeVar
from uuid import UUID

from prefect import get_client, task
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterId
from prefect.client.schemas.objects import State
from prefect.context import TaskRunContext
from prefect.settings import get_current_settings
from prefect.tasks import Task

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")

SETTLE_TIMEOUT_S = 10.0  # the recorder flushes at least every 5 s (its flush_interval)
SETTLE_INTERVAL_S = 0.02

# flow-run id -> ids of the task runs it started, for the latest flow runs only: a process
# that serves deployments runs flows for months and never settles them.
_task_runs: OrderedDict[UUID, set[UUID]] = OrderedDict()
_REMEMBERED_FLOW_RUNS = 64
_lock = threading.Lock()


def recorded_task(name: str) -> Callable[[Callable[P, R]], Task[P, R]]:
    """``@task(name=..., cache_policy=NO_CACHE)`` whose runs note their ids for
    :func:`settle`. Input hashing is off because every task takes the run context, which
    holds an HTTP client."""

    def declare(fn: Callable[P, R]) -> Task[P, R]:
        @functools.wraps(fn)
        def body(*args: P.args, **kwargs: P.kwargs) -> R:
            _note_task_run()
            return fn(*args, **kwargs)

        return task(name=name, cache_policy=NO_CACHE)(body)

    return declare


def _note_task_run() -> None:
    context = TaskRunContext.get()
    if context is None or context.task_run.flow_run_id is None:
        return
    with _lock:
        _task_runs.setdefault(context.task_run.flow_run_id, set()).add(context.task_run.id)
        while len(_task_runs) > _REMEMBERED_FLOW_RUNS:
            _task_runs.popitem(last=False)


def uses_temporary_server() -> bool:
    """Whether this process's Prefect API is a temporary server it started itself."""
    return get_current_settings().api.url is None


async def settle(flow_run_id: UUID, *, timeout_s: float = SETTLE_TIMEOUT_S) -> int:
    """Wait until the API holds a final state for every task run ``flow_run_id`` started in
    this process; returns how many it still lacked when ``timeout_s`` ran out (0: none)."""
    with _lock:
        waiting = _task_runs.pop(flow_run_id, set())
    if not waiting:
        return 0
    deadline = time.monotonic() + timeout_s
    async with get_client() as client:
        while True:
            runs = await client.read_task_runs(
                task_run_filter=TaskRunFilter(id=TaskRunFilterId(any_=list(waiting)))
            )
            waiting -= {run.id for run in runs if run.state is not None and run.state.is_final()}
            if not waiting or time.monotonic() >= deadline:
                break
            await asyncio.sleep(SETTLE_INTERVAL_S)
    if waiting:
        log.warning(
            "Prefect's server had not recorded the final state of %d task run(s) of flow run"
            " %s after %.0f s; its run history may be incomplete",
            len(waiting),
            flow_run_id,
            timeout_s,
        )
    return len(waiting)


def run_to_end(flow: Callable[..., Coroutine[Any, Any, R]], /, **parameters: Any) -> R:
    """Run an async flow to its end from synchronous code, and return its result (or raise
    its error). When the API is Prefect's temporary server, first wait until the server has
    recorded every task run the flow started: the server stops when this process exits."""

    async def run() -> R:
        call: Awaitable[State[R]] = flow(**parameters, return_state=True)  # type: ignore[assignment]
        state = await call
        if uses_temporary_server() and state.state_details.flow_run_id is not None:
            await settle(state.state_details.flow_run_id)
        return await state.aresult()

    return asyncio.run(run())
