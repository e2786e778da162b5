"""bench.adaptation's stream: a reader's corrections teach what the model's decisions missed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bench.adaptation.harness import STREAM_SETS, mission_splits, mission_story, run_stream
from bench.stories.dataset import Case, DevStory, StoryMeta

from monitor.adaptation import DEFAULT

UNGATED = replace(DEFAULT, lift_concepts=0)

BASELINE_TITLE = "Champlain Towers South condominium collapses in Surfside"
BASELINE_TEXT = (
    "A twelve-storey condominium in Surfside, Florida, partly collapsed overnight.\n"
    "Rescuers searched the rubble of Champlain Towers South for survivors."
)
# Later follow-ups that name the receivership and its judge, and none of the baseline's names.
LATER = (
    "Receiver Kingsbury Pemberton asks Judge Hanzman to approve the Quillfeather settlement",
    "Kingsbury Pemberton, the receiver, told Judge Hanzman the Quillfeather settlement stands.",
)


def _case(n: int, day: int, title: str, text: str, label: bool = True) -> Case:
    return Case(
        id=f"c{n:02}",
        url=f"https://example.org/c{n}",
        title=title,
        published=date(2021, 7, day),
        label=label,
        category="followup" if label else "off-topic",
        query="",
        note="",
        text=text,
    )


def _story() -> DevStory:
    meta = StoryMeta(
        "surfside", BASELINE_TITLE, "https://example.org/base", date(2021, 6, 24), "en", "", ""
    )
    cases = tuple(_case(n, n, *LATER) for n in range(1, 5))
    return DevStory(meta, BASELINE_TITLE, BASELINE_TEXT, cases, ())


def test_a_corrected_miss_teaches_the_later_followups() -> None:
    story = _story()
    adapted = run_stream(story, adapt=True)
    assert adapted.metrics.tp == 0  # nothing of the baseline's: nothing confident to learn from
    # These follow-ups say none of the baseline headline's concepts either: what the reader's
    # label teaches lifts them only without that rule (``lift_concepts``; see
    # test_adaptation's test of it).
    corrected = run_stream(story, adapt=True, corrected=1, settings=UNGATED)
    # The reader labels the first miss a follow-up: its names weigh from then on, and the three
    # later follow-ups are found (the labelled case still counts as the program's miss).
    assert corrected.metrics.fn == 1 and corrected.metrics.tp == 3
    assert "pemberton" in corrected.learned or "kingsbury pemberton" in corrected.learned
    # Labelling the first follow-ups (here the same misses) teaches as well.
    assert run_stream(story, adapt=True, labelled=1, settings=UNGATED).metrics.tp == 3
    assert run_stream(story, adapt=True, labelled=1).metrics.tp == 0


def test_the_missions_own_sets_are_judged_alone_without_lexicon() -> None:
    blind = mission_story("blind")
    assert blind.meta.slug.endswith("(no lexicon, blind)")
    assert mission_story().meta.slug.endswith("(no lexicon)")
    sets = mission_splits()
    assert blind.cases and not {c.id for c in blind.cases} & {c.id for c in mission_story().cases}
    assert {sets[c.id] for c in blind.cases} == {"blind"}


def test_one_stream_holds_every_set_in_date_order() -> None:
    stream = mission_story("stream")
    assert stream.meta.slug.endswith("(no lexicon, stream)")
    sets = mission_splits()
    assert {sets[c.id] for c in stream.cases} == set(STREAM_SETS)
    assert len(stream.cases) == len(sets) == len({c.id for c in stream.cases})
