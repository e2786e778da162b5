"""The alert outbox: one row per development per channel, delivered at most once.

Alerts are written in the same transaction as the development they announce, then sent
outside any transaction; each attempt is recorded, and a failing channel is retried with
backoff on later runs without ever failing the run.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from monitor import alerts
from monitor.errors import AlertError
from monitor.models import Development, SentenceStatus
from monitor.runstate import RunContext
from monitor.store import Store

log = logging.getLogger(__name__)


def enqueue(ctx: RunContext, store: Store, development: Development, now: datetime) -> int:
    """Queue one alert per route of the development's story; the key makes repeats no-ops."""
    routes = [r for r in ctx.config.routes_for_story(development.story)]
    rows = []
    message = alerts.render_alert(development)
    fresh = sum(s.status is not SentenceStatus.KNOWN for s in development.sentences)
    for route in routes:
        if development.score < route.min_score or fresh < route.min_new_sentences:
            continue
        key = alerts.channel_key(route.url)
        rows.append(
            {
                "id": alerts.alert_id(development.story, development.id, key),
                "story": development.story,
                "development_id": development.id,
                "url": development.url,
                "channel": alerts.channel_label(route.url),
                "channel_key": key,
                "title": message.title,
                "body": message.body,
                # Digest routes wait for the digest flow; others go out at the end of the run.
                "status": "queued" if route.digest else "pending",
                "attempts": 0,
                "created_at": now,
                "next_attempt_at": now,
            }
        )
    return store.insert("alerts", rows, on_conflict="ignore")


def deliver_alerts(ctx: RunContext, now: datetime) -> int:
    """Send every pending alert that is due, recording each attempt. Returns how many were sent.

    Each alert is marked ``sending`` (committed) before it goes out and recorded right after,
    so a crash leaves at most one alert whose fate is unknown. The next run marks it
    ``unconfirmed`` instead of sending it again: a lost alert is visible in ``alert_log``,
    a duplicate one would reach every reader.
    """
    with ctx.store() as store:
        store.run("abandon_interrupted_alerts", now=now)
        pending = store.rows("pending_alerts", now=now)
    if not pending:
        return 0
    routes = {alerts.channel_key(r.url): r for r in ctx.config.alerts}
    settings = ctx.config.alerting
    notifiers: dict[str, alerts.Notifier | AlertError] = {}
    sent = 0
    for alert in pending:
        route = routes.get(alert["channel_key"])
        attempt = int(alert["attempts"]) + 1
        if route is None:
            _record(ctx, alert, attempt, now, "channel no longer configured", final=True)
            continue
        if route.url not in notifiers:
            try:
                notifiers[route.url] = alerts.make_notifier(
                    route.url, settings.timeout_s, ctx.notifier_factories
                )
            except AlertError as exc:
                notifiers[route.url] = exc
        notifier = notifiers[route.url]
        with ctx.store() as store:
            store.run("mark_alert_sending", id=alert["id"])
        ctx.crash_point("sending")
        error: str | None = None
        try:
            if isinstance(notifier, AlertError):
                raise notifier
            notifier.send(alert["title"], alert["body"])
        except AlertError as exc:
            log.warning("alert %s to %s failed: %s", alert["id"], alert["channel"], exc.reason)
            error = exc.reason
        except Exception as exc:  # a notifier plug-in must never end the run
            log.warning("alert %s to %s raised %r", alert["id"], alert["channel"], exc)
            error = f"{type(exc).__name__}: {exc}"
        ctx.crash_point("sent")
        final = error is not None and attempt >= settings.max_attempts
        _record(ctx, alert, attempt, now, error, final=final)
        sent += error is None
    ctx.count("alerts_sent", sent)
    ctx.count("alerts_failed", len(pending) - sent)
    return sent


def _record(
    ctx: RunContext,
    alert: dict[str, Any],
    attempt: int,
    now: datetime,
    error: str | None,
    *,
    final: bool,
) -> None:
    ok = error is None
    with ctx.store() as store, store.transaction():
        store.run(
            "record_alert_result",
            id=alert["id"],
            status="sent" if ok else ("failed" if final else "pending"),
            sent_at=now if ok else None,
            error=error,
            next_attempt_at=now
            if ok
            else alerts.next_attempt_at(now, attempt, base_s=ctx.config.alerting.retry_base_s),
        )
        store.run(
            "record_alert_attempt", id=alert["id"], attempt=attempt, at=now, ok=ok, error=error
        )


def deliver_digests(ctx: RunContext, now: datetime, *, period: str | None = None) -> int:
    """One message per digest route listing its queued developments; returns alerts sent.

    ``period`` limits the routes to those with that digest setting ("hourly", "daily").
    A failed digest leaves its alerts queued for the next digest run.
    """
    routes = [r for r in ctx.config.alerts if r.digest and (period is None or r.digest == period)]
    if not routes:
        return 0
    with ctx.store() as store:
        queued = store.rows("queued_alerts")
    settings = ctx.config.alerting
    outcomes: list[tuple[list[dict[str, Any]], str | None]] = []
    for route in routes:
        key = alerts.channel_key(route.url)
        batch = [a for a in queued if a["channel_key"] == key]
        if not batch:
            continue
        message = alerts.render_digest(batch, period=route.digest or "digest", now=now)
        try:
            alerts.make_notifier(route.url, settings.timeout_s, ctx.notifier_factories).send(
                message.title, message.body
            )
            outcomes.append((batch, None))
        except AlertError as exc:
            outcomes.append((batch, exc.reason))
        except Exception as exc:  # a notifier plug-in must never end the run
            outcomes.append((batch, f"{type(exc).__name__}: {exc}"))
    sent = 0
    with ctx.store() as store, store.transaction():
        for batch, error in outcomes:
            for alert in batch:
                attempt = int(alert["attempts"]) + 1
                store.run(
                    "record_alert_result",
                    id=alert["id"],
                    status="sent" if error is None else "queued",
                    sent_at=now if error is None else None,
                    error=error,
                    next_attempt_at=now,
                )
                store.run(
                    "record_alert_attempt",
                    id=alert["id"],
                    attempt=attempt,
                    at=now,
                    ok=error is None,
                    error=error,
                )
                sent += error is None
    ctx.count("alerts_sent", sent)
    return sent
