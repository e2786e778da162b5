"""How a sentence is cut into the claims it states, English and Spanish, with attribution.

A news sentence often restates a known fact and adds one ("The secretary said on Tuesday that
talks would resume, and the government still wants its neighbour to do more"): the sentence is
new, but only one of its claims is. ``split_claims`` cuts a sentence at coordination, semicolons
and colons, non-restrictive relative clauses, subordinate clauses of time or cause, participles
and appositives, keeping an attribution ("X said") with the claim it reports and leaving the
dateline out; every claim's text is a substring of the sentence. ``time_of_day`` tells a claim
that says only when. What a claim's words say is in ``claimwords.py``; how a claim is matched
against what the story knows, in ``claims.py``.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from monitor.claimwords import (
    DIGIT,
    NOT_CONTENT,
    SAYING,
    SAYING_WORD,
    SPANISH_CLOCK,
    SPANISH_SAYING,
    claim_words,
    clock_times,
    has_claim_words,
    has_finite_verb,
    may_give_spanish_clock,
)
from monitor.figures import CLOCK
from monitor.text import fold_accents
from monitor.wordlists import MONTHS, SPANISH_MONTHS, WEEKDAYS

__all__ = ["Claim", "attributed_to", "claim_spans", "split_claims", "time_of_day"]

_MIN_CLAIM_WORDS = 2  # content words a claim needs to stand alone; shorter joins a neighbour


# ---------------------------------------------------------------------------------------------
# Splitting


@dataclass(frozen=True)
class Claim:
    """One fact a sentence states: ``text`` is ``sentence[start:end]``."""

    text: str
    start: int
    end: int
    # who the claim says told it, by name ("Mayor Lena Ortiz said ..."; "and said ..." takes
    # the sentence's subject): the surnames, lower-cased; empty when no one is named
    speaker: frozenset[str] = frozenset()


# (a word added here must open with one of the prefixes ``_BREAK`` looks for after a space:
# "af", "be", "de", "un", "tr"; else no break opens before it)
_SUBORDINATOR = r"(?:after|before|because|despite|until|tras|despu[eé]s\s+de)\s"
# Who, after a Spanish verb of saying (``claimwords.SPANISH_SAYING``), with an article and a
# title: "la alcaldesa Marta Ibarra", "el fiscal Ramón Quiroga", "la Secretaría de Seguridad
# Ciudadana" (the name's run is group 1)
_SPANISH_CAP = r"[A-Z\u00c0-\u00de][\w'.\u00c0-\u024f-]*"
_SPANISH_SOURCE = (
    r"\s+(?:el|la|los|las)\s+(?:[a-z\u00e0-\u024f]+\s+){0,3}?(" + _SPANISH_CAP
    + r"(?:\s+(?:(?:de|del)\s+(?:la\s+|los\s+)?)?" + _SPANISH_CAP + r"){0,5})"
)  # fmt: skip
# Where one claim ends and another begins: the break keeps the conjunction or relative pronoun
# with the claim it opens. English and Spanish, the two languages the press is read in.
# Every break opens on a separator (a semicolon, colon, comma or space), taken first as a class:
# the engine then skips every other character in C and tries the breaks only there (a
# lookahead for the separator did the same ~1.6x slower). Each break is written for the
# separator it opens on (its first ``\s`` of ``\s+`` is the one taken), in the order of the
# alternatives that can open there; after a space, only a word or a dash a break needs.
_AND_CLAUSE = (
    r"and\s+(?:[\w'-]+\s+){1,6}(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)\s"
)
_BREAK = re.compile(
    r"[;:,\s](?:"
    r"(?<=[;:])\s+"
    r"|(?<=,)(?:"  # after a comma
    r"\s+(?=(?:and|but|while|whereas|although|though|yet|which|who|whom|whose|where"
    r"|y|pero|mientras|aunque|que|quien|quienes|donde|cuyo|cuya)\s)"
    # a subordinate clause of time or cause often carries the known background of the news
    # (without a comma, only when a clause follows: see ``_subordinate``)
    r"|\s+(?=" + _SUBORDINATOR + r")"
    # "as" and "when" open a clause of time only when one follows (see ``_phrasal``): not "as
    # a result", "such as", "as well as", "known as" (each word before the separator taken)
    r"|(?=\s+(?:as|when)\s)(?<!such,)(?<!well,)(?<!known,)(?<!same,)(?<!\bso,)(?<!\bas,)"
    r"(?<!just,)\s+"
    # ", killing at least one": a participle adds a fact of its own ("including", "during",
    # "according" and their like are prepositions that continue the claim before them)
    r"|\s+(?=(?!(?:includ|dur|accord|follow|involv|concern|regard|surround)ing\s)[a-z]+ing\s)"
    # ", 99 were unaccounted for": the next of a list of clauses, each a subject and its verb
    r"|\s+(?=(?:[\w'-]+\s+){1,4}(?:is|are|was|were|has|have|had|will)\s)"
    r")"
    # after a space: what follows the spaces opens one of the words below, or is a dash
    r"|(?<=\s)(?=\s*(?:b[uey]|pe|a[fsn]|de|un|tr|wh|[ABTIOHSW\u2013\u2014-]))(?:"
    r"\s*(?=(?:but|pero)\s)"
    r"|\s*(?=" + _SUBORDINATOR + r")"
    r"|(?=\s*(?:as|when)\s)(?<!such\s)(?<!well\s)(?<!known\s)(?<!same\s)(?<!\bso\s)"
    r"(?<!\bas\s)(?<!just\s)\s*"
    # "at 1:30 a.m. By late afternoon": a sentence the sentence splitter left joined
    r"|(?<=\s[ap]\.m\.\s)\s*(?=(?:By|The|A|An|In|On|At|It|He|She|They|We|Officials)\s)"
    r"|\s*(?=and\s+(?:he|she|it|they|we)\s+\w+)"
    # "and" before a clause of its own: a subject, then a verb that shows it within a few words
    # ("and the second day of the festival has been cancelled"), not "Spain and Latin America"
    r"|\s*(?=" + _AND_CLAUSE + r")"
    r"|\s*[-\u2013\u2014]\s+"
    r"))"
)
# A Spanish verb, as far as spelling tells: a past or imperfect third person ("colapsó",
# "llevaron", "pasaba") or an auxiliary ("fue", "han", "está"); the present is left out (its
# endings are those of nouns and adjectives).
_SPANISH_VERB = (
    r"(?:fue|fueron|era|eran|es|son|ha|han|hab[ií]an?|est[aá]n?|ser[aá]n?|hay"
    r"|[a-z\u00e0-\u024f]{2,}(?:ó|aron|ieron|aba|aban))\b"
)
_SPANISH_WITHIN = r"(?:[\w\u00c0-\u024f]+\s+){0,3}?"  # a few words of one clause
# Where Spanish clauses break beyond what ``_BREAK`` cuts (its ", y", ", que", "tras"):
_SPANISH_BREAK = re.compile(
    r"(?=[,\s])(?:"  # (a comma or a space opens every break: see ``_BREAK``)
    # ", lo que dejó 26 muertos": a clause about the whole clause before it; ", mismo que fue
    # inaugurado en 2012": a relative clause as the press of the Americas writes it
    r",\s+(?=(?:lo|por\s+lo|con\s+lo|la|el|los|las|mism[oa]s?)\s+(?:que|cual|cuales)\s)"
    # ", ya que", ", porque": a clause of cause, as "because" opens
    r"|,\s+(?=(?:ya\s+que|porque|debido\s+a\s+que)\s)"
    # ", dejando 26 muertos": a gerund adds a fact of its own, as an English participle does
    # ("incluyendo" continues its claim as "including" does)
    r"|,\s+(?=(?!(?:cuando|comando|mando|bando|blando|incluyendo|siendo)\s)"
    r"[a-z\u00e0-\u024f]{2,}(?:ando|iendo|yendo)\s)"
    # "(,) cuando pasaba un tren": a clause of time, when its verb comes within a few words
    r"|,?\s+(?=cuando\s+" + _SPANISH_WITHIN + _SPANISH_VERB + r")"
    # "colapsó y llevó", "y la estructura cayó": "y" before a clause of its own (a subject may
    # be left out in Spanish), its verb within a few words; not "heridos y muertos"
    r"|\s+(?=y\s+(?:se\s+)?" + _SPANISH_WITHIN + _SPANISH_VERB + r"))"
)
# What every one of those breaks needs (a test before the scan: most sentences are English):
# "que" or "cual" (its relative clauses, "ya que", "porque"), "ando" or "endo" (a gerund,
# "cuando"), or "y" between spaces (a pattern that opens on the letter is searched for fast,
# one that opens on a space, as r"\sy\s", is not)
_SPANISH_AND = re.compile(r"y(?<=\sy)\s")


def _may_break_spanish(sentence: str) -> bool:
    """False when ``_SPANISH_BREAK`` cannot match in the sentence."""
    if "que" in sentence or "cual" in sentence or "ando" in sentence or "endo" in sentence:
        return True
    return _SPANISH_AND.search(sentence) is not None


# An appositive after a name: ", the agency's director," or ", a 42-year-old nurse,".
_APPOSITIVE = re.compile(
    r"(?=,)(?<=[A-Za-z\u00c0-\u024f.']),\s+((?:the|a|an|el|la|los|las|un|una)\s[^,;]{3,80}?),(?=\s)"
)
# A time of day (figures.CLOCK: "2 a.m.", "1:30 p.m."): when something happened, as a weekday or
# a month is, not a figure of what happened ("1:30" is no count of 1 and of 30, "a.m." no word
# "m"); with what places it ("shortly before 2 a.m. on Thursday", "about 1:30 a.m."): a detail a
# restatement often adds (a more precise time than the known "early Thursday"), so it is a
# claim of its own, and the rest of its sentence can restate what is known.
_WEEKDAY_ALTERNATIVES = "|".join(d.capitalize() for d in WEEKDAYS)
_MONTH_ALTERNATIVES = "|".join(m.capitalize() for m in MONTHS)
_CLOCK_PHRASE = re.compile(
    # atomic: a phrase is cut whole or not at all ("9 p.m. Friday during ..." is not cut)
    r"(?>(?:\b(?:and|or|but)\s+)?"
    r"(?:\b(?:shortly|just|sometime|some|roughly|approximately)\s+)?"
    r"(?:\b(?:about|around|at|before|after|by|until|near|from|since)\s+)?"
    + CLOCK.pattern
    + r"(?:\s+(?:local\s+time|[ECMP][SD]?T)\b)?"
    r"(?:,?\s+(?:on\s+)?(?:" + _WEEKDAY_ALTERNATIVES + r"|today|yesterday|tonight)\b)?"
    r"(?:,?\s+(?:on\s+)?(?:" + _MONTH_ALTERNATIVES + r")\s+\d{1,2}\b(?:,?\s+(?:19|20)\d{2}\b)?)?)"
    # ... where it ends a claim: before a comma or the end, "and", or a sentence left joined
    r"(?=\s*(?:[,;.!?\u2013\u2014]|$)|\s+(?:and|but)\s"
    r"|(?<=\.)\s+(?!(?:" + _WEEKDAY_ALTERNATIVES + "|" + _MONTH_ALTERNATIVES + r")\b)(?-i:[A-Z]))",
    re.IGNORECASE,
)

_SPANISH_WEEKDAY = r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
_SPANISH_MONTH_ALTERNATIVES = "|".join(SPANISH_MONTHS)
# ... with what places it ("poco después de las 22 horas del lunes", "alrededor de las 22:20
# horas (tiempo local) de este lunes 3 de mayo"): a claim of its own, as in English
_SPANISH_CLOCK_PHRASE = re.compile(
    r"(?>(?:\b(?:y|o|pero)\s+)?"
    r"(?:\b(?:poco|justo|aproximadamente|casi)\s+)?"
    r"(?:\b(?:(?:antes|despu[eé]s|luego|cerca|alrededor|a\s+partir)\s+de|a|hacia|desde|hasta"
    r"|pasadas|sobre)\s+)?"
    r"(?:\blas?\s+)?" + SPANISH_CLOCK.pattern + r"(?:\s+\(?(?:tiempo|hora)\s+(?:local|del\s+centro"
    r"(?:\s+de\s+[A-Z\u00c0-\u00de]\w+)?)\)?)?"
    r"(?:,?\s+(?:del?\s+)?(?:(?:este|esta|ese|el\s+pasado|pasado)\s+)?(?:"
    + _SPANISH_WEEKDAY
    + r"|hoy|ayer|anoche)\b)?"
    r"(?:,?\s+(?:del?\s+)?\d{1,2}\s+de\s+(?:" + _SPANISH_MONTH_ALTERNATIVES + r")\b"
    r"(?:\s+(?:de|del)\s+(?:19|20)\d{2}\b)?)?)"
    # ... where it ends a claim: before a comma or the end, or "y", "pero", "cuando"
    r"(?=\s*(?:[,;.!?\u2013\u2014]|$)|\s+(?:y|pero|cuando)\s)",
    re.IGNORECASE,
)


def _time_piece(piece: str) -> bool:
    """Whether a piece of a sentence is a time of day and what places it, nothing else."""
    if not DIGIT.search(piece):
        return False
    bare = piece.strip(" ,;.")
    if _CLOCK_PHRASE.fullmatch(bare) or _SPANISH_CLOCK_PHRASE.fullmatch(bare):
        return True
    # ... and who told it ("a las 22:20 horas, informó la Secretaría de Salud")
    for comma in reversed([m.start() for m in re.finditer(",", bare)]):
        time, source = bare[:comma], bare[comma + 1 :].strip()
        if _ATTRIBUTION.match(source):
            return bool(_CLOCK_PHRASE.fullmatch(time) or _SPANISH_CLOCK_PHRASE.fullmatch(time))
    return False


def time_of_day(claim: str) -> bool:
    """Whether a claim tells only when (a time of day), nothing of what happened."""
    return _time_piece(claim) or (not claim_words(claim) and bool(clock_times(claim)))


# A fragment that only says who told it: "officials said", "said Jane Doe, a spokeswoman".
_ATTRIBUTION = re.compile(
    r"^(?:and\s+)?(?:(?:[\w.'\u00c0-\u024f-]+\s+){0,5}(?:said|says|told\s+\w+|added|noted"
    r"|stated|explained|announced|reported|confirmed|wrote|" + SPANISH_SAYING + r")"
    r"(?:\s+(?:on\s+)?[\w.'\u00c0-\u024f-]+){0,3}"
    r"|(?:according\s+to|seg[uú]n|de\s+acuerdo\s+con)\s[^;,]{1,80}"
    # (the source's name capitalised: "informó la muerte de 14 personas" tells a fact)
    r"|(?:" + SPANISH_SAYING + r")(?-i:" + _SPANISH_SOURCE + r"))[.!?\"'\u201d]*$",
    re.IGNORECASE,
)


# A dateline ("DENVER - ", "SPRINGFIELD, Ill. - ", "BROWN CITY, Texas (AP) - ") says where the
# report was filed: no part of any claim.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'\u00c0-\u00de-]{2,30}(?:,\s[A-Z][\w.]{1,12}(?:\s[A-Z][\w.]{1,12})?)?"
    r"(?:\s\([^()]{1,40}\))?\s+(?:-{1,2}|\u2013|\u2014)\s+"
)


_CAP = r"[A-Z\u00c0-\u00de][\w'.\u00c0-\u024f-]*"
# (the lookahead holds the first letter of every verb of ``SAYING``, "according" and "Según":
# the engine tests one class at each position, not each verb)
_SAYING_INITIALS = "acdeimnprstuwS"
_SAYING_VERB = re.compile(
    r"(?=[" + _SAYING_INITIALS + r"])\b(?:" + SAYING + r"|according\s+to|[Ss]eg[uú]n)\b"
)
_NAME_BEFORE = re.compile(
    r"(" + _CAP + r"(?:\s+" + _CAP + r"){0,5})\s+(?:also\s+|later\s+|then\s+)?$"
)
_NAME_AFTER = re.compile(r"\s+(" + _CAP + r"(?:\s+" + _CAP + r"){0,5})")
# Spanish puts the one who said it after the verb (``_SPANISH_SOURCE``)
_SPANISH_NAME_AFTER = re.compile(_SPANISH_SOURCE)
# "and said ...": the one saying is the sentence's subject, named where the sentence begins
_ELIDED = re.compile(r"^(?:and\s+|but\s+|y\s+)?(?:also\s+|later\s+)?" + SAYING + r"\b")
# "X said A, and that B" / "X asked A and to B": X says B too
_REPORTED = re.compile(r"^(?:and|but|y|pero)\s+(?:that|que|to)\b", re.IGNORECASE)
_OPENING_NAME = re.compile(r"^(?:[\w'-]+\s+){0,2}?(" + _CAP + r"(?:\s+" + _CAP + r"){0,5})")


def _surname(run: str) -> frozenset[str]:
    """The last word of a run of capitalised words that is no function word or weekday: how a
    later sentence names the same speaker ("Mayor Ana María Ruiz Soto": "soto")."""
    words = [fold_accents(w).lower().strip(".'") for w in run.split()]
    words = [w for w in words if w and w not in NOT_CONTENT]
    return frozenset(words[-1:])


def _speaker(piece: str, sentence: str) -> frozenset[str]:
    """Who, by name, the claim says told it (empty when no one is named)."""
    for verb in _SAYING_VERB.finditer(piece):
        found = _NAME_BEFORE.search(piece, max(0, verb.start() - 90), verb.start())
        found = found or _NAME_AFTER.match(piece, verb.end())
        found = found or _SPANISH_NAME_AFTER.match(piece, verb.end())
        if found:
            return _surname(found.group(1))
    if _ELIDED.match(piece):
        opening = _OPENING_NAME.match(sentence)
        if opening:
            return _surname(opening.group(1))
    return frozenset()


def attributed_to(speaker: frozenset[str], sentence: str) -> bool:
    """Whether the sentence reports what the speaker said: it names them and has a verb of
    saying (a known sentence that only mentions them reports no statement of theirs)."""
    if not speaker:
        return True
    return bool(SAYING_WORD.search(sentence)) and speaker <= {
        fold_accents(n).lower().strip(".'") for n in re.findall(_CAP, sentence)
    }


_PARTICIPLE_OPENING = re.compile(r"^[a-z]+ing\s")
_SPANISH_GERUND_OPENING = re.compile(r"^[a-z\u00e0-\u024f]{2,}(?:ando|iendo|yendo)\s")
# a Spanish future ("seguirá", "revisarán"): a finite verb that ``FINITE`` does not spell
_SPANISH_FUTURE = re.compile(r"\b[a-z\u00e0-\u024f]{3,}r(?:á|án)\b")
_FRAGMENT_WORDS = 4  # content words (a run of capitalised ones counts once) without a verb
_TOKEN = re.compile(r"[\w'\u00c0-\u024f]+")


def _fragment(piece: str) -> bool:
    """Too short to state a fact: under two content words, or a few without any verb."""
    if not has_claim_words(piece, _MIN_CLAIM_WORDS):
        return True
    size, in_name = 0, False
    for token in _TOKEN.findall(piece):
        if (token if token.isascii() else fold_accents(token)).lower() in NOT_CONTENT:
            in_name = False
            continue
        capital = token[0].isupper()
        size += not (capital and in_name)
        if size > _FRAGMENT_WORDS:
            return False
        in_name = capital
    return not (
        has_finite_verb(piece)
        or _PARTICIPLE_OPENING.match(piece)
        or _SPANISH_GERUND_OPENING.match(piece)
        or _SPANISH_FUTURE.search(piece)
    )


_CLAUSE_OPENING = re.compile(
    r"(?:[a-z]+ing|he|she|it|they|we|I|you|[eé]l|ella|ellos|ellas)\b", re.IGNORECASE
)
_BARE_SUBORDINATOR = re.compile(r"\s+(" + _SUBORDINATOR + r")")
_LOOSE_SUBORDINATOR = re.compile(r"((?:as|when)\s)")
_CLAUSE_VERB_WITHIN = 4  # words after "as"/"when" within which a clause shows its verb
# what follows, up to a punctuation mark or a relative clause ("the networks that moved ...")
_UP_TO_PUNCTUATION = re.compile(r"\s*((?:(?!\b(?:that|which|who|whom|whose|where)\b)[^,;:.!?])*)")


def _phrasal(sentence: str, match: re.Match[str]) -> bool:
    """Whether a break before "after" (or "before", "until", ...) without a comma is no clause
    boundary: no subject pronoun, participle or finite verb follows ("after the mayor met the
    president", "before they board" open clauses), only a noun phrase, as after a phrasal
    verb's particle ("to go after the networks that hired them", "looked after the children")."""
    loose = _LOOSE_SUBORDINATOR.match(sentence, match.end())
    if loose is not None:
        # "as" and "when" are so often no conjunction ("listed as missing in the collapse of
        # a tower ... have been recovered") that the verb must come within a few words
        opening = _UP_TO_PUNCTUATION.match(sentence, loose.end())
        words = (opening.group(1) if opening else "").split()[:_CLAUSE_VERB_WITHIN]
        return not has_finite_verb(" ".join(words))
    bare = _BARE_SUBORDINATOR.match(sentence, match.start())
    if bare is None or bare.start(1) != match.end():
        return False
    rest = _UP_TO_PUNCTUATION.match(sentence, bare.end(1))
    clause = rest.group(1) if rest else ""
    return not (_CLAUSE_OPENING.match(clause) or has_finite_verb(clause))


# A sentence that opens with a subordinate clause ("As the stories of the victims emerged,
# mourners gathered"): the clause, up to the comma where the main clause shows its verb, is
# a claim of its own (it often restates the known background of the news)
_OPENER = re.compile(
    r"(?:As|When|While|After|Before|Since|Once|Although|Though|Because|Until)\s"
    # ... or with how long before or after: "A year after the fire left two dead, ..."
    r"|(?:[A-Z][\w-]*\s+)(?:[\w-]+\s+){0,2}?(?:after|before|since|until)\s"
)
_CLAUSE_COMMA = re.compile(r",\s+")


# How it happened, in a phrase that ends a clause ("came down with a roar", "ended with a
# bang", before a comma, the end or a time of day): a detail a restatement adds to what is known,
# so a claim of its own, and the clause before it can restate what is known. Only "with a/an":
# "with the" and a bare "with" are most often what the verb takes ("shared with tenants").
_MANNER = re.compile(
    r"(?<=[a-z])\s+(with\s+an?\s+[a-z]+(?:\s+[a-z]+)?)"
    r"(?=\s*(?:[,;.!?]|$)|\s+(?:(?:shortly|just|about|around|at|before|after|by)\s+){1,2}\d)"
)
_MANNER_PIECE = re.compile(r"with\s+an?\s+[a-z]+(?:\s+[a-z]+)?[.,;!?]*")


def _opening_clause(sentence: str, start: int) -> tuple[int, int] | None:
    """Where a sentence's opening subordinate clause ends and its main clause begins: at the
    first comma with a finite verb before it (in the clause) and within a few words after it."""
    if not _OPENER.match(sentence, start):
        return None
    for comma in _CLAUSE_COMMA.finditer(sentence, start):
        clause = sentence[start : comma.start()]
        if has_finite_verb(clause, 3) and _verb_follows(sentence, comma.end()):
            return comma.start(), comma.end()
    return None


def _verb_follows(sentence: str, at: int) -> bool:
    """Whether a finite verb comes within ``_CLAUSE_VERB_WITHIN`` words after ``at``, before
    the next punctuation: a main clause begins there."""
    rest = _UP_TO_PUNCTUATION.match(sentence, at)
    words = (rest.group(1) if rest else "").split()[: _CLAUSE_VERB_WITHIN + 1]
    return has_finite_verb(" ".join(words))


# A Spanish sentence's opening clause: a preposition of time or cause ("Tras el accidente",
# "Después del colapso", "Un día después de ...": no verb needed, a short one is no claim and
# joins the main clause) or a conjunction ("Cuando el tren pasaba", its verb in the clause)
_SPANISH_OPENER = re.compile(
    r"(?:Tras|(?:Despu[eé]s|Luego|Antes|A\s+ra[ií]z)\s+del?|Pese\s+al?|A\s+pesar\s+del?"
    r"|Al(?!\s+menos\b)|Desde)\s"
    r"|(?:[A-Z][\w\u00c0-\u024f-]*\s+)(?:[\w\u00c0-\u024f-]+\s+){0,2}?(?:despu[eé]s|antes)\s+del?\s"
    r"|(?P<conjunction>Cuando|Mientras|Aunque|Porque|Una\s+vez\s+que|Ya\s+que)\s"
)


def _spanish_opening(sentence: str, start: int) -> tuple[int, int] | None:
    """Where a Spanish sentence's opening clause ends: at the first comma with a verb within a
    few words after it (and, after a conjunction, a verb before it)."""
    opener = _SPANISH_OPENER.match(sentence, start)
    if opener is None:
        return None
    for comma in _CLAUSE_COMMA.finditer(sentence, opener.end()):
        if opener["conjunction"] and not has_finite_verb(sentence, opener.end(), comma.start()):
            continue
        if _verb_follows(sentence, comma.end()):
            return comma.start(), comma.end()
    return None


# A Spanish dateline: "VILLANUEVA.- ", "SAN ROQUE (EFE).- "
_SPANISH_DATELINE = re.compile(
    r"^[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de .'-]{2,40}(?:\s?\([^()]{1,40}\))?\.[-\u2013\u2014]\s*"
)


def _spans(sentence: str) -> list[tuple[int, int]]:
    dateline = _DATELINE.match(sentence) or _SPANISH_DATELINE.match(sentence)
    cuts = {dateline.end() if dateline else 0, len(sentence)}
    first = min(cuts)
    for match in _BREAK.finditer(sentence, first):
        if _phrasal(sentence, match):
            continue
        cuts.update((match.start(), match.end()))
    for match in _APPOSITIVE.finditer(sentence, first):
        cuts.update((match.start(1), match.end(1) + 1))
    if _may_break_spanish(sentence):
        for match in _SPANISH_BREAK.finditer(sentence, first):
            cuts.update((match.start(), match.end()))
    opening = _opening_clause(sentence, first) or _spanish_opening(sentence, first)
    if opening is not None:
        cuts.update(opening)
    if "with a" in sentence:
        for match in _MANNER.finditer(sentence, first):
            cuts.update((match.start(), match.start(1)))
    if DIGIT.search(sentence):  # (no time of day without a digit: most sentences)
        if CLOCK.search(sentence):
            for match in _CLOCK_PHRASE.finditer(sentence, first):
                cuts.update((match.start(), match.end()))
        if may_give_spanish_clock(sentence) and SPANISH_CLOCK.search(sentence):
            for match in _SPANISH_CLOCK_PHRASE.finditer(sentence, first):
                cuts.update((match.start(), match.end()))
    ordered = sorted(cuts)
    spans = []
    for start, end in itertools.pairwise(ordered):
        piece = sentence[start:end]
        lead = len(piece) - len(piece.lstrip(" ,;-\u2013\u2014"))
        trail = len(piece.rstrip(" ,;-\u2013\u2014"))
        if trail > lead:
            spans.append((start + lead, start + trail))
    return spans


def split_claims(sentence: str) -> list[Claim]:
    """The claims of a sentence, in order; a sentence with one claim gives itself.

    A fragment that only names who said it joins the claim before it (or after it, when it
    opens the sentence), and one too short to state a fact joins its neighbour, so each claim
    reads as a fact with its source.
    """
    return list(_claims_of(sentence))


# (once per text: a follow-up's sentences are cut again when it is added to what the story knows)
@functools.lru_cache(maxsize=16384)
def _claims_of(sentence: str) -> tuple[Claim, ...]:
    claims: list[Claim] = []
    for s, e in claim_spans(sentence):
        speaker = _speaker(sentence[s:e], sentence)
        if not speaker and claims and _REPORTED.match(sentence[s:e]):
            speaker = claims[-1].speaker
        claims.append(Claim(sentence[s:e], s, e, speaker))
    return tuple(claims)


@functools.lru_cache(maxsize=16384)
def claim_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Where each claim of ``split_claims`` stands in the sentence (its start and end), without
    who told it: what a claim that is never matched needs (who said it is asked only when a
    claim is matched against the known ones: most of a new page's are not)."""
    spans = _spans(sentence)
    if len(spans) == 1:
        # no split point: the one piece is the claim whatever it is (a fragment or a time of
        # day joins a neighbour, and it has none), so none of the tests below is asked
        return (spans[0],)
    appositives: set[int] | None = None  # read only beside a short claim: found then
    # What each piece tested gave, by its span: the last claim is tested again as a time of day
    # when a piece follows it, the first again at the end (both tests read the piece alone).
    times: dict[tuple[int, int], bool] = {}
    shorts: dict[tuple[int, int], bool] = {}
    merged: list[tuple[int, int]] = []
    carried: int | None = None
    for start, end in spans:
        if carried is not None:
            start, carried = carried, None
        piece = sentence[start:end]
        # a time of day is a claim of its own (see _CLOCK_PHRASE), and so is a manner
        timed = times[start, end] = _time_piece(piece)
        if timed or _MANNER_PIECE.fullmatch(piece):
            merged.append((start, end))
            continue
        short = shorts[start, end] = _fragment(piece)
        if short and merged and sentence[merged[-1][1] - 1] == "." and piece[:1].isupper():
            carried = start  # "By late afternoon": the opening of the next claim, not the last's
            continue
        if merged and _span_is_time(sentence, merged[-1], times):
            # what follows a time of day is none of it (but the full stop that ends it); a
            # fragment after it opens the next claim ("on Friday, in Riverton")
            if not any(ch.isalnum() for ch in piece):
                merged[-1] = (merged[-1][0], end)
            elif short:
                carried = start
            elif _ATTRIBUTION.match(piece.lstrip(" ,")):
                # who told it ("informó la Secretaría de Salud") stays with the time, as "officials
                # said" does: a source alone would be a claim of nothing but names
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
            continue
        # the name an appositive describes stays with it: "Harbour Court, a 12-story condo"
        named = bool(merged) and merged[-1][1] - merged[-1][0] < 40
        if named:
            if appositives is None:
                appositives = {m.start(1) for m in _APPOSITIVE.finditer(sentence)}
            named = start in appositives
        if merged and (short or named or _ATTRIBUTION.match(piece)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if carried is not None:  # (after a time of day: "at 10 a.m., on Friday, in Riverton")
        merged[-1] = (merged[-1][0], len(sentence))
    if len(merged) > 1:
        first = sentence[merged[0][0] : merged[0][1]]
        tested = shorts.get(merged[0])
        if not _span_is_time(sentence, merged[0], times) and (
            (_fragment(first) if tested is None else tested) or _ATTRIBUTION.match(first)
        ):
            merged[1] = (merged[0][0], merged[1][1])
            merged.pop(0)
    if not merged:
        return ((0, len(sentence)),) if sentence.strip() else ()
    return tuple(merged)


def _span_is_time(sentence: str, span: tuple[int, int], times: dict[tuple[int, int], bool]) -> bool:
    """``_time_piece`` of the sentence's piece at ``span``, from ``times`` when it was tested."""
    timed = times.get(span)
    if timed is None:
        timed = times[span] = _time_piece(sentence[span[0] : span[1]])
    return timed
