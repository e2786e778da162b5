"""Claims in the Spanish-language press: the team's own Spanish sentences about an invented
event (the collapse of the Villanueva light-rail viaduct), split as the English ones are."""

from __future__ import annotations

from datetime import date

import pytest

from monitor import claimsplit
from monitor.claims import ClaimBase
from monitor.claimsplit import split_claims, time_of_day
from monitor.claimwords import claim_times, claim_tokens, claim_words, other_time
from monitor.models import SentenceStatus


def _split(sentence: str) -> list[str]:
    return [c.text for c in split_claims(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "La trabe se partió, dejando al menos 14 muertos y 60 heridos en la avenida.",
        "El viaducto había sido inaugurado en 2012, lo que obligó a revisar los planos.",
        "El convoy cayó sobre la avenida Juárez, cuando pasaba un autobús de pasajeros.",
        "El puente de Villanueva colapsó y llevó a dos vagones hasta la avenida.",
        "Un tramo del viaducto se desplomó alrededor de las 22:20 horas del lunes.",
        "Cuando el tren pasaba por la curva, una trabe metálica se partió en dos.",
        "Tras el derrumbe del viaducto de la Línea 3 en San Roque, el municipio cerró el servicio.",
    ],
)
def test_each_spanish_claim_is_a_substring_at_its_offsets(sentence: str) -> None:
    claims = split_claims(sentence)
    assert len(claims) >= 2
    for claim in claims:
        assert sentence[claim.start : claim.end] == claim.text


def test_a_gerund_adds_a_fact_of_its_own() -> None:
    assert _split(
        "La trabe se partió, dejando al menos 14 muertos y 60 heridos, según Protección Civil."
    ) == [
        "La trabe se partió",
        "dejando al menos 14 muertos y 60 heridos, según Protección Civil.",
    ]
    # "incluyendo" continues its claim, as "including" does
    assert len(_split("Murieron 14 personas, incluyendo al conductor del tren.")) == 1


def test_lo_que_opens_a_claim_about_the_clause_before_it() -> None:
    assert _split("El viaducto había sido inaugurado en 2012, lo que obligó a revisar los planos.")[
        1
    ] == ("lo que obligó a revisar los planos.")


def test_cuando_opens_a_clause_only_with_its_verb() -> None:
    assert _split("El convoy cayó sobre la avenida Juárez, cuando pasaba un autobús.") == [
        "El convoy cayó sobre la avenida Juárez",
        "cuando pasaba un autobús.",
    ]
    # no verb within a few words: no clause of its own
    assert len(_split("El servicio volverá a la Línea 3 en junio, cuando mucho.")) == 1


def test_y_before_a_verb_coordinates_two_claims_and_not_two_nouns() -> None:
    assert _split("El puente de Villanueva colapsó y llevó a dos vagones hasta la avenida.") == [
        "El puente de Villanueva colapsó",
        "y llevó a dos vagones hasta la avenida.",
    ]
    assert _split("Los bomberos y los paramédicos de la ciudad atendieron a los heridos.") == [
        "Los bomberos y los paramédicos de la ciudad atendieron a los heridos."
    ]


def test_a_spanish_time_of_day_is_a_claim_of_its_own() -> None:
    assert _split("Un tramo del viaducto se desplomó alrededor de las 22:20 horas del lunes.") == [
        "Un tramo del viaducto se desplomó",
        "alrededor de las 22:20 horas del lunes.",
    ]
    assert _split(
        "El puente colapsó poco después de las 22 horas de este lunes, cuando pasaba un tren."
    )[1] == ("poco después de las 22 horas de este lunes")
    assert time_of_day("a las 10 de la noche")
    # a count and a duration are no time of day
    assert not time_of_day("las 12 víctimas")
    assert _split("Los rescatistas trabajaron 12 horas en el viaducto.") == [
        "Los rescatistas trabajaron 12 horas en el viaducto."
    ]


def test_a_spanish_time_is_known_when_told_on_either_clock() -> None:
    claims = ClaimBase()
    claims.add(["Un tramo del viaducto de Villanueva se desplomó a las 22:20 horas."], None)
    same, later = claims.match(
        [
            *split_claims("La trabe cedió poco después de las 22:20 horas del lunes.")[1:],
            *split_claims("La trabe cedió alrededor de las 23:40 horas del lunes.")[1:],
        ]
    )
    assert same.status is SentenceStatus.KNOWN
    assert later.status is not SentenceStatus.KNOWN


def test_an_opening_clause_is_a_claim_of_its_own() -> None:
    assert _split("Cuando el tren pasaba por la curva, una trabe metálica se partió en dos.") == [
        "Cuando el tren pasaba por la curva",
        "una trabe metálica se partió en dos.",
    ]
    assert _split(
        "Tras el derrumbe del viaducto de la Línea 3 en San Roque, el municipio cerró el servicio."
    ) == [
        "Tras el derrumbe del viaducto de la Línea 3 en San Roque",
        "el municipio cerró el servicio.",
    ]
    # a short opening states no fact of its own: it stays with the main clause
    assert len(_split("Tras el accidente, el municipio cerró las cinco estaciones.")) == 1
    # "Al menos" is "at least", no opening clause
    assert len(_split("Al menos 14 personas murieron, dijo el fiscal Ramón Quiroga.")) == 1


def test_the_one_who_said_it_follows_the_spanish_verb() -> None:
    _, second = split_claims(
        "El puente colapsó y llevó a dos vagones hasta la avenida, informó la alcaldesa Marta "
        "Ibarra."
    )
    assert second.text.endswith("informó la alcaldesa Marta Ibarra.")
    assert second.speaker == {"ibarra"}
    (claim, _) = split_claims("Según el fiscal Ramón Quiroga, la trabe se partió y el tren cayó.")
    assert claim.speaker == {"quiroga"}


def test_who_told_it_after_a_time_stays_with_the_time() -> None:
    # a source alone after the time would be a claim of its own, with no fact but names
    assert _split("El tramo cayó a las 22:20 horas, informó la Secretaría de Seguridad.") == [
        "El tramo cayó",
        "a las 22:20 horas, informó la Secretaría de Seguridad.",
    ]
    assert time_of_day("a las 22:20 horas, informó la Secretaría de Seguridad.")
    assert _split("The roof fell at 1:30 a.m., said Mayor Jane Doe.") == [
        "The roof fell",
        "at 1:30 a.m., said Mayor Jane Doe.",
    ]
    # a fact the verb reports is no source
    assert _split("El tramo cayó a las 22:20 horas, informó la muerte de catorce personas.") == [
        "El tramo cayó",
        "a las 22:20 horas",
        "informó la muerte de catorce personas.",
    ]
    # the minutes of a race's time are no time of day
    assert _split("La maratón la ganó Ana Ruiz con 2:18:11.") == [
        "La maratón la ganó Ana Ruiz con 2:18:11."
    ]


def test_a_spanish_gerund_opens_a_claim_even_when_short() -> None:
    assert _split(
        "Un tramo elevado del tren ligero se desplomó cuando pasaba un convoy, dejando 14 muertos."
    ) == [
        "Un tramo elevado del tren ligero se desplomó",
        "cuando pasaba un convoy",
        "dejando 14 muertos.",
    ]


def test_spanish_inflections_are_one_stem_and_function_words_no_content() -> None:
    assert claim_tokens("desplomó") == claim_tokens("desplomaron") == claim_tokens("desplome")
    assert claim_tokens("heridos") == claim_tokens("heridas") == claim_tokens("herido")
    assert claim_tokens("colapsó") == claim_tokens("colapsado")
    assert claim_words("cuando, según testigos, durante el lunes") == (("testig", "testigos"),)


@pytest.fixture(scope="module")
def villanueva() -> ClaimBase:
    claims = ClaimBase()
    claims.add(
        [
            "Un tramo elevado del tren ligero de Villanueva se desplomó la noche del lunes, "
            "cuando pasaba un convoy con pasajeros.",
            "Al menos 14 personas murieron y 60 resultaron heridas, informó la alcaldesa Marta "
            "Ibarra.",
            "La Fiscalía abrió una investigación para determinar las causas del accidente.",
        ],
        None,
    )
    return claims


def _statuses(claims: ClaimBase, sentence: str) -> list[SentenceStatus]:
    return [v.status for v in claims.match(split_claims(sentence))]


def test_a_spanish_restatement_in_other_forms_is_known(villanueva: ClaimBase) -> None:
    # "desplome" of "se desplomó", "heridos" of "heridas", "muertos" of the 14 who died
    assert _statuses(villanueva, "El desplome del tramo elevado dejó 14 muertos y 60 heridos.") == [
        SentenceStatus.KNOWN
    ]


def test_a_spanish_new_fact_stays_new(villanueva: ClaimBase) -> None:
    assert _statuses(
        villanueva, "La alcaldesa Marta Ibarra anunció que el servicio seguirá suspendido en junio."
    ) == [SentenceStatus.NEW]
    assert _statuses(villanueva, "El desplome del tramo elevado dejó 26 muertos y 80 heridos.")[
        0
    ] in (SentenceStatus.UPDATED, SentenceStatus.NEW)


def test_mismo_que_and_ya_que_open_claims_and_a_future_is_a_verb() -> None:
    assert _split("El tramo colapsó sobre la avenida Roble, mismo que fue inaugurado en 2012.") == [
        "El tramo colapsó sobre la avenida Roble",
        "mismo que fue inaugurado en 2012.",
    ]
    # "seguirá" is a verb: the clause before "ya que" states a fact of its own
    assert _split(
        "El servicio seguirá suspendido en toda la línea, ya que los peritos revisarán las trabes."
    ) == [
        "El servicio seguirá suspendido en toda la línea",
        "ya que los peritos revisarán las trabes.",
    ]


def test_a_spanish_dateline_is_no_part_of_any_claim() -> None:
    assert _split("SAN ROQUE (EFE).- Un tramo elevado de la Línea 3 se desplomó el lunes.") == [
        "Un tramo elevado de la Línea 3 se desplomó el lunes."
    ]


def test_spanish_dates_tell_when_a_claim_happened_and_when_it_was_told_does_not() -> None:
    published = date(2021, 5, 4)
    collapse = claim_times(
        "El viaducto se desplomó el 3 de mayo de 2021 sobre la avenida.", published
    )
    reopening = claim_times("La línea volvió a operar el 15 de enero de 2024.", published)
    assert collapse == {(date(2021, 5, 3).toordinal(),) * 2}
    assert other_time(collapse, reopening)  # another time: the reopening is no restatement
    # "el lunes" is within a week of the article's date, as "on Monday" is
    monday = claim_times("El tramo colapsó el lunes por la noche.", published)
    assert not other_time(collapse, monday)
    # when the news was told is not when it happened
    assert claim_times("La alcaldesa informó este lunes que hay 23 muertos.", published) == set()
    assert claim_times("El 7 de junio la Fiscalía abrió una carpeta.", published) == {
        (date(2021, 6, 7).toordinal(),) * 2
    }


def test_names_ending_like_spanish_past_tenses_are_no_verbs() -> None:
    """ "Sharon", "Aaron" and "Ababa" end as "llegaron" and "estaba" do; a Spanish verb opening
    its sentence ("Murieron", "Informó") still counts as one."""
    from monitor.claimwords import FINITE

    for name in ("Sharon", "Aaron", "Ababa"):
        assert FINITE.fullmatch(name) is None, name
    for verb in ("llegaron", "estaba", "Murieron", "Informó"):
        assert FINITE.fullmatch(verb) is not None, verb


@pytest.mark.parametrize(
    ("text", "pos", "endpos"),
    [
        ("Mayor Sharon Tellez of Brookvale", 0, 99),  # a name ending as "llegaron": no verb
        ("MAYOR SHARON TELLEZ", 0, 99),  # ... nor in capitals
        ("los vecinos llevaron agua al puente", 0, 99),  # the ending read in lower case
        ("THE OLD BRIDGE COLLAPSED", 0, 99),  # case-blind: a past form in capitals
        ("The ferry Won't sail", 0, 99),
        ("The pier was closed", 0, 8),  # "was" lies past endpos
        ("The pier was closed", 11, 99),  # ... and before pos ("as" is no word there)
        ("The pier was closed", 9, 99),
        ("Él estaba en la plaza", 0, 99),  # not ASCII: the whole pattern reads it
        ("the crew \u017ftated nothing", 0, 99),  # a letter the case-blind pattern reads as "s"
        ("Crews from Lakeside, near the river", 0, 99),
    ],
)
def test_a_finite_verb_is_found_where_the_whole_pattern_finds_one(
    text: str, pos: int, endpos: int
) -> None:
    """``has_finite_verb`` searches ASCII text in two parts (case-blind ones in the lowered
    text, Spanish endings in the text as written): the same answer as ``FINITE.search``."""
    from monitor.claimwords import FINITE, has_finite_verb

    expected = FINITE.search(text, pos, endpos) is not None
    assert has_finite_verb(text, pos, endpos) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "El puente colapsó y la estructura cayó sobre la vía.",
        "El puente colapsó\u00a0y\u00a0la estructura cayó sobre la vía.",  # any space around "y"
        "El tren chocó, dejando 26 muertos.",
        "El puente cayó cuando pasaba un tren.",
        "El puente cayó, lo que dejó 26 muertos.",
    ],
)
def test_the_spanish_breaks_are_looked_for_wherever_one_may_be(sentence: str) -> None:
    # the quick test before the Spanish breaks' scan lets every one of them through
    assert claimsplit._SPANISH_BREAK.search(sentence)
    assert claimsplit._may_break_spanish(sentence)
    assert len(split_claims(sentence)) == 2


def test_an_english_sentence_skips_the_spanish_breaks() -> None:
    sentence = "The bridge in Lakeside fell, and the city said the ferry may resume."
    assert not claimsplit._may_break_spanish(sentence)
