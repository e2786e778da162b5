"""Entities: titles, the words bodies and places are named with, and what the text says."""

from __future__ import annotations

import pytest

from monitor.entities import Entity, extract_entities, new_entities


def names(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in extract_entities(text)]


def test_titles_make_people_and_words_make_places() -> None:
    found = names(
        "Homeland Security Secretary Alejandro Mayorkas met Foreign Minister Marcelo Ebrard "
        "in Mexico City on Monday, and Customs and Border Protection officials joined them."
    )
    assert ("Alejandro Mayorkas", "person") in found
    assert ("Marcelo Ebrard", "person") in found
    assert ("Mexico City", "place") in found
    assert ("Customs and Border Protection", "government") in found
    assert not any(name == "Monday" for name, _ in found)


def test_no_story_names_are_known_in_advance() -> None:
    # a bare surname, an acronym or a country the text does not mark is no name to list
    assert names("AMLO rejected the request of Obrador's critics.") == []


def test_a_capitalised_pair_is_a_person_only_where_the_text_says_so() -> None:
    assert names("The Grand Jury met at Live Oak.") == []
    assert names("Bill Magness, president and CEO of the grid operator, was fired.") == [
        ("Bill Magness", "person")
    ]
    assert names("Records show Dan Woodfin said so.") == [("Dan Woodfin", "person")]
    assert names("El empresario Carlos Slim llegó.") == [("Carlos Slim", "person")]


def test_spanish_institutions_places_and_posts() -> None:
    found = names(
        "La Fiscalía General de Justicia de la Ciudad de México citó a Marcelo Ebrard, que era "
        "Jefe de Gobierno, en Avenida Tláhuac."
    )
    assert found == [
        ("Fiscalía General de Justicia de la Ciudad de México", "government"),
        ("Avenida Tláhuac", "place"),
    ]


def test_a_sentence_opening_word_the_text_writes_in_lower_case_is_no_part_of_a_name() -> None:
    text = "Shares of Northwind Holdings fell. Another Chinese developer defaulted; shares fell."
    assert names(text) == [("Northwind Holdings", "organisation")]


def test_unknown_names_by_title_and_shape() -> None:
    found = names(
        "Senator Maria Lopez-Vega visited Villa Comaltitlán, where Juan Pérez said the "
        "Riverside Shelter Network was full."
    )
    assert ("Maria Lopez-Vega", "person") in found
    assert ("Villa Comaltitlán", "place") in found
    assert ("Juan Pérez", "person") in found
    assert ("Riverside Shelter Network", "organisation") in found


def test_adjectives_and_sentence_openers_are_not_entities() -> None:
    found = names("Officials want Utopia to reconsider its policies for the South American state.")
    assert found == []


def test_a_bare_surname_is_the_person_named_before() -> None:
    found = extract_entities("Migration researcher Cris Ramón spoke. Later, Ramón said more.")
    assert found.count(Entity("Cris Ramón", "person")) == 1


def test_new_entities_against_known() -> None:
    known = extract_entities("Homeland Security Secretary Alejandro Mayorkas went to Mexico City.")
    article = extract_entities(
        "Mayorkas met Foreign Minister Marcelo Ebrard in Tapachula, and Mexico City officials."
    )
    assert new_entities(article, known) == [
        Entity("Marcelo Ebrard", "person"),
        Entity("Tapachula", "place"),
    ]


def test_baseline_entities(baseline_text: str) -> None:
    found = extract_entities(baseline_text)
    assert Entity("Symone Sanders", "person") in found
    assert all(e.kind in {"person", "organisation", "place", "government", "policy"} for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Juan González, the National Security Council's senior director for the Western "
         "Hemisphere, told reporters.",
         [("Juan González", "person"), ("National Security Council", "government"),
          ("Western Hemisphere", "place")]),
        ("He met Attorney General Alejandro Gertz Manero and Finance Secretary Arturo Herrera.",
         [("Alejandro Gertz Manero", "person"), ("Arturo Herrera", "person")]),
        ("The shelter is run by Gabriela Soto Arriaga in Tapachula. Soto Arriaga said so.",
         [("Gabriela Soto Arriaga", "person"), ("Tapachula", "place")]),
        ("Lawmakers on Capitol Hill criticised the Migrant Protection Protocols, reporters for "
         "Continental Wire said.",
         [("Capitol Hill", "place"), ("Migrant Protection Protocols", "policy"),
          ("Continental Wire", "organisation")]),
        ("Storms along the Gulf Coast delayed the High-Level Security Dialogue.",
         [("Gulf Coast", "place"), ("High-Level Security Dialogue", "policy")]),
        ("Officials from Customs and Border Protection met Mayor Tom Jones and Judge Mary Smith.",
         [("Customs and Border Protection", "government"), ("Tom Jones", "person"),
          ("Mary Smith", "person")]),
        ("The Bicentennial Framework for Security, Public Health and Safe Communities.",
         []),  # no person in a programme's name
    ],
)  # fmt: skip
def test_places_programmes_and_outlets_are_not_people_and_names_are_not_fused(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(e.name, e.kind) for e in extract_entities(text)] == expected


def test_a_shorter_form_of_a_known_name_is_not_new() -> None:
    known = [Entity("Gabriela Soto Arriaga", "person")]
    assert new_entities([Entity("Soto Arriaga", "person")], known) == []
    assert new_entities([Entity("Arriaga", "person")], known) == []
    fresh = [Entity("Maria Arriaga", "person")]
    assert new_entities(fresh, known) == fresh  # one shared surname is another person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to Surfside Mayor Charles Burkett, roof work was under way.",
         [("Charles Burkett", "person")]),
        ("The report was written by Frank P. Morabito, the engineer.",
         [("Frank P. Morabito", "person")]),
        ("Officials from Florida Gov. Ron DeSantis's office came.", [("Ron DeSantis", "person")]),
        ("The U.S. Department of Commerce's National Institute of Standards and Technology "
         "sent a team.",
         [("U.S. Department of Commerce", "government"),
          ("National Institute of Standards and Technology", "government")]),
        ("Rescuers worked at Champlain Towers South as Tropical Storm Elsa neared.",
         [("Champlain Towers South", "place")]),
        ("SURFSIDE, Fla. - Crews worked through the night.", []),
    ],
)  # fmt: skip
def test_titles_initials_possessives_and_things_in_real_text(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert names(text) == expected


def test_a_headline_line_yields_only_people_named_in_the_text() -> None:
    text = (
        "Fifth Circuit Grants Douglas a Stay in Rio Grande Barrier Case\n"
        "Judge Dana Douglas wrote it."
    )
    assert names(text) == [("Dana Douglas", "person")]


def test_a_name_never_runs_across_a_paragraph_break() -> None:
    assert ("Florida Among", "place") not in names("It covers Florida\n\nAmong them, Miami.")


def test_other_forms_of_a_known_name_are_not_new() -> None:
    known = [
        Entity("David Alan Ezra", "person"),
        Entity("Steven McCraw", "person"),
        Entity("Army Corps of Engineers", "government"),
    ]
    article = [
        Entity("David A. Ezra", "person"),
        Entity("Steve McCraw", "person"),
        Entity("Corps of Engineers", "government"),
        Entity("Don Willett", "person"),
        Entity("Willett", "person"),  # the article's own earlier full name
        Entity("Steve Ezra", "person"),  # another first name: another person
    ]
    assert [e.name for e in new_entities(article, known)] == ["Don Willett", "Steve Ezra"]


def test_according_to_names_a_source_not_a_place() -> None:
    assert ("Bloomberg", "place") not in names("Hui was detained, according to Bloomberg.")
    assert names("The suit was filed in Austin, says the state.") == [("Austin", "place")]


def test_other_forms_of_a_known_body_or_person_are_not_new() -> None:
    known = [
        Entity("Fitch Ratings", "organisation"),
        Entity("Texas DPS", "government"),
        Entity("Public Utilities Commission", "government"),
        Entity("Florencia Serranía", "person"),
        Entity("Claudia Sheinbaum", "person"),
        Entity("Rio Grande River", "place"),
        Entity("Texas", "place"),
    ]
    article = [
        Entity("Fitch", "organisation"),
        Entity("DPS", "government"),
        Entity("Public Utility Commission of Texas", "government"),
        Entity("Florencia Serranía Soto", "person"),
        Entity("Sheinbaum Pardo", "person"),
        Entity("Rio Grande", "place"),
        Entity("Texas Legislature", "government"),
    ]
    assert [e.name for e in new_entities(article, known)] == ["Texas Legislature"]
