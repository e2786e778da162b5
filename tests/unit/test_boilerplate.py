"""Page furniture is recognised, and story sentences that look like it are not."""

from __future__ import annotations

import pytest

from monitor.boilerplate import boilerplate_kind, is_boilerplate
from monitor.models import SentenceStatus
from monitor.novelty import KnowledgeBase, mark_sentences


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("This article was distributed by The Associated Press.", "wire credit"),
        ("This story was originally published by The Texas Tribune.", "wire credit"),
        ("Reporting by Dave Graham; Editing by Sandra Maler", "wire credit"),
        ("Associated Press writer Maria Verza contributed to this report.", "wire credit"),
        ("Maria Verza in Mexico City contributed reporting.", "wire credit"),
        ("Get the latest border news delivered straight to your inbox every morning.",
         "newsletter pitch"),
        ("Sign up for our free weekly newsletter on immigration.", "newsletter pitch"),
        ("Migrants wait to cross the river near Piedras Negras on June 3. (John Moore/Getty "
         "Images)", "caption"),
        ("FILE - Migrants walk along the highway in Tapachula, Mexico.", "page furniture"),
        ("The White House did not respond to a request for comment.", "no comment"),
        ("A spokesperson for Mexico's foreign ministry did not immediately respond to a "
         "request for comment on Friday.", "no comment"),
        ("ICE declined to comment on the case.", "no comment"),
        ("Officials could not be reached for comment late Tuesday.", "no comment"),
        ("Photo by John Moore/Getty Images", "page furniture"),
        ("By: Ricardo E. Calderon, Eagle Pass Business Journal, Inc., Copyright 2023",
         "page furniture"),
        ("A spokesperson for the developer did not have any immediate comment.", "no comment"),
        ("There was no immediate response from the company to a request seeking comment "
         "outside of business hours.", "no comment"),
        ("The station has reached out to the agency for comment but has not yet heard back.",
         "no comment"),
        ("Footage shows the moment the bridge fell. pic.twitter.com/abc123 - A Reporter "
         "(@reporter) May 4, 2021", "page furniture"),  # an embedded post
    ],
)  # fmt: skip
def test_boilerplate_is_recognised(sentence: str, kind: str) -> None:
    assert boilerplate_kind(sentence) == kind
    assert is_boilerplate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexico distributed 10,000 humanitarian visas to Central Americans in June.",
        "The agency reported 180,034 encounters at the southern border in May.",
        "Harris said she did not respond to the criticism because the results would speak.",
        "Mexico declined to accept more families expelled under Title 42, officials said.",
        "The Associated Press reported that Mexico had deployed 10,000 troops to the border.",
        "Ebrard said Mexico would not comment on US politics but would keep its promises.",
        "Fitch said the company did not respond to its request for confirmation on the coupon "
        "payments.",
        "The company had no immediate plans to sell the unit, its chairman said.",
        "Investors asked the court for more time to respond to the petition.",
    ],
)
def test_story_sentences_are_not_boilerplate(sentence: str) -> None:
    assert boilerplate_kind(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ms Quillon did not respond to questions about the Varrow contract.", "no comment"),
        ("The Tessaly office declined to answer inquiries on Monday.", "no comment"),
        ("Bram Oster contributed reporting from Velmora.", "wire credit"),
        ("Subscribe now for the Orlen Ledger's morning briefing.", "newsletter pitch"),
        ("There was no immediate reply from the Kestrel board.", "no comment"),
    ],
)  # fmt: skip
def test_case_blind_letters_do_not_escape_the_quick_tests(sentence: str, kind: str) -> None:
    """The word tests run before the patterns see what the case-blind patterns see: a dotless
    i or a long s matches i or s, and a dotted capital I lowers to two characters."""
    assert boilerplate_kind(sentence) == kind
    for odd in (
        sentence.replace("i", "\u0131"),
        sentence.replace("s", "\u017f"),
        sentence.upper().replace("I", "\u0130"),
    ):
        assert boilerplate_kind(odd) == kind, odd


def test_boilerplate_is_never_marked_new() -> None:
    kb = KnowledgeBase(["Harris will visit Guatemala and Mexico next week."])
    article = [
        "Mexico agreed to deploy 12,000 troops to its southern border.",
        "This article was distributed by The Associated Press.",
        "The State Department did not respond to a request for comment.",
        "Sign up for our newsletter to get the latest news delivered to your inbox.",
        "There was no immediate response from the ministry to a request seeking comment.",
        "Video shows the crowd at the gate. pic.twitter.com/xyz987 - A Reporter (@reporter)",
    ]
    verdicts = mark_sentences(kb, article)
    assert [v.text for v in verdicts if v.status is SentenceStatus.NEW] == [article[0]]
