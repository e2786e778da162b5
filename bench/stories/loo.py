"""Leave one story out: tune the story model's weights on the other stories, report this one.

For every story, each case is matched once (:func:`monitor.storymodel.match`) and its date gate
decided once (:func:`monitor.relevance.decide` on a full score). A fold holds one story out,
searches the weights (headline, dense, time, concepts) and the threshold that minimise the
summed detection cost of the other stories (ties: the higher summed F1, then the higher
threshold: see :func:`tune`), and reports
the held-out story's P, R, F1 and C_det_norm with them. Every story is reported when held out,
so the figures are never those of a story the weights were tuned on.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from bench.judgement.harness import Metrics, confusion
from bench.stories.dataset import DevStory
from bench.stories.harness import feed_date, in_date_order, profile_of
from monitor import storymodel
from monitor.models import ContentScore
from monitor.relevance import decide

# The headline share is measured against the baseline's own headline's (about 1 for a headline
# naming what it named; session 18): weights up to 1.5 times it, finer where the folds choose.
HEADLINE_WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2, 1.5)
DENSE_WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.5)
TIME_WEIGHTS = (0.0, 0.1, 0.2, 0.3)
CONCEPT_WEIGHTS = (0.0, 0.1, 0.2, 0.3, 0.5)
THRESHOLDS = tuple(round(0.005 * i, 3) for i in range(0, 301))  # 0 to 1.5


@dataclass(frozen=True)
class Matched:
    """A case's label, whether its date lets it through, and its match."""

    label: bool
    dated_ok: bool
    match: storymodel.Match


@dataclass(frozen=True)
class Fold:
    """One held-out story, the weights the other stories chose, and its measures with them."""

    story: str
    weights: storymodel.Weights
    metrics: Metrics
    defaults: Metrics  # with the shipped weights (tuned on all the stories)

    def as_json(self) -> dict[str, object]:
        m = self.metrics
        return {
            "held_out": self.story,
            "weights": {
                "headline": self.weights.headline,
                "dense": self.weights.dense,
                "time": self.weights.time,
                "concepts": self.weights.concepts,
                "relation": self.weights.relation,  # not searched: fires on none of the six
                "at_threshold": self.weights.at_threshold,
            },
            "precision": round(m.precision, 4),
            "recall": round(m.recall, 4),
            "f1": round(m.f1, 4),
            "c_det_norm": round(m.c_det_norm, 4),
            "f1_default_weights": round(self.defaults.f1, 4),
            "c_det_norm_default_weights": round(self.defaults.c_det_norm, 4),
        }


def matched_cases(dev: DevStory) -> list[Matched]:
    """Every case of the story matched against its model, with its date gate."""
    profile = profile_of(dev)
    assert profile.model is not None, "a development story names no lexicon"
    full = ContentScore(score=1.0, facets={}, reasons=())
    out = []
    for case in in_date_order(dev.cases):
        published, source = feed_date(case)
        gate = decide(profile, full, url=case.url, published=published, date_source=source)
        out.append(
            Matched(
                case.label,
                gate.follow_up,
                storymodel.match(
                    profile.model, case.title, case.text, with_dense=True, published=published
                ),
            )
        )
    return out


def measure(cases: Iterable[Matched], weights: storymodel.Weights) -> Metrics:
    """The measures of deciding ``combined >= weights.at_threshold`` with the date gate."""
    return confusion(
        (c.label, c.dated_ok and storymodel.combined(c.match, weights) >= weights.at_threshold)
        for c in cases
    )


def tune(stories: Sequence[list[Matched]]) -> storymodel.Weights:
    """The weights and threshold with the lowest summed C_det_norm over ``stories``; among
    equals (the same summed cost and F1), the highest threshold.

    A threshold anywhere between two tuning cases decides them alike; which edge of that gap to
    keep is a guess about the unseen story. The cost weighs a false alarm's probability 4.9
    times a miss's (C_fa 0.1, P_target 0.02), and the sets hold about as many negatives as
    follow-ups, so an unseen look-alike let through by the lower edge costs about four times an
    unseen follow-up lost by the higher one. (Until session 17 the lowest threshold won; on the
    six stories as they stood then, both choices give every fold the same weights.)"""
    best: tuple[tuple[float, float, float], storymodel.Weights] | None = None
    grid = itertools.product(HEADLINE_WEIGHTS, DENSE_WEIGHTS, TIME_WEIGHTS, CONCEPT_WEIGHTS)
    for headline, dense, time, concepts in grid:
        probe = storymodel.Weights(headline=headline, dense=dense, time=time, concepts=concepts)
        sweeps = [Sweep(cases, probe) for cases in stories]
        for threshold in THRESHOLDS:
            cost = f1 = 0.0
            for sweep in sweeps:
                m = sweep.at(threshold)
                cost += m.c_det_norm
                f1 += m.f1
            key = (round(cost, 9), round(-f1, 9), -threshold)
            if best is None or key < best[0]:
                best = (key, replace(probe, at_threshold=threshold))
    assert best is not None
    return best[1]


class Sweep:
    """One story's combined values at some weights, sorted, so that the confusion at any
    threshold is two binary searches (the same counts as :func:`measure`)."""

    def __init__(self, cases: Sequence[Matched], weights: storymodel.Weights) -> None:
        self.positives = sum(1 for c in cases if c.label)
        self.negatives = len(cases) - self.positives
        let_through = [c for c in cases if c.dated_ok]
        self.follow_ups = sorted(_value(c.match, weights) for c in let_through if c.label)
        self.others = sorted(_value(c.match, weights) for c in let_through if not c.label)

    def at(self, threshold: float) -> Metrics:
        tp = len(self.follow_ups) - bisect.bisect_left(self.follow_ups, threshold)
        fp = len(self.others) - bisect.bisect_left(self.others, threshold)
        return Metrics(tp, fp, self.positives - tp, self.negatives - fp)


def _value(found: storymodel.Match, weights: storymodel.Weights) -> float:
    """The combined value as the sweep sorts it: a match the floor lifts is taken at every
    threshold (its floor follows the threshold, which the sweep varies)."""
    return math.inf if storymodel.floored(found) else storymodel.combined(found, weights)


def leave_one_out(matched: dict[str, list[Matched]]) -> list[Fold]:
    """One fold per story: tuned on the others, measured on it."""
    folds = []
    for held in sorted(matched):
        weights = tune([cases for slug, cases in sorted(matched.items()) if slug != held])
        folds.append(
            Fold(
                held,
                weights,
                measure(matched[held], weights),
                measure(matched[held], storymodel.DEFAULT_WEIGHTS),
            )
        )
    return folds


def table(folds: Sequence[Fold]) -> str:
    """The leave-one-out table: each story as held out, with the weights its fold chose."""
    lines = [
        "leave one story out (weights and threshold tuned on the other stories):",
        f"  {'held-out story':<26} {'headline':>8} {'dense':>5} {'time':>4} {'conc':>4}"
        f" {'thresh':>6}"
        f" {'P':>6} {'R':>6} {'F1':>6} {'C_det':>6}   {'F1 def':>6} {'C def':>6}",
    ]
    for f in folds:
        m, d = f.metrics, f.defaults
        lines.append(
            f"  {f.story:<26} {f.weights.headline:8.1f} {f.weights.dense:5.1f}"
            f" {f.weights.time:4.1f} {f.weights.concepts:4.1f} {f.weights.at_threshold:6.3f}"
            f" {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f}"
            f" {m.c_det_norm:6.3f}   {d.f1:6.3f} {d.c_det_norm:6.3f}"
        )
    n = len(folds)
    lines.append(
        f"  {'mean':<26} {'':>8} {'':>5} {'':>4} {'':>4} {'':>6} {'':>6} {'':>6}"
        f" {sum(f.metrics.f1 for f in folds) / n:6.3f}"
        f" {sum(f.metrics.c_det_norm for f in folds) / n:6.3f}"
        f"   {sum(f.defaults.f1 for f in folds) / n:6.3f}"
        f" {sum(f.defaults.c_det_norm for f in folds) / n:6.3f}"
    )
    lines.append(
        "  (F1 def, C def: the shipped weights "
        f"headline {storymodel.DEFAULT_WEIGHTS.headline}, dense {storymodel.DEFAULT_WEIGHTS.dense},"
        f" time {storymodel.DEFAULT_WEIGHTS.time}, concepts {storymodel.DEFAULT_WEIGHTS.concepts},"
        f" threshold {storymodel.DEFAULT_WEIGHTS.at_threshold})"
    )
    return "\n".join(lines)


def bounds(matched: dict[str, list[Matched]]) -> str:
    """Each story tuned on itself: the best these features can do for it, an upper bound and
    never a result (a story whose bound misses the targets needs a new feature, not tuning)."""
    lines = [
        "each story tuned on itself (an upper bound for these features, not a result):",
        f"  {'story':<26} {'headline':>8} {'dense':>5} {'time':>4} {'conc':>4} {'thresh':>6}"
        f" {'P':>6} {'R':>6} {'F1':>6} {'C_det':>6}",
    ]
    for slug in sorted(matched):
        w = tune([matched[slug]])
        m = measure(matched[slug], w)
        lines.append(
            f"  {slug:<26} {w.headline:8.1f} {w.dense:5.1f} {w.time:4.1f} {w.concepts:4.1f}"
            f" {w.at_threshold:6.3f}"
            f" {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f} {m.c_det_norm:6.3f}"
        )
    return "\n".join(lines)
