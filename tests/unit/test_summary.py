"""What a reader sees first: salient claims ranked, quotes whole, furniture and notices out."""

from __future__ import annotations

import pytest

from monitor import summary
from monitor.figures import like_for_like, period_kind

LEDE = "Officials met in Mexico City on Monday to talk about migration and trade."
QUOTE_1 = '"I want to be clear to folks in this region thinking about the trek: Do not come.'
QUOTE_2 = 'Do not come," Harris said.'
FIGURE = "Mexico will deploy 12,000 troops to its southern border, officials said."
WAS = "Mexico will deploy 10,000 troops to its southern border, officials said."
CREDIT = "This article was distributed by The Associated Press."
NOTICE = "Correction, July 2, 2021: An earlier version of this article misstated the amount."
COLOUR = "The city was hot and the streets were crowded with market stalls that afternoon."


def _rows(*items: tuple[str, str]) -> list[dict[str, object]]:
    return [{"text": text, "status": status} for text, status in items]


def test_claims_rank_changes_figures_and_quotes_over_colour() -> None:
    rows = _rows((LEDE, "new"), (COLOUR, "new"), (QUOTE_1, "new"), (QUOTE_2, "new"))
    rows.append({"text": FIGURE, "status": "updated", "baseline": WAS, "baseline_url": None})
    claims = summary.salient_claims(rows)
    assert [c.text for c in claims] == [FIGURE, f"{QUOTE_1} {QUOTE_2}", LEDE]
    assert claims[0].updates == WAS and claims[0].against == "baseline"
    assert "figure" in claims[0].why and "quote" in claims[1].why


def test_furniture_and_correction_notices_are_never_claims() -> None:
    rows = _rows((CREDIT, "new"), (NOTICE, "new"), ("Known thing said again here.", "known"))
    assert summary.salient_claims(rows) == []


def test_a_change_against_an_earlier_report_or_version_says_so() -> None:
    row = {"text": FIGURE, "status": "updated", "baseline": WAS, "url": "https://a.example/1"}
    earlier = summary.salient_claims([dict(row, baseline_url="https://b.example/2")])
    version = summary.salient_claims([dict(row, baseline_url="https://a.example/1")])
    assert (earlier[0].against, version[0].against) == ("earlier report", "earlier version")
    assert summary.compared_with("", "u") == "baseline"
    assert summary.compared_with("u", "u") == "earlier version"
    assert summary.compared_with("v", "u") == "earlier report"


def test_at_most_three_claims() -> None:
    rows = _rows(*((f"Mexico opened shelter number {n} near the border.", "new") for n in range(9)))
    assert len(summary.salient_claims(rows)) == 3


def test_correction_summary_says_what_was_corrected() -> None:
    notice = (
        "… {+Correction, July 2: It is $130 million, not $310 million.+}\n…spend [-$310-]{+$130+}"
    )
    assert summary.correction_summary(notice) == "It is $130 million, not $310 million."
    assert summary.correction_summary("…held in [-Mexico-]{+Guatemala+}") == "Mexico → Guatemala"
    assert summary.correction_summary("") == "wording changed"


def test_outlet_name_prefers_the_site_name() -> None:
    assert summary.outlet_name("The Gulf Herald", "https://gh.example/a") == "The Gulf Herald"
    assert summary.outlet_name(None, "https://www.gh.example/a") == "gh.example"


@pytest.mark.parametrize(
    ("period", "kind"),
    [("March", "month"), ("May 2021", "month"), ("fiscal year 2021", "fiscal year"),
     ("per day", "per day"), ("June 3", "day"), ("this year", "year"), (None, None)],
)  # fmt: skip
def test_period_kind(period: str | None, kind: str | None) -> None:
    assert period_kind(period) == kind


def test_like_for_like_needs_the_same_unit_and_kind_of_period() -> None:
    assert like_for_like(None, "March", None, "May")  # two monthly totals
    assert not like_for_like(None, "March", None, "fiscal year 2021")  # a month and a year
    assert not like_for_like(None, "per day", None, "May")
    assert not like_for_like("USD", None, "%", None)
    assert like_for_like(None, None, None, "May")  # no period said: nothing contradicts
