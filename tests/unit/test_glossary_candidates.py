"""The glossary of monitor.crosslingual follows its stated construction rule."""

from __future__ import annotations

from importlib import resources

from bench.crosslingual.glossary_candidates import candidates

from monitor import crosslingual
from monitor.text import strip_accents


def _glossary_words() -> list[str]:
    path = resources.files("monitor").joinpath("languagedata", "glossary.es-en.tsv")
    lines = path.read_text("utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")]


def test_every_glossary_word_is_a_candidate_of_the_construction_rule() -> None:
    words = _glossary_words()
    assert len(words) > 1000
    assert set(words) <= set(candidates(2000))


def test_candidates_leave_out_function_words_cognates_and_english_spellings() -> None:
    kept = set(candidates(2000))
    assert "frontera" in kept
    assert not {"para", "porque", "nosotros"} & kept  # function words
    assert "gobierno" in kept and "información" not in kept  # the cognate rules rewrite it
    assert "hospital" not in kept  # already an English word
    for word in kept:
        assert crosslingual.cognate(word, "es", "en") == strip_accents(word)
