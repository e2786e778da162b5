"""A story's knowledge of its follow-ups is built from its baseline and the rows earlier runs
stored, when a follow-up first asks for it: what it holds is what the stored rows say."""

from __future__ import annotations

from datetime import UTC, date, datetime

from monitor import relevance
from monitor.entities import Entity
from monitor.judging import StoryState
from monitor.models import Story
from monitor.runstate import Baseline
from monitor.text import fingerprint

_TEXT = (
    "The Harbour bridge in Port Alder closed on Tuesday after inspectors found a cracked "
    'girder. "We will not reopen it until it is safe," said Mayor Ines Calder.'
)


def _state(**stored: object) -> StoryState:
    story = Story("port-alder-bridge", "Bridge closed", "https://example.org/a", date(2021, 6, 3))
    baseline = Baseline(story, "Port Alder closes the Harbour bridge", _TEXT)
    profile = relevance.build_profile(story, baseline.title, baseline.text)
    return StoryState(baseline=baseline, profile=profile, development_of={}, **stored)  # type: ignore[arg-type]


def test_knowledge_holds_the_baseline_and_each_stored_follow_up_in_order() -> None:
    later = datetime(2021, 6, 9, tzinfo=UTC)
    state = _state(
        stored_sentences={
            "https://example.org/b": (later, ["Engineers began replacing the girder on Monday."]),
            "https://example.org/c": (None, ["The ferry doubled its crossings meanwhile."]),
        },
        stored_entities=[Entity("Harbour Ferries", "organisation")],
        stored_quotes=["The ferry will run every hour."],
    )
    assert "knowledge" not in vars(state)  # nothing built until a follow-up needs it
    assert state.knowledge.urls == ["https://example.org/b", "https://example.org/c"]
    texts = [s.text for s in state.knowledge.sentences]
    assert any("girder on monday" in t.lower() for t in texts)
    assert any("cracked girder" in t.lower() for t in texts)  # the baseline's own
    assert state.known_entities[-1] == Entity("Harbour Ferries", "organisation")
    assert fingerprint("The ferry will run every hour.") in state.known_quotes
    assert fingerprint("We will not reopen it until it is safe,") in state.known_quotes


def test_a_story_without_stored_follow_ups_knows_its_baseline_only() -> None:
    state = _state()
    assert state.knowledge.urls == []
    assert len(state.knowledge) > 0
    assert fingerprint("The ferry will run every hour.") not in state.known_quotes
