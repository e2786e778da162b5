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
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from datetime import date, datetime

from monitor.text import fold, tokens
from monitor.wordlists import MONTH_NUMBERS, SPANISH_MONTHS, YEAR

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
_LAST_YEAR = re.compile(r"\b(?:last year'?s?|ano pasado)\b")
# "Last month" is the event's time only in the month after the event's ("last month's storm").
_LAST_MONTH = re.compile(r"\b(?:last month'?s?|mes pasado)\b")
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
        self.read = read
        self.words = frozenset(read)
        # Where it names a month, read once for the months named and those dated; most texts
        # name none: their words are then not read one by one.
        self.month_at = () if self.words.isdisjoint(_MONTH_NAMES) else _month_words(read)
        self.named_months = _months(read, self.month_at)
        self.months = frozenset(self.named_months)

    # Folding the whole text is the costly part (~0.5 ms a page): done only when a story's
    # year and month are not named, and then once for every story.
    @functools.cached_property
    def folded(self) -> str:
        return fold(self.text)

    @functools.cached_property
    def looks_back(self) -> int:  # how many phrases look back a span of time
        return len(_LOOKING_BACK.findall(self.folded))

    @functools.cached_property
    def says_last_year(self) -> bool:
        return _LAST_YEAR.search(self.folded) is not None

    @functools.cached_property
    def says_last_month(self) -> bool:
        return _LAST_MONTH.search(self.folded) is not None

    @functools.cached_property
    def years(self) -> Counter[int]:  # the years it names, and how often
        return Counter(int(w) for w in self.read if YEAR.fullmatch(w))

    @functools.cached_property
    def latest(self) -> date | None:
        """The latest day its text dates to the month: a month named with a year ("December
        23, 2033", "diciembre de 2033"), its first day; None when it names none."""
        found = [date(int(y), m, 1) for m, y in _dated(self.read, self.month_at)]
        return max(found, default=None)

    def name(self, event: date, own: date | None = None) -> bool:
        """Whether the text names the event's year or month, or looks back a span of time.

        ``own``, the article's day: the event's month when it is also the article's own is the
        article's time, not the event's ("February" in a later February's look-alike), and
        counts only with the event's year. (The year is not read so: a 2021 follow-up of a
        2021 event that names "2021" looks back; measured on bench.stories, reading it as the
        article's own lost one story's follow-up.) "Last year" counts only in the year after
        the event's, "last month" only in the month after. A text that names its own time (its
        month and year where they are not the event's) more often than the event's is about
        its own time, and names the event's in passing, to compare ("not quite the storm of
        2031": a look-alike of a later winter, told in its own dates)."""
        own_named = 0 if own is None else self.own_named(event, own)
        if not own_named:  # most texts: whether it names the event's time at all
            return self._names(event, own)
        return self.times_named(event, own) >= own_named

    def _names(self, event: date, own: date | None) -> bool:
        # Whether it names the event's time at all: the first time found ends the search, so
        # most texts are never folded. The one difference from times_named: a year outside
        # 1900-2099 ("1887") is not among `years` (those `YEAR` reads as years), so it counts
        # nought there, yet here its word alone names the event's year.
        return str(event.year) in self.words or any(self._named(event, own))

    def times_named(self, event: date, own: date | None = None) -> int:
        """How often the text names the event's time (see :meth:`name`)."""
        return sum(self._named(event, own))

    def _named(self, event: date, own: date | None) -> Iterator[int]:
        """How often the text names each of the event's times: its year, its month, a span
        looked back, "last year", "last month" (see :meth:`name`); lazily, since all but the
        first two need the text folded."""
        yield self.years[event.year]
        yield self.named_months[event.month] if own is None or own.month != event.month else 0
        yield self.looks_back
        yield (own is None or own.year == event.year + 1) and self.says_last_year
        yield (own is None or _months_after(event, own) == 1) and self.says_last_month

    def own_named(self, event: date, own: date) -> int:
        """How often the text names its own time where it is not the event's: its year, its
        month."""
        named = 0
        if own.year != event.year and str(own.year) in self.words:
            named += self.years[own.year]
        if own.month != event.month:
            named += self.named_months[own.month]
        return named

    def refers_back(self, event: date, published: date | datetime | None) -> bool | None:
        """:func:`refers_back` of the text. An undated text that dates something to a month
        well after the event's ("December 23, 2033") is late too, and is of that time or
        later; it refers back where it names the event's time at all, since its latest date
        may be a plan's ("rules take effect in June 2029"), not its own time."""
        if published is None:
            latest = self.latest
            if latest is None or not is_late(event, latest):
                return None
            return self._names(event, latest)
        if not is_late(event, published):
            return None
        return self.name(event, day_of(published))


def named_beside(
    words: Sequence[str], event: date, own: date | None, near: Collection[str]
) -> tuple[str, str] | None:
    """Where the words name the event by its time and one of ``near``'s words (its kind, its
    place: the baseline headline's concepts) within ``_BESIDE`` words of it: "the February
    storm", "the 2031 ice storm", "five years after the storm", "last month's storm", as
    (the time's word, the word beside it); None when they do not. ``own``, the article's day
    (None when unknown): the event's month in its own month is its own time, "last month" and
    "last year" the event's only in the month or year after it (as :meth:`Times.name`)."""
    folded = [fold(w.removesuffix("'s")) for w in words]
    for i, word in enumerate(folded):
        if not _event_time_at(folded, i, event, own):
            continue
        # A span looked back is read at its last word and reaches from its first ("storm,
        # one year later", "five years after the storm").
        first = i - 1 if word in _BACK else i
        for other in folded[max(0, first - _BESIDE) : i + _BESIDE + 1]:
            if other in near:
                return word, other
    return None


def _event_time_at(words: Sequence[str], i: int, event: date, own: date | None) -> bool:
    word = words[i]
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if word == str(event.year) or word in _ANNIVERSARY:
        return True
    if _MONTH_WORDS.get(word) == event.month and word not in _AMBIGUOUS_MONTHS:
        return own is None or own.month != event.month
    if word in _BACK and before in _SPANS:  # "five years after": read from its last word
        return True
    if word in _SPANS and "hace" in words[max(0, i - 2) : i]:  # "hace dos años"
        return True
    if (before == "last" and word == "month") or (word == "mes" and after == "pasado"):
        return own is None or _months_after(event, own) == 1
    if (before == "last" and word == "year") or (word == "ano" and after == "pasado"):
        return own is None or own.year == event.year + 1
    return False


_BESIDE = 3  # words either side of the time ("the storm hit the valley in February": valley)
_ANNIVERSARY = frozenset(["anniversary", "aniversario"])
_SPANS = frozenset(["year", "years", "ano", "anos"])
_BACK = frozenset(["ago", "after", "later", "since", "despues"])


# Every month as a word, in English and Spanish, and written possessive ("February's storm").
_MONTH_WORDS = {
    **{f"{word}{end}": n for word, n in MONTH_NUMBERS.items() for end in ("", "'s")},
    **SPANISH_MONTHS,
}
_MONTH_NAMES = frozenset(_MONTH_WORDS)
_DATE_WORDS = 3  # a month's year follows within this many words ("December 23, 2033")
_DATE_JOINS = frozenset(["of", "de", "del"])  # "23 de diciembre de 2033"


def _month_words(words: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where the words name a month, as (position, month 1-12)."""
    month_of = _MONTH_WORDS.get
    return tuple((i, month) for i, word in enumerate(words) if (month := month_of(word)))


def _months(words: tuple[str, ...], at: tuple[tuple[int, int], ...]) -> Counter[int]:
    """The months the words name (1-12), and how often (``at``: :func:`_month_words`)."""
    months = Counter[int]()
    for i, month in at:
        if words[i] in _AMBIGUOUS_MONTHS:
            beside = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
            if not any(w.isdigit() for w in beside):
                continue
        months[month] += 1
    return months


def _dated(words: tuple[str, ...], at: tuple[tuple[int, int], ...]) -> list[tuple[int, str]]:
    """The months the words name with a year right after them, as (month, year) (``at``:
    :func:`_month_words`)."""
    dated = []
    for i, month in at:
        for after in words[i + 1 : i + 1 + _DATE_WORDS]:
            if YEAR.fullmatch(after):
                dated.append((month, after))
                break
            if not (after.isdigit() or after in _DATE_JOINS):
                break
    return dated


def _months_after(event: date, own: date) -> int:
    return (own.year - event.year) * 12 + own.month - event.month


@functools.lru_cache(maxsize=_TEXTS_CACHED)
def _read(text: str) -> Times:
    return Times(text)


def refers_back(text: str, event: date, published: date | datetime | None) -> bool | None:
    """For an article published well after the event (or undated, and dating something well
    after it: :meth:`Times.refers_back`), whether it names the event's time; None for an
    article too close to the event, or undated and dating nothing so late, to tell."""
    return _read(text).refers_back(event, published)
