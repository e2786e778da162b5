"""Figures: numbers with what they count, unit and period; matching old and new values."""

from __future__ import annotations

import pytest

from monitor.figures import (
    _PERIOD_PATTERNS,
    Figure,
    _period_spans,
    extract_figures,
    match_figure,
    not_comparable,
    sentence_dates,
)


@pytest.mark.parametrize(
    ("sentence", "quantity", "value", "unit", "period"),
    [
        ("CBP recorded 172,000 crossings in March 2021.", "crossing", 172_000, None, "March 2021"),
        ("The US pledged $4 billion in aid to Central America.", "funding", 4e9, "USD", None),
        (
            "There were 1.7 million encounters in fiscal year 2021.",
            "encounter",
            1.7e6,
            None,
            "fiscal year 2021",
        ),
        ("Mexico runs three flights a day to Tapachula.", "flight", 3, None, "per day"),
        ("About 65% of migrants were expelled.", "share of migrant", 65, "%", None),
        ("Mexico deployed 10,000 National Guard troops.", "troop", 10_000, None, None),
        ("Crossings rose to 180,000 in April.", "crossing", 180_000, None, "April"),
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


def test_each_figure_takes_its_own_nearest_period() -> None:
    # the first figure's period is before it (found among all the sentence's time
    # expressions), the second's just after it
    sentence = (
        "In March, agents counted 172,000 encounters at the border, and a later report put "
        "arrests of smugglers at 9,000 in fiscal year 2021."
    )
    assert [(f.value, f.period) for f in extract_figures(sentence)] == [
        (172_000, "March"),
        (9_000, "fiscal year 2021"),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "in fiscal 2024", "during the FISCAL YEAR 2019", "by March 3, 2021", "since Sept. 4",
        "on Jan. 9", "in May", "per hour", "EVERY WEEK", "a day", "each month", "an year",
        "the previous winter", "last weekend", "next Spring", "this fall", "the past autumn",
        "this summer", "so far this year", "Year To Date", "since JANUARY",
        "since the start of the year", "in 1998", "during 2031", "this \u017fummer",
        "this w\u0131nter", "plain words only", "",
    ],
)  # fmt: skip
def test_a_period_pattern_is_skipped_only_where_it_cannot_match(phrase: str) -> None:
    # the patterns run only where a word each match holds occurs: the same time expressions
    # as running every pattern over the sentence
    sentence = f"Ana Pell counted 1,300 kites {phrase}, the club said."
    every = tuple(
        (m.start(), m.end(), m.start(1), m.end(1), m.group(1))
        for pattern in _PERIOD_PATTERNS
        for m in pattern.finditer(sentence)
    )
    assert _period_spans(sentence) == every
    assert bool(every) == (phrase not in ("plain words only", ""))


def test_years_days_and_labels_are_not_figures() -> None:
    assert extract_figures("On June 7, 2021, Harris invoked Title 42 during COVID-19.") == []


def test_a_time_of_day_is_no_figure() -> None:
    """The minutes of "1:30" and the hour of "9 a.m." count nothing: read as figures, a later
    report's other time would show as a changed count."""
    sentence = "The roof fell at about 1:30 a.m., and by 9 a.m. 30 people were missing."
    assert [f.value for f in extract_figures(sentence)] == [30.0]
    assert [f.value for f in extract_figures("At 10:45pm, 12 families had left.")] == [12.0]


def test_the_same_count_in_other_words_matches_its_earlier_value() -> None:
    old = extract_figures("At least 95 persons were killed in the collapse on Thursday.")
    new = extract_figures("The collapse killed 98 people, officials said.")[0]
    matched = match_figure(new, old)
    assert matched is not None and matched.value == 95
    assert match_figure(new, extract_figures("The city runs three flights a day.")) is None


def test_a_value_the_earlier_sentence_already_gave_is_no_change() -> None:
    old = extract_figures(
        "It must restructure offshore debt of $22.7 billion, part of liabilities of $300 billion."
    )
    new = extract_figures("The company has debts of around $300bn.")[0]
    matched = match_figure(new, old)
    assert matched is not None and matched.value == new.value


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
            "brazilian encounter",
        ),
        ("Agents encountered more than 9,000 Brazilians in June.", "brazilian people"),
        ("More than 14,000 Haitian migrants gathered under a bridge.", "haitian migrant"),
        ("Mexico deployed 10,000 National Guard troops.", "troop"),
        ("Agents recorded more than 172,000 encounters in March.", "encounter"),
    ],
)
def test_a_nationality_narrows_what_is_counted(sentence: str, quantity: str) -> None:
    assert extract_figures(sentence)[0].quantity == quantity


def test_money_spread_over_years_counts_money_not_years() -> None:
    money = [
        f for f in extract_figures("The US will spend $130 million over three years.") if f.unit
    ]
    assert [(f.quantity, f.value, f.unit) for f in money] == [("funding", 130_000_000.0, "USD")]


def _pair(old: str, new: str) -> tuple[Figure, Figure]:
    return extract_figures(old)[0], extract_figures(new)[0]


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        (  # the same count of the same people: a change
            "At least eight people were killed at the festival on Friday.",
            "The crush at the festival killed 10 people.",
            None,
        ),
        (  # people counted for what happened to them: killed is not indicted
            "At least eight people were killed at the festival on Friday.",
            "A grand jury declined to indict six people over the crush.",
            "not the same measure",
        ),
        (  # a span of time is no count: two rules, not a revision
            "Inspections would begin 25 years after certification.",
            "Inspections are required for buildings occupied for 30 years.",
            "a span of time, not a count",
        ),
        (  # a value the sentence gives as superseded is not the new value
            "The state says 246 deaths are connected to the storm.",
            "The latest count is nearly double the earlier estimate of 57 deaths.",
            "an earlier figure",
        ),
        (  # money whose sentence does not say what it is: a price is no fine
            "It bought the unit last March for $95.6 million.",
            "The regulator then fined it $580 million.",
            "not the same measure",
        ),
    ],
)
def test_only_like_compares_with_like(old: str, new: str, reason: str | None) -> None:
    assert not_comparable(*_pair(old, new)) == reason
