"""Poll scheduling: publishing rate, capped backoff that never gives up, Retry-After bounds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.polling import next_poll_at

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def every(minutes: float, count: int) -> list[datetime]:
    return [NOW - timedelta(minutes=minutes * i) for i in range(count)]


def delay(when: datetime) -> float:
    return (when - NOW).total_seconds()


def ok(item_times: list[datetime], retry_after_s: float | None = None) -> float:
    return delay(
        next_poll_at(
            NOW, ok=True, consecutive_errors=0, retry_after_s=retry_after_s, item_times=item_times
        )
    )


def failed(errors: int, retry_after_s: float | None = None) -> float:
    return delay(
        next_poll_at(
            NOW, ok=False, consecutive_errors=errors, retry_after_s=retry_after_s, item_times=[]
        )
    )


def test_interval_is_half_the_median_gap() -> None:
    assert ok(every(60, 10)) == 1800.0  # an item an hour: poll every 30 minutes


def test_busy_and_quiet_feeds_are_clamped() -> None:
    assert ok(every(1, 30)) == 300.0  # an item a minute: never more often than the minimum
    assert ok(every(60 * 24 * 7, 5)) == 86400.0  # weekly: at most a day apart


def test_too_few_dated_items_use_the_default() -> None:
    assert ok([]) == 900.0
    assert ok([NOW - timedelta(hours=3)]) == 900.0
    assert ok([NOW, NOW, NOW]) == 900.0  # one batch has no rate


def test_only_recent_items_and_no_future_items_count() -> None:
    old = [NOW - timedelta(days=30) - timedelta(days=i) for i in range(50)]
    recent = every(120, 20)
    assert ok(old + recent) == 3600.0
    assert ok([*recent, NOW + timedelta(hours=1)]) == 3600.0


def test_errors_back_off_exponentially_up_to_the_maximum() -> None:
    assert [failed(n) for n in range(6)] == [300.0, 600.0, 1200.0, 2400.0, 4800.0, 9600.0]
    assert failed(9) == 86400.0
    assert failed(10_000) == 86400.0  # never gives up, never overflows


@pytest.mark.parametrize(("asked", "expected"), [(120, 300.0), (3600, 3600.0), (10**7, 21600.0)])
def test_retry_after_is_honoured_within_bounds_after_errors(asked: float, expected: float) -> None:
    assert failed(3, retry_after_s=asked) == expected


def test_retry_after_never_shortens_a_healthy_interval() -> None:
    assert ok(every(60, 10), retry_after_s=7200) == 7200.0
    assert ok(every(60, 10), retry_after_s=60) == 1800.0


def test_custom_bounds() -> None:
    when = next_poll_at(
        NOW,
        ok=True,
        consecutive_errors=0,
        retry_after_s=None,
        item_times=every(10, 5),
        min_interval_s=60,
        max_interval_s=600,
        default_interval_s=120,
    )
    assert delay(when) == 300.0
