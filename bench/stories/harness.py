"""Judge every case of a development story with monitor's current follow-up decision.

The story is built from ``story.toml``, its profile from the baseline's headline and text
(:func:`monitor.relevance.build_profile`); each case is assessed in date order (undated
cases last) with its date as a feed date. Measures are those of the judgement harness
(precision, recall, F1 and the TDT normalised detection cost).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bench.judgement.harness import Metrics, confusion
from bench.stories.dataset import Case, DevStory
from monitor.models import Assessment, Story
from monitor.relevance import StoryProfile, assess, build_profile


@dataclass(frozen=True)
class Judged:
    """One case and monitor's decision on it."""

    case: Case
    assessment: Assessment

    @property
    def predicted(self) -> bool:
        return self.assessment.follow_up


@dataclass(frozen=True)
class StoryResult:
    """Every decision on one story, with the measures derived from them."""

    slug: str
    judged: tuple[Judged, ...]
    missing: tuple[str, ...]

    @property
    def metrics(self) -> Metrics:
        return confusion((j.case.label, j.predicted) for j in self.judged)

    def by_category(self) -> dict[str, Metrics]:
        groups: dict[str, list[Judged]] = {}
        for j in self.judged:
            groups.setdefault(j.case.category, []).append(j)
        return {
            name: confusion((j.case.label, j.predicted) for j in group)
            for name, group in sorted(groups.items())
        }

    def mean_scores(self) -> dict[str, float]:
        """The mean score of each category's cases."""
        groups: dict[str, list[float]] = {}
        for j in self.judged:
            groups.setdefault(j.case.category, []).append(j.assessment.score)
        return {name: sum(v) / len(v) for name, v in groups.items()}

    def as_json(self) -> dict[str, object]:
        m = self.metrics
        return {
            "story": self.slug,
            "n": m.total,
            "tp": m.tp,
            "fp": m.fp,
            "fn": m.fn,
            "tn": m.tn,
            "precision": round(m.precision, 4),
            "recall": round(m.recall, 4),
            "f1": round(m.f1, 4),
            "c_det_norm": round(m.c_det_norm, 4),
            "categories": {
                name: {
                    "n": c.total,
                    "accepted": c.tp + c.fp,
                    "mean_score": round(self.mean_scores()[name], 4),
                }
                for name, c in self.by_category().items()
            },
            "missing_texts": len(self.missing),
        }


def story_of(dev: DevStory) -> Story:
    """The :class:`Story` a user would configure for this baseline."""
    meta = dev.meta
    return Story(slug=meta.slug, title=meta.title, url=meta.url, published=meta.published)


def profile_of(dev: DevStory) -> StoryProfile:
    return build_profile(story_of(dev), dev.baseline_title, dev.baseline_text)


def in_date_order(cases: Sequence[Case]) -> list[Case]:
    """Dated cases by date, then the undated ones; ties by id."""
    return sorted(cases, key=lambda c: (c.published is None, c.published or date.min, c.id))


def feed_date(case: Case) -> tuple[datetime | None, str]:
    """The case's date as a feed would give it, and its source for the date gate."""
    if case.published is None:
        return None, "unknown"
    return datetime.combine(case.published, datetime.min.time(), tzinfo=UTC), "feed"


def judge(dev: DevStory, profile: StoryProfile | None = None) -> StoryResult:
    """Monitor's decision on every case of the story, in date order."""
    profile = profile or profile_of(dev)
    judged = [Judged(case, assess_case(profile, case)) for case in in_date_order(dev.cases)]
    return StoryResult(dev.meta.slug, tuple(judged), dev.missing)


def assess_case(profile: StoryProfile, case: Case) -> Assessment:
    """Monitor's decision on one case, its date given as a feed date."""
    published, source = feed_date(case)
    return assess(
        profile,
        url=case.url,
        title=case.title,
        text=case.text,
        published=published,
        date_source=source,
    )


def report(result: StoryResult) -> str:
    """The story's measures and its per-category breakdown, as text."""
    m = result.metrics
    lines = [
        f"story {result.slug}: n={m.total} TP={m.tp} FP={m.fp} FN={m.fn} TN={m.tn}",
        f"  precision {m.precision:.3f}  recall {m.recall:.3f}  F1 {m.f1:.3f}  "
        f"C_det_norm {m.c_det_norm:.3f}",
    ]
    scores = result.mean_scores()
    for name, c in result.by_category().items():
        accepted = c.tp + c.fp
        lines.append(
            f"  {name:<14} n={c.total:<3} accepted as follow-ups: {accepted:<3} "
            f"mean score {scores[name]:.3f}"
        )
    if result.missing:
        lines.append(f"  {len(result.missing)} case(s) left out: no text in the cache")
    return "\n".join(lines)
