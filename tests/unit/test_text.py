"""Unit tests for the pure text helpers (normalising, tokens, splitting, folding)."""

from __future__ import annotations

import pytest

from monitor.text import (
    fingerprint,
    fold,
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


def test_fingerprint_ignores_cosmetic_differences() -> None:
    assert fingerprint("Mexico\u2019s  plan.") == fingerprint("mexico's plan")
    assert fingerprint("Mexico's plan") != fingerprint("Mexico's plans")


def test_tokens_keep_accented_words_and_numbers() -> None:
    got = tokens("Ciudad Juárez, 172,000 migrantes")
    assert got == ["ciudad", "juárez", "172,000", "migrantes"]


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
