"""Unit tests for publication-date resolution: feed, page, text dateline, unknown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from monitor.dates import find_dateline, parse_date_string, resolve_published

NOW = datetime(2022, 1, 10, 12, 0, tzinfo=UTC)


def test_feed_date_wins_and_is_converted_to_utc() -> None:
    feed = datetime(2021, 6, 7, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    got = resolve_published(feed, "2021-06-01", "WASHINGTON, June 2, 2021 - text", NOW)
    assert got == (datetime(2021, 6, 7, 14, 30, tzinfo=UTC), "feed")


def test_naive_feed_date_is_taken_as_utc() -> None:
    got = resolve_published(datetime(2021, 6, 7, 9, 30), None, "", NOW)
    assert got == (datetime(2021, 6, 7, 9, 30, tzinfo=UTC), "feed")


def test_page_date_only_becomes_midnight_utc() -> None:
    assert resolve_published(None, "2021-06-08", "", NOW) == (
        datetime(2021, 6, 8, tzinfo=UTC),
        "page",
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2021-06-08T10:15:00+02:00", datetime(2021, 6, 8, 8, 15, tzinfo=UTC)),
        ("2021-06-08T10:15:00Z", datetime(2021, 6, 8, 10, 15, tzinfo=UTC)),
        ("Tue, 08 Jun 2021 10:15:00 GMT", datetime(2021, 6, 8, 10, 15, tzinfo=UTC)),
        ("June 8, 2021", datetime(2021, 6, 8, tzinfo=UTC)),
        ("8 de junio de 2021", datetime(2021, 6, 8, tzinfo=UTC)),
        ("2021/06/08", datetime(2021, 6, 8, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        ("2021-02-30", None),
    ],
)
def test_parse_date_string(raw: str, expected: datetime | None) -> None:
    assert parse_date_string(raw) == expected


def test_text_dateline_with_year() -> None:
    text = "WASHINGTON, June 7, 2021 \u2014 The vice president said...\nMore."
    assert resolve_published(None, None, text, NOW) == (datetime(2021, 6, 7, tzinfo=UTC), "text")


def test_spanish_dateline() -> None:
    text = "Ciudad de México, 24 de junio de 2021.- La Guardia Nacional..."
    assert find_dateline(text) == datetime(2021, 6, 24, tzinfo=UTC)


def test_dateline_without_year_is_skipped() -> None:
    assert resolve_published(None, None, "June 7 (Reuters) - Mexico said...", NOW) == (
        None,
        "unknown",
    )


def test_dateline_only_in_first_lines() -> None:
    text = "Line one.\nLine two.\nLine three.\nOn June 7, 2021 something happened."
    assert find_dateline(text) is None


def test_future_feed_date_falls_back_to_page() -> None:
    future = NOW + timedelta(days=3)
    assert resolve_published(future, "2021-12-01", "", NOW) == (
        datetime(2021, 12, 1, tzinfo=UTC),
        "page",
    )


def test_slightly_ahead_clock_is_tolerated() -> None:
    ahead = NOW + timedelta(hours=20)
    assert resolve_published(ahead, None, "", NOW) == (ahead, "feed")


def test_dates_before_1995_rejected() -> None:
    assert resolve_published(datetime(1970, 1, 1, tzinfo=UTC), "1990-05-01", "", NOW) == (
        None,
        "unknown",
    )


def test_unparseable_page_date_falls_to_text() -> None:
    got = resolve_published(None, "not a date", "MEXICO CITY, Dec. 2, 2021 - ...", NOW)
    assert got == (datetime(2021, 12, 2, tzinfo=UTC), "text")
