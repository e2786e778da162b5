"""Quotes: direct speech with its speaker, including continuing quotes and pronouns."""

from __future__ import annotations

from monitor.quotes import Quote, extract_quotes


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(text)]


def test_speaker_after_the_quote_in_both_orders() -> None:
    text = 'Secretary Alejandro Mayorkas spoke. "We will not accept this," Mayorkas said.'
    assert speakers(text) == [("Alejandro Mayorkas", "We will not accept this")]
    assert speakers('"Nothing is agreed yet," said Symone Sanders, chief spokesperson.') == [
        ("Symone Sanders", "Nothing is agreed yet")
    ]


def test_speaker_before_the_quote_and_according_to() -> None:
    text = 'Marcelo Ebrard arrived. Ebrard told reporters: "Mexico is a sovereign country."'
    assert speakers(text) == [("Marcelo Ebrard", "Mexico is a sovereign country.")]
    assert speakers('"The flights will continue," according to a DHS spokesperson.') == [
        ("DHS spokesperson", "The flights will continue")
    ]


def test_continuing_quote_and_pronoun_take_the_earlier_speaker() -> None:
    text = (
        'Foreign Minister Marcelo Ebrard said the talks went well. "We agreed on many points."\n'
        'Vice President Kamala Harris spoke in Guatemala City.\n"Do not come. Do not come," she '
        "said."
    )
    assert speakers(text) == [
        ("Marcelo Ebrard", "We agreed on many points."),
        ("Kamala Harris", "Do not come. Do not come"),
    ]


def test_scare_quotes_are_not_quotes_and_unknown_speakers_are_none() -> None:
    assert extract_quotes('The so-called "pit stops" worry officials.') == []
    assert extract_quotes('"This cannot go on forever, obviously."') == [
        Quote(
            None, "This cannot go on forever, obviously.", '"This cannot go on forever, obviously."'
        )
    ]


def test_baseline_quotes(baseline_text: str) -> None:
    found = extract_quotes(baseline_text)
    who = [q.speaker for q in found]
    assert who[:3] == ["Symone Sanders", "Symone Sanders", "Cris Ramón"]
    assert "Biden" in who and who[-1] == "officials"
    assert "Ramón" not in who  # a bare surname is the full name the text gave before
    assert all(
        q.text in q.sentence or q.sentence in q.text or q.text[:20] in q.sentence for q in found
    )
