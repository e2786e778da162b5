"""Judge a development story's stream in date order, the story model adapting or not.

Adaptation is fed by the program's own decisions, as TDT's trackers were: each case the
adapted model accepts with a confident score teaches it (never the labels). Recall is also
measured on the last third of the story's follow-ups by date, where a model that follows its
story should gain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from bench.judgement.harness import Metrics, confusion
from bench.stories.dataset import DevStory
from bench.stories.harness import Judged, assess_case, feed_date, in_date_order, profile_of
from monitor.adaptation import DEFAULT, Adaptation, Settings


@dataclass(frozen=True)
class Stream:
    """Every decision on one story's stream, and what the model learned on the way."""

    slug: str
    judged: tuple[Judged, ...]
    learned: tuple[str, ...]  # the terms the model holds at the end, heaviest first
    changes: int  # changes made to the model

    @property
    def metrics(self) -> Metrics:
        return confusion((j.case.label, j.predicted) for j in self.judged)

    @property
    def late(self) -> Metrics:
        """The last third of the follow-ups by date (undated ones last), recall only."""
        followups = [j for j in self.judged if j.case.label]
        return confusion((True, j.predicted) for j in followups[2 * len(followups) // 3 :])


def run_stream(dev: DevStory, *, adapt: bool, settings: Settings = DEFAULT) -> Stream:
    """The story's cases judged in date order; with ``adapt``, confident decisions teach."""
    profile = profile_of(dev)
    adaptation = Adaptation(settings=settings)
    start = datetime.combine(dev.meta.published, datetime.min.time(), tzinfo=UTC)
    judged: list[Judged] = []
    changes = 0
    latest = start
    for case in in_date_order(dev.cases):
        at = latest = max(latest, feed_date(case) or latest)
        judged_with = adaptation.profile_for(profile, at) if adapt else profile
        assessment = assess_case(judged_with, case)
        judged.append(Judged(case, assessment))
        if adapt and assessment.follow_up:
            changes += len(
                adaptation.observe(
                    profile,
                    url=case.url,
                    title=case.title,
                    text=case.text,
                    score=assessment.score,
                    at=at,
                )
            )
    final = adaptation.profile_for(profile, latest).model
    weights = final.terms if final is not None else {}
    learned = tuple(
        sorted((t for t, v in adaptation.terms.items() if v.active), key=lambda t: -weights[t])
    )
    return Stream(dev.meta.slug, tuple(judged), learned, changes)


HEADER = (
    f"{'story':<26} {'':<6} {'P':>6} {'R':>6} {'F1':>6} {'C_det':>6} {'R_last3':>8}"
    f" {'FP':>3} {'FN':>3}"
)


def rows(plain: Stream, adapted: Stream) -> list[str]:
    """Two lines of the table: the story without and with adaptation."""
    out = []
    for name, stream in (("plain", plain), ("adapt", adapted)):
        m, late = stream.metrics, stream.late
        out.append(
            f"{stream.slug if name == 'plain' else '':<26} {name:<6} {m.precision:>6.3f} "
            f"{m.recall:>6.3f} {m.f1:>6.3f} {m.c_det_norm:>6.3f} {late.recall:>8.3f}"
            f" {m.fp:>3} {m.fn:>3}"
        )
    return out


def summary(streams: Sequence[tuple[Stream, Stream]]) -> str:
    """Mean measures over the stories, without and with adaptation."""

    def mean(values: Sequence[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    lines = []
    for i, name in enumerate(("plain", "adapt")):
        picked = [pair[i] for pair in streams]
        lines.append(
            f"{'mean':<26} {name:<6} {mean([s.metrics.precision for s in picked]):>6.3f} "
            f"{mean([s.metrics.recall for s in picked]):>6.3f} "
            f"{mean([s.metrics.f1 for s in picked]):>6.3f} "
            f"{mean([s.metrics.c_det_norm for s in picked]):>6.3f} "
            f"{mean([s.late.recall for s in picked]):>8.3f}"
        )
    return "\n".join(lines)
