"""Scores ``monitor.novelty`` against the labelled cases in ``cases.jsonl``.

Pure functions over the cases and the baseline text; ``__main__`` prints the report.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from monitor.models import SentenceStatus
from monitor.novelty import KnowledgeBase, development_key, mark_sentences
from monitor.text import split_sentences

logger = logging.getLogger(__name__)

CASES = Path(__file__).with_name("cases.jsonl")
REPO_ROOT = Path(__file__).resolve().parents[2]
BASELINE_NAME = "biden-mexico-migration-requests.txt"
POSITIVE_LABELS = frozenset({"new", "updated", "contradicting"})
CHANGE_LABELS = frozenset({"updated", "contradicting"})
CHANGES = frozenset({SentenceStatus.UPDATED, SentenceStatus.CONTRADICTING})
FRESH = frozenset({SentenceStatus.NEW, SentenceStatus.UPDATED, SentenceStatus.CONTRADICTING})


@dataclass(frozen=True)
class Case:
    id: str
    kind: str  # "followup", "paraphrase" or "syndicated"
    split: str  # "tune" or "heldout"
    url: str
    after: tuple[str, ...]
    texts: tuple[str, ...]
    labels: tuple[str, ...]
    # per sentence: what the known sentence it updates contains ("172,000"), or "<case id>#<n>"
    # for a sentence of an earlier case; None when the case does not say
    was: tuple[str | None, ...] = ()
    group: str | None = None
    note: str | None = None


@dataclass
class Score:
    """Counts for one split: positives are sentences labelled new or updated."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    known: int = 0
    known_called_new: int = 0
    updated: int = 0
    updated_exact: int = 0
    changes_called: int = 0  # sentences called updated or contradicting
    changes_right: int = 0  # ... whose label is updated or contradicting
    pairs_checked: int = 0  # sentences called updated/contradicting whose case names the "was"
    pairs_right: int = 0  # ... paired with that known sentence
    errors: list[str] = field(default_factory=list)

    @property
    def change_precision(self) -> float:
        """Of the sentences called updated or contradicting, the share labelled so."""
        return self.changes_right / self.changes_called if self.changes_called else 1.0

    @property
    def pairing(self) -> float:
        """Of those whose case names the known sentence they change, the share paired with it."""
        return self.pairs_right / self.pairs_checked if self.pairs_checked else 1.0

    @property
    def precision(self) -> float:
        called = self.true_positive + self.false_positive
        return self.true_positive / called if called else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0

    @property
    def restatements_called_new(self) -> float:
        return self.known_called_new / self.known if self.known else 0.0


def shared_dir() -> Path:
    """``$MONITOR_SHARED``, else the ``shared`` folder beside the repository."""
    return Path(os.environ.get("MONITOR_SHARED", REPO_ROOT.parent / "shared"))


def baseline_sentences(shared: Path | None = None) -> list[str] | None:
    """The baseline story's sentences (headline included), or None when it is absent."""
    path = (shared or shared_dir()) / "baseline" / BASELINE_NAME
    if not path.is_file():
        return None
    return split_sentences(path.read_text(encoding="utf-8"))


def load_cases(path: Path = CASES) -> list[Case]:
    cases: list[Case] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        cases.append(
            Case(
                id=raw["id"],
                kind=raw["kind"],
                split=raw["split"],
                url=raw["url"],
                after=tuple(raw.get("after", ())),
                texts=tuple(s["text"] for s in raw["sentences"]),
                labels=tuple(s["label"] for s in raw["sentences"]),
                was=tuple(s.get("was") for s in raw["sentences"]),
                group=raw.get("group"),
                note=raw.get("note"),
            )
        )
    return cases


def knowledge_for(case: Case, baseline: Sequence[str], by_id: dict[str, Case]) -> KnowledgeBase:
    """The baseline plus the earlier follow-ups this case is measured against."""
    kb = KnowledgeBase(baseline)
    for earlier in case.after:
        kb.add(by_id[earlier].url, by_id[earlier].texts)
    return kb


def intended(was: str, by_id: dict[str, Case]) -> str:
    """The text a paired known sentence must contain: a fragment, or an earlier case's sentence."""
    case_id, _, index = was.partition("#")
    if index.isdigit() and case_id in by_id:
        return by_id[case_id].texts[int(index)]
    return was


def score(cases: Iterable[Case], baseline: Sequence[str], all_cases: Sequence[Case]) -> Score:
    by_id = {c.id: c for c in all_cases}
    result = Score()
    for case in cases:
        kb = knowledge_for(case, baseline, by_id)
        verdicts = {v.index: v for v in mark_sentences(kb, case.texts)}
        for index, (text, label) in enumerate(zip(case.texts, case.labels, strict=True)):
            verdict = verdicts.get(index)
            status = verdict.status if verdict else None
            called = status in FRESH
            if verdict is not None and status in CHANGES:
                result.changes_called += 1
                result.changes_right += label in CHANGE_LABELS
                was = case.was[index] if index < len(case.was) else None
                if was is not None:
                    result.pairs_checked += 1
                    paired = intended(was, by_id).lower() in (verdict.baseline or "").lower()
                    result.pairs_right += paired
                    if not paired:
                        result.errors.append(
                            f"{case.id}[{index}] paired with the wrong sentence: {text} "
                            f"-> was: {verdict.baseline}"
                        )
                if label == "new":  # (known ones are listed below)
                    result.errors.append(
                        f"{case.id}[{index}] {label} -> {status.value} "
                        f"({verdict.similarity:.2f}): {text} -> was: {verdict.baseline}"
                    )
            if label in POSITIVE_LABELS:
                if called:
                    result.true_positive += 1
                else:
                    result.false_negative += 1
                if label == "updated":
                    result.updated += 1
                    result.updated_exact += status is SentenceStatus.UPDATED
            else:
                result.known += 1
                if called:
                    result.false_positive += 1
                    result.known_called_new += 1
            if called != (label in POSITIVE_LABELS) or (
                label == "updated" and status is not SentenceStatus.UPDATED
            ):
                sim = f"{verdict.similarity:.2f}" if verdict else "-"
                shown = status.value if status else "dropped"
                result.errors.append(f"{case.id}[{index}] {label} -> {shown} ({sim}): {text}")
    return result


def baseline_new_count(baseline: Sequence[str]) -> int:
    """How many baseline sentences are called new when the baseline is fed back as an article."""
    verdicts = mark_sentences(KnowledgeBase(baseline), baseline)
    return sum(v.status is not SentenceStatus.KNOWN for v in verdicts)


def paraphrase_known_shares(cases: Sequence[Case], baseline: Sequence[str]) -> dict[str, float]:
    """For each team paraphrase, the share of its sentences marked known (or left unmarked as
    page furniture, such as "officials declined to comment": never called new either)."""
    shares: dict[str, float] = {}
    for case in cases:
        if case.kind != "paraphrase":
            continue
        verdicts = {v.index: v for v in mark_sentences(KnowledgeBase(baseline), case.texts)}
        known = sum(
            1 for i in range(len(case.texts))
            if i not in verdicts or verdicts[i].status is SentenceStatus.KNOWN
        )  # fmt: skip
        shares[case.id] = known / len(case.texts)
    return shares


def syndication_keys(cases: Sequence[Case], baseline: Sequence[str]) -> dict[str, list[str | None]]:
    """For each group of outlets carrying one development, the development key of each."""
    groups: dict[str, list[Case]] = {}
    for case in cases:
        if case.group:
            groups.setdefault(case.group, []).append(case)
    keys: dict[str, list[str | None]] = {}
    for group, members in groups.items():
        kb = KnowledgeBase(baseline)
        keys[group] = []
        for member in members:
            verdicts = mark_sentences(kb, member.texts)
            keys[group].append(development_key(verdicts, kb))
            kb.add(member.url, member.texts)
    return keys


def timing_ms(baseline: Sequence[str], cases: Sequence[Case], repeat: int = 30) -> float:
    """Least CPU milliseconds (of ``repeat`` runs) to mark a 30-sentence follow-up against the
    baseline plus every other case's sentences (about 300 known sentences in all)."""
    kb = KnowledgeBase(baseline)
    followups = [c for c in cases if c.kind in ("followup", "paraphrase")]
    for case in followups[:-2]:
        kb.add(case.url, case.texts)
    article = [t for c in cases if c.kind == "followup" for t in c.texts][-24:] + list(
        followups[-1].texts[:6]
    )
    fresh = [s.replace("Mexico", "Mexico's government") for s in article]
    samples = []
    for _ in range(repeat):
        start = time.process_time()
        mark_sentences(kb, fresh)
        samples.append((time.process_time() - start) * 1000)
    logger.debug("knowledge base of %d sentences", len(kb))
    return min(samples)
