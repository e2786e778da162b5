"""What a claim says, read from its words: content words and their stems, verbs, times, negation,
names and numbers.

``claim_words`` gives a claim's content words with their stems (English and Spanish inflection
joined, function words left out, times of day blanked), ``claim_tokens`` the stems alone. The
verbs of saying and of what happened are told by their spelling (``FINITE``, ``PAST``,
``adjectival``); ``claim_times`` gives when what a sentence tells happened and ``other_time``
whether two sentences tell of different times; ``polarity`` whether a claim denies something;
the names, initials and numbers are what ``claims.ClaimBase`` holds a match to. Grammar of
English and Spanish, never a story's words. How a sentence is cut into claims is in
``claimsplit.py``, how a claim is matched in ``claims.py``.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta

from monitor.figures import CLOCK
from monitor.text import DIGIT, fold_accents, may_hold
from monitor.wordlists import MONTH_NUMBERS, MONTHS, SPANISH_MONTHS, STOPWORDS, WEEKDAYS

__all__ = [
    "ABBREVIATION",
    "DETERMINERS",
    "DIGIT",
    "EVENT",
    "FINITE",
    "NAME_RUN",
    "NOT_CONTENT",
    "PAST",
    "SAYING",
    "SAYING_WORD",
    "SPANISH_CLOCK",
    "SPANISH_SAYING",
    "SPELLED_NUMBERS",
    "WEEKDAY_WORDS",
    "WORD",
    "Times",
    "adjectival",
    "claim_times",
    "claim_tokens",
    "claim_words",
    "clock_times",
    "edit_distance",
    "happened",
    "has_claim_words",
    "has_finite_verb",
    "initials",
    "is_verb",
    "known_numbers",
    "may_give_spanish_clock",
    "name_count",
    "name_pairs",
    "name_words",
    "numbers_in",
    "other_time",
    "polarity",
    "without_clock",
    "word_stem",
]

# ---------------------------------------------------------------------------------------------
# Words

# Spanish verbs of saying (what the Spanish-language press writes after a quote or before
# "que": "dijo", "detalló", "agregó", "sostuvo"), in their third person past.
SPANISH_SAYING = (
    r"dijo|afirm[oó]|señal[oó]|indic[oó]|inform[oó]|asegur[oó]|declar[oó]"
    r"|explic[oó]|detall[oó]|precis[oó]|agreg[oó]|añadi[oó]|confirm[oó]|anunci[oó]"
    r"|advirti[oó]|sostuvo|reconoci[oó]|coment[oó]|expres[oó]|manifest[oó]|report[oó]"
    r"|apunt[oó]|destac[oó]|subray[oó]|admiti[oó]|revel[oó]|insisti[oó]|recalc[oó]"
)
# A word (letters, joined by an apostrophe or a hyphen) or a number with its separators.
WORD = re.compile(r"[a-z\u00e0-\u024f]+(?:['-][a-z\u00e0-\u024f]+)*|\d+(?:[.,]\d+)*")
# The English weekdays, lower-cased: capitalised, yet no name.
WEEKDAY_WORDS = frozenset(WEEKDAYS)
# English prepositions the shared stopword list lacks, and the "least" of "at least": they state
# no fact ("toward the stage"), and a restatement that drops or swaps them says the same.
_FUNCTION_WORDS = (
    "toward", "towards", "across", "among", "amid", "amidst", "despite", "inside", "outside",
    "near", "onto", "upon", "within", "without", "throughout", "via", "per", "least", "above",
    "below", "between", "behind", "beyond", "along", "around", "beside", "besides",
)  # fmt: skip
# ... and the Spanish ones the shared list lacks, accents folded (conjunctions, prepositions,
# pronouns, auxiliaries, "dijo", "personas" as "people", weekdays, months, "hoy" and "ayer" as
# the English ones are): in a Spanish claim they counted as content words that a restatement in
# other words does not repeat, and every word rare to English must be found to cover a claim
_SPANISH_FUNCTION_WORDS = (
    "cuando", "donde", "mientras", "aunque", "porque", "segun", "durante", "hacia", "contra",
    "ante", "bajo", "cual", "cuales", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "ni",
    "nos", "mis", "tus", "nuestro", "nuestra", "nuestros", "nuestras", "esto", "eso", "ese", "esa",
    "esos", "esas", "aquel", "aquella", "otro", "otra", "otros", "otras", "todo", "toda", "todos",
    "todas", "cada", "mismo", "misma", "mismos", "mismas", "hay", "habia", "habian", "hubo",
    "sido", "ser", "estar", "estaba", "estaban", "estan", "era", "eran", "sera", "seran", "puede",
    "pueden", "menos", "aun", "asi", "si", "solo", "luego", "despues", "antes", "cerca",
    "alrededor", "ademas", "dijo", "dice", "dicen", "decir", "cuanto", "cuantos", "algun",
    "alguno", "alguna", "algunos", "algunas", "ningun", "ninguno", "ninguna", "mucho", "mucha",
    "muchos", "muchas", "poco", "varios", "varias", "ambos", "ahora", "hace", "uno", "dos", "tres",
    "primer", "primera", "primero", "personas", "persona", "funcionarios", "funcionario",
    "ciento", "ano", "anos", "mes", "meses", "semana", "semanas", "nuevo", "nueva", "nuevos",
    "nuevas", "hoy", "ayer", "manana", "lunes", "martes", "miercoles", "jueves", "viernes",
    "sabado", "domingo", *SPANISH_MONTHS,
)  # fmt: skip
# Words that state no fact of a claim: function words, months, weekdays, near days.
NOT_CONTENT = frozenset(
    (*STOPWORDS, *_FUNCTION_WORDS, *MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow")
) | frozenset(_SPANISH_FUNCTION_WORDS)


_SUFFIXES = (
    "ations", "ation", "ments", "ment", "ingly", "ing", "edly", "ed", "ly", "ies", "es", "s"
)  # fmt: skip


@functools.lru_cache(maxsize=65536)
def word_stem(word: str) -> str:
    """The same word in its usual English forms maps to one stem (a crude suffix stripper):
    "collapsed", "collapse" and "collapses" are one, so are "partial" and "partially"."""
    w = word.removesuffix("'s")
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)] + ("y" if suffix == "ies" else "")
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return _spanish_stem(w)


# Spanish inflection, after the English suffixes (which take the plural "-s" and "-es"): the
# past, the gerund and the participle of a verb, and gender, so that "desplomó", "desplome",
# "desplomaron" and "desplomado" are one stem, and so are "heridos" and "heridas" (accents are
# folded before). In English texts it joins few words (9 pairs in the 6,422 words of the
# English development stories: "river" and "Rivera", "marine" and "marina").
_SPANISH_ENDINGS = ("ieron", "aron", "iendo", "ando", "aban", "aba", "ado", "ada", "ido", "ida")


def _spanish_stem(w: str) -> str:
    for ending in _SPANISH_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)]
    return w[:-1] if len(w) > 4 and w[-1] in "oa" else w


# "Scores of people", "scores more": a count in tens, as "dozens" is (not a game's scores).
_SCORES = re.compile(r"\b[Ss]cores(?=\s+(?:of|more)\b)")


@functools.lru_cache(maxsize=16384)
def claim_words(text: str) -> tuple[tuple[str, str], ...]:
    """The content words of a claim as (stem, word), lower-cased, numbers without separators
    ("50,000" is "50000"): no function words, each stem once."""
    seen: dict[str, str] = {}
    for stem, word in _content_words(text):
        seen.setdefault(stem, word)
    return tuple(seen.items())


def has_claim_words(text: str, count: int) -> bool:
    """Whether the claim has at least ``count`` content words (``claim_words``), read only as
    far as they are found."""
    stems: set[str] = set()
    for stem, _ in _content_words(text):
        stems.add(stem)
        if len(stems) >= count:
            return True
    return count <= 0


def _content_words(text: str) -> Iterator[tuple[str, str]]:
    """Each content word of a claim as (stem, word), in order, repeats included."""
    # a compound counts by its parts: "search-and-rescue" says "search" and "rescue"
    text = _SCORES.sub("dozens", text) if "cores" in text else text
    for match in WORD.finditer(fold_accents(without_clock(text)).lower().replace("-", " ")):
        word = match.group()
        if word[0].isdigit():
            word = word.replace(",", "")
            yield word, word
        elif word not in NOT_CONTENT:
            yield word_stem(word), word


def claim_tokens(text: str) -> frozenset[str]:
    """The stems of a claim's content words (numbers included)."""
    return frozenset(stem for stem, _ in claim_words(text))


# A verb of saying, and who it names: "Mayor Lena Ortiz said", "said Jane Doe", "according to".
SAYING = (
    r"(?:said|says|say|told|tells|added|adds|noted|notes|stated|states|explained|announced"
    r"|warned|wrote|insisted|argued|claimed|acknowledged|"
    + SPANISH_SAYING
    # a request is a statement of the one who makes it: "asked the US to lift sanctions"
    + r"|asked|urged|pidi[oó]|exigi[oó])"
)
SAYING_WORD = re.compile(r"\b" + SAYING + r"\b|\baccording\s+to\b|\bseg[uú]n\b", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Times of day

# The Spanish-language press's time of day, on the 24-hour clock: "22:20 horas", "a las 22:20",
# "las 22 horas", "las 10 de la noche" (minutes after a colon, or "las" and "horas" or a part
# of the day: "las 12 víctimas" is a count, "trabajaron 12 horas" a duration); its hour is read
# as the English "10:20 p.m." is.
_SPANISH_PART_OF_DAY = r"ma[ñn]ana|tarde|noche|madrugada"
SPANISH_CLOCK = re.compile(
    r"(?<![\d:.])\b(?P<hour>[01]?\d|2[0-4])"  # (not the minutes of a race's "2:01:41")
    r"(?::(?P<minute>[0-5]\d)(?![\d:])(?:\s*(?:horas|hrs?\b\.?|h\b))?"
    r"|(?:(?<=las\s\d)|(?<=las\s\d\d))"
    r"(?:\s*horas|(?=\s+de\s+la\s+(?:" + _SPANISH_PART_OF_DAY + r")\b)))"
    r"(?:\s+de\s+la\s+(?P<part>" + _SPANISH_PART_OF_DAY + r")\b)?",
    re.IGNORECASE,
)


def _spanish_hour(match: re.Match[str]) -> str:
    """A Spanish time of day as ``clock_times`` writes an English one: "22:20" is "10:20p"."""
    hour, part = int(match["hour"]) % 24, (match["part"] or "").lower()
    if part in ("tarde", "noche") and hour < 12:
        hour += 12
    return f"{hour % 12 or 12}:{match['minute'] or '00'}{'a' if hour < 12 else 'p'}"


def may_give_spanish_clock(text: str) -> bool:
    """False when ``SPANISH_CLOCK`` cannot match: each of its times has a colon after the hour
    or "las" before it, read case-blind as the pattern reads it (a test of ~0.3 us before a
    scan of ~6 us a sentence: most sentences with a digit have neither)."""
    return ":" in text or may_hold(text, text.lower(), ("las",))


@functools.lru_cache(maxsize=4096)
def clock_times(text: str) -> frozenset[str]:
    """The times of day a text gives, as "1:30a" ("2 a.m." is "2:00a")."""
    english = {f"{int(m[1])}:{m[2] or '00'}{m[3].lower()}" for m in CLOCK.finditer(text)}
    spanish = SPANISH_CLOCK.finditer(text) if may_give_spanish_clock(text) else ()
    return frozenset(english.union(map(_spanish_hour, spanish)))


def without_clock(text: str) -> str:
    """The text with its times of day blanked (their length kept)."""
    if not DIGIT.search(text):
        return text
    text = CLOCK.sub(lambda m: " " * len(m[0]), text)
    if not may_give_spanish_clock(text):
        return text
    return SPANISH_CLOCK.sub(lambda m: " " * len(m[0]), text)


# ---------------------------------------------------------------------------------------------
# Verbs

# Past forms of English verbs that do not end in "-ed" (grammar, not any story's words).
_IRREGULAR_PAST = (
    r"went|came|made|took|gave|found|left|met|sent|fell|held|kept|began|brought|built|bought"
    r"|caught|chose|cut|drew|drove|fled|flew|fought|got|grew|hit|hurt|knew|led|lost|meant"
    r"|paid|put|ran|rose|saw|set|shot|sold|spent|spoke|stood|struck|swept|thought|threw|tore"
    r"|won|broke|felt|heard|became|burnt|sank|shut|quit|let|lay|wore|woke|sought|bore"
)
# What happened, as a verb in the past: "suspended", "met", "fell".
EVENT = re.compile(r"[a-z]{3,}ed|" + _IRREGULAR_PAST)
# ... and the short ones that pattern misses ("died", "fled" is irregular already)
PAST = re.compile(EVENT.pattern + r"|died|lied|tied")
# What opens a noun phrase (English grammar, not a story's words): a past form right after one,
# before a noun, describes the noun ("the reported cause") and tells nothing that happened.
DETERMINERS = frozenset(
    ("the", "a", "an", "this", "these", "those", "its", "their", "his", "our", "your", "my",
     "each", "every", "another", "no")
)  # fmt: skip


_PRESENT_PARTICIPLE = re.compile(r"[a-z]{3,}ing")


@functools.lru_cache(maxsize=4096)
def adjectival(text: str) -> frozenset[str]:
    """The participles a text uses only as adjectives: inside a noun phrase, after a determiner
    (a possessive "Miami-Dade's" too) and at most one word more, and before a noun ("the final
    confirmed death toll", "the reported cause", "the crushing crowds"). After a determiner and
    a word, the participle may be the verb of that word ("the rescuers found bodies, bringing the
    toll to 3"): an adjective there only when a verb (not one of saying) comes before the phrase
    ("bringing the final confirmed death toll")."""
    words = WORD.findall(fold_accents(text).lower())
    adjectives: set[str] = set()
    verbs: set[str] = set()
    for i, word in enumerate(words):
        if not (PAST.fullmatch(word) or _PRESENT_PARTICIPLE.fullmatch(word)):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[max(0, i - 2) : i]
        if after.isalpha() and after not in NOT_CONTENT and before:
            if _determiner(before[-1]):
                adjectives.add(word)
                continue
            if (
                len(before) == 2
                and _determiner(before[0])
                and before[1] not in NOT_CONTENT
                and any(is_verb(w) for w in words[: i - 2])
            ):
                adjectives.add(word)
                continue
        verbs.add(word)
    return frozenset(adjectives - verbs)


def happened(word: str, adjectives: frozenset[str]) -> bool:
    """Whether a word tells what happened: a verb in a past form, not one of the text's past
    forms used as adjectives (``adjectives``: :func:`adjectival` of the text)."""
    return PAST.fullmatch(word) is not None and word not in adjectives


def _determiner(word: str) -> bool:
    return word in DETERMINERS or (word.endswith("'s") and word[:-2] not in NOT_CONTENT)


def is_verb(word: str) -> bool:
    """A finite verb or a participle in -ing ("bringing"), as far as spelling tells; not one of
    saying ("officials said" tells who told it, not what happened)."""
    if SAYING_WORD.fullmatch(word):
        return False
    return bool(FINITE.fullmatch(word)) or (word.endswith("ing") and word not in NOT_CONTENT)


# Spanish past endings that English names share ("Sharon", "Aaron", "Addis Ababa"): read in
# lower case only
_CASED_ENDINGS = r"[a-z\u00e0-\u024f]{2,}(?:aron|aba|aban)"
# A finite verb, as far as spelling tells: an auxiliary, a past form, a verb of saying. A piece
# without one ("At a news conference", "The Port Authority, the PA", "and later with the
# president") states no fact of its own.
FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should"
    r"|shall|did|does|do|won't|isn't|wasn't|weren't|hasn't|haven't|didn't|[a-z]{2,}ed|"
    + _IRREGULAR_PAST
    + r"|es|son|fue|fueron|era|eran|ha|han|hab[ií]a|hab[ií]an|est[aá]|est[aá]n|ser[aá]|ser[aá]n"
    # Spanish past endings (those English names share in lower case only)
    r"|[a-z\u00e0-\u024f]{2,}(?:ó|ieron)|(?-i:" + _CASED_ENDINGS + r")|" + SAYING + r")\b",
    re.IGNORECASE,
)
# ``FINITE`` split in two for ASCII text (most of what is read): its case-blind alternatives,
# all in lower case, searched in the lowered text, and the endings it reads in lower case only.
# The same answer (on ASCII text, a case-blind letter is the lowered letter, and a letter range
# holds only letters), ~2x faster: a case-sensitive alternation tests each alternative's first
# letter at once, a case-blind one enters each alternative.
_FINITE_LOWERED = re.compile(FINITE.pattern.replace("|(?-i:" + _CASED_ENDINGS + ")", ""))
_FINITE_CASED = re.compile(r"\b(?:" + _CASED_ENDINGS + r")\b")


def has_finite_verb(text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
    """Whether ``FINITE`` finds a verb in ``text`` between ``pos`` and ``endpos`` (as its
    ``search`` does)."""
    if not text.isascii():
        return FINITE.search(text, pos, endpos) is not None
    return (
        _FINITE_LOWERED.search(text.lower(), pos, endpos) is not None
        or _FINITE_CASED.search(text, pos, endpos) is not None
    )


# ---------------------------------------------------------------------------------------------
# Times: when what a sentence tells happened, so that a meeting of 2023 is not the one of 2021

# A span of days (ordinals, first and last) a sentence's date expression can mean.
Times = frozenset[tuple[int, int]]
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
_WEEKDAY_NAMES = "|".join(d.capitalize() for d in WEEKDAYS)
# Spanish weekdays are written in lower case, with or without their accents
_SPANISH_WEEKDAY_NAMES = (
    r"[Ll]unes|[Mm]artes|[Mm]i[eé]rcoles|[Jj]ueves|[Vv]iernes|[Ss][aá]bado|[Dd]omingo"
)
_TIME = re.compile(
    r"\b(?P<month>" + _MONTH_NAMES + r")\s+(?P<day>\d{1,2})\b(?:,?\s+(?P<of>(?:19|20)\d{2})\b)?"
    r"|\b(?P<year>(?:19|20)\d{2})\b"
    r"|\b(?P<weekday>" + _WEEKDAY_NAMES + r")\b"
    r"|\b(?P<near>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)\b"
    # ... and as the Spanish-language press writes them: "3 de mayo (de 2021)", "el lunes",
    # "ayer", "hoy", "anoche" ("mañana" is the morning as often as tomorrow: left out)
    r"|\b(?P<es_day>\d{1,2})\s+de\s+(?P<es_month>" + "|".join(SPANISH_MONTHS) + r")\b"
    r"(?:\s+(?:de|del)\s+(?P<es_of>(?:19|20)\d{2})\b)?"
    r"|\b(?P<es_weekday>" + _SPANISH_WEEKDAY_NAMES + r")\b"
    r"|\b(?P<es_near>[Aa]yer|[Hh]oy|[Aa]noche)\b"
)
# "said on Monday": when the news was told, not when what it tells happened
_TOLD = re.compile(
    r"\b" + SAYING + r"\s+(?:on\s+|late\s+|early\s+)?(?:" + _WEEKDAY_NAMES
    + r"|today|yesterday)\b"
    # "informó este lunes", "dijo el martes", "aseguró hoy"
    + r"|\b(?:" + SPANISH_SAYING + r")\s+(?:(?:el|este|esta)\s+)?(?:"
    + _SPANISH_WEEKDAY_NAMES + r"|hoy|ayer)\b"
)  # fmt: skip
_WEEK = 7  # a weekday a report names is within a week of its date, before or after


@functools.lru_cache(maxsize=4096)
def claim_times(sentence: str, published: date | datetime | None = None) -> Times:
    """The spans of days the dates a sentence names can mean: a year, a month with a day (in
    the year it names, else the year of ``published``), a weekday or "yesterday" (within a week
    of ``published``); without ``published`` only years and dated days count; English and
    Spanish ("3 de mayo de 2021", "el lunes", "ayer"). When the news was told ("officials said
    on Monday", "informó este lunes") is not when it happened, and is left out."""
    day = published.date() if isinstance(published, datetime) else published
    spans: set[tuple[int, int]] = set()
    for m in _TIME.finditer(_TOLD.sub(" ", sentence)):
        if m["year"]:
            year = int(m["year"])
            spans.add((date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()))
        elif m["month"] or m["es_month"]:
            given = m["of"] or m["es_of"]
            of = int(given) if given else day.year if day else None
            month = (
                MONTH_NUMBERS[m["month"].lower()] if m["month"] else SPANISH_MONTHS[m["es_month"]]
            )
            try:
                when = date(of or 0, month, int(m["day"] or m["es_day"]))
            except ValueError:  # no year to place it in, or no such day
                continue
            spans.add((when.toordinal(), when.toordinal()))
        elif day is not None:
            reach = _WEEK if m["weekday"] or m["es_weekday"] else 1
            spans.add(((day - timedelta(reach)).toordinal(), (day + timedelta(reach)).toordinal()))
    return frozenset(spans)


def other_time(mine: Times, known: Times) -> bool:
    """Whether two sentences tell of different times: each names one, and none of the claim's
    meets any of the known claim's (a meeting "on Wednesday" in 2023 is not one of 2021)."""
    return bool(mine and known) and not any(
        a <= d and c <= b for a, b in mine for c, d in known
    )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Negation: generic, not a story's words

_NEGATION = re.compile(
    r"\b(?:not|never|no longer|neither|nor|n't|refus\w*|den(?:y|ied|ies)|reject\w*"
    r"|nunca|jam[aá]s|neg[oó]|rechaz\w*)\b|\bno\s+(?!one\b|doubt\b|longer\b)\w+",
    re.IGNORECASE,
)
# Not a denial: a question left open ("not yet known when", "did not say whether"), "not only".
_OPEN = re.compile(
    r"\b(?:not|n't)\s+(?:yet|immediately|clear|known|only|just|simply|merely)\b"
    r"|\b(?:not|n't)\s+(?:\w+\s+){0,2}(?:say|said|disclose|specify|confirm|know)\s+"
    r"(?:whether|if|when|how|why|what|who)\b"
    r"|\bno\s+(?:details?|date|word|timeline|information)\b",
    re.IGNORECASE,
)


def polarity(text: str) -> int:
    """1 when the claim denies, refuses or rejects something; an open question is no denial."""
    text = text.replace("n't", " n't")
    return 1 if _NEGATION.search(_OPEN.sub(" ", text)) else 0


_NAME = re.compile(r"(?<=[\w,;:] )[A-Z\u00c0-\u00de][\w'\u00c0-\u024f-]+")


def name_words(text: str) -> frozenset[str]:
    """Capitalised words after the first, and an acronym that opens the text: where any name
    must be (a weekday is none)."""
    found = [fold_accents(n).lower() for n in _NAME.findall(text)]
    opening = _OPENING_ACRONYM.match(text)
    if opening:
        found.append(opening.group(1).lower())
    return frozenset(n for n in found if n not in WEEKDAY_WORDS)


# A capitalised word cut short by a full stop, inside a sentence: "Gov. Ron DeSantis", "Nov. 5"
ABBREVIATION = re.compile(r"(?<=\s)([A-Z][a-z]{2,4})\.(?=\s+\w|,)")
# An acronym that opens a text is a name as much as one inside it ("US officials said ...").
_OPENING_ACRONYM = re.compile(r"^\W*([A-Z]{2,5})\b")


# A run of capitalised words after the first word: one name ("Port Alder City").
NAME_RUN = re.compile(_NAME.pattern + r"(?:[\s-]+[A-Z\u00c0-\u00de][\w'\u00c0-\u024f-]+)*")


def name_count(text: str) -> int:
    """How many names the text gives: a run of capitalised words ("Port Alder City") is one;
    a weekday is none."""
    return sum(run.lower() not in WEEKDAY_WORDS for run in NAME_RUN.findall(text))


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u00c0-\u024f]*(?:[\s-]+[A-Z][\w'\u00c0-\u024f]*)+")


@functools.lru_cache(maxsize=4096)
def name_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Each two neighbouring words of a run of capitalised words, lower-cased ("Harbour View
    Towers": ("harbour", "view"), ("view", "towers"))."""
    pairs: set[tuple[str, str]] = set()
    for run in _CAPITALISED_RUN.findall(text):
        words = [fold_accents(w).lower() for w in re.split(r"[\s-]+", run)]
        pairs.update(itertools.pairwise(words))
    return frozenset(pairs)


@functools.lru_cache(maxsize=16384)
def edit_distance(a: str, b: str) -> int:
    """How many letters to insert, delete or change to make one word the other (Levenshtein)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


def initials(text: str) -> frozenset[str]:
    """Every acronym a run of capitalised words spells ("Northfield County Fire Department": "ncfd",
    "ncf", "cfd", "fd", ...): an acronym of a name the story has given is no new name."""
    found: set[str] = set()
    for run in _CAPITALISED_RUN.findall(text):
        letters = "".join(word[0] for word in re.split(r"[\s-]+", run)).lower()
        for size in range(2, min(len(letters), 6) + 1):
            found.update(letters[i : i + size] for i in range(len(letters) - size + 1))
    return frozenset(found)


# ---------------------------------------------------------------------------------------------
# Numbers

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> frozenset[str]:
    """The numbers a text gives, without separators ("50,000" is "50000"), times of day aside."""
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(without_clock(text)))


# Numbers spelled out, as a known claim may give them: "one person died" holds the "1" of "1
# dead". Only on the known side: a claim's own "one" is as often no number ("one of the").
SPELLED_NUMBERS = {
    word: str(value)
    for value, word in enumerate(
        (
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        )
    )
}
_SPELLED_WORD = re.compile(r"\b(?:" + "|".join(SPELLED_NUMBERS) + r")\b", re.IGNORECASE)


def known_numbers(text: str) -> frozenset[str]:
    """The numbers a known claim gives, its spelled-out ones ("one", "twelve") among them."""
    spelled = (SPELLED_NUMBERS[w.lower()] for w in _SPELLED_WORD.findall(text))
    return numbers_in(text) | frozenset(spelled)
