"""The story model's weights tuned on the mission's own ``tune`` split: what a storyline's
weights would give it (``python -m bench.judgement --no-lexicon --tune-model-weights``).

The shipped weights (``storymodel.DEFAULT_WEIGHTS``) are chosen leaving one development story
out (``bench.stories``): six events, no storyline. The mission's story is a storyline, and the
folds never see one. This searches the same grid as the folds (``bench.stories.loo.tune``) on
the mission's ``tune`` cases alone, then measures the requested split with the shipped weights
and with those: evidence for a storyline's weights, never shipped from here (the split it
reports must not be ``tune`` for the figure to be held out).
"""

from __future__ import annotations

from collections.abc import Sequence

from bench.judgement.harness import (
    CASES_FILE,
    HEADER,
    Metrics,
    case_published,
    format_row,
    load_cases,
)
from bench.stories.loo import Matched, measure, tune
from monitor import storymodel
from monitor.models import ContentScore
from monitor.relevance import StoryProfile, decide


def matched(profile: StoryProfile, cases: Sequence[dict[str, object]]) -> list[Matched]:
    """Every case matched against the profile's story model (every feature computed), with its
    date gate, as the leave-one-out folds match a development story's cases."""
    if profile.model is None:
        raise ValueError("the profile has no story model")
    full = ContentScore(score=1.0, facets={}, reasons=())
    out = []
    for case in cases:
        published, source = case_published(case)
        title, text = str(case["title"]), str(case["text"])
        gate = decide(profile, full, url=str(case["url"]), published=published, date_source=source)
        found = storymodel.match(profile.model, title, text, with_dense=True, published=published)
        out.append(Matched(bool(case["label"]), gate.follow_up, found))
    return out


def report(profile: StoryProfile, cases: Sequence[dict[str, object]], split: str) -> str:
    """The split measured with the shipped weights and with the weights tuned on ``tune``."""
    chosen = tune([matched(profile, load_cases(CASES_FILE, "tune"))])
    scored = matched(profile, cases)
    rows: list[tuple[str, Metrics]] = [
        ("shipped weights", measure(scored, storymodel.DEFAULT_WEIGHTS)),
        ("weights tuned on tune", measure(scored, chosen)),
    ]
    lines = [
        f"story model weights tuned on the tune split: headline {chosen.headline}, dense "
        f"{chosen.dense}, time {chosen.time}, concepts {chosen.concepts}, threshold "
        f"{chosen.at_threshold} (shipped: headline {storymodel.DEFAULT_WEIGHTS.headline}, dense "
        f"{storymodel.DEFAULT_WEIGHTS.dense}, time {storymodel.DEFAULT_WEIGHTS.time}, concepts "
        f"{storymodel.DEFAULT_WEIGHTS.concepts}, threshold "
        f"{storymodel.DEFAULT_WEIGHTS.at_threshold})",
        f"split {split}",
        HEADER,
    ]
    lines += [format_row(name, m) for name, m in rows]
    return "\n".join(lines)
