"""The event's time: a late article that names it refers back (team-written sentences)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from monitor import eventtime
from monitor.text import tokens

EVENT = date(2024, 2, 12)  # an invented ice storm's day
LATER = date(2025, 8, 20)


@pytest.mark.parametrize(
    "text",
    [
        "The utility settled the lawsuits over the February ice storm on Tuesday.",
        "Regulators fined the cooperative for its failures during the 2024 freeze.",
        "A year after the ice storm, crews are still burying power lines.",
        "On the second anniversary, families gathered at the memorial.",
        "A un año del desplome, las familias exigen justicia.",
        "Dos años después del derrumbe, la línea reabrió.",
        "El informe sobre la tormenta de febrero llegó tarde.",
    ],
)
def test_a_late_article_that_names_the_event_s_time_refers_back(text: str) -> None:
    assert eventtime.refers_back(text, EVENT, LATER) is True


@pytest.mark.parametrize(
    "text",
    [
        "The grid operator asked customers to conserve power this week as the heat builds.",
        "Crews restored power on Aug. 24 after the summer thunderstorms.",
        "The 2025 hurricane season left thousands without power.",
    ],
)
def test_a_late_article_about_its_own_time_does_not(text: str) -> None:
    assert eventtime.refers_back(text, EVENT, LATER) is False


def test_early_or_undated_articles_are_not_asked() -> None:
    text = "Crews restored power this week."
    assert eventtime.refers_back(text, EVENT, date(2024, 2, 20)) is None  # the event's own weeks
    assert eventtime.refers_back(text, EVENT, None) is None
    late = datetime(2024, 6, 1, 9, 30, tzinfo=UTC)  # a feed's datetime counts by its day
    assert eventtime.refers_back(text, EVENT, late) is False


def test_may_is_the_month_only_beside_a_number() -> None:
    may = date(2021, 5, 3)
    later = date(2022, 1, 10)
    assert eventtime.refers_back("Repairs may take another year.", may, later) is False
    assert eventtime.refers_back("The May 3 collapse killed 26 people.", may, later) is True


def test_the_event_s_month_in_the_article_s_own_month_is_its_own_time() -> None:
    # A look-alike of a later February: "February" is when it happens, not the event's time.
    text = "Crews restored power on Feb. 3 after the February ice storm downed lines."
    assert eventtime.refers_back(text, EVENT, date(2025, 2, 20)) is False
    # The same month with the event's year, or in another month, still looks back.
    assert eventtime.refers_back(text + " It was the worst since 2024.", EVENT, date(2025, 2, 20))
    assert eventtime.refers_back(text, EVENT, date(2025, 3, 20)) is True


def test_last_year_is_the_event_s_time_only_in_the_year_after_it() -> None:
    text = "Demand broke the record set last year, the grid operator said."
    assert eventtime.refers_back(text, EVENT, date(2025, 6, 1)) is True  # 2024 was last year
    # Two years on, "last year" is 2025, not the event's 2024: the article's own time.
    assert eventtime.refers_back(text, EVENT, date(2026, 7, 1)) is False


def test_the_event_s_month_written_possessive_is_its_month() -> None:
    text = "February's ice storm left the cooperative with a debt it is still paying."
    assert eventtime.refers_back(text, EVENT, LATER) is True


def test_last_month_is_the_event_s_time_only_in_the_month_after_it() -> None:
    text = "At least 40 people died in last month's ice storm, the state said."
    assert eventtime.refers_back(text, EVENT, date(2024, 3, 20)) is True  # February was last month
    assert eventtime.refers_back(text, EVENT, date(2024, 5, 20)) is False  # last month is April
    spanish = "Las familias recuerdan la tormenta del mes pasado."
    assert eventtime.refers_back(spanish, EVENT, date(2024, 3, 20)) is True


def test_el_ano_pasado_is_last_year() -> None:
    text = "La cooperativa pagó las facturas de la tormenta el año pasado."
    assert eventtime.refers_back(text, EVENT, date(2025, 6, 1)) is True
    assert eventtime.refers_back(text, EVENT, date(2026, 7, 1)) is False


def test_an_article_naming_its_own_time_more_than_the_event_s_is_about_its_own() -> None:
    # A later winter's cold snap that compares with the event once, and tells its own dates.
    text = (
        "It is not the ice storm of 2024, but the cold is testing the grid. Schools opened on "
        "January 15 and the operator asked customers to save power on January 16."
    )
    assert eventtime.refers_back(text, EVENT, date(2027, 1, 15)) is False
    # A follow-up that names its own month once and the event's time as often still looks back.
    inquiry = "In January the inquiry into the February 2024 ice storm blamed frozen gas lines."
    assert eventtime.refers_back(inquiry, EVENT, date(2027, 1, 15)) is True


@pytest.mark.parametrize(
    "text",
    [
        "The February storm and the 2024 freeze, a year after the storm: the 2024 report.",
        "In February crews worked; in March, too.",
        "Last year's storm and last month's report.",
        "Two years after the storm, the valley rebuilt.",
        "Crews restored power on Tuesday.",
    ],
)
@pytest.mark.parametrize(
    "own", [None, LATER, date(2025, 2, 20), date(2024, 3, 20), date(2024, 2, 28)]
)
def test_whether_the_event_s_time_is_named_is_whether_it_is_named_at_all(
    text: str, own: date | None
) -> None:
    times = eventtime.Times(text)
    if own is not None and times.own_named(EVENT, own):
        pytest.skip("the text names its own time: name() then weighs the two counts")
    assert times.name(EVENT, own) is (times.times_named(EVENT, own) > 0)


def test_a_year_outside_1900_2099_names_the_event_but_is_not_counted() -> None:
    # The one difference between whether and how often: such a year is no year to the count.
    old = date(1887, 5, 31)  # an invented flood's day
    times = eventtime.Times("The 1887 flood is still remembered downstream.")
    assert times.name(old) is True
    assert times.times_named(old) == 0
    assert (
        eventtime.Times("The 1987 flood is still remembered.").times_named(date(1987, 5, 31)) == 1
    )


def test_a_text_naming_the_event_s_year_is_not_folded() -> None:
    times = eventtime.Times("Regulators fined the cooperative for its 2024 failures.")
    assert times.name(EVENT, LATER) is True
    assert "folded" not in vars(times)  # folding is the costly step, needed only further on
    assert eventtime.Times("Crews worked.").name(EVENT, LATER) is False


def test_an_undated_article_dating_something_well_after_the_event_is_late() -> None:
    text = "Demand beat the record of 74,000 MW set on December 23, 2025, the operator said."
    assert eventtime.refers_back(text, EVENT, None) is False
    assert eventtime.refers_back(text + " It was colder in February 2024.", EVENT, None) is True
    # A date within the event's weeks, or no date at all, tells nothing.
    assert eventtime.refers_back("Crews worked through February 14, 2024.", EVENT, None) is None
    assert eventtime.refers_back("Crews restored power this week.", EVENT, None) is None


def test_an_undated_follow_up_naming_a_plan_s_date_still_refers_back() -> None:
    # Its latest date is a plan's, not its own: the event named at all is looked back at.
    text = "Lawmakers still debate the 2024 ice storm. New rules take effect in June 2029."
    assert eventtime.refers_back(text, EVENT, None) is True


def test_the_event_named_by_its_time_beside_its_kind() -> None:
    kind = {"storm", "valley"}

    def beside(text: str, own: date | None = LATER) -> tuple[str, str] | None:
        return eventtime.named_beside(tokens(text), EVENT, own, kind)

    assert beside("The toll of February's ice storm rose again.") == ("february", "storm")
    assert beside("Five years after the ice storm, lines are buried.") == ("after", "storm")
    assert beside("Last year's storm still costs us.", date(2025, 3, 1)) == ("year", "storm")
    # Too far apart, or another time: not the event's name.
    assert beside("The storm was bad for the crews working through February.") is None
    assert beside("The 2025 ice storm downed lines.") is None
    # In a later February, "February" is the article's own month.
    assert beside("The February ice storm downed lines.", date(2025, 2, 20)) is None


def test_months_are_read_once_for_the_months_named_and_those_dated() -> None:
    times = eventtime.Times(
        "Repairs may take until May 2033, the March 4 report said, as it said in March of 2032."
    )
    # "may" is a month beside a number only; a month dated has its year within three words.
    assert times.named_months == {5: 1, 3: 2}
    assert times.latest == date(2033, 5, 1)
    assert eventtime.Times("Crews may work on.").latest is None
