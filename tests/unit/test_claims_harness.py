"""bench.claims on the annotated real follow-ups (skipped without the story cache)."""

from __future__ import annotations

import pytest
from bench.claims.harness import (
    TUNING,
    Span,
    StoryScore,
    _score_sentence,
    explain_claim,
    load_annotations,
    load_verdicts,
    score_story,
)
from bench.stories.dataset import available_stories, load_story

from monitor.claims import ClaimBase
from monitor.models import ClaimVerdict, SentenceStatus, SentenceVerdict

ANNOTATIONS = load_annotations()
ANNOTATED = sorted({a.story for a in ANNOTATIONS})


def test_annotations_cover_three_stories_not_used_for_tuning() -> None:
    assert len(set(ANNOTATED) - set(TUNING)) >= 3
    for a in ANNOTATIONS:
        assert a.spans and all(0 <= s.start < s.end for s in a.spans)
        assert {s.label for s in a.spans} <= {"new", "updated", "restates"}


def test_every_contradicting_label_seen_has_a_verdict() -> None:
    verdicts = load_verdicts()
    assert set(verdicts.values()) <= {"contradiction", "not a contradiction"}


@pytest.mark.parametrize("slug", available_stories() or ["(no cache)"])
def test_real_follow_ups(slug: str) -> None:
    if slug == "(no cache)":
        pytest.skip("the story cache is not here")
    score = score_story(load_story(slug), ANNOTATIONS)
    assert score.stale == 0  # the cached texts are the ones annotated
    assert score.baseline_new_claims == 0
    assert score.syndicated_new_claims == 0
    # at most one contradicting label a reader would not call one, per 250 sentences
    assert score.wrong_contradictions * 250 <= max(score.sentences_in_order, 250)
    assert all(c.verdict != "unjudged" for c in score.contradicting)
    if slug in ANNOTATED:
        assert score.surfaced >= 0.9


def test_memory_judges_against_earlier_follow_ups_too() -> None:
    """`--memory`: the follow-ups before a case are known, so a fact an earlier follow-up told
    is no longer surfaced as new (each annotated new fact was judged against the baseline)."""
    slug = TUNING[1]
    if slug not in available_stories():
        pytest.skip("the story cache is not here")
    story = load_story(slug)
    alone = score_story(story, ANNOTATIONS)
    remembered = score_story(story, ANNOTATIONS, memory=True)
    assert remembered.new_facts == alone.new_facts
    assert remembered.new_surfaced < alone.new_surfaced


def test_a_restatement_not_shown_known_is_listed_with_its_claims() -> None:
    """`--misses`: a restatement whose claim is new is listed with each claim of its sentence;
    one shown known is not."""
    sentence = "The mill burned on Friday, and the owner was arrested."
    cut = sentence.index(", and")
    claims = (
        ClaimVerdict(sentence[:cut], SentenceStatus.NEW, None, 0.3, None, 0, cut),
        ClaimVerdict(
            sentence[cut + 2 :], SentenceStatus.KNOWN, "x", 0.9, None, cut + 2, len(sentence)
        ),
    )
    verdict = SentenceVerdict(0, sentence, SentenceStatus.NEW, None, 0.3, None, claims)
    score = StoryScore("s", "tune")
    _score_sentence(
        score,
        sentence,
        verdict,
        [Span(0, cut, "restates"), Span(cut + 2, len(sentence), "restates")],
    )
    assert score.misses == [
        (
            "The mill burned on Friday",
            sentence,
            [("new", "The mill burned on Friday"), ("known", "and the owner was arrested.")],
        )
    ]
    assert score.whole + score.inside == 2  # both scored, one listed


def test_explain_lists_the_nearest_known_claims_and_the_sentences_together() -> None:
    """`--misses --explain`: under a claim, each nearest known claim and then the known
    sentences taken together, each followed by the claim's words with how far each is found."""
    claims = ClaimBase()
    claims.add(
        ["The mill in Riverton burned on Friday.", "Its owner, Dana Holt, was arrested."], None
    )
    lines = explain_claim(claims, "The Riverton mill burned down on Friday night")
    # "night", found nowhere, weighs as much as the rarest known word: a third of the claim
    assert lines[0] == "nearest 0.67: The mill in Riverton burned on Friday."
    assert lines[1].split() == ["riverton:1.0", "mill:1.0", "burned:1.0", "night:0.0"]
    assert lines[2] == "nearest 0.00: Its owner, Dana Holt, was arrested."
    assert lines[4:] == ["together 0.67: The mill in Riverton burned on Friday.", lines[1]]
