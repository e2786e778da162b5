"""Evaluation of follow-up detection on the labelled set: TDT-style tracking metrics.

Reads the baseline from $MONITOR_SHARED/baseline and the cases from cases.jsonl (or blind.jsonl,
fresh.jsonl).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from monitor.dates import resolve_published
from monitor.models import Assessment
from monitor.relevance import (
    StoryProfile,
    assess,
    build_profile,
    story_from_baseline_metadata,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
CASES_FILE = Path(__file__).with_name("cases.jsonl")
# Written independently of the scorer and never tuned on: every item has split "blind".
BLIND_FILE = Path(__file__).with_name("blind.jsonl")
# A second set written blind (session 12), for the later years: every item has split "fresh".
FRESH_FILE = Path(__file__).with_name("fresh.jsonl")
# A third, written blind after the second had been tuned on (session 12): split "fresh2".
FRESH2_FILE = Path(__file__).with_name("fresh2.jsonl")
# A fourth, written blind in session 20 by two writers who read only the baseline and
# PRODUCT.md (2021-2023 and 2024-2026): split "fresh3".
FRESH3_FILE = Path(__file__).with_name("fresh3.jsonl")
# A fifth, written blind in session 23 the same way by two new writers, after fresh3 had been
# scored twice: split "fresh4" (ids ka.., kb..).
FRESH4_FILE = Path(__file__).with_name("fresh4.jsonl")
# A sixth, written blind in session 24 the same way by two new writers, after fresh4 had been
# scored twice: split "fresh5" (ids ma.., mb..).
FRESH5_FILE = Path(__file__).with_name("fresh5.jsonl")
# The sets written blind, each a file of its own whose items all carry its name as their split;
# a new set is one line here (the benches' --split choices and the stream follow it).
OWN_FILES = {
    "blind": BLIND_FILE,
    "fresh": FRESH_FILE,
    "fresh2": FRESH2_FILE,
    "fresh3": FRESH3_FILE,
    "fresh4": FRESH4_FILE,
    "fresh5": FRESH5_FILE,
}
# The splits of cases.jsonl, then the sets of their own.
SPLITS = ("heldout", "tune", *OWN_FILES)

# TDT detection cost parameters (NIST TDT evaluation plan).
C_MISS = 1.0
C_FA = 0.1
P_TARGET = 0.02

TARGET_F1 = 0.92
TARGET_CDET = 0.30

# The mission's story is judged with the shipped lexicon of its domain.
MISSION_LEXICON = "us-mexico-migration"

# The "now" of the evaluation: any date after the last article of every set works (a feed date
# after "now" is dropped as a date in the future; fresh.jsonl runs into 2026).
EVAL_NOW = datetime(2027, 1, 1, tzinfo=UTC)


def shared_dir() -> Path:
    """The shared folder: $MONITOR_SHARED, else ``shared`` beside the repository."""
    env = os.environ.get("MONITOR_SHARED")
    return Path(env) if env else (REPO_ROOT / ".." / "shared").resolve()


def baseline_dir() -> Path:
    return shared_dir() / "baseline"


def load_profile(directory: Path | None = None, *, lexicon: bool = True) -> StoryProfile:
    """The story profile from the baseline's JSON metadata and text file; without
    ``lexicon``, the story is judged by its model from the baseline alone."""
    meta, title, body = load_baseline(directory)
    story = story_from_baseline_metadata(meta, lexicon=MISSION_LEXICON if lexicon else None)
    return build_profile(story, title, body)


def load_baseline(directory: Path | None = None) -> tuple[dict[str, object], str, str]:
    """The baseline's JSON metadata, headline and text (page furniture stripped)."""
    directory = directory or baseline_dir()
    metas = sorted(directory.glob("*.json"))
    if not metas:
        raise FileNotFoundError(f"no baseline metadata in {directory}")
    meta = json.loads(metas[0].read_text(encoding="utf-8"))
    raw = (directory / str(meta["text_file"])).read_text(encoding="utf-8")
    title, _, body = raw.partition("\n")
    return meta, title.strip(), _strip_page_boilerplate(body)


def _strip_page_boilerplate(text: str) -> str:
    # The user-supplied text ends with page furniture ("Topics in this article", ...).
    kept: list[str] = []
    for line in text.splitlines():
        if line.strip().startswith(("Topics in this article", "Skip to footer")):
            break
        kept.append(line)
    return "\n".join(kept)


def load_cases(path: Path = CASES_FILE, split: str = "all") -> list[dict[str, object]]:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [c for c in cases if split == "all" or c["split"] == split]


@dataclass(frozen=True)
class Outcome:
    case: dict[str, object]
    assessment: Assessment

    @property
    def label(self) -> bool:
        return bool(self.case["label"])

    @property
    def predicted(self) -> bool:
        return self.assessment.follow_up


@dataclass(frozen=True)
class Metrics:
    """Confusion counts and the measures derived from them."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def p_miss(self) -> float:
        return self.fn / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def p_fa(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    @property
    def c_det_norm(self) -> float:
        return detection_cost(self.p_miss, self.p_fa)

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn


def detection_cost(p_miss: float, p_fa: float) -> float:
    """TDT normalised detection cost for the given miss and false-alarm rates."""
    cost = C_MISS * p_miss * P_TARGET + C_FA * p_fa * (1 - P_TARGET)
    return cost / min(C_MISS * P_TARGET, C_FA * (1 - P_TARGET))


def confusion(pairs: Iterable[tuple[bool, bool]]) -> Metrics:
    """Metrics from (label, predicted) pairs."""
    tp = fp = fn = tn = 0
    for label, predicted in pairs:
        if label and predicted:
            tp += 1
        elif predicted:
            fp += 1
        elif label:
            fn += 1
        else:
            tn += 1
    return Metrics(tp, fp, fn, tn)


def case_published(case: dict[str, object]) -> tuple[datetime | None, str]:
    """The case's date as the pipeline would resolve it (feed date, else a text dateline)."""
    raw = case.get("published")
    feed = None
    if isinstance(raw, str) and raw:
        feed = datetime.combine(date.fromisoformat(raw[:10]), datetime.min.time(), tzinfo=UTC)
    return resolve_published(feed, None, str(case["text"]), EVAL_NOW)


def evaluate(
    profile: StoryProfile, cases: Sequence[dict[str, object]], threshold: float | None = None
) -> list[Outcome]:
    outcomes = []
    for case in cases:
        published, source = case_published(case)
        assessment = assess(
            profile,
            url=str(case["url"]),
            title=str(case["title"]),
            text=str(case["text"]),
            published=published,
            date_source=source,
            threshold=threshold,
        )
        outcomes.append(Outcome(case, assessment))
    return outcomes


def metrics(outcomes: Iterable[Outcome]) -> Metrics:
    return confusion((o.label, o.predicted) for o in outcomes)


def by_category(outcomes: Sequence[Outcome]) -> dict[str, Metrics]:
    groups: dict[str, list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault(str(o.case["category"]), []).append(o)
    return {name: metrics(group) for name, group in sorted(groups.items())}


def pre_baseline_leaks(profile: StoryProfile, outcomes: Sequence[Outcome]) -> list[Outcome]:
    """Dated cases from before the baseline that were nevertheless accepted."""
    start = datetime.combine(profile.baseline_published, datetime.min.time(), tzinfo=UTC)
    return [
        o
        for o in outcomes
        if o.assessment.published is not None and o.assessment.published < start and o.predicted
    ]


def count_pre_baseline(profile: StoryProfile, outcomes: Sequence[Outcome]) -> int:
    start = datetime.combine(profile.baseline_published, datetime.min.time(), tzinfo=UTC)
    return sum(
        1 for o in outcomes if o.assessment.published is not None and o.assessment.published < start
    )


def tune_threshold(profile: StoryProfile, cases: Sequence[dict[str, object]]) -> float:
    """The threshold that minimises C_det_norm, then maximises F1, on ``cases``.

    Thresholds are tried in steps of 0.01; of the equally good ones the middle is taken,
    to leave the widest margin on both sides.
    """
    outcomes = evaluate(profile, cases, threshold=0.0)
    scored = [(o.label, o.assessment.score, _date_ok(o)) for o in outcomes]
    keyed: list[tuple[tuple[float, float], float]] = []
    for step in range(5, 96):
        t = step / 100
        m = confusion((label, ok and score >= t) for label, score, ok in scored)
        keyed.append(((round(m.c_det_norm, 9), round(-m.f1, 9)), t))
    best_key = min(k for k, _ in keyed)
    best = [t for k, t in keyed if k == best_key]
    return round(best[len(best) // 2], 2)


def _date_ok(outcome: Outcome) -> bool:
    # At threshold 0 every case passes on score, so follow_up is exactly the date gate.
    return outcome.assessment.follow_up


def format_row(name: str, m: Metrics) -> str:
    return (
        f"{name:34} {m.total:4} {m.tp:4} {m.fp:4} {m.fn:4} {m.tn:4} "
        f"{m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f} {m.p_miss:6.3f} {m.p_fa:6.3f} "
        f"{m.c_det_norm:7.3f}"
    )


HEADER = (
    f"{'category':34} {'n':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'tn':>4} "
    f"{'prec':>6} {'recall':>6} {'f1':>6} {'Pmiss':>6} {'Pfa':>6} {'Cdet':>7}"
)


def report(profile: StoryProfile, outcomes: Sequence[Outcome], split: str) -> tuple[str, bool]:
    """A printable report, and whether the targets are met."""
    overall = metrics(outcomes)
    lines = [
        f"split: {split}   cases: {len(outcomes)}   threshold: {profile.threshold:.2f}",
        HEADER,
        format_row("ALL", overall),
    ]
    later = [o for o in outcomes if "later" in str(o.case["category"])]
    if later:
        # The storyline's later years and their look-alikes: the date no longer does the work.
        lines.append(format_row("LATER YEARS (2023 on)", metrics(later)))
    lines.append("-" * len(HEADER))
    lines += [format_row(name, m) for name, m in by_category(outcomes).items()]
    errors = [o for o in outcomes if o.label != o.predicted]
    lines.append("")
    lines.append(f"errors: {len(errors)}")
    for o in errors:
        kind = "MISS" if o.label else "FALSE ALARM"
        lines.append(
            f"  {kind:11} {o.case['id']:8} [{o.case['category']}] score {o.assessment.score:.3f}"
            f"  {o.case['title']}"
        )
        lines.extend(f"      - {r}" for r in o.assessment.reasons)
    leaks = pre_baseline_leaks(profile, outcomes)
    dated_before = count_pre_baseline(profile, outcomes)
    lines.append("")
    lines.append(
        f"pre-baseline check: {dated_before} dated items before the baseline, "
        f"{len(leaks)} accepted" + (" -> FAIL" if leaks else " -> ok")
    )
    ok = overall.f1 >= TARGET_F1 and overall.c_det_norm <= TARGET_CDET and not leaks
    lines.append(
        f"targets (F1 >= {TARGET_F1}, C_det_norm <= {TARGET_CDET}, no pre-baseline accepted): "
        + ("met" if ok else "NOT met")
    )
    return "\n".join(lines), ok
