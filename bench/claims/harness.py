"""Scoring claim-level novelty against annotated real follow-ups (pure; ``__main__`` prints).

Each annotated follow-up is judged against its story's baseline alone; the annotations
(``annotations.jsonl``) give, per sentence, spans of new facts, updated figures and
restatements of the baseline by character offsets, never the text (that is in the story cache).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from bench.stories.dataset import Case, DevStory
from monitor.claims import ClaimBase
from monitor.claimsplit import Claim
from monitor.figures import normalised
from monitor.models import SentenceStatus, SentenceVerdict
from monitor.novelty import KnowledgeBase, mark_sentences
from monitor.text import split_sentences

ANNOTATIONS = Path(__file__).with_name("annotations.jsonl")
VERDICTS = Path(__file__).with_name("contradictions.jsonl")
# Chosen before any report story was scored: thresholds may be fitted to these only.
TUNING = ("surfside-collapse-2021", "astroworld-2021")
MOST = 0.5  # a restatement this share of its sentence's length makes up most of it


def case_sentences(text: str) -> list[str]:
    """A case's sentences as novelty reads them, in the order annotations count them."""
    return [normalised(s) for s in split_sentences(text)]


def sentence_hash(sentence: str) -> str:
    """A short hash that tells whether the cached text still is the one annotated."""
    return hashlib.sha256(sentence.encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # "new", "updated" or "restates"


@dataclass(frozen=True)
class Annotated:
    story: str
    case: str
    sentence: int
    sha: str
    spans: tuple[Span, ...]


def load_annotations(path: Path = ANNOTATIONS) -> list[Annotated]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        spans = tuple(Span(s["start"], s["end"], s["label"]) for s in doc["spans"])
        rows.append(Annotated(doc["story"], doc["case"], doc["sentence"], doc["sha"], spans))
    return rows


def load_verdicts(path: Path = VERDICTS) -> dict[tuple[str, str], str]:
    """A reader's verdict on each ``contradicting`` label seen: (case, sentence hash) -> it."""
    if not path.exists():
        return {}
    verdicts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        verdicts[(doc["case"], doc["sha"])] = doc["verdict"]
    return verdicts


@dataclass(frozen=True)
class Contradiction:
    case: str
    sha: str
    text: str
    baseline: str | None
    verdict: str  # "contradiction", "not a contradiction" or "unjudged"


@dataclass
class StoryScore:
    story: str
    role: str  # "tune" or "report"
    new_facts: int = 0
    new_surfaced: int = 0
    whole: int = 0  # restatements making up most of their sentence
    whole_called_new: int = 0
    inside: int = 0  # restatements inside a longer sentence
    inside_known: int = 0  # ... shown known at claim level
    stale: int = 0  # annotated sentences whose cached text changed
    baseline_new_claims: int = 0
    syndicated_new_claims: int = 0
    sentences_in_order: int = 0
    contradicting: list[Contradiction] = field(default_factory=list)
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # known claim, sentence
    # restatements not shown known: the span, its sentence, and each claim's status and text
    misses: list[tuple[str, str, list[tuple[str, str]]]] = field(default_factory=list)

    @property
    def surfaced(self) -> float:
        return self.new_surfaced / self.new_facts if self.new_facts else 1.0

    @property
    def whole_new_rate(self) -> float:
        return self.whole_called_new / self.whole if self.whole else 0.0

    @property
    def inside_known_rate(self) -> float:
        return self.inside_known / self.inside if self.inside else 1.0

    @property
    def wrong_contradictions(self) -> int:
        return sum(c.verdict != "contradiction" for c in self.contradicting)


def _start(day: date | None) -> datetime | None:
    return datetime.combine(day, time(), tzinfo=UTC) if day else None


def baseline_sentences(story: DevStory) -> list[str]:
    return [story.baseline_title, *split_sentences(story.baseline_text)]


def _knowledge(story: DevStory) -> KnowledgeBase:
    return KnowledgeBase(baseline_sentences(story), published=_start(story.meta.published))


def _fresh_claims(verdicts: Sequence[SentenceVerdict]) -> int:
    """Claims not known (a sentence without claims counts as one)."""
    count = 0
    for v in verdicts:
        if v.claims:
            count += sum(c.status is not SentenceStatus.KNOWN for c in v.claims)
        else:
            count += v.status is not SentenceStatus.KNOWN
    return count


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _claims_of(v: SentenceVerdict) -> list[tuple[int, int, SentenceStatus]]:
    if v.claims:
        return [(c.start, c.end, c.status) for c in v.claims]
    return [(0, len(v.text), v.status)]


def score_story(
    story: DevStory, annotations: Sequence[Annotated], *, claims: bool = True, memory: bool = False
) -> StoryScore:
    """The story's figures: annotated cases against the baseline alone (``memory``: against the
    baseline and every follow-up before the case in date order, the pipeline's way, which the
    issue's measure does not ask), then every follow-up in date order for the
    ``contradicting`` labels."""
    slug = story.meta.slug
    score = StoryScore(slug, "tune" if slug in TUNING else "report")
    by_id = {c.id: c for c in story.cases}
    mine = [a for a in annotations if a.story == slug]
    in_order = followups_in_order(story)
    for case_id in dict.fromkeys(a.case for a in mine):
        case = by_id[case_id]
        sentences = case_sentences(case.text)
        kb = _knowledge(story)
        if memory:
            earlier = in_order[: next((i for i, c in enumerate(in_order) if c.id == case_id), 0)]
            for before in earlier:
                _feed(kb, before, claims=claims)
        verdicts = {
            v.index: v
            for v in mark_sentences(kb, sentences, published=_start(case.published), claims=claims)
        }
        at_hash = {sentence_hash(s): i for i, s in enumerate(sentences)}
        for a in (a for a in mine if a.case == case_id):
            # The sentence's number may shift when the splitter changes; its hash finds it.
            index = at_hash.get(a.sha)
            if index is None:
                score.stale += 1
                continue
            _score_sentence(score, sentences[index], verdicts.get(index), a.spans)
        # a syndicated copy of the follow-up, after the original
        kb.add(
            case.url, [v.text for v in verdicts.values() if v.status is not SentenceStatus.KNOWN]
        )
        copy = mark_sentences(kb, sentences, published=_start(case.published), claims=claims)
        score.syndicated_new_claims += _fresh_claims(copy)
    baseline = baseline_sentences(story)
    score.baseline_new_claims = _fresh_claims(
        mark_sentences(_knowledge(story), baseline, claims=claims)
    )
    _contradictions_in_order(score, story, claims=claims)
    return score


def _score_sentence(
    score: StoryScore, sentence: str, v: SentenceVerdict | None, spans: Sequence[Span]
) -> None:
    """A new fact is surfaced when its sentence is not known and a claim over it is not known;
    a restatement is shown known when its sentence is, or the claims it covers are (those
    mostly inside it, else the one it overlaps most)."""
    called_known = v is None or v.status is SentenceStatus.KNOWN
    parts = _claims_of(v) if v is not None else []
    for span in spans:
        where = (span.start, span.end)
        overlapping = [p for p in parts if _overlap(where, (p[0], p[1]))]
        if span.label in ("new", "updated"):
            score.new_facts += 1
            if not called_known and any(p[2] is not SentenceStatus.KNOWN for p in overlapping):
                score.new_surfaced += 1
            continue
        covered = [p for p in overlapping if 2 * _overlap(where, (p[0], p[1])) >= p[1] - p[0]]
        covered = covered or overlapping[:1]
        shown_known = called_known or (
            bool(covered) and all(p[2] is SentenceStatus.KNOWN for p in covered)
        )
        if (span.end - span.start) >= MOST * len(sentence):
            score.whole += 1
            score.whole_called_new += not shown_known
        else:
            score.inside += 1
            score.inside_known += shown_known
        if not shown_known and v is not None:
            claims = [(p[2].value, sentence[p[0] : p[1]]) for p in parts]
            score.misses.append((sentence[span.start : span.end], sentence, claims))
        if shown_known and not called_known and v is not None:
            claim = " … ".join(sentence[p[0] : p[1]] for p in covered)
            score.examples.append((claim, sentence, v.status.value))


def followups_in_order(story: DevStory) -> list[Case]:
    cases = [c for c in story.cases if c.label and c.text]
    return sorted(cases, key=lambda c: (c.published or date.max, c.id))


def _feed(kb: KnowledgeBase, case: Case, *, claims: bool) -> list[SentenceVerdict]:
    """Mark a follow-up and add what it did not know to ``kb``, the pipeline's way."""
    published = _start(case.published)
    verdicts = mark_sentences(kb, case_sentences(case.text), published=published, claims=claims)
    fresh = [v.text for v in verdicts if v.status is not SentenceStatus.KNOWN]
    kb.add(case.url, fresh, published=published)
    return verdicts


def _contradictions_in_order(score: StoryScore, story: DevStory, *, claims: bool) -> None:
    verdicts_read = load_verdicts()
    kb = _knowledge(story)
    for case in followups_in_order(story):
        verdicts = _feed(kb, case, claims=claims)
        score.sentences_in_order += len(verdicts)
        for v in verdicts:
            if v.status is SentenceStatus.CONTRADICTING:
                sha = sentence_hash(v.text)
                verdict = verdicts_read.get((case.id, sha), "unjudged")
                score.contradicting.append(Contradiction(case.id, sha, v.text, v.baseline, verdict))


def baseline_claims(story: DevStory) -> ClaimBase:
    """The claims of the story's baseline, as a follow-up is judged against them alone."""
    return _knowledge(story).claims


def explain_claim(claims: ClaimBase, text: str) -> list[str]:
    """Lines telling how a claim's words are found in the known claims nearest it and in the
    known sentences taken together (``ClaimBase.explain``), for ``--misses --explain``."""
    lines = []
    for a in claims.explain(Claim(text, 0, len(text))):
        where = "together" if a.together else "nearest"
        lines.append(f"{where} {a.closeness:.2f}: {a.known}")
        lines.append("    " + " ".join(f"{w}:{x:.1f}" for w, x in a.words))
    return lines
