"""Figures: numbers with what they count, unit and period; matching old and new values."""

from __future__ import annotations

import pytest

from monitor.figures import extract_figures, match_figure, sentence_dates


@pytest.mark.parametrize(
    ("sentence", "quantity", "value", "unit", "period"),
    [
        ("CBP recorded 172,000 crossings in March 2021.", "migrant", 172_000, None, "March 2021"),
        ("The US pledged $4 billion in aid to Central America.", "funding", 4e9, "USD", None),
        (
            "There were 1.7 million encounters in fiscal year 2021.",
            "migrant",
            1.7e6,
            None,
            "fiscal year 2021",
        ),
        ("Mexico runs three flights a day to Tapachula.", "flight", 3, None, "per day"),
        ("About 65% of migrants were expelled.", "share of migrant", 65, "%", None),
        ("Mexico deployed 10,000 National Guard troops.", "troop", 10_000, None, None),
        ("Crossings rose to 180,000 in April.", "migrant", 180_000, None, "April"),
        (
            "The number of unaccompanied children in custody fell to just over 700.",
            "child",
            700,
            None,
            None,
        ),
    ],
)
def test_figure_has_quantity_value_unit_and_period(
    sentence: str, quantity: str, value: float, unit: str | None, period: str | None
) -> None:
    figures = extract_figures(sentence)
    assert len(figures) == 1, figures
    figure = figures[0]
    assert (figure.quantity, figure.value, figure.unit, figure.period) == (
        quantity,
        value,
        unit,
        period,
    )
    assert figure.text in sentence
    assert figure.sentence == sentence


def test_years_days_and_labels_are_not_figures() -> None:
    assert extract_figures("On June 7, 2021, Harris invoked Title 42 during COVID-19.") == []


def test_the_same_statistic_in_other_words_matches_its_earlier_value() -> None:
    old = extract_figures("More than 172,000 immigrants crossed over from Mexico in March.")
    new = extract_figures("Border agents recorded 180,000 encounters in May.")[0]
    matched = match_figure(new, old)
    assert matched is not None and matched.value == 172_000
    assert match_figure(new, extract_figures("Mexico runs three flights a day.")) is None


def test_match_prefers_the_same_period() -> None:
    known = extract_figures("There were 150,000 crossings in February and 172,000 in March.")
    new = extract_figures("Revised data show 175,000 crossings in March.")[0]
    assert [f.period for f in known] == ["February", "March"]
    matched = match_figure(new, known)
    assert matched is not None and matched.value == 172_000


def test_sentence_dates_ignore_the_verb_may() -> None:
    assert sentence_dates("Officials may meet in May, or next week.") == {"may", "next week"}


@pytest.mark.parametrize(
    ("sentence", "quantity"),
    [
        (
            "Agents recorded more than 50,000 encounters with Brazilians last year.",
            "brazilian migrant",
        ),
        ("Agents encountered more than 9,000 Brazilians in June.", "brazilian migrant"),
        ("More than 14,000 Haitian migrants gathered under a bridge.", "haitian migrant"),
        ("Mexico deployed 10,000 National Guard troops.", "troop"),
        ("Agents recorded more than 172,000 encounters in March.", "migrant"),
    ],
)
def test_a_nationality_narrows_what_is_counted(sentence: str, quantity: str) -> None:
    assert extract_figures(sentence)[0].quantity == quantity


def test_money_spread_over_years_counts_money_not_years() -> None:
    money = [
        f for f in extract_figures("The US will spend $130 million over three years.") if f.unit
    ]
    assert [(f.quantity, f.value, f.unit) for f in money] == [("funding", 130_000_000.0, "USD")]
