"""Claims: splitting a sentence into the facts it states, and matching each by meaning."""

from __future__ import annotations

import pytest

from monitor.claims import ClaimBase, polarity, split_claims
from monitor.models import SentenceStatus

SENTENCES = [
    "Homeland Security Secretary Alejandro Mayorkas said on Tuesday that talks would resume "
    "next month, and Washington still wants Mexico to do more to stop migrants.",
    "Champlain Towers South, a 12-story condominium built in 1981, partially collapsed early "
    "Thursday, officials said.",
    "The storm knocked out power to 4 million people, while ERCOT said the grid was minutes "
    "from failure.",
    "El presidente dijo que la línea 12 será reparada, y que los responsables serán castigados.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_each_claim_is_a_substring_at_its_offsets(sentence: str) -> None:
    claims = split_claims(sentence)
    assert len(claims) >= 2
    for claim in claims:
        assert sentence[claim.start : claim.end] == claim.text
    assert [c.start for c in claims] == sorted(c.start for c in claims)


def test_coordination_splits_and_attribution_stays_with_its_claim() -> None:
    texts = [c.text for c in split_claims(SENTENCES[0])]
    assert texts[0].startswith("Homeland Security Secretary Alejandro Mayorkas said")
    assert texts[1].startswith("and Washington still wants Mexico")
    # "officials said" is no claim of its own: it stays with the fact it reports
    last = split_claims(SENTENCES[1])[-1].text
    assert last == "partially collapsed early Thursday, officials said."
    assert [
        c.text for c in split_claims("At least 8 people died, according to the fire chief.")
    ] == ["At least 8 people died, according to the fire chief."]


def test_an_appositive_is_a_claim_with_the_name_it_describes() -> None:
    first = split_claims(SENTENCES[1])[0].text
    assert first == "Champlain Towers South, a 12-story condominium built in 1981"


def test_an_open_question_is_no_denial() -> None:
    assert polarity("Mexico did not agree to deploy troops.") == 1
    assert polarity("It is not yet known when the talks will resume.") == 0
    assert polarity("She did not say whether Mexico would take part.") == 0
    assert polarity("Mexico agreed to deploy troops.") == 0


@pytest.fixture(scope="module")
def base() -> ClaimBase:
    claims = ClaimBase()
    claims.add(
        [
            "Border agents recorded 172,000 encounters in March, the highest in two decades.",
            "Mexico agreed to deploy 10,000 troops to its southern border.",
            "President Biden put Vice President Harris in charge of diplomacy with Mexico and "
            "Central America on migration.",
        ],
        None,
    )
    return claims


def _status(base: ClaimBase, text: str) -> SentenceStatus:
    (verdict,) = base.match(split_claims(text)[:1])
    return verdict.status


def test_a_restatement_in_other_words_is_known(base: ClaimBase) -> None:
    text = (
        "Biden tasked Harris with leading diplomacy on migration with Mexico and Central America."
    )
    assert _status(base, text) is SentenceStatus.KNOWN


def test_another_value_of_a_known_figure_is_an_update(base: ClaimBase) -> None:
    text = "Border agents recorded 180,034 encounters in May, the highest in two decades."
    (verdict,) = base.match(split_claims(text))
    assert verdict.status is SentenceStatus.UPDATED
    assert verdict.baseline is not None and "172,000" in verdict.baseline


def test_a_denial_of_a_known_claim_contradicts_it(base: ClaimBase) -> None:
    text = "Mexico did not agree to deploy 10,000 troops to its southern border."
    assert _status(base, text) is SentenceStatus.CONTRADICTING


def test_a_fact_about_something_else_is_new(base: ClaimBase) -> None:
    text = "A federal judge in Texas blocked the program on Friday."
    assert _status(base, text) is SentenceStatus.NEW


def test_claims_in_one_sentence_are_marked_apart(base: ClaimBase) -> None:
    text = (
        "A federal judge in Texas blocked the program on Friday, and Mexico agreed to deploy "
        "10,000 troops to its southern border."
    )
    statuses = [v.status for v in base.match(split_claims(text))]
    assert statuses == [SentenceStatus.NEW, SentenceStatus.KNOWN]


def test_a_knowledge_base_loads_no_model_until_a_follow_up_is_marked() -> None:
    """`monitor run` with nothing new builds each story's knowledge and adds earlier follow-ups,
    but loads the embeddings only when it marks an article."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from monitor import dense\n"
        "from monitor.novelty import KnowledgeBase, mark_sentences\n"
        "kb = KnowledgeBase(['Mexico agreed to deploy 10,000 troops to its border.'])\n"
        "kb.add('https://x.test/1', ['A federal judge blocked the program on Friday.'])\n"
        "assert not dense.loaded() and 'wordllama' not in sys.modules, 'loaded too early'\n"
        "mark_sentences(kb, ['Mexico will send soldiers to its border, and a judge ruled.'])\n"
        "assert dense.loaded(), 'marking a follow-up loads it'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
