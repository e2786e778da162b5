"""Unit tests for the pure text helpers (normalising, tokens, splitting, folding)."""

from __future__ import annotations

import re

import pytest

from monitor import text as text_module
from monitor.text import (
    fingerprint,
    fold,
    has_odd_case,
    may_hold,
    normalise,
    split_paragraphs,
    split_sentences,
    strip_accents,
    tokens,
)


def test_normalise_plain_quotes_dashes_and_spaces() -> None:
    assert normalise("\u201cHi\u201d \u2014  it\u2019s\u00a0ok") == '"Hi" - it\'s ok'


def test_normalise_ascii_fast_path_still_collapses_spaces() -> None:
    assert normalise("  a \t b\n c ") == "a b c"


def test_normalise_collapses_every_space_a_regex_reads_as_space() -> None:
    # Every character r"\s" matches (NFKC keeps them, or maps them to one such) is a word
    # break, and nothing else is: "\x1c" and "\u2003" break words, "\u200b" does not.
    spaces = [chr(c) for c in range(0x3001) if re.fullmatch(r"\s", chr(c))]
    assert "\x1c" in spaces and "\u2003" in spaces and "\u3000" in spaces
    for space in spaces:
        assert normalise(f"{space}Ana{space}{space}Rey{space}") == "Ana Rey"
    assert normalise("Ana\u200bRey") == "Ana\u200bRey"


def test_fingerprint_ignores_cosmetic_differences() -> None:
    assert fingerprint("Mexico\u2019s  plan.") == fingerprint("mexico's plan")
    assert fingerprint("Mexico's plan") != fingerprint("Mexico's plans")


def test_tokens_keep_accented_words_and_numbers() -> None:
    got = tokens("Ciudad Juárez, 172,000 migrantes")
    assert got == ["ciudad", "juárez", "172,000", "migrantes"]


def _tokens_one_by_one(text: str) -> list[str]:
    """How tokens were made before the whole text was lowered at once."""
    return [t.lower() for t in text_module._WORD.findall(normalise(text))]


@pytest.mark.parametrize(
    "text",
    [
        "İstanbul's MAYOR, Ankara",  # İ lowers to two characters: split apart if lowered whole
        "GROẞE Straße",  # ẞ is outside the word letters, its lower case ß inside
        "Ⱥrgon and ƁAMAKO",  # letters inside whose lower case is outside
        "\u201cMexico\u2019s\u201d  plan\u00a0\u2014 O\u2019Brien, well-known; 1,000.5 ΣΟΦΙΑΣ",
        "Ciudad Juárez, 172,000 MIGRANTES",
        "plain ASCII, Don't STOP-gap 3.5",
    ],
)
def test_tokens_are_the_words_lowered_one_by_one(text: str) -> None:
    assert tokens(text) == _tokens_one_by_one(text)


def test_case_unsafe_characters_are_every_one_this_python_knows() -> None:
    # A character is safe to lower with the whole text when its lower case is one character
    # and is a word character exactly when it is: the list in text.py must hold the others.
    word_char = re.compile(r"[A-Za-z\u00c0-\u024f]|\d")
    unsafe = [
        c
        for c in map(chr, range(0x110000))
        if not 0xD800 <= ord(c) <= 0xDFFF
        and (
            len(c.lower()) != 1
            or bool(word_char.fullmatch(c)) != bool(word_char.fullmatch(c.lower()))
        )
    ]
    assert unsafe
    assert all(text_module._CASE_UNSAFE.fullmatch(c) for c in unsafe)
    listed = text_module._CASE_UNSAFE.pattern.strip("[]")
    assert len(listed) == len(unsafe)


def test_split_sentences_respects_abbreviations() -> None:
    text = "Sen. Smith spoke in the U.S. capital. Then he left.\nNew paragraph here."
    assert split_sentences(text) == [
        "Sen. Smith spoke in the U.S. capital.",
        "Then he left.",
        "New paragraph here.",
    ]
    assert split_paragraphs("a\n\n b \n") == ["a", "b"]


def test_strip_accents_and_fold() -> None:
    assert strip_accents("México, Quédate, niño") == "Mexico, Quedate, nino"
    assert strip_accents("plain ascii") == "plain ascii"
    assert fold("  GUARDIA  Nacional \u2014 México ") == "guardia nacional - mexico"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'She said: "We are not done. We will rebuild every home." Then she left.',
            ['She said: "We are not done. We will rebuild every home."', "Then she left."],
        ),
        (
            '"Do not come. Do not come," Lopez said. Next sentence.',
            ['"Do not come. Do not come," Lopez said.', "Next sentence."],
        ),
        (  # a stray mark that never closes does not glue the paragraph together
            'A stray " mark. Then more text. And more.',
            ['A stray " mark.', "Then more text.", "And more."],
        ),
    ],
)
def test_a_quote_is_never_cut_at_its_own_full_stops(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_may_hold_answers_for_a_case_blind_pattern() -> None:
    pattern = re.compile(r"signal|onset", re.IGNORECASE)
    for text in (
        "The SIGNAL from Vellar Pass",
        "An onset at dawn",
        "No word from Vellar Pass",
        "The \u017fignal",
        "The S\u0131GNAL",
        "THE S\u0130GNAL",
        "THE ON\u017fET",
    ):
        if pattern.search(text):
            assert may_hold(text, text.lower(), ("signal", "onset")), text
    assert not may_hold("No word from Vellar Pass", "no word from vellar pass", ("signal",))
    assert has_odd_case("The \u017fignal") and has_odd_case("S\u0130GNAL")
    assert not has_odd_case("The signal, the SIGNAL")
