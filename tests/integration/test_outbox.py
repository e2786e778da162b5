"""Alerts through a real webhook receiver: once each, through outages, never failing a run."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from monitor import store as store_mod
from monitor.config import load_config
from monitor.demo.runner import write_config
from monitor.demo.server import DemoWeb
from monitor.pipeline import run_once
from tests.integration import receiver as receiver_mod

receiver = receiver_mod.receiver


def _config(tmp_path: Path, web: DemoWeb, hook: str) -> Path:
    path = write_config(tmp_path, web)
    text = path.read_text().replace(web.receiver_url(), hook)
    text = text.replace("[alerting]", "")
    path.write_text(text + "\n[alerting]\ntimeout_s = 3\nretry_base_s = 60\n")
    return path


def _log(db: Path) -> list[dict[str, object]]:
    with store_mod.open_reader(db) as store:
        return store.sql("SELECT * FROM alert_log ORDER BY alert_id")


def test_outage_then_recovery_delivers_each_alert_exactly_once(
    tmp_path: Path, receiver: receiver_mod.Receiver
) -> None:
    with DemoWeb() as web:
        config = load_config(_config(tmp_path, web, receiver.apprise_url))
        web.set_tick(2)
        now = web.tick_now(2)

        receiver.status = 500
        down = run_once(config, now)
        assert down["alerts_sent"] == 0
        log = _log(config.db)
        assert log and all(r["status"] == "pending" and r["attempts"] == 1 for r in log)
        assert all(r["last_error"] for r in log)
        assert receiver.accepted == []

        # Still down, but before the backoff expires: no new attempt is made.
        again = run_once(config, now + timedelta(seconds=30))
        assert again["alerts_sent"] == 0
        assert all(r["attempts"] == 1 for r in _log(config.db))

        receiver.status = 200
        up = run_once(config, now + timedelta(hours=1))
        assert up["alerts_sent"] == len(log)
        assert len(receiver.accepted) == len(log)
        bodies = [a["message"] for a in receiver.accepted]
        assert len(set(bodies)) == len(bodies)
        after = _log(config.db)
        assert all(r["status"] == "sent" and r["attempts"] == 2 for r in after)

        rerun = run_once(config, now + timedelta(hours=2))
        assert rerun["alerts_sent"] == 0
        assert len(receiver.accepted) == len(log)
        with store_mod.open_reader(config.db) as store:
            attempts = store.sql("SELECT count(*) AS n FROM alert_attempts")[0]["n"]
        assert attempts == 2 * len(log)


def test_a_hanging_notifier_is_cut_off_and_the_run_goes_on(
    tmp_path: Path, receiver: receiver_mod.Receiver
) -> None:
    with DemoWeb() as web:
        config = load_config(_config(tmp_path, web, receiver.apprise_url))
        receiver.delay_s = 10
        web.set_tick(1)
        summary = run_once(config, web.tick_now(1))
    assert summary["alerts_sent"] == 0
    assert summary["followups"] >= 1
    log = _log(config.db)
    assert log and all(r["status"] == "pending" for r in log)


def test_an_unreachable_or_invalid_channel_is_recorded_not_raised(tmp_path: Path) -> None:
    with DemoWeb() as web:
        config = load_config(_config(tmp_path, web, "json://127.0.0.1:9/closed-port"))
        web.set_tick(1)
        summary = run_once(config, web.tick_now(1))
    assert summary["followups"] >= 1 and summary["alerts_sent"] == 0
    assert all(r["status"] == "pending" and r["last_error"] for r in _log(config.db))


def _digest_config(tmp_path: Path, web: DemoWeb, hook: str, extra: str) -> Path:
    path = _config(tmp_path, web, hook)
    text = path.read_text().replace(f'url = "{hook}"', f'url = "{hook}"\n{extra}')
    path.write_text(text)
    return path


def test_digest_route_collects_developments_into_one_message(
    tmp_path: Path, receiver: receiver_mod.Receiver
) -> None:
    from monitor import outbox, runstate

    with DemoWeb() as web:
        config = load_config(
            _digest_config(tmp_path, web, receiver.apprise_url, 'digest = "daily"')
        )
        web.set_tick(2)
        now = web.tick_now(2)
        summary = run_once(config, now)
    assert summary["followups"] > 1 and summary["alerts_sent"] == 0
    queued = _log(config.db)
    assert len(queued) > 1 and all(r["status"] == "queued" for r in queued)
    assert receiver.accepted == []

    ctx = runstate.make_context(config)
    receiver.status = 500
    assert outbox.deliver_digests(ctx, now) == 0
    assert all(r["status"] == "queued" and r["last_error"] for r in _log(config.db))
    receiver.status = 200
    assert outbox.deliver_digests(ctx, now + timedelta(days=1)) == len(queued)
    assert outbox.deliver_digests(ctx, now + timedelta(days=2)) == 0
    ctx.client.close()
    assert len(receiver.accepted) == 1
    digest = receiver.accepted[0]
    assert f"daily digest: {len(queued)} new development(s)" in digest["title"]
    for row in queued:
        assert str(row["url"]) in digest["message"]
    assert all(r["status"] == "sent" for r in _log(config.db))


def test_min_new_sentences_holds_back_small_developments(
    tmp_path: Path, receiver: receiver_mod.Receiver
) -> None:
    with DemoWeb() as web:
        config = load_config(
            _digest_config(tmp_path, web, receiver.apprise_url, "min_new_sentences = 1000")
        )
        web.set_tick(2)
        summary = run_once(config, web.tick_now(2))
    assert summary["followups"] > 1
    assert _log(config.db) == [] and receiver.accepted == []
