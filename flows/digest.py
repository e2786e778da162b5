"""The ``digest`` flow: one message per digest route listing the developments it collected.

Routes with ``digest = "daily"`` (or ``"hourly"``) queue their alerts instead of sending each;
this flow, scheduled by the deployment, sends them together.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from flows.notifiers import prefect_block_factories
from flows.poll import resolve_now, unwalked
from monitor import outbox, runs, runstate
from monitor.config import default_config_path, load_config
from monitor.errors import StoreBusyError
from monitor.runstate import RunContext
from monitor.store import run_lock

log = logging.getLogger(__name__)


@task(name="deliver-digests", cache_policy=NO_CACHE)
def deliver_digests_task(ctx: RunContext, now: Any, period: str | None) -> int:
    return outbox.deliver_digests(ctx, now, period=period)


@flow(name="digest")
def digest(
    config_path: str | None = None, now: str | None = None, period: str | None = None
) -> dict[str, Any]:
    """Send the queued developments of every digest route (or those of one ``period``)."""
    config = load_config(Path(config_path) if config_path else default_config_path())
    when = resolve_now(now)
    ctx = runstate.make_context(config, notifier_factories=prefect_block_factories())
    try:
        with run_lock(config.db, wait_s=config.run_wait_s):
            runs.prepare(ctx, when)
            sent = deliver_digests_task(unwalked(ctx), when, period)
    except StoreBusyError as exc:
        log.warning("digest skipped: %s", exc)
        return {"skipped": str(exc)}
    finally:
        ctx.close()
    return {"alerts_sent": sent}
