"""Does a whole-text vector tell restatements from new facts? ``python -m bench.claims.pooled``.

Issue 21, session 19: the claim matcher aligns word by word with wordllama's static vectors,
which were trained for the *pooled* (whole-text) embedding. For each annotated span of the
tuning stories (new facts and updated figures against restatements, each read against the
story's baseline alone) and each sentence of ``bench.novelty``'s tune split, this prints how
well each signal ranks restatements above new facts (AUC), and what a rule "a claim is known
when the signal reaches t", added to the matcher's own verdicts, would gain:

- ``match``: the matcher's score of the claim, the share of its weighted words found in the
  nearest known claim (``--explain``'s first "nearest" line); ``together``: the share held by
  the few known sentences taken together (its "together" line);
- ``pooled/claim``, ``pooled/sent.``: the highest cosine of the claim's pooled wordllama
  embedding (``dense.model().embed``, the model's own pooling of every token) with a known
  claim's or a known sentence's;
- ``mean/claim``: the same with ``ClaimBase``'s whole-claim vector (the mean of its content
  words' vectors, which picks the candidates to align);
- ``pooled z``, ``mean z``: how far the nearest known claim stands above the claim's mean
  cosine with every known claim, in standard deviations (the story's claims all sit close);
- ``residual``: the pooled cosine with the nearest known sentence of the claim's content words
  that no known claim has (1 when there are none): whether what it adds is said there otherwise;
- ``kept``: the cosine of the claim's pooled embedding with that of its words the known claims
  have: how much of it they carry.

A span's score is the lowest of its claims' (those mostly inside a restatement, else the one it
overlaps most; every claim over a new fact): the rule shows it known only when all of them
reach t. "Alone" ranks the raw signal; "with the matcher" counts a claim the matcher already
calls known (or in a sentence called known) as reaching every t. Tune stories only: the
report stories are not read here.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from bench.claims.harness import (
    MOST,
    TUNING,
    _knowledge,
    _overlap,
    baseline_sentences,
    case_sentences,
    load_annotations,
    sentence_hash,
)
from bench.claims.harness import _start as day_start
from bench.stories.dataset import load_story
from monitor import dense
from monitor.claims import ClaimBase
from monitor.claimsplit import Claim
from monitor.claimwords import claim_words
from monitor.models import SentenceStatus, SentenceVerdict
from monitor.novelty import KnowledgeBase, mark_sentences

SIGNALS = (
    "match",
    "together",
    "pooled/claim",
    "pooled/sent.",
    "pooled z",
    "mean/claim",
    "mean z",
    "residual",
    "kept",
)
SURFACED = 0.95  # new facts surfaced, the target


@dataclass
class Part:
    """One claim of an annotated sentence: its offsets, whether the matcher shows it known,
    and its signals."""

    start: int
    end: int
    known: bool
    signals: dict[str, float]
    text: str = ""


@dataclass
class Item:
    """One annotated span (a whole sentence for ``bench.novelty``): its label, its span's own
    signals and the claims that decide it."""

    source: str
    label: str  # "new", "updated", "whole", "inside" (restatements), "known" (novelty cases)
    text: str
    own: dict[str, float]
    parts: list[Part] = field(default_factory=list)

    @property
    def restates(self) -> bool:
        return self.label in ("whole", "inside", "known")

    @property
    def shown_known(self) -> bool:
        return bool(self.parts) and all(p.known for p in self.parts)

    def score(self, signal: Callable[[dict[str, float]], float], matcher: bool) -> float:
        """The lowest of its claims' scores (a claim the matcher knows: infinite, ``matcher``)."""
        if not self.parts:
            return -math.inf
        return min(math.inf if matcher and p.known else signal(p.signals) for p in self.parts)


class Signals:
    """The signals of texts against one story's known claims and sentences."""

    def __init__(self, claims: ClaimBase, sentences: Sequence[str]) -> None:
        self.claims = claims
        self.model = dense.model()
        known = claims.known_claims()
        parts = [text for text, whole in known if not whole]
        self.pooled_claims = self._pooled(parts)
        self.pooled_sentences = self._pooled(list(sentences))
        self.mean_claims = claims.known_vectors()[[not whole for _, whole in known]]

    def _pooled(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(self.model.embed(list(texts), norm=True), dtype=np.float32)

    def item(
        self,
        source: str,
        label: str,
        text: str,
        sentence: str,
        parts: Sequence[tuple[int, int, bool]],
    ) -> Item:
        """A span and the claims of its sentence that decide it, with their signals."""
        claims = [Part(s, e, known, self.of(sentence[s:e]), sentence[s:e]) for s, e, known in parts]
        return Item(source, label, text, self.of(text), claims)

    def of(self, text: str) -> dict[str, float]:
        claims = self.claims
        words = claim_words(text)
        claim = Claim(text, 0, len(text))
        explained = claims.explain(claim, nearest=1) if words else []
        match = explained[0].closeness if len(explained) > 1 else (1.0 if not words else 0.0)
        together = explained[-1].closeness if explained else (1.0 if not words else 0.0)
        pooled = self._pooled([text])[0]
        mean = claims.claim_vectors([words])[0]
        fresh = [w for stem, w in words if not claims.knows_word(stem)]
        held = [w for stem, w in words if claims.knows_word(stem)]
        residual = (
            float((self._pooled([" ".join(fresh)])[0] @ self.pooled_sentences.T).max())
            if fresh
            else 1.0
        )
        kept = float(self._pooled([" ".join(held)])[0] @ pooled) if held else 0.0
        to_claims = pooled @ self.pooled_claims.T
        to_means = mean @ self.mean_claims.T
        return {
            "match": match,
            "together": together,
            "pooled/claim": float(to_claims.max()),
            "pooled/sent.": float((pooled @ self.pooled_sentences.T).max()),
            "pooled z": _z(to_claims),
            "mean/claim": float(to_means.max()),
            "mean z": _z(to_means),
            "residual": residual,
            "kept": kept,
        }


def _z(cosines: np.ndarray) -> float:
    """How far the nearest known claim stands above the claim's cosines with all of them (in
    standard deviations): a story's claims all sit close, whatever they say."""
    spread = float(cosines.std())
    return float((cosines.max() - cosines.mean()) / spread) if spread else 0.0


def _parts(v: SentenceVerdict | None, sentence: str) -> list[tuple[int, int, bool]]:
    if v is None:  # dropped as page furniture: never called new
        return [(0, len(sentence), True)]
    known = v.status is SentenceStatus.KNOWN
    if v.claims:
        return [(c.start, c.end, known or c.status is SentenceStatus.KNOWN) for c in v.claims]
    return [(0, len(sentence), known)]


def story_items(slug: str) -> list[Item]:
    """The annotated spans of a tuning story, against its baseline alone."""
    story = load_story(slug)
    annotations = [a for a in load_annotations() if a.story == slug]
    by_id = {c.id: c for c in story.cases}
    items: list[Item] = []
    signals: Signals | None = None
    for case_id in dict.fromkeys(a.case for a in annotations):
        case = by_id[case_id]
        sentences = case_sentences(case.text)
        kb = _knowledge(story)
        marked = mark_sentences(kb, sentences, published=day_start(case.published))
        verdicts = {v.index: v for v in marked}
        signals = signals or Signals(kb.claims, baseline_sentences(story))
        at_hash = {sentence_hash(s): i for i, s in enumerate(sentences)}
        for a in (a for a in annotations if a.case == case_id):
            index = at_hash.get(a.sha)
            if index is None:
                continue
            sentence = sentences[index]
            parts = _parts(verdicts.get(index), sentence)
            for span in a.spans:
                where = (span.start, span.end)
                over = [p for p in parts if _overlap(where, (p[0], p[1]))]
                label = span.label
                if label == "restates":
                    covered = [p for p in over if 2 * _overlap(where, p[:2]) >= p[1] - p[0]]
                    over = covered or over[:1]
                    whole = span.end - span.start >= MOST * len(sentence)
                    label = "whole" if whole else "inside"
                text = sentence[span.start : span.end]
                items.append(signals.item(f"{case_id}#{index}", label, text, sentence, over))
    return items


def novelty_items() -> list[Item]:
    """Each sentence of ``bench.novelty``'s tune split, against what its case is measured on."""
    from bench.novelty.harness import baseline_sentences as novelty_baseline
    from bench.novelty.harness import knowledge_for, load_cases

    baseline = novelty_baseline()
    if baseline is None:
        return []
    cases = load_cases()
    by_id = {c.id: c for c in cases}
    items = []
    for case in (c for c in cases if c.split == "tune"):
        kb: KnowledgeBase = knowledge_for(case, baseline, by_id)
        verdicts = {v.index: v for v in mark_sentences(kb, case.texts)}
        known = [*baseline, *(t for e in case.after for t in by_id[e].texts)]
        signals = Signals(kb.claims, known)
        for index, (text, label) in enumerate(zip(case.texts, case.labels, strict=True)):
            parts = _parts(verdicts.get(index), text)
            items.append(signals.item(f"{case.id}#{index}", label, text, text, parts))
    return items


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """The chance a restatement scores above a new fact (ties count half)."""
    if not positives or not negatives:
        return math.nan
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


@dataclass(frozen=True)
class Cut:
    threshold: float
    restatements: int  # shown known at this threshold
    new_kept: int  # new facts still surfaced


def best_cut(items: Sequence[Item], scores: Sequence[float], lost: int | None = None) -> Cut:
    """The lowest threshold that keeps SURFACED of the new facts surfaced (``lost``: that loses
    at most this many more of them than the matcher does now)."""
    new = [s for i, s in zip(items, scores, strict=True) if not i.restates]
    rest = [s for i, s in zip(items, scores, strict=True) if i.restates]
    allowed = len(new) - math.ceil(SURFACED * len(new))
    if lost is not None:
        allowed = min(allowed, sum(s == math.inf for s in new) + lost)
    finite = sorted({s for s in new if s != math.inf}, reverse=True)
    threshold = math.inf
    for t in finite:  # a new fact at t is called known at t: stop above the one too many
        if sum(s >= t for s in new) > allowed:
            threshold = math.nextafter(t, math.inf)
            break
    else:
        threshold = min([*finite, *rest, 0.0])
    return Cut(threshold, sum(s >= threshold for s in rest), sum(s < threshold for s in new))


Signal = Callable[[dict[str, float]], float]


def _one(name: str) -> Signal:
    return lambda s: s[name]


# simple combinations with the matcher's own score (each in [0, 1] but the z-scores)
COMBINATIONS: dict[str, Signal] = {
    **{name: _one(name) for name in SIGNALS},
    "match + pooled/claim": lambda s: (s["match"] + s["pooled/claim"]) / 2,
    "match + pooled/sent.": lambda s: (s["match"] + s["pooled/sent."]) / 2,
    "together + pooled/sent.": lambda s: (s["together"] + s["pooled/sent."]) / 2,
    "min(match, pooled)": lambda s: min(s["match"], s["pooled/claim"]),
    "match + residual": lambda s: (s["match"] + s["residual"]) / 2,
}


def _ranked(items: Sequence[Item], scores: Sequence[float]) -> float:
    pairs = list(zip(items, scores, strict=True))
    return auc([s for i, s in pairs if i.restates], [s for i, s in pairs if not i.restates])


def table(title: str, items: Sequence[Item]) -> None:
    """Per signal: AUC on the spans' own text and through their claims; the lowest threshold
    keeping SURFACED of the new facts, alone and added to the matcher (restatements shown
    known, new facts surfaced); and the lowest that loses no new fact the matcher surfaces."""
    new = [i for i in items if not i.restates]
    rest = [i for i in items if i.restates]
    now_rest = sum(i.shown_known for i in rest)
    now_new = sum(not i.shown_known for i in new)
    print(
        f"\n{title}: {len(new)} new/updated, {len(rest)} restatements; the matcher now: "
        f"new surfaced {now_new}/{len(new)}, restatements shown known {now_rest}/{len(rest)}"
    )
    print(
        f"{'signal':23} {'AUC span':>8} {'AUC claims':>10} {'alone: t':>8} {'restat.':>7} "
        f"{'new':>6} | {'+matcher: t':>11} {'restat.':>7} {'new':>6} | {'no loss: t':>10} "
        f"{'restat.':>7}"
    )
    r, n = len(rest), len(new)
    for name, signal in COMBINATIONS.items():
        own = _ranked(items, [signal(i.own) for i in items]) if name in SIGNALS else math.nan
        alone = [i.score(signal, matcher=False) for i in items]
        added = [i.score(signal, matcher=True) for i in items]
        a, b, c = best_cut(items, alone), best_cut(items, added), best_cut(items, added, lost=0)
        print(
            f"{name:23} {own:>8.3f} {_ranked(items, alone):>10.3f} "
            f"{a.threshold:>8.3f} {a.restatements:>3}/{r:<3} {a.new_kept:>2}/{n:<3} | "
            f"{b.threshold:>11.3f} {b.restatements:>3}/{r:<3} {b.new_kept:>2}/{n:<3} | "
            f"{c.threshold:>10.3f} {c.restatements:>3}/{r:<3}"
        )


def medians(items: Sequence[Item]) -> None:
    """Each signal's median over each label's spans (the span's own text)."""
    labels = list(dict.fromkeys(i.label for i in items))
    print(f"{'median (span text)':22} " + " ".join(f"{label:>8}" for label in labels))
    for name in SIGNALS:
        row = [
            float(np.median([i.own[name] for i in items if i.label == label])) for label in labels
        ]
        counts = ""
        print(f"{name:22} " + " ".join(f"{x:>8.2f}" for x in row) + counts)
    print(f"{'spans':22} " + " ".join(f"{sum(i.label == lb for i in items):>8}" for lb in labels))


def dump(items: Sequence[Item]) -> None:
    """Each item's claims with their signals (tune stories only: the texts are the cache's)."""
    for item in items:
        print(f"\n{item.source} {item.label:7} known={item.shown_known} [{item.text}]")
        for p in item.parts:
            row = " ".join(f"{k}={v:.2f}" for k, v in p.signals.items())
            print(f"    {'K' if p.known else '-'} {row}  | {p.text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claims.pooled", description=__doc__)
    parser.add_argument("--dump", action="store_true", help="print every span's claims")
    args = parser.parse_args(argv)
    stories = [i for slug in TUNING for i in story_items(slug)]
    table("tune stories (annotated spans, against the baseline alone)", stories)
    medians(stories)
    cases = novelty_items()
    if cases:
        table("bench.novelty --split tune (sentences)", cases)
        medians(cases)
    if args.dump:
        dump(stories)
        dump(cases)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
