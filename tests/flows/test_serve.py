"""`monitor serve` builds the three schedules it serves (serving itself blocks forever)."""

from __future__ import annotations

from datetime import timedelta


def test_serve_builds_poll_recheck_and_digest_with_their_schedules() -> None:
    from flows.serve import deployments

    built = {d.name: d for d in deployments("/srv/monitor/monitor.toml")}
    assert set(built) == {"poll", "recheck", "digest"}
    for deployment in built.values():
        assert deployment.parameters == {"config_path": "/srv/monitor/monitor.toml"}
        assert deployment.concurrency_limit == 1
    poll_schedule = built["poll"].schedules[0].schedule
    assert poll_schedule.interval == timedelta(minutes=15)
    assert built["recheck"].schedules[0].schedule.interval == timedelta(hours=1)
    assert built["digest"].schedules[0].schedule.cron == "0 7 * * *"
