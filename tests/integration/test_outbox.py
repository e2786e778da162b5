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
