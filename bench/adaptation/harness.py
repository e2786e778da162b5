"""Judge a development story's stream in date order, the story model adapting or not.

Adaptation is fed by the program's own decisions, as TDT's trackers were: each case the
adapted model accepts with a confident score teaches it (never the labels). Recall is also
measured on the last third of the story's follow-ups by date, where a model that follows its
story should gain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from bench.judgement.harness import (
    CASES_FILE,
    OWN_FILES,
    Metrics,
    case_published,
    confusion,
    load_baseline,
    load_cases,
    load_profile,
)
from bench.stories.dataset import Case, DevStory, StoryMeta
from bench.stories.harness import Judged, assess_case, feed_date, in_date_order, profile_of
from monitor import exemplars, syndication
from monitor.adaptation import DEFAULT, LEARNED, Adaptation, Change, Settings
from monitor.relevance import StoryProfile, story_from_baseline_metadata


@dataclass(frozen=True)
class Stream:
    """Every decision on one story's stream, and what the model learned on the way."""

    slug: str
    judged: tuple[Judged, ...]
    learned: tuple[str, ...]  # the terms the model learned, in the order it learned them
    changes: int  # changes made to the model

    @property
    def metrics(self) -> Metrics:
        return confusion((j.case.label, j.predicted) for j in self.judged)

    @property
    def late(self) -> Metrics:
        """The last third of the follow-ups by date (undated ones last), recall only."""
        followups = [j for j in self.judged if j.case.label]
        return confusion((True, j.predicted) for j in followups[2 * len(followups) // 3 :])


# The sets a user's one stream holds (``--stream``): every case of bench/judgement, each
# reported under its set.
STREAM_SETS = ("tune", "heldout", *OWN_FILES)


def mission_story(split: str = "all", *, lexicon: bool = False) -> DevStory:
    """The mission's story as a development story: the shared baseline and the synthetic
    judgement cases (``bench/judgement``, its Spanish-language cases included; ``split`` as
    ``python -m bench.judgement --split`` reads it), to be judged by its story model (no
    lexicon), as any story would be; with ``lexicon``, as configured (see :func:`profile_for`)."""
    meta, title, body = load_baseline()
    story = story_from_baseline_metadata(meta, lexicon=None)
    said = "lexicon" if lexicon else "no lexicon"
    said += f", {split}" if lexicon or split != "all" else ""
    info = StoryMeta(
        slug=f"{story.slug} ({said})",
        title=title,
        url=story.url,
        published=story.published,
        language="en",
        summary="",
        query="",
    )
    cases = tuple(
        Case(
            id=str(c["id"]),
            url=str(c["url"]),
            title=str(c["title"]),
            published=_dated(c),
            label=bool(c["label"]),
            category=str(c["category"]),
            query="",
            note="",
            text=str(c["text"]),
        )
        for c in _cases_of(split)
    )
    return DevStory(info, title, body, cases, ())


def _cases_of(split: str) -> list[dict[str, object]]:
    """The cases of one split; ``stream``: every set's, as one user's stream would hold them."""
    if split != "stream":
        return load_cases(OWN_FILES.get(split, CASES_FILE), split)
    return load_cases(CASES_FILE, "all") + [
        case for own in OWN_FILES.values() for case in load_cases(own, "all")
    ]


def mission_splits() -> dict[str, str]:
    """The set of each case of the mission's story, by id: ``tune`` and ``heldout`` for the
    designed-with cases, the file's own split for the sets written blind."""
    return {str(c["id"]): str(c["split"]) for c in _cases_of("stream")}


def of_split(stream: Stream, split: str, splits: dict[str, str]) -> Stream:
    """The stream's decisions on one split's cases (judged in the whole stream, in date order:
    what the model learned from the other split's cases taught it too)."""
    judged = tuple(j for j in stream.judged if splits.get(j.case.id) == split)
    return Stream(f"  {split} cases", judged, stream.learned, stream.changes)


def _dated(case: dict[str, object]) -> date | None:
    """The case's day as ``bench.judgement`` resolves it: its feed date, else its text's
    dateline (an undated case before the baseline is told by its dateline)."""
    published, _ = case_published(case)
    return published.date() if published else None


def profile_for(dev: DevStory) -> StoryProfile:
    """The profile a development story is judged with: the mission's story judged with its
    lexicon (a slug that says so) is built as ``bench.judgement`` builds it."""
    return load_profile(lexicon=True) if "(lexicon, " in dev.meta.slug else profile_of(dev)


def run_stream(
    dev: DevStory,
    *,
    adapt: bool,
    settings: Settings = DEFAULT,
    labelled: int = 0,
    corrected: int = 0,
    negatives: exemplars.Settings | None = exemplars.DEFAULT,
) -> Stream:
    """The story's cases judged in date order; with ``adapt``, confident decisions teach.

    A reader's labels (``monitor label``), when asked for: the first ``labelled`` follow-ups
    by date are labelled ``follow-up`` as they are judged, and each teaches whatever its
    score; with ``corrected``, a reader reviewing the decisions labels the first
    ``corrected`` misses ``follow-up`` (each teaches) and the first ``corrected`` false
    alarms ``not`` (each withdraws what it taught), once judged. A labelled case is still
    counted with the program's own decision, so that every row scores the same cases.

    A false alarm labelled ``not`` is also a negative exemplar (``monitor.exemplars``, with
    ``negatives``; None: it only withdraws what it taught): a later case that reads like it
    is turned down, as a run turns it down."""
    profile = profile_for(dev)
    adaptation = Adaptation(settings=settings)
    book = exemplars.Exemplars(negatives or exemplars.DEFAULT)
    book.keep(dev.meta.url, dev.baseline_title, dev.baseline_text)
    ordered = in_date_order(dev.cases)
    by_reader = {c.id for c in [c for c in ordered if c.label][:labelled]} if adapt else set()
    corrections = {True: corrected, False: corrected}  # misses and false alarms yet to label
    printed: list[tuple[str, int]] = []  # the cases' SimHashes, to tell a syndicated copy
    start = datetime.combine(dev.meta.published, datetime.min.time(), tzinfo=UTC)
    judged: list[Judged] = []
    made: list[Change] = []
    latest = start
    for case in ordered:
        at = latest = max(latest, feed_date(case)[0] or latest)
        judged_with = adaptation.profile_for(profile, at) if adapt else profile
        assessment = assess_case(judged_with, case)
        if negatives is not None:
            assessment = exemplars.judge(assessment, book, case.title, case.text)
        judged.append(Judged(case, assessment))
        label = True if case.id in by_reader else None
        # A syndicated copy of an earlier case is not judged in a run (judging.py): it
        # teaches nothing, or one article would count twice towards ``min_sightings``.
        value = syndication.simhash(case.text)
        if syndication.find_copy(value, printed) is not None:
            continue
        if value is not None:
            printed.append((case.url, value))
        if adapt and assessment.follow_up != case.label and corrections[case.label] > 0:
            corrections[case.label] -= 1
            if not case.label:
                made += adaptation.forget(case.url, at)
                book.reject(case.url, case.title, case.text)
                continue
            label = True
        if adapt and (assessment.follow_up or label):
            book.keep(case.url, case.title, case.text)
        if adapt and (assessment.follow_up or label):
            made += adaptation.observe(
                profile,
                url=case.url,
                title=case.title,
                text=case.text,
                score=assessment.score,
                at=at,
                labelled=label,
            )
    learned = tuple(dict.fromkeys(c.term for c in made if c.kind == LEARNED))
    return Stream(dev.meta.slug, tuple(judged), learned, len(made))


HEADER = (
    f"{'story':<48} {'':<6} {'P':>6} {'R':>6} {'F1':>6} {'C_det':>6} {'R_last3':>8}"
    f" {'FP':>3} {'FN':>3}"
)


def rows(plain: Stream, adapted: Stream, labelled: Stream | None = None) -> list[str]:
    """Two lines of the table: the story without and with adaptation (a third: adapting
    with the first follow-ups labelled by a reader)."""
    out = []
    streams = [("plain", plain), ("adapt", adapted)] + ([("labels", labelled)] if labelled else [])
    for name, stream in streams:
        m, late = stream.metrics, stream.late
        out.append(
            f"{stream.slug if name == 'plain' else '':<48} {name:<6} {m.precision:>6.3f} "
            f"{m.recall:>6.3f} {m.f1:>6.3f} {m.c_det_norm:>6.3f} {late.recall:>8.3f}"
            f" {m.fp:>3} {m.fn:>3}"
        )
    return out


def summary(streams: Sequence[tuple[Stream, ...]]) -> str:
    """Mean measures over the stories, without and with adaptation (and with labels)."""

    def mean(values: Sequence[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    lines = []
    for i, name in enumerate(("plain", "adapt", "labels")[: len(streams[0]) if streams else 2]):
        picked = [pair[i] for pair in streams]
        lines.append(
            f"{'mean':<48} {name:<6} {mean([s.metrics.precision for s in picked]):>6.3f} "
            f"{mean([s.metrics.recall for s in picked]):>6.3f} "
            f"{mean([s.metrics.f1 for s in picked]):>6.3f} "
            f"{mean([s.metrics.c_det_norm for s in picked]):>6.3f} "
            f"{mean([s.late.recall for s in picked]):>8.3f}"
        )
    return "\n".join(lines)
