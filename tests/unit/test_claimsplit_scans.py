"""The claim splitter's scans written for speed find what their plain forms find."""

from __future__ import annotations

import re

import pytest

from monitor import claimsplit
from monitor.claimwords import SAYING

# ``_BREAK`` as it was written before it opened on a class of separators: a lookahead for the
# separator, then each break from the separator on (the reference the rewrite must equal)
_PLAIN_BREAK = re.compile(
    r"(?=[;:,\s])(?:"
    r"[;:]\s+"
    r"|,\s+(?=(?:and|but|while|whereas|although|though|yet|which|who|whom|whose|where"
    r"|y|pero|mientras|aunque|que|quien|quienes|donde|cuyo|cuya)\s)"
    r"|\s+(?=(?:but|pero)\s)"
    r"|,?\s+(?=" + claimsplit._SUBORDINATOR + r")"
    r"|(?=,?\s+(?:as|when)\s)(?<!such)(?<!well)(?<!known)(?<!same)(?<!\bso)(?<!\bas)(?<!just),?\s+"
    r"|,\s+(?=(?!(?:includ|dur|accord|follow|involv|concern|regard|surround)ing\s)[a-z]+ing\s)"
    r"|,\s+(?=(?:[\w'-]+\s+){1,4}(?:is|are|was|were|has|have|had|will)\s)"
    r"|(?<=\s[ap]\.m\.)\s+(?=(?:By|The|A|An|In|On|At|It|He|She|They|We|Officials)\s)"
    r"|\s+(?=and\s+(?:he|she|it|they|we)\s+\w+)"
    r"|\s+(?=" + claimsplit._AND_CLAUSE + r")"
    r"|\s+[-\u2013\u2014]\s+"
    r")"
)

# invented sentences, each with one or more breaks of each kind (and near misses)
_BREAK_SENTENCES = [
    "The bridge in Norbury closed; the ferry ran late: crews said so.",
    "The dam at Velmor held, and the river fell, but the road stayed shut.",
    "The council met after the storm passed and the mayor spoke before they voted.",
    "Ferries ran as the tide rose, such as the one at Kell, as well as others known as tenders.",
    "The levee broke, when the water rose, just as engineers warned; so as to be safe.",
    "The quay flooded, killing two, including a pilot, during the night, according to police.",
    "The wall fell, 99 were missing, the town has asked for help.",
    "The alarm sounded at 1:30 a.m. By dawn the street was empty, at 4 p.m. The mayor spoke.",
    "The pier gave way and they ran inland and the second day of the fair has been cancelled.",
    "The mill burned \u2013 nobody was hurt \u2014 and the owner - a Dornish firm - will rebuild.",
    "Spain and Latin America, which share a language, whose ties are old, where trade grows.",
    "El puente cayó, y la gente huyó, pero nadie murió, mientras llovía, tras la tormenta.",
    "The storm  passed,\tand the power\nreturned as  when  it  was  after  the  flood.",
    "A\u00a0bridge\u00a0fell,\u00a0and\u00a0crews\u00a0came but\u00a0left.",
    "",
    ",;: - ",
    "ALL CAPS, AND MORE; AFTER IT AS WHEN",
    "The siren stopped at 9 a.m. She left early, as usual, and just, as planned, at 5 p.m. We met.",
]


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("sentence", _BREAK_SENTENCES)
def test_break_scan_finds_what_its_plain_form_finds(sentence: str) -> None:
    for text in (sentence, sentence.upper(), sentence.lower(), sentence.replace(" ", "\n")):
        for pos in (0, 1, len(text) // 2):
            assert _spans(claimsplit._BREAK, text, pos) == _spans(_PLAIN_BREAK, text, pos)


def test_break_scan_cuts_at_each_kind_of_break() -> None:
    # (the reference above would agree with a scan that found nothing: this one must find)
    found = {m.group() for s in _BREAK_SENTENCES for m in claimsplit._BREAK.finditer(s)}
    assert {"; ", ": ", ", ", " ", " \u2013 ", " \u2014 ", " - "} <= found
    # ", when" and "; ", not "just as" nor "so as"
    assert _spans(claimsplit._BREAK, _BREAK_SENTENCES[4]) == [(15, 17), (62, 64)]


def test_saying_verb_lookahead_holds_every_first_letter() -> None:
    """``_SAYING_VERB`` looks for a verb only where a letter one opens with stands."""
    alternatives = SAYING.removeprefix("(?:").removesuffix(")").split("|")
    alternatives += ["according", "Seg", "seg"]
    for verb in alternatives:
        assert verb[0] in claimsplit._SAYING_INITIALS, verb
    plain = re.compile(r"\b(?:" + SAYING + r"|according\s+to|[Ss]eg[uú]n)\b")
    for text in (
        "Mayor Ines Varga said the ferry would run, officials told reporters.",
        "According to the harbour office, the quay is shut, according to Varga.",
        "Según la alcaldesa, el puente cayó, informó Ruiz; añadió que exigió ayuda.",
        "The unsaid part, sayings and retold tales: resaid, saidx, 1said.",
    ):
        assert [m.span() for m in claimsplit._SAYING_VERB.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
    assert claimsplit._SAYING_VERB.search("the mayor warned")


def test_clock_opens_on_a_digit_after_no_word_character() -> None:
    """``figures.CLOCK`` as written with its hour's first digit first: the spans and groups of
    the plain form (a word boundary, then one or two digits)."""
    from monitor.figures import CLOCK

    plain = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
    texts = [
        "The gates shut at 9 a.m. and reopened at 1:30 P.M., then at 11pm.",
        "Trains left at 10.45am, x9 a.m. is no time, nor 123 pm, nor a_7 am.",
        "At 7 a.m (local) and 12 p.m; 07:05 AM, 0:00am.",
        "9am",
    ]
    for text in texts:
        for pos in (0, 1, 5):
            assert [(m.span(), m.groups()) for m in CLOCK.finditer(text, pos)] == [
                (m.span(), m.groups()) for m in plain.finditer(text, pos)
            ]
    assert [m.group() for m in CLOCK.finditer(texts[1])] == ["10.45am"]
    assert CLOCK.match("9 a.m.") and not CLOCK.match("x9 a.m.", 1)


@pytest.mark.parametrize(
    "text",
    [
        "El puente cayó a las 22:20 horas del lunes en Villanueva.",
        "A LAS 10 HORAS cerró la estación; a la\u017f 9 horas abrió.",  # (a long s reads as s)
        "Las 10 de la noche, dijo el alcalde Ruiz.",
        "The gates shut at 9 a.m., 14 people were hurt.",
        "Unos 12 heridos y 3 muertos.",
        "El tren salió 22:20 horas del andén.",
    ],
)
def test_spanish_clock_test_before_its_scan(text: str) -> None:
    """``may_give_spanish_clock`` is True wherever ``SPANISH_CLOCK`` finds a time, and
    ``clock_times`` and ``without_clock`` read the same as with the scan always run."""
    from monitor.claimwords import (
        CLOCK,
        SPANISH_CLOCK,
        _spanish_hour,
        clock_times,
        may_give_spanish_clock,
        without_clock,
    )

    found = SPANISH_CLOCK.search(text) is not None
    assert may_give_spanish_clock(text) or not found
    english = {f"{int(m[1])}:{m[2] or '00'}{m[3].lower()}" for m in CLOCK.finditer(text)}
    assert clock_times(text) == english | set(map(_spanish_hour, SPANISH_CLOCK.finditer(text)))
    blank = CLOCK.sub(lambda m: " " * len(m[0]), text)
    assert without_clock(text) == SPANISH_CLOCK.sub(lambda m: " " * len(m[0]), blank)
    assert found is ("horas" in text.lower() or ":" in text or "noche" in text)


def test_spanish_clock_test_is_false_without_colon_or_las() -> None:
    from monitor.claimwords import may_give_spanish_clock

    assert not may_give_spanish_clock(
        "Unos 12 heridos y 3 muertos, dijo a las.".replace("las", "los")
    )
    assert may_give_spanish_clock("A LAS 10") and may_give_spanish_clock("a la\u017f 10")
