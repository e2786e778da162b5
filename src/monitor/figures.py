"""Numbers in news sentences: what they count, their unit and the period they cover.

Pure rules over one sentence, so a follow-up can report "172,000 -> 180,000 crossings".
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.text import DIGIT, has_odd_case, normalise
from monitor.wordlists import MONTHS, SPANISH_MONTHS, WEEKDAYS, YEAR

logger = logging.getLogger(__name__)

__all__ = [
    "Figure",
    "extract_figures",
    "figure_of_value",
    "fold_quantity",
    "like_for_like",
    "match_figure",
    "normalised",
    "not_comparable",
    "period_kind",
    "sentence_dates",
]


def normalised(text: str) -> str:
    """``monitor.text.normalise``, skipped for text it would leave unchanged (the common case)."""
    if (
        text.isascii()
        and "  " not in text
        and "\n" not in text
        and "\t" not in text
        and "\r" not in text
        and "\x0b" not in text
        and "\x0c" not in text
        and text == text.strip()
    ):
        return text
    return _normalised_once(text)


# (once per text: a sentence is read by many stages, each normalising it first)
@functools.lru_cache(maxsize=16384)
def _normalised_once(text: str) -> str:
    return normalise(text)


@dataclass(frozen=True)
class Figure:
    """One number in a sentence: what it counts, its unit, its period and the span it came from."""

    # folded head noun of what is counted: "people" (also persons, individuals), "flight",
    # "funding"
    quantity: str
    value: float
    unit: str | None  # "USD", "%", or None for a plain count
    period: str | None  # "March 2021", "fiscal year 2021", "per day", ...
    text: str  # the span in the sentence
    sentence: str
    # False when the sentence does not say what the number counts and ``quantity`` is a guess
    # from a nearby word: such a figure is no measure to compare with another
    named: bool = True


_MONTH_ALT = (
    "|".join(m.capitalize() for m in MONTHS) + r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_WEEKDAYS = "|".join(day.capitalize() for day in WEEKDAYS)

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12, "dozens of": 24,
    "hundreds of": 200, "thousands of": 2000, "tens of thousands of": 20000,
    "hundreds of thousands of": 200000, "millions of": 2_000_000, "a hundred": 100,
    "a thousand": 1000, "half": 0.5,
}  # fmt: skip
_SCALE = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9,
}  # fmt: skip

_WORDNUM_ALT = "|".join(sorted((re.escape(w) for w in _SMALL), key=len, reverse=True))
_NUMBER_WORDS = frozenset(w for phrase in _SMALL for w in phrase.split()) - {"a", "of"}
_WORDISH = re.compile(r"[a-z]+")
_NUMBER_SUFFIX = (
    r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|mn|[kmb])\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b))?"
)
_DIGITS = re.compile(
    r"(?P<cur>\$|US\$|USD\s?|€|£)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<word>)" + _NUMBER_SUFFIX,
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?P<cur>\$|US\$|USD\s?|€|£)?"
    r"(?:(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|\b(?P<word>" + _WORDNUM_ALT + r")\b)"
    r"(?:[\s-]?(?P<scale>thousand|million|billion|trillion|bn|mn|[kmb])\b)?"
    r"(?:\s?(?P<pct>%|percent\b|per cent\b|percentage points?\b))?",
    re.IGNORECASE,
)

_PERIOD_PATTERNS = [
    re.compile(r"\b(?:in |during |for )?(?:the )?(fiscal (?:year )?\d{4})\b", re.I),
    re.compile(r"\b(?:in |during |since |by )?((?:" + _MONTH_ALT + r")(?: \d{1,2})?,? \d{4})\b"),
    re.compile(r"\b((?:" + _MONTH_ALT + r")(?: \d{1,2}(?:st|nd|rd|th)?)?)\b"),
    re.compile(r"\b((?:per|a|an|each|every) (?:day|week|month|year|hour))\b", re.I),
    re.compile(r"\b((?:this|last|next|the past|the previous) (?:week|month|year|spring|summer|"
               r"fall|autumn|winter|weekend))\b", re.I),
    re.compile(r"\b((?:so far )?this year|year to date|since (?:January|the start of the year))\b",
               re.I),
    re.compile(r"\b(?:in |since |during )((?:19|20)\d{2})\b"),
]  # fmt: skip
_MONTH_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _period_patterns(text: str) -> list[re.Pattern[str]]:
    """The patterns of ``_PERIOD_PATTERNS`` that may match in ``text``, in their order: each
    runs only where a word that every match of it holds occurs (in the lowered text where the
    pattern is case-blind), as most sentences have none."""
    lower = text.lower()
    if has_odd_case(text):  # (a case-blind pattern reads a letter otherwise than lower())
        return _PERIOD_PATTERNS
    year = "year" in lower
    span = year or "week" in lower or "month" in lower
    month = any(start in text for start in _MONTH_STARTS)
    fiscal, per, this, since, in_year = _PERIOD_PATTERNS[0], *_PERIOD_PATTERNS[3:]
    found = [fiscal] if "fiscal" in lower else []
    if month:
        found += _PERIOD_PATTERNS[1:3]
    if span or "day" in lower or "hour" in lower:
        found.append(per)
    if span or any(season in lower for season in ("spring", "summer", "fall", "autumn", "winter")):
        found.append(this)
    if year or "january" in lower:
        found.append(since)
    if "19" in text or "20" in text:
        found.append(in_year)
    return found


# Words that end the phrase naming what a number counts.
_STOP = frozenset(
    [
        "a", "an", "the", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and",
        "or", "but", "as", "than", "that", "which", "who", "whom", "whose", "were", "was",
        "are", "is", "be", "been", "being", "have", "has", "had", "will", "would", "could",
        "should", "may", "might", "can", "said", "says", "say", "told", "according", "per",
        "each", "every", "this", "last", "next", "since", "during", "over", "under", "about",
        "more", "less", "fewer", "nearly", "almost", "around", "some", "roughly",
        "approximately", "just", "only", "up", "down", "into", "onto", "out", "off", "its",
        "their", "his", "her", "our", "your", "it", "they", "he", "she", "we", "i", "you",
        "this", "these", "those", "there", "here", "when", "where", "while", "after", "before",
        "because", "if", "so", "not", "no", "also", "crossed", "arrived", "reached", "rose",
        "fell", "climbed", "dropped", "increased", "decreased", "hit", "topped", "jumped",
        "stood", "totaled", "totalled", "came", "went", "made", "took", "got",
        # Spanish articles, prepositions and conjunctions: "26 personas y 100 heridos"
        "y", "e", "o", "u", "de", "del", "la", "el", "los", "las", "en", "que", "con", "por",
        "para", "un", "una", "se", "entre", "más", "mas", "al"
    ]
)  # fmt: skip
_MODIFIER_SKIP = frozenset({"more", "than", "over", "about", "nearly", "almost", "some", "around"})
_NUMBER_OF = re.compile(r"\b(?:number|total|count|tally) of ((?:[a-z-]+ ){0,3}[a-z-]+)")
_AFTER_VALUE_NOUN = re.compile(r"^\s*(?:in|for|of|on|to)\s+(?:the\s+|new\s+|additional\s+)?"
                               r"([a-z][a-z-]+)")  # fmt: skip

# Synonyms folded so that the same quantity matches across outlets' wording.
# Only the language's own synonyms: a story's vocabulary is no business of this module.
_QUANTITY_FOLD = {
    "person": "people", "people": "people", "individual": "people", "persona": "people",
    "kid": "child", "minor": "child", "children": "child", "families": "family",
    "plane": "flight", "soldier": "troop", "officer": "agent", "dollar": "funding",
    "aid": "funding", "fund": "funding", "investment": "funding", "money": "funding",
    "assistance": "funding", "fatality": "death", "dead": "death",
}  # fmt: skip


# A nationality narrows what is counted: "50,000 visits by Peruvians" is not the monthly total
# of visits, and "9,000 Peruvians" are not all people.
_DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:ans?|ese|ish)\b")
_DEMONYM_AFTER = re.compile(
    r"^\s*(?:with|from|of|among)\s+(?:the\s+)?([A-Z][a-z]+(?:ans?|ese|ish))\b"
)


def _demonym(span: str, after: str) -> str | None:
    """The nationality a counted phrase names, in it or just after it, singular lower case."""
    found = _DEMONYM.search(span) or _DEMONYM_AFTER.match(after)
    if found is None:
        return None
    word = found.group(1) if found.re is _DEMONYM_AFTER else found.group(0)
    return _singular(word.lower())


def _singular(word: str) -> str:
    if word in {"people", "children", "police", "news"}:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def fold_quantity(word: str) -> str:
    """The folded form of a counted noun: singular, with synonyms merged."""
    w = _singular(word.lower())
    return _QUANTITY_FOLD.get(w, w)


def _value(match: re.Match[str]) -> float:
    if match.group("num"):
        value = float(match.group("num").replace(",", ""))
    else:
        value = float(_SMALL[match.group("word").lower()])
    scale = match.group("scale")
    if scale:
        value *= _SCALE[scale.lower()]
    return value


_DOLLARS = {
    "HK": "HKD", "S": "SGD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD",
    "R": "BRL", "MX": "MXN", "NT": "TWD",
}  # fmt: skip
_DOLLAR_PREFIX = re.compile(r"(?<![A-Za-z])(" + "|".join(_DOLLARS) + r")$", re.IGNORECASE)
_MONEY = frozenset({"USD", "EUR", "GBP", *_DOLLARS.values()})
_SPANISH_MONTH = re.compile(r"\s+de\s+(?:" + "|".join(SPANISH_MONTHS) + r")\b", re.IGNORECASE)


# A time of day ("9 a.m.", "1:30 p.m.", "9.30pm"): it counts nothing (claims read it as when).
# Its hour is one or two digits after no word character: written as a digit first (the engine
# then skips to digits in C, where a leading \b was tried at every character) and the \b as
# "no word character before this digit" (the same spans and groups, ~1.6x faster a scan).
CLOCK = re.compile(r"(\d(?<!\w\d)\d?)(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)


def _is_date_or_label(sentence: str, match: re.Match[str]) -> bool:
    """Years, days of the month, times of day, "Title 42", "COVID-19": numbers that count
    nothing."""
    num = match.group("num")
    if not num:
        return False
    before = sentence[: match.start()]
    after = sentence[match.end() :]
    if match.group("cur") or match.group("pct") or match.group("scale"):
        return False
    if YEAR.fullmatch(num):
        return True
    if _MONTH_BEFORE.search(before) and "," not in num:
        return True
    if _ORDINAL_AFTER.match(after) or _MONTH_AFTER.match(after):
        return True
    if _SPANISH_MONTH.match(after):
        return True  # "18 de octubre de 2021"
    if _LABEL_BEFORE.search(before):
        return True  # Title 42, COVID-19, Route 2, No. 5
    if _HOUR_BEFORE.search(before) or CLOCK.match(sentence, match.start("num")):
        return True  # the minutes of "1:30", the hour of "9 a.m.": a time of day
    return bool(_CODE_AFTER.match(after))  # times, ranges of codes, dates like 6/3


_MONTH_BEFORE = re.compile(r"(?:" + _MONTH_ALT + r")\s*$")
_ORDINAL_AFTER = re.compile(r"\s*(?:st|nd|rd|th)\b")
_MONTH_AFTER = re.compile(r"\s+(?:" + _MONTH_ALT + ")")
_LABEL_BEFORE = re.compile(r"(?:[A-Z][^\W\d_]*[- ]|No\.\s?|#|-)$")
_HOUR_BEFORE = re.compile(r"\d:$")
_CODE_AFTER = re.compile(r"[-:/]\d")


# A time expression of a sentence: where it stands, where its period stands, the period.
_PeriodSpan = tuple[int, int, int, int, str]


def _period(sentence: str, start: int, end: int) -> str | None:
    """The nearest time expression: after the figure first, else anywhere in the sentence."""
    after = sentence[end : end + 80]
    best: tuple[int, str] | None = None
    for pattern in _period_patterns(after):
        m = pattern.search(after)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.group(1))
    if best is not None and best[0] < 40:
        return _clean_period(best[1])
    candidates = [
        (min(abs(m_start - end), abs(start - m_end)), text)
        for m_start, m_end, start_1, end_1, text in _period_spans(sentence)
        if not (start_1 >= start and end_1 <= end)
    ]
    if not candidates:
        return None
    return _clean_period(min(candidates)[1])


@functools.lru_cache(maxsize=8)
def _period_spans(sentence: str) -> tuple[_PeriodSpan, ...]:
    """The sentence's time expressions, read once for all its figures."""
    return tuple(
        (m.start(), m.end(), m.start(1), m.end(1), m.group(1))
        for pattern in _period_patterns(sentence)
        for m in pattern.finditer(sentence)
    )


def _clean_period(text: str) -> str:
    return re.sub(r"^(?:a|an|each|every) ", "per ", text.strip(), flags=re.I)


_SPANS_OF_TIME = frozenset(
    {"year", "month", "week", "day", "decade", "quarter", "hour", "minute", "second"}
)
_MONEY_OF = re.compile(
    r"\b([a-z][a-z-]+) (?:of|at|totall?ing|worth) (?:about |around |roughly |nearly |some "
    r"|more than |over |almost |up to |approximately )?(?:[a-z]{1,2})?$"
)


def _counted(sentence: str, match: re.Match[str], unit: str | None) -> tuple[str, int, bool]:
    """The folded noun a number counts, the end of its span, and whether the sentence names
    it (rather than a guess from the nearest word before the number)."""
    rest = sentence[match.end() :]
    words: list[str] = []
    end = match.end()
    pos = 0
    for wm in re.finditer(r"\S+", rest):
        raw = wm.group(0)
        word = raw.strip(".,;:!?\"'()").lower()
        if not words and word in _MODIFIER_SKIP:
            pos = wm.end()
            continue
        if not re.fullmatch(r"[a-z][a-z'-]*", word) or word in _STOP:
            break
        if word.endswith("'s") or (words and word.endswith("ed")):
            break  # a possessive, or the verb after the counted noun
        words.append(word)
        pos = wm.end()
        if len(words) == 3 or raw[-1:] in ".,;:!?)":
            break
    if words:
        end = match.end() + pos
        head = words[-1]
        if unit in _MONEY and fold_quantity(head) in _SPANS_OF_TIME:
            return "funding", end, True  # "$130 million over three years" counts money, not years
        return fold_quantity(head), end, True
    noun = _AFTER_VALUE_NOUN.match(rest.lower())
    if noun and unit in _MONEY:
        thing = fold_quantity(noun.group(1))
        if thing not in _SPANS_OF_TIME:  # "$130 million for three years" counts money
            return thing, match.end() + noun.end(), True
    if unit == "%":
        of = re.match(r"\s*of\s+(?:the\s+|all\s+)?([a-z][a-z-]+)", rest.lower())
        if of:
            return fold_quantity(of.group(1)), match.end() + of.end(), True
    if unit in _MONEY:
        # "offshore debt of $22.7 billion": the noun just before names the sum; without one
        # the sentence does not say what the money is, and no other sum compares with it
        of = _MONEY_OF.search(sentence[: match.start()].lower())
        if of and of.group(1) not in _STOP:
            return fold_quantity(of.group(1)), end, True
        return "funding", end, False
    # "the number of children in custody fell to 700": the noun comes before the number.
    counted = list(_NUMBER_OF.finditer(sentence[: match.start()].lower()))
    if counted:
        phrase = [w for w in counted[-1].group(1).split()]
        kept: list[str] = []
        for word in phrase:
            if word in _STOP:
                break
            kept.append(word)
        if kept:
            return fold_quantity(kept[-1]), end, True
    before = re.findall(r"[A-Za-z][A-Za-z'-]*", sentence[: match.start()])
    for word in reversed(before[-6:]):
        lw = word.lower()
        if lw in _STOP or lw in _MODIFIER_SKIP:
            continue
        return fold_quantity(lw), end, False
    return "count", end, False


_CARRIED = re.compile(r"\s+(?:in|for|during|by|on|last|this)\s")


def extract_figures(sentence: str) -> list[Figure]:
    """Numbers in ``sentence`` with what they count, their unit and period."""
    sentence = normalised(sentence)
    figures: list[Figure] = []
    # the slow pattern with number words runs only where a number word occurs, the one with
    # digits only where a digit does (most sentences have neither)
    has_words = not _NUMBER_WORDS.isdisjoint(_WORDISH.findall(sentence.lower()))
    if not has_words and not DIGIT.search(sentence):
        return figures
    for match in (_NUMBER if has_words else _DIGITS).finditer(sentence):
        if match.group("word") and match.group("word").lower() == "half" and not match.group("pct"):
            continue
        if match.group("word") and match.group("word").lower() == "one":
            nxt = sentence[match.end() : match.end() + 12].lower()
            if re.match(r"\s+(?:of|another|day|thing|way)\b", nxt):
                continue
        if _is_date_or_label(sentence, match):
            continue
        cur = (match.group("cur") or "").strip().upper()
        unit: str | None
        dollar = _DOLLAR_PREFIX.search(sentence, 0, match.start()) if cur == "$" else None
        if dollar is not None:
            unit = _DOLLARS[dollar.group(1).upper()]  # "HK$862.5 million" is no US figure
        elif cur in {"$", "US$", "USD"}:
            unit = "USD"
        elif cur == "€":
            unit = "EUR"
        elif cur == "£":
            unit = "GBP"
        elif match.group("pct"):
            unit = "%" if "point" not in match.group("pct").lower() else "pp"
        else:
            unit = None
        quantity, end, named = _counted(sentence, match, unit)
        if end == match.end() and figures and figures[-1].unit == unit and unit is None:
            # "150,000 crossings in February and 172,000 in March": the count carries over
            quantity = figures[-1].quantity
            # "... and 172,000 in March" continues the count; "36 more than ..." is no total
            named = figures[-1].named and bool(_CARRIED.match(sentence, end))
        if unit is None and quantity == "dollar":
            unit, quantity = "USD", "funding"
        nationality = _demonym(sentence[match.end() : end], sentence[end:])
        if nationality is not None and unit is None:
            # "9,000 Peruvians" and "9,000 Peruvian people" count the same people
            quantity = f"{nationality} {'people' if nationality == quantity else quantity}"
        if unit == "%" and not quantity.startswith("share"):
            quantity = f"share of {quantity}"
        figures.append(
            Figure(
                quantity=quantity,
                value=_value(match),
                unit=unit,
                period=_period(sentence, match.start(), end),
                text=sentence[match.start() : end].strip(" ,.;:"),
                sentence=sentence,
                named=named or unit in ("%", "pp"),
            )
        )
    return figures


def match_figure(new: Figure, known: Sequence[Figure]) -> Figure | None:
    """The known figure for the same quantity and unit as ``new``: one of the same value first
    (the value is not new: "debt of $22.7 billion, liabilities of $300 billion" then "$300bn"),
    else one of the same period, else the first."""
    for k in known:
        if k.value == new.value and k.unit == new.unit:
            return k
    same = [k for k in known if k.quantity == new.quantity and k.unit == new.unit]
    if not same:
        return None
    for k in same:
        if k.period == new.period:
            return k
    return same[0]


# case-sensitive: capitalised months and days only, so the verbs "may" and "march" are not dates
_DATE = re.compile(
    r"\b(?:" + _MONTH_ALT + r")(?: \d{1,2})?\b|\b(?:" + _WEEKDAYS + r")\b|\b(?:19|20)\d{2}\b"
    r"|\b(?:[Nn]ext|[Ll]ast|[Tt]his) (?:week|month|year)\b|\b[Tt]omorrow\b|\b[Yy]esterday\b"
)


def sentence_dates(sentence: str) -> frozenset[str]:
    """Date expressions of a sentence, lower-cased ("march", "june 7", "2021", "next week")."""
    found = set()
    for m in _DATE.finditer(normalised(sentence)):
        found.add(m.group(0).lower().rstrip("."))
    return frozenset(found)


_PERIOD_KINDS = (
    (re.compile(r"^fiscal", re.I), "fiscal year"),
    (re.compile(r"^(?:per|a|an|each|every) (day|week|month|year|hour)$", re.I), "per {0}"),
    (re.compile(r"^(?:" + _MONTH_ALT + r") \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?$"), "day"),
    (re.compile(r"^(?:" + _MONTH_ALT + r")(?:,? \d{4})?$"), "month"),
    (re.compile(r"\b(?:week|weekend)$", re.I), "week"),
    (re.compile(r"\bmonth$", re.I), "month"),
    (re.compile(r"\b(?:spring|summer|fall|autumn|winter)$", re.I), "season"),
    (re.compile(r"(?:\byear\b|year to date|start of the year|^(?:19|20)\d{2}$)", re.I), "year"),
)


def period_kind(period: str | None) -> str | None:
    """The kind of span a figure's period covers: "month", "year", "fiscal year", "per day"."""
    if not period:
        return None
    for pattern, kind in _PERIOD_KINDS:
        m = pattern.search(period.strip())
        if m:
            return kind.format(*(g.lower() for g in m.groups()))
    return "other"


def figure_of_value(sentence: object, value: object) -> Figure | None:
    """The figure holding ``value`` in its own sentence (for a stored earlier value)."""
    if not isinstance(sentence, str):
        return None
    return next((f for f in extract_figures(sentence) if f.value == value), None)


_EARLIER = re.compile(
    r"\b(?:earlier|previous|prior|initial|original|old|former|first)\s+(?:[a-z]+\s+)?"
    r"(?:estimate|count|figure|tally|toll|total|number|report)s?\s+(?:of\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+)?$",
    re.IGNORECASE,
)


def _earlier_value(figure: Figure) -> bool:
    """A value the sentence itself gives as superseded: "the earlier estimate of 57"."""
    at = figure.sentence.find(figure.text)
    return at > 0 and bool(_EARLIER.search(figure.sentence[:at]))


# What happened to the people counted, folded: the words are the language's, not a story's.
_FATES = (
    ("death", r"kill|die[ds]?\b|dead|death|fatal|perish|muert|fallec"),
    ("injury", r"injur|hurt|wound|hospitali[sz]|herid|lesionad"),
    ("missing", r"missing|unaccounted|desaparec"),
    ("charge", r"indict|charg|prosecut|accus|convict|imputad|acusad"),
    ("arrest", r"arrest|detain|detenid"),
    ("rescue", r"rescu|evacuat|rescat"),
)
_FATE = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _FATES), re.I)
_PEOPLE = frozenset({"people", "victim", "resident"})


def _fate(figure: Figure) -> str | None:
    """For a count of people, what happened to them, from the words nearest the number."""
    if figure.unit is not None or figure.quantity.split()[-1] not in _PEOPLE:
        return None
    at = figure.sentence.find(figure.text)
    if at < 0:
        return None
    end = at + len(figure.text)
    after = figure.sentence[end : end + 40]
    before = figure.sentence[max(0, at - 30) : at]
    found = _FATE.search(after) or _FATE.search(before)
    return found.lastgroup if found else None


def like_for_like(old: Figure, new: Figure) -> bool:
    """Two values of one quantity compare only as the same measure, unit and kind of period."""
    return not_comparable(old, new) is None


def not_comparable(old: Figure, new: Figure) -> str | None:
    """Why two values of one quantity do not compare ("different unit", "different period",
    "not the same measure"), or None when they do.

    A figure whose period is not given compares with any: the sentence did not say otherwise.
    A count whose sentence does not say what it counts is no measure: a bare "14" is no death
    toll of "eight people".
    """
    if old.unit != new.unit:
        return "different unit"
    if not (old.named and new.named):
        return "not the same measure"
    if new.unit is None and new.quantity in _SPANS_OF_TIME:
        return "a span of time, not a count"  # "25 years" and "30 years" of two rules
    if _earlier_value(new):
        return "an earlier figure"  # "nearly double the earlier estimate of 57 deaths"
    old_fate, new_fate = _fate(old), _fate(new)
    if old_fate and new_fate and old_fate != new_fate:
        return "not the same measure"  # eight people killed, six people indicted
    old_kind, new_kind = period_kind(old.period), period_kind(new.period)
    if old_kind is None or new_kind is None or old_kind == new_kind:
        return None
    return "different period"
