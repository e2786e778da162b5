"""Judge an archive of documents against a story without storing anything (``monitor assess``).

The decisions are the live pipeline's: the same scorer, date rules and novelty marking, with
novelty measured against the baseline and the earlier follow-ups of the same input.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time
from typing import Any

from monitor import adaptation, dates, exemplars, extract, novelty, relevance, urls
from monitor.errors import ExtractionError, MonitorError
from monitor.models import SentenceStatus
from monitor.text import split_sentences

log = logging.getLogger(__name__)


def parse_published(value: Any) -> datetime | None:
    """An input line's ``published``: ISO date or datetime, or null."""
    if value in (None, ""):
        return None
    text = str(value)
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(), tzinfo=UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise MonitorError(f"published {text!r} is not an ISO date or datetime") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def assess_lines(
    profile: relevance.StoryProfile,
    baseline_text: str,
    lines: Iterable[str],
    *,
    now: datetime,
    threshold: float | None = None,
    baseline_published: datetime | None = None,
    baseline_title: str = "",
) -> Iterator[dict[str, Any]]:
    """One output record per input JSON line; a bad line yields a record with ``error``."""
    kb = novelty.KnowledgeBase(split_sentences(baseline_text), published=baseline_published)
    # The follow-ups found earlier in the input: a story's horizon counts from the latest.
    developments = relevance.DevelopmentDays()
    learner = adaptation.Adaptation()  # what the input's confident follow-ups teach, as in runs
    # The lines labelled not a follow-up, whose look-alikes later lines are compared with
    negatives = exemplars.Exemplars()
    negatives.keep("", baseline_title, baseline_text)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = _json_object(line)
            yield _assess_doc(
                profile, kb, developments, learner, doc,
                negatives=negatives, now=now, threshold=threshold,
            )  # fmt: skip
        except (MonitorError, ValueError) as exc:
            ident = None
            with contextlib.suppress(MonitorError, ValueError, AttributeError):
                ident = _json_object(line).get("id")
            yield {"id": ident, "line": number, "error": str(exc)}


def _json_object(line: str) -> dict[str, Any]:
    try:
        doc = json.loads(line)
    except RecursionError:  # json recurses once per nesting level
        raise MonitorError("JSON nested too deeply") from None
    if not isinstance(doc, dict):
        raise MonitorError("each line must be a JSON object")
    return doc


def _assess_doc(
    profile: relevance.StoryProfile,
    kb: novelty.KnowledgeBase,
    developments: relevance.DevelopmentDays,
    learner: adaptation.Adaptation,
    doc: dict[str, Any],
    *,
    negatives: exemplars.Exemplars,
    now: datetime,
    threshold: float | None,
) -> dict[str, Any]:
    url = str(doc.get("url") or "")
    title = str(doc.get("title") or "")
    page_date: str | None = None
    if doc.get("text"):
        text = str(doc["text"])
    elif doc.get("html"):
        try:
            page = extract.extract_article(str(doc["html"]), url, min_words=1)
        except ExtractionError as exc:
            raise MonitorError(f"html: {exc.reason}") from exc
        text, title, page_date = page.text, title or page.title, page.published_raw
    else:
        raise MonitorError("each line needs 'text' or 'html'")
    published, source = dates.resolve_published(
        parse_published(doc.get("published")), page_date, text, now
    )
    adapted = learner.profile_for(profile, published or now)
    assessment = relevance.assess(
        adapted,
        url=url,
        title=title,
        text=text,
        published=published,
        date_source=source,
        site=urls.site_of(url) if url else None,
        threshold=threshold,
        latest_development=developments.latest(published),
    )
    assessment = adaptation.explain(assessment, profile, adapted, title, text)
    assessment = exemplars.judge(assessment, negatives, title, text)
    verdicts = novelty.mark_sentences(kb, split_sentences(text), published=published)
    # A reader's label, when the line has one, stands for the decision in what later lines
    # are judged against (this line's own output stays the program's decision).
    label = doc.get("label")
    if label is not None and not isinstance(label, bool):
        raise MonitorError("label must be true (a follow-up) or false")
    follows = assessment.follow_up if label is None else label
    negatives.heard(
        url or str(doc.get("id")), title, text, follow_up=follows, by_reader=label is not None
    )
    if follows:
        developments.add(published)
        # Only follow-ups add to what the story knows, as in the live pipeline.
        fresh = [v.text for v in verdicts if v.status is not SentenceStatus.KNOWN]
        kb.add(url or str(doc.get("id")), fresh, published=published)
        learner.observe(
            profile, url=url or str(doc.get("id")), title=title, text=text,
            score=assessment.score, at=published or now, labelled=label,
        )  # fmt: skip
    sentences = [
        {"text": v.text, "status": v.status.value, "baseline": v.baseline,
         "claims": novelty.claim_rows(v)}
        for v in verdicts
    ]  # fmt: skip
    return {
        "id": doc.get("id"),
        "follow_up": assessment.follow_up,
        "score": round(assessment.score, 4),
        "reasons": list(assessment.reasons),
        "sentences": sentences,
    }
