"""Pure date resolution: when was an article published, and how do we know.

The feed's timestamp beats the page's metadata, which beats a dateline in the text.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parsedate_to_datetime

from monitor.wordlists import MONTH_NUMBERS, SPANISH_MONTHS

logger = logging.getLogger(__name__)

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)
DATELINE_LINES = 3  # a dateline sits in the first lines of the text

_MONTHS = {
    **MONTH_NUMBERS,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    **SPANISH_MONTHS,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "June 7, 2021", "Jun. 7 2021"
_MONTH_DAY_YEAR = re.compile(
    rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
# "7 June 2021", "7 de junio de 2021"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}})\s+(?:de\s+)?({_MONTH_NAMES})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})\b",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
_NUMERIC_DATE = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\s*$")


def resolve_published(
    feed_published: datetime | None,
    page_published_raw: str | None,
    text: str,
    now: datetime,
) -> tuple[datetime | None, str]:
    """The article's publication time (UTC) and where it came from.

    Sources in order: ``"feed"``, ``"page"`` (date-only strings become midnight UTC),
    ``"text"`` (a dateline with a year in the first lines), else ``(None, "unknown")``.
    Dates in the future (beyond ``now`` plus a day) or before 1995 are rejected.
    """
    if feed_published is not None:
        candidate = _as_utc(feed_published)
        if _plausible(candidate, now):
            return candidate, "feed"
        logger.debug("feed date %s rejected as implausible", candidate)
    if page_published_raw:
        parsed = parse_date_string(page_published_raw)
        if parsed is not None and _plausible(parsed, now):
            return parsed, "page"
        logger.debug("page date %r unusable", page_published_raw)
    dateline = find_dateline(text)
    if dateline is not None and _plausible(dateline, now):
        return dateline, "text"
    return None, "unknown"


def parse_date_string(raw: str) -> datetime | None:
    """A UTC datetime from an ISO 8601, RFC 2822 or written-out date string, else None."""
    raw = raw.strip()
    if not raw:
        return None
    match = _ISO_DATE.match(raw) or _NUMERIC_DATE.match(raw)
    if match:
        return _midnight(int(match[1]), int(match[2]), int(match[3]))
    try:
        return _as_utc(datetime.fromisoformat(raw.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return _as_utc(parsedate_to_datetime(raw))
    except (TypeError, ValueError, IndexError):
        pass
    return _written_date(raw)


def find_dateline(text: str) -> datetime | None:
    """A date with a year in the text's first lines ("OTTAWA, June 7, 2021 —"), else None.

    A dateline without a year ("June 7 (Reuters) -") is skipped: guessing the year
    could move an old story past the baseline.
    """
    lines = [line for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        found = _written_date(line[:200])
        if found is not None:
            return found
    return None


def _written_date(fragment: str) -> datetime | None:
    match = _MONTH_DAY_YEAR.search(fragment)
    if match:
        return _midnight(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    match = _DAY_MONTH_YEAR.search(fragment)
    if match:
        return _midnight(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    return None


def _midnight(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime.combine(date(year, month, day), time(0, 0), tzinfo=UTC)
    except ValueError:
        return None


def _as_utc(value: datetime) -> datetime:
    # Naive timestamps from feeds are, by convention, UTC.
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 with an offset: out of range, so implausible
        return (datetime.min if value.year == 1 else datetime.max).replace(tzinfo=UTC)


def _plausible(value: datetime | None, now: datetime) -> bool:
    if value is None:
        return False
    return EARLIEST <= value <= _as_utc(now) + FUTURE_SLACK
