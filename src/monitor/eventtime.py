"""The event's time: whether a later article refers back to it.

Pure; time is a parameter. A story's event happens on its baseline's day. Weeks later, a
follow-up tells which event it is about by the event's time: "the February storm", "the
2021 collapse", "a year after the crush", "a un año del desplome". A look-alike of the same
field, weeks or years later, is about its own time ("this week's heat", "Aug. 24") and names
none of the event's. Following TDT, where a tracked event is one thing happening at one time,
this is a property of the article, not of any story's vocabulary: the event's year, its month
(English or Spanish) and the phrases that look back a span of time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date, datetime

from monitor.text import fold, tokens
from monitor.wordlists import MONTHS, SPANISH_MONTHS

# Before this many days the event's time is the article's own: nothing to refer back to.
LATE_DAYS = 30

_LOOKING_BACK = re.compile(
    r"\b(?:anniversary|(?:a|one|two|three|four|five|\d+) years? (?:ago|after|later|since)"
    r"|aniversario|hace (?:un|uno|dos|tres|cuatro|cinco|\d+) anos?"
    r"|(?:un|dos|tres|cuatro|cinco|\d+) anos? (?:despues|del|de la|de los))\b"
)
# "Last year" names the year before the article's own: the event's time only in the year after
# the event. A look-alike two years on says it of something else ("record demand set last
# year"). Measured on bench.stories (session 18): it no longer lifts one story's 2024 look-alike,
# and no follow-up of any story moves.
_LAST_YEAR = re.compile(r"\blast year'?s?\b")
# "may" is a verb as often as a month: it counts as the month only beside a number.
_AMBIGUOUS_MONTHS = frozenset(["may"])
_TEXTS_CACHED = 8  # an article's words and folded text, while every story asks about it


def day_of(moment: date | datetime) -> date:
    """The calendar day of a date or a datetime."""
    return moment.date() if isinstance(moment, datetime) else moment


def is_late(event: date, published: date | datetime | None) -> bool:
    """Whether an article of this date is far enough from the event to need to refer back."""
    return published is not None and (day_of(published) - event).days > LATE_DAYS


def names_event_time(text: str, event: date) -> bool:
    """Whether the text names the event's year or month, or looks back a span of time."""
    return _read(text).name(event)


class Times:
    """What a text says of time, read once while every story asks about it (its words given
    when the caller has them: ``tokens(text)``)."""

    def __init__(self, text: str, words: Sequence[str] | None = None) -> None:
        read = tuple(tokens(text) if words is None else words)
        self.text = text
        self.words = frozenset(read)
        # Most texts name no month: their words are then not read one by one.
        self.months = frozenset() if self.words.isdisjoint(_MONTH_NAMES) else _months(read)

    # Folding the whole text is the costly part (~0.5 ms a page): done only when a story's
    # year and month are not named, and then once for every story.
    @functools.cached_property
    def folded(self) -> str:
        return fold(self.text)

    @functools.cached_property
    def looks_back(self) -> bool:  # a phrase that looks back a span of time
        return _LOOKING_BACK.search(self.folded) is not None

    @functools.cached_property
    def says_last_year(self) -> bool:
        return _LAST_YEAR.search(self.folded) is not None

    def name(self, event: date, own: date | None = None) -> bool:
        """Whether the text names the event's year or month, or looks back a span of time.

        ``own``, the article's day: the event's month when it is also the article's own is the
        article's time, not the event's ("February" in a later February's look-alike), and
        counts only with the event's year. (The year is not read so: a 2021 follow-up of a
        2021 event that names "2021" looks back; measured on bench.stories, reading it as the
        article's own lost one story's follow-up.) "Last year" counts only in the year after
        the event's."""
        year = str(event.year) in self.words
        month = event.month in self.months and (own is None or own.month != event.month)
        if year or month or self.looks_back:
            return True
        return self.says_last_year and (own is None or own.year == event.year + 1)

    def refers_back(self, event: date, published: date | datetime | None) -> bool | None:
        """:func:`refers_back` of the text."""
        if published is None or not is_late(event, published):
            return None
        return self.name(event, day_of(published))


_MONTH_NUMBERS = {name: n for n, name in enumerate(MONTHS, start=1)}
_MONTH_NAMES = frozenset(_MONTH_NUMBERS).union(SPANISH_MONTHS)


def _months(words: tuple[str, ...]) -> frozenset[int]:
    """The months the words name (1-12)."""
    months = set()
    for i, word in enumerate(words):
        if word in SPANISH_MONTHS:
            months.add(SPANISH_MONTHS[word])
        elif word in _MONTH_NUMBERS:
            if word in _AMBIGUOUS_MONTHS:
                beside = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
                if not any(w.isdigit() for w in beside):
                    continue
            months.add(_MONTH_NUMBERS[word])
    return frozenset(months)


@functools.lru_cache(maxsize=_TEXTS_CACHED)
def _read(text: str) -> Times:
    return Times(text)


def refers_back(text: str, event: date, published: date | datetime | None) -> bool | None:
    """For an article published well after the event, whether it names the event's time;
    None for an article too close to the event (or undated) to tell."""
    return _read(text).refers_back(event, published)
