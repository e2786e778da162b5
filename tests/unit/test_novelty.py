"""Novelty: each sentence of a follow-up marked known, updated, new or contradicting."""

from __future__ import annotations

import time

import pytest

from monitor.models import SentenceStatus
from monitor.novelty import (
    KnowledgeBase,
    KnownSentence,
    content_tokens,
    development_key,
    is_boilerplate,
    mark_sentences,
)
from monitor.text import split_sentences

# A small story written for these tests (not the shared baseline).
STORY = [
    "The White House is pressing Mexico to do more to stop migrants heading to the US border.",
    "Homeland Security Secretary Alejandro Mayorkas plans to visit Mexico City later in June.",
    "More than 172,000 migrants crossed the border in March, the highest level in 15 years.",
    "Mexico has started flying expelled migrants to Tapachula near the Guatemalan border.",
    "Department of Homeland Security officials declined to comment.",
    "Mexico agreed to accept more families expelled by US border agents, officials said.",
]


@pytest.fixture
def kb() -> KnowledgeBase:
    return KnowledgeBase(STORY)


def status_of(kb: KnowledgeBase, sentence: str) -> SentenceStatus:
    verdicts = mark_sentences(kb, [sentence])
    assert len(verdicts) == 1, verdicts
    return verdicts[0].status


@pytest.mark.parametrize(
    "sentence",
    [
        "By Jane Doe and John Smith",
        "Photo by John Moore/Getty Images",
        "Read more: Harris heads to Guatemala",
        "Sign up for our daily newsletter to get the latest news.",
        "Topics in this article",
        "Skip to footer",
        "Share this story on Facebook",
        "Copyright 2021 BuzzFeed, Inc. All rights reserved.",
        "Updated June 4.",
        "Advertisement",
    ],
)
def test_boilerplate(sentence: str) -> None:
    assert is_boilerplate(sentence)


def test_story_sentences_are_not_boilerplate() -> None:
    assert not any(is_boilerplate(s) for s in STORY)
    assert not is_boilerplate("By June, crossings had fallen by a third, officials said.")


def test_paraphrase_folds_synonyms_and_word_forms() -> None:
    assert content_tokens("Immigrants were deported by U.S. authorities.") == content_tokens(
        "The United States official deported the migrant."
    )


def test_restatements_are_known_and_point_at_their_source(kb: KnowledgeBase) -> None:
    verdicts = mark_sentences(
        kb,
        [
            "Washington wants Mexico to do more to curb migrants on their way to the US border.",
            "DHS officials would not comment.",
        ],
    )
    assert [v.status for v in verdicts] == [SentenceStatus.KNOWN, SentenceStatus.KNOWN]
    assert verdicts[0].baseline == STORY[0]
    assert verdicts[0].source_url is None
    assert 0.5 < verdicts[0].similarity <= 1.0


def test_changed_figure_is_an_update(kb: KnowledgeBase) -> None:
    verdict = mark_sentences(kb, ["More than 180,000 migrants crossed the border in April."])[0]
    assert verdict.status is SentenceStatus.UPDATED
    assert verdict.baseline == STORY[2]


def test_changed_date_is_an_update(kb: KnowledgeBase) -> None:
    assert (
        status_of(kb, "Mayorkas plans to visit Mexico City on July 12.") is SentenceStatus.UPDATED
    )


def test_new_fact_is_new(kb: KnowledgeBase) -> None:
    verdict = mark_sentences(
        kb, ["Guatemala deployed 1,500 soldiers to its border with Honduras to stop a caravan."]
    )[0]
    assert verdict.status is SentenceStatus.NEW
    assert verdict.baseline is None


def test_reversal_is_a_contradiction(kb: KnowledgeBase) -> None:
    assert (
        status_of(kb, "Mexico refused to accept more families expelled by US border agents.")
        is SentenceStatus.CONTRADICTING
    )


def test_boilerplate_is_dropped_and_indexes_are_kept(kb: KnowledgeBase) -> None:
    verdicts = mark_sentences(kb, ["Skip to footer", STORY[1], "Read more"])
    assert [(v.index, v.status) for v in verdicts] == [(1, SentenceStatus.KNOWN)]


def test_earlier_follow_ups_become_known(kb: KnowledgeBase) -> None:
    first = ["Mexico will require visas from Brazilian travellers starting in December."]
    assert mark_sentences(kb, first)[0].status is SentenceStatus.NEW
    kb.add("https://example.org/first", first)
    again = mark_sentences(kb, ["Brazilian travellers will need a visa for Mexico from December."])
    assert again[0].status is SentenceStatus.KNOWN
    assert again[0].source_url == "https://example.org/first"
    assert KnownSentence(first[0], "https://example.org/first") in kb.sentences
    assert kb.urls == ["https://example.org/first"]


def test_development_key_is_stable_and_shared_by_later_carriers(kb: KnowledgeBase) -> None:
    first = [
        "Mexico will require visas from Brazilian travellers starting in December.",
        STORY[0],
    ]
    verdicts = mark_sentences(kb, first)
    key = development_key(verdicts)
    assert key is not None and key == development_key(mark_sentences(kb, first))
    assert development_key(mark_sentences(kb, STORY)) is None
    kb.add("https://example.org/first", first)
    assert kb.development_of("https://example.org/first") == key
    second = mark_sentences(
        kb, ["Brazilian travellers will need a visa for Mexico from December, officials said."]
    )
    assert development_key(second, kb) == key


def test_baseline_fed_back_is_all_known(baseline_text: str) -> None:
    sentences = split_sentences(baseline_text)
    verdicts = mark_sentences(KnowledgeBase(sentences), sentences)
    assert verdicts and all(v.status is SentenceStatus.KNOWN for v in verdicts)
    assert len(verdicts) == len(sentences) - 2  # the two page-furniture lines are dropped


def test_marking_is_fast(baseline_text: str) -> None:
    baseline = split_sentences(baseline_text)
    kb = KnowledgeBase(baseline)
    filler = [f"{s} ({n})" for n in range(8) for s in baseline]  # ~300 earlier sentences
    kb.add("https://example.org/earlier", filler)
    article = [s.replace("Mexico", "Mexico's government") for s in baseline[:30]]
    mark_sentences(kb, article)
    best = min(_timed(kb, article) for _ in range(7))
    assert best < 0.05  # seconds; the budget is 10 ms, the margin is for loaded CI machines


def _timed(kb: KnowledgeBase, article: list[str]) -> float:
    start = time.process_time()
    mark_sentences(kb, article)
    return time.process_time() - start


def test_adding_a_url_twice_changes_nothing(kb: KnowledgeBase) -> None:
    first = ["Mexico will require visas from Brazilian travellers starting in December."]
    kb.add("https://example.org/first", first)
    size = len(kb)
    kb.add("https://example.org/first", ["Something else entirely was said about the weather."])
    assert len(kb) == size
    assert mark_sentences(kb, []) == []


def test_without_the_knowledge_base_an_echo_still_gets_a_key(kb: KnowledgeBase) -> None:
    first = ["Mexico will require visas from Brazilian travellers starting in December."]
    kb.add("https://example.org/first", first)
    echo = mark_sentences(kb, ["Brazilian travellers will need a visa for Mexico from December."])
    assert development_key(echo) == development_key(mark_sentences(KnowledgeBase(STORY), first))
