"""A story model reads the other language: Spanish articles against an English baseline.

Written on the invented event of ``test_storymodel`` (the Harbour Street Bridge), in our own
words: no real article text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from monitor import crosslingual, dense, storymodel
from monitor.relevance import assess, build_profile
from tests.unit.test_storymodel import BASELINE_TEXT, BASELINE_TITLE, FOLLOW_UP, STORY

# The follow-up of test_storymodel, told by the Spanish-language press.
SPANISH_FOLLOW_UP = (
    "Placas corroídas, la causa probable del colapso del puente Harbour Street en Port Alder",
    """Los investigadores federales informaron el viernes que las placas de unión corroídas del
tramo oriental del puente Harbour Street fueron probablemente las primeras en ceder, en el
colapso que arrojó autos y un autobús al río Alder el mes pasado.

El informe preliminar de la Junta Nacional de Seguridad del Transporte concluyó que las placas
habían perdido un tercio de su grosor. La alcaldesa Ingrid Solvang dijo que la ciudad
reemplazará el puente en lugar de repararlo.""",
)
# Another bridge of the field, in Spanish: it shares the field's words, not the event's names.
SPANISH_LOOK_ALIKE = (
    "Millbrook cierra un viejo puente ferroviario tras hallar grietas en sus vigas",
    """Los inspectores de Millbrook cerraron el lunes el puente ferroviario de Ferris Lane tras
encontrar grietas en dos vigas de acero, y los trenes de carga se desviarán durante al menos un
mes. El departamento estatal de transporte dijo que el puente de 1958 recibió una calificación
de malas condiciones el año pasado y que las reparaciones costarán unos 12 millones de dólares.
Nadie resultó herido.""",
)


@pytest.mark.parametrize(
    ("spanish", "english"),
    [
        ("migrantes", "migrants"),  # -antes / -ants
        ("migración", "migration"),  # -ción / -tion, the accent folded
        ("inmigrantes", "immigrants"),  # inm- / imm-
        ("investigadores", "investigators"),  # -adores / -ators
        ("seguridad", "security"),  # "segurity" is no English word: the glossary's
        ("programa", "program"),
        ("familias", "families"),  # -ias / -ies
        ("democracia", "democracy"),  # -cia / -cy
        ("méxico", "mexico"),  # a name travels unchanged but for its accents
        ("lópez", "lopez"),
        ("frontera", "border"),  # no cognate: the glossary's translation
        ("edificio", "building"),
        ("muertos", "dead"),
        ("zarigüeya", "zarigueya"),  # neither cognate nor glossary: itself
        ("casa", "casa"),  # "cas" is too short to be the word; the word itself wins
    ],
)
def test_a_spanish_word_is_written_as_its_english_cognate(spanish: str, english: str) -> None:
    assert crosslingual.counterpart(spanish, "es", "en") == english


def test_the_glossary_comes_before_the_cognate_rules_and_only_for_its_pair() -> None:
    # "gobierno" has no cognate the rules can find; the glossary knows it.
    assert crosslingual.cognate("gobierno", "es", "en") == "gobierno"
    assert crosslingual.counterpart("gobierno", "es", "en") == "government"
    assert crosslingual.counterpart("Gobierno".lower(), "es", "en") == "government"
    # The accent-folded word is looked up: "pais" and "país" are one word.
    assert crosslingual.counterpart("pais", "es", "en") == "country"
    # No glossary for a pair it does not know.
    assert crosslingual.counterpart("gobierno", "fr", "en") == "gobierno"


def test_only_the_pairs_it_knows_are_brought_across() -> None:
    assert crosslingual.supported("es", "en")
    assert not crosslingual.supported("en", "en")
    # A pair it has no rules for only folds accents.
    assert crosslingual.counterpart("migración", "fr", "en") == "migracion"


def test_a_spanish_follow_up_shares_the_english_baseline_s_names_and_cognates() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    assert model.language == "en"
    found = storymodel.match(model, *SPANISH_FOLLOW_UP, with_dense=False)
    assert {"harbour", "port alder", "ingrid solvang", "alder"} <= set(found.found)
    assert "harbour" in found.in_headline
    look_alike = storymodel.match(model, *SPANISH_LOOK_ALIKE, with_dense=False)
    assert not {"harbour", "port alder", "ingrid solvang"} & set(look_alike.found)
    assert found.cosine > 3 * look_alike.cosine
    # Weighed in its own language, it matches about as well as the English follow-up does (read
    # with English rarities, its every Spanish word was rare, and it matched a third as well).
    english = storymodel.match(model, *FOLLOW_UP, with_dense=False)
    assert found.cosine > 0.8 * english.cosine


def test_a_spanish_text_is_weighed_in_spanish_under_english_keys() -> None:
    weights = storymodel.term_weights(
        "en", [("Los inmigrantes esperan en la frontera con sus familias", 1)], source="es"
    )
    assert {"immigrants", "border"} <= set(weights)
    assert "inmigrantes" not in weights
    # Each word as rare as it is in Spanish: "familias" is too common there to weigh anything,
    # "inmigrantes" weighs what it weighs in a Spanish text.
    assert "families" not in weights and "familias" not in weights
    at_home = storymodel.term_weights("es", [("inmigrantes", 1)])
    assert weights["immigrants"] == at_home["inmigrantes"]


def test_accented_names_of_the_baseline_match_either_spelling_across_languages() -> None:
    model = storymodel.build_model(
        "Mayor Inés Ródenas opens the Harbour Street inquiry",
        "Mayor Inés Ródenas of Port Alder opened an inquiry into the Harbour Street collapse.",
    )
    assert "ródenas" in model.terms  # the model keeps the baseline's own spelling
    for spelling in ("Ródenas", "Rodenas"):
        found = storymodel.match(
            model,
            f"La alcaldesa {spelling} abre la investigación del colapso",
            f"La alcaldesa Inés {spelling} abrió la investigación del colapso en Port Alder.",
            with_dense=False,
        )
        assert "rodenas" in found.found and "port alder" in found.found


def _judge(title: str, text: str) -> tuple[bool, float, tuple[str, ...]]:
    profile = build_profile(STORY, BASELINE_TITLE, BASELINE_TEXT)
    a = assess(profile, url="https://otro.example/a", title=title, text=text,
               published=datetime(2026, 4, 10, tzinfo=UTC), date_source="feed")  # fmt: skip
    return a.follow_up, a.score, a.reasons


def test_the_spanish_follow_up_is_accepted_and_the_spanish_look_alike_is_not() -> None:
    ok, score, reasons = _judge(*SPANISH_FOLLOW_UP)
    assert ok, (score, reasons)
    assert reasons[1] == (
        "written in Spanish: its words and the baseline's compared as English writes them "
        "(cognates, a glossary of common words, names without accents)"
    )
    assert any("port alder" in r for r in reasons)
    ok, score, reasons = _judge(*SPANISH_LOOK_ALIKE)
    assert not ok, (score, reasons)
    assert reasons[1].startswith("written in Spanish: ")
    # Through the glossary it shares the field's word ("puente": "bridge"), worth nothing
    # beside the baseline's own opening; none of the event's names.
    assert reasons[2] == (
        "shares the baseline's rare words and phrases: bridge "
        "(0% of what the baseline's own opening scores)"
    )
    # An English article says nothing about its language.
    _, _, reasons = _judge(*FOLLOW_UP)
    assert not any(r.startswith("written in") for r in reasons)


# An invented Spanish-language event, and an English report of it.
SPANISH_BASELINE = (
    "Se desploma un tramo elevado de la Línea 9 en Villa Cedro; la alcaldesa Inés Ródenas "
    "ordena una inspección",
    """Un tramo elevado de la Línea 9 del tren ligero se desplomó la noche del martes en Villa
Cedro, con dos vagones a bordo, y dejó cinco heridos, según las autoridades municipales.

La alcaldesa Inés Ródenas ordenó una inspección estructural de toda la línea y anunció que
los investigadores revisarán las soldaduras de las columnas.""",
)
ENGLISH_FOLLOW_UP = (
    "Villa Cedro inspection blames column welds for the light rail collapse",
    """Investigators told Mayor Ines Rodenas that faulty welds in two columns caused the
collapse of the elevated light rail section in Villa Cedro last month, according to the
structural inspection report released on Thursday.""",
)


def test_an_english_article_is_matched_with_a_spanish_baseline_s_terms_brought_across() -> None:
    model = storymodel.build_model(*SPANISH_BASELINE)
    assert model.language == "es" and "inspección" in model.terms
    found = storymodel.match(model, *ENGLISH_FOLLOW_UP, with_dense=False)
    # Names with their accents folded, and the Spanish cognates as English writes them.
    assert {"villa cedro", "ines rodenas", "inspection", "investigators"} <= set(found.found)
    assert "inspection" in found.in_headline
    assert found.cosine > 0.3


def test_a_spanish_term_an_english_model_learned_matches_later_spanish_articles() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    # What adaptation adds after a confident Spanish follow-up: its terms, weighed in Spanish.
    learned = {**model.terms, "inspección estructural": 3.0}
    adapted = replace(model, terms=learned)
    found = storymodel.match(
        adapted,
        "La inspección estructural del puente Harbour Street halla más grietas",
        "La inspección estructural tras el colapso en Port Alder halló grietas en otras vigas.",
        with_dense=False,
    )
    # Both sides are brought into English alike: "inspection estructural".
    assert "inspection estructural" in found.found


def test_a_text_brought_word_for_word_keeps_only_the_words_the_target_reads() -> None:
    text = "La frontera de Ruritania cierra ante la caravana de Zembla"
    # Function words and words with no counterpart are left out ("la", "de", "cierra"); the
    # glossary's and the cognates' words are brought, names kept.
    assert crosslingual.word_for_word(text, "es", "en") == "border ruritania caravan zembla"
    assert crosslingual.word_for_word("Visa para los migrantes", "es", "en") == "visa migrants"


def test_a_spanish_opening_reads_like_the_english_baseline_once_brought_word_for_word() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    found = storymodel.match(model, *SPANISH_FOLLOW_UP, with_dense=True)
    title, text = SPANISH_FOLLOW_UP
    as_written = dense.similarity(model.opening, storymodel._opening(title, text))
    assert found.dense is not None and found.dense > as_written + 0.1
    look_alike = storymodel.match(model, *SPANISH_LOOK_ALIKE, with_dense=True)
    assert look_alike.dense is not None and found.dense > look_alike.dense


def test_a_spanish_baseline_s_opening_is_brought_for_an_english_article() -> None:
    model = storymodel.build_model(*SPANISH_BASELINE)
    found = storymodel.match(model, *ENGLISH_FOLLOW_UP, with_dense=True)
    title, text = ENGLISH_FOLLOW_UP
    as_written = dense.similarity(model.opening, storymodel._opening(title, text))
    assert found.dense is not None and found.dense > as_written
