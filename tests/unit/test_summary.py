"""What a reader sees first: salient claims ranked, quotes whole, furniture and notices out."""

from __future__ import annotations

import pytest

from monitor import summary
from monitor.figures import Figure, extract_figures, like_for_like, not_comparable, period_kind

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


def _fig(sentence: str) -> Figure:
    return extract_figures(sentence)[0]


def test_like_for_like_needs_the_same_measure_unit_and_kind_of_period() -> None:
    march = _fig("Agents recorded 172,000 encounters in March.")
    may = _fig("Agents recorded 180,034 encounters in May.")
    year = _fig("Agents recorded 1.7 million encounters in fiscal year 2021.")
    assert like_for_like(march, may)  # two monthly totals
    assert not_comparable(march, year) == "different period"
    dollars = _fig("The US pledged $310 million.")
    share = _fig("Crossings fell 20% this year.")
    assert not_comparable(dollars, share) == "different unit"
    killed = _fig("At least eight people were killed on Friday.")
    bare = _fig("The festival ended in tragedy Friday, when 14 were hurt.")
    assert not bare.named and not_comparable(killed, bare) == "not the same measure"
    assert like_for_like(killed, _fig("The toll rose to 10 people on Sunday."))
