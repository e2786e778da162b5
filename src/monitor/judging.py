"""Judging's decisions: what each fetched article is (a failure, a revision, a syndicated copy,
a follow-up or not), what in it is new, and which developments to alert. Pure: ``decide``
returns them as a ``Judgement`` (rows for the store, developments for the outbox), and
``monitor.judgestore`` reads what the decisions need and writes what they return, in the
run's transaction.

Articles are judged in date order, so the outlet that reported a fact first carries it as new
and later copies carry it as known.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from monitor import (
    adaptation,
    alerts,
    dates,
    entities,
    exemplars,
    figures,
    novelty,
    quotes,
    relevance,
    syndication,
    urls,
)
from monitor.models import (
    Assessment,
    Development,
    ExtractedPage,
    FetchedArticle,
    SentenceStatus,
    SentenceVerdict,
    Story,
)
from monitor.runstate import Baseline, RunContext, story_slugs_for
from monitor.text import fingerprint, split_sentences, word_diff
from monitor.workers import assess_page

log = logging.getLogger(__name__)


@dataclass
class StoryState:
    """What one story knows during a run: its profile and its cumulative knowledge.

    What it knows of its earlier follow-ups (``knowledge``, ``known_entities``,
    ``known_quotes``) is built from the baseline and the stored rows when a follow-up first
    needs it: most stories of a cycle with many get none, and building a story's knowledge
    reads its baseline three times over (sentences, names, quotes)."""

    baseline: Baseline
    profile: relevance.StoryProfile
    development_of: dict[str, str]  # follow-up URL -> its development id
    baseline_fingerprint: str = ""
    published_of: dict[str, datetime | None] = field(default_factory=dict)
    developments: relevance.DevelopmentDays = field(default_factory=relevance.DevelopmentDays)
    labels: dict[str, tuple[bool, datetime]] = field(default_factory=dict)  # a reader's
    adaptation: adaptation.Adaptation = field(default_factory=adaptation.Adaptation)
    # The articles a reader rejected, as negative exemplars: None for a story without a
    # ``not`` label (most), which compares nothing with them
    negatives: exemplars.Exemplars | None = None
    # As stored by earlier runs: each follow-up's date and known sentences (in the order
    # stored), the names and the quotes they brought.
    stored_sentences: dict[str, tuple[datetime | None, list[str]]] = field(default_factory=dict)
    stored_entities: list[entities.Entity] = field(default_factory=list)
    stored_quotes: list[str] = field(default_factory=list)

    @functools.cached_property
    def baseline_url(self) -> str:
        """The baseline's canonical URL (worked out once: every article is compared with it)."""
        return urls.canonical_url(self.baseline.story.url)

    @functools.cached_property
    def knowledge(self) -> novelty.KnowledgeBase:
        """The baseline's sentences and every stored follow-up's, in the order stored."""
        kb = novelty.KnowledgeBase(
            split_sentences(self.baseline.text), published=story_start(self.baseline.story)
        )
        for url, (published, sentences) in self.stored_sentences.items():
            kb.add(url, sentences, published=published)
        return kb

    @functools.cached_property
    def known_entities(self) -> list[entities.Entity]:
        """The baseline's names, then those its follow-ups brought."""
        return entities.extract_entities(self.baseline.text) + self.stored_entities

    @functools.cached_property
    def known_quotes(self) -> set[str]:
        """Fingerprints of the quotes the baseline and its follow-ups carried."""
        baseline = {fingerprint(q.text) for q in quotes.extract_quotes(self.baseline.text)}
        return baseline | {fingerprint(q) for q in self.stored_quotes}


def story_start(story: Story) -> datetime:
    """The baseline's date as the start of its day, UTC."""
    return datetime.combine(story.published, time(), tzinfo=UTC)


# The ``assessments`` table's columns, in the order ``AssessmentColumns.add`` fills them.
ASSESSMENT_COLUMNS = (
    "story",
    "url",
    "follow_up",
    "score",
    "reasons",
    "published",
    "date_source",
    "fingerprint",
    "assessed_at",
)


class AssessmentColumns:
    """The ``assessments`` rows judging decided, column by column (in the order decided): one
    row for every (article, story) pair, ~25,000 a cycle with 50 stories, with no record per
    row (``columns`` is what ``Store.insert_columns`` takes)."""

    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {name: [] for name in ASSESSMENT_COLUMNS}
        self._appends = tuple(values.append for values in self.columns.values())

    def add(self, a: Assessment, text_fp: str, now: datetime) -> None:
        story, url, follow_up, score, reasons, published, date_source, fp, at = self._appends
        story(a.story)
        url(a.url)
        follow_up(a.follow_up)
        score(a.score)
        reasons(list(a.reasons))
        published(a.published)
        date_source(a.date_source)
        fp(text_fp)
        at(now)


@dataclass
class Judgement:
    """What judging decided for a batch, as records for the store: each table's new rows (in
    the order decided), named statements on rows already stored, and the developments whose
    alerts go in the outbox. ``judgestore.write_judgement`` writes them; nothing here does.

    The assessments, one for every (article, story) pair (~25,000 a cycle with 50 stories),
    are kept column by column (``assessments``)."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table -> rows
    statements: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    developments: list[Development] = field(default_factory=list)
    followups: int = 0
    assessments: AssessmentColumns = field(default_factory=AssessmentColumns)

    def add(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        self.rows.setdefault(table, []).extend(rows)

    def run(self, statement: str, **params: Any) -> None:
        self.statements.append((statement, params))


@dataclass(frozen=True)
class StoredVersion:
    """A stored follow-up's latest text and how many versions it has (for a revision)."""

    text: str
    versions: int | None


def decide(
    ctx: RunContext,
    states: dict[str, StoryState],
    copies: CopyIndex,
    fetched: Sequence[FetchedArticle],
    stored_versions: Mapping[str, StoredVersion],
    now: datetime,
) -> Judgement:
    """Judge every fetched article, oldest first; ``states`` learn as they go."""
    out = Judgement()
    for item in sorted(fetched, key=lambda f: _sort_key(f, now)):
        if item.page is None:
            _failure(out, item, now)
            continue
        out.followups += _judge_one(ctx, out, states, copies, item, stored_versions, now)
    return out


def is_revision(item: FetchedArticle) -> bool:
    """A stored follow-up whose page now has other text (its stored version is needed)."""
    known = item.candidate.known_fingerprint
    return known is not None and item.page is not None and page_fingerprint(item) != known


def page_fingerprint(item: FetchedArticle) -> str:
    """The fingerprint of the page's text (a worker usually computed it beside its SimHash)."""
    assert item.page is not None
    return item.fingerprint if item.fingerprint is not None else fingerprint(item.page.text)


def simhash_of(item: FetchedArticle) -> int | None:
    """The page's SimHash (a worker usually computed it), or None without a page."""
    if item.simhash is not None or item.page is None:
        return item.simhash
    return syndication.simhash(item.page.text)


@dataclass
class CopyIndex:
    """Where a batch's new articles find the originals they copy: stored articles within
    ``MAX_DISTANCE`` bits (``stored``, found by ``judgestore.near_copies`` in one query for
    the whole batch), and the batch's earlier articles, compared here."""

    stored: dict[str, tuple[int, str]]  # new article URL -> (distance, nearest stored URL)
    batch: dict[str, int] = field(default_factory=dict)  # URL -> hash, in judging order

    def find(self, url: str, value: int | None) -> str | None:
        """The nearest original of this article (stored ones first on a tie), if any."""
        if value is None:
            return None
        best = self.stored.get(url)
        in_batch = syndication.find_copy(value, self.batch.items())
        if in_batch is not None:
            distance = syndication.distance(value, self.batch[in_batch])
            if best is None or distance < best[0]:
                return in_batch
        return best[1] if best else None

    def add(self, url: str, value: int) -> None:
        self.batch[url] = value


def _sort_key(item: FetchedArticle, now: datetime) -> tuple[datetime, str]:
    c = item.candidate
    when = c.feed_published or c.first_seen or now
    return (when.astimezone(UTC), c.url)


def _failure(out: Judgement, item: FetchedArticle, now: datetime) -> None:
    c = item.candidate
    if c.known_fingerprint is not None:
        # A follow-up we already hold: a removal is an event; other failures wait for next time.
        if item.gone:
            out.run("mark_removed", url=c.url, reason=item.error, now=now)
            out.add(
                "article_revisions",
                [
                    {
                        "url": c.url,
                        "from_fingerprint": c.known_fingerprint,
                        "to_fingerprint": None,
                        "kind": "removal",
                        "diff": item.error,
                        "detected_at": now,
                    }
                ],
            )
        else:
            out.run("touch_article", url=c.url, now=now)
        return
    out.add(
        "articles",
        [
            {
                "url": c.url,
                "site": urls.site_of(c.url),
                "title": c.title,
                "published": c.feed_published,
                "first_seen": c.first_seen,
                "last_fetched_at": now,
                "status": "retry" if item.transient else "error",
                "last_error": item.error,
            }
        ],
    )


def _judge_one(
    ctx: RunContext,
    out: Judgement,
    states: dict[str, StoryState],
    copies: CopyIndex,
    item: FetchedArticle,
    stored_versions: Mapping[str, StoredVersion],
    now: datetime,
) -> int:
    page = item.page
    assert page is not None
    c = item.candidate
    text_fp = page_fingerprint(item)
    if c.known_fingerprint is not None:
        if text_fp == c.known_fingerprint:
            out.run("touch_article", url=c.url, now=now)
            return 0
        stored = stored_versions.get(c.url, StoredVersion("", None))
        return _revision(ctx, out, states, item, page, text_fp, stored, now)

    title = page.title or c.title
    published, date_source = dates.resolve_published(
        c.feed_published, page.published_raw, page.text, now
    )
    value = simhash_of(item)
    copy_of = copies.find(c.url, value)
    out.add(
        "articles",
        [
            {
                "url": c.url,
                "site": site_name(page.sitename, c.url),
                "title": title,
                "published": published,
                "published_raw": page.published_raw,
                "date_source": date_source,
                "first_seen": c.first_seen,
                "last_fetched_at": now,
                "status": "ok",
                "last_error": None,
                "fingerprint": text_fp,
                "simhash": syndication.to_signed(value),
                "duplicate_of": copy_of,
                "versions": 1,
            }
        ],
    )
    _version(out, c.url, 1, page.title, page.text, page.author, page, now, text_fp)
    if copy_of is not None:
        # A syndicated copy: one article with another source, never its own alert.
        log.info("%s is a copy of %s", c.url, copy_of)
        for state in states.values():
            dev = state.development_of.get(copy_of)
            if dev:
                _add_source(out, state.baseline.story.slug, dev, c.url, now)
        return 0
    if value is not None:
        copies.add(c.url, value)

    return _judge_for_stories(
        ctx, out, states, item, title, published, date_source, text_fp, now, revision=False
    )


def _judge_for_stories(
    ctx: RunContext,
    out: Judgement,
    states: dict[str, StoryState],
    item: FetchedArticle,
    title: str,
    published: datetime | None,
    date_source: str,
    text_fp: str,
    now: datetime,
    *,
    revision: bool,
) -> int:
    """Assess one article (or its new version) against each of its stories; record follow-ups."""
    page = item.page
    assert page is not None
    c = item.candidate
    found = 0
    assessed_as = (title, published, date_source)
    # The workers' content scores, when they scored the page as judged here.
    scores = item.scores if item.assessed_as == assessed_as else {}
    at = published or now
    for slug in story_slugs_for(ctx, c):
        state = states[slug]
        if _is_baseline(state, c.url, text_fp):
            _assessment(out, _baseline_itself(slug, c.url, published, date_source), text_fp, now)
            continue
        profile = (  # (a story that learned no term is judged by its own: most, with many)
            state.adaptation.profile_for(state.profile, at)
            if state.adaptation.terms
            else state.profile
        )
        adapted = profile is not state.profile
        assessment = assess_page(
            profile,
            c.url,
            page.text,
            assessed_as,
            scored=None if adapted else scores.get(slug),
            latest_development=state.developments.latest(published),
        )
        if adapted:  # (explain adds nothing to a decision by the story's own profile)
            assessment = adaptation.explain(assessment, state.profile, profile, title, page.text)
        label = state.labels.get(c.url)
        if label is not None:
            assessment = relevance.apply_label(assessment, *label)
        if state.negatives is not None:
            if label is None:  # a later look-alike of an article a reader rejected
                assessment = exemplars.judge(assessment, state.negatives, title, page.text)
            state.negatives.heard(
                c.url, title, page.text, follow_up=assessment.follow_up, by_reader=label is not None
            )
        _assessment(out, assessment, text_fp, now)
        if not assessment.follow_up:
            continue
        state.developments.add(published)
        found += 1
        changes = state.adaptation.observe(
            state.profile, url=c.url, title=title, text=page.text, score=assessment.score,
            at=published or now, labelled=label[0] if label else None,
        )  # fmt: skip
        out.add("model_changes", adaptation.rows(slug, changes, now))
        _record_followup(
            ctx,
            out,
            state,
            assessment,
            title,
            site_name(page.sitename, c.url),
            page.text,
            text_fp,
            now,
            revision=revision,
        )
    return found


def site_name(sitename: str | None, url: str) -> str:
    """The outlet's own name when the page gives one (og:site_name), else its host."""
    name = (sitename or "").strip()
    return name if 0 < len(name) <= 80 else urls.site_of(url)


def _is_baseline(state: StoryState, url: str, text_fp: str) -> bool:
    return url == state.baseline_url or text_fp == state.baseline_fingerprint


def _baseline_itself(
    slug: str, url: str, published: datetime | None, date_source: str
) -> Assessment:
    return Assessment(
        story=slug,
        url=url,
        follow_up=False,
        score=1.0,
        reasons=("this is the baseline article itself",),
        published=published,
        date_source=date_source,
    )


def _version(
    out: Judgement,
    url: str,
    seq: int,
    title: str | None,
    text: str,
    author: str | None,
    page: ExtractedPage,
    now: datetime,
    text_fp: str,
) -> None:
    out.add(
        "versions",
        [
            {
                "url": url,
                "fingerprint": text_fp,
                "seq": seq,
                "title": title,
                "text": text,
                "author": author,
                "extractor_version": page.extractor_version,
                "fetched_at": now,
            }
        ],
    )


def _assessment(out: Judgement, a: Assessment, text_fp: str, now: datetime) -> None:
    out.assessments.add(a, text_fp, now)


def _record_followup(
    ctx: RunContext,
    out: Judgement,
    state: StoryState,
    assessment: Assessment,
    title: str,
    site: str,
    text: str,
    text_fp: str,
    now: datetime,
    *,
    revision: bool = False,
) -> None:
    slug = state.baseline.story.slug
    url = assessment.url
    sentences = split_sentences(text)
    verdicts = novelty.mark_sentences(state.knowledge, sentences, published=assessment.published)
    fresh = [v for v in verdicts if v.status is not SentenceStatus.KNOWN]
    # An article repeating an earlier follow-up's news carries that development's key.
    dev_id = carried_development(verdicts, state, assessment.published) or (
        novelty.development_key(verdicts, state.knowledge)
    )
    if revision:
        out.run("delete_article_judgement", story=slug, url=url)
    out.add(
        "sentences",
        [
            {
                "story": slug,
                "url": url,
                "idx": v.index,
                "text": v.text,
                "status": v.status.value,
                "baseline": v.baseline,
                "baseline_url": v.source_url,
                "similarity": v.similarity,
                "development_id": dev_id if v.status is not SentenceStatus.KNOWN else None,
                "fingerprint": text_fp,
                "claims": novelty.claim_rows(v, stored=True),
            }
            for v in verdicts
        ],
    )
    state.knowledge.add(url, [v.text for v in fresh], published=assessment.published)
    # Earlier developments this article repeats gain it as a source.
    for v in verdicts:
        if v.status is SentenceStatus.KNOWN and v.source_url and v.source_url != url:
            earlier = state.development_of.get(v.source_url)
            if earlier:
                _add_source(out, slug, earlier, url, now)
    changes = _record_details(out, state, url, text, verdicts, now)
    if dev_id is None:
        return
    state.development_of[url] = dev_id
    state.published_of[url] = assessment.published
    out.add(
        "story_developments",
        [
            {
                "story": slug,
                "id": dev_id,
                "first_url": url,
                "first_seen": now,
                "summary": alerts.summarise([v.text for v in fresh]),
            }
        ],
    )
    _add_source(out, slug, dev_id, url, now)
    development = Development(
        story=slug,
        id=dev_id,
        url=url,
        title=title,
        site=site,
        published=assessment.published,
        score=assessment.score,
        reasons=assessment.reasons,
        sentences=tuple(verdicts),
        figure_changes=tuple(changes),
        story_title=state.baseline.story.title,
    )
    out.developments.append(development)


ECHO_MIN_SENTENCES = 2
ECHO_WINDOW = timedelta(days=3)


def carried_development(
    verdicts: Sequence[SentenceVerdict], state: StoryState, published: datetime | None
) -> str | None:
    """The earlier development an article retells in its own words, if any.

    Outlets covering one event share its quotes and a few close paraphrases even when most of
    their sentences are worded differently: two or more sentences known from one development's
    articles, published within three days of them, make the article another source of it.
    """
    echoes: dict[str, int] = {}
    for v in verdicts:
        if v.status is SentenceStatus.KNOWN and v.source_url:
            dev = state.development_of.get(v.source_url)
            if dev is None or not _near(published, state.published_of.get(v.source_url)):
                continue
            echoes[dev] = echoes.get(dev, 0) + 1
    if not echoes:
        return None
    best = max(echoes, key=lambda d: echoes[d])
    return best if echoes[best] >= ECHO_MIN_SENTENCES else None


def _near(a: datetime | None, b: datetime | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= ECHO_WINDOW


def _add_source(out: Judgement, story: str, dev_id: str, url: str, now: datetime) -> None:
    out.add(
        "development_sources",
        [{"story": story, "development_id": dev_id, "url": url, "seen_at": now}],
    )


def _record_details(
    out: Judgement,
    state: StoryState,
    url: str,
    text: str,
    verdicts: Sequence[SentenceVerdict],
    now: datetime,
) -> list[str]:
    """Store figures, names and quotes; return the figure changes as "old -> new" lines.

    A figure is compared only with the figures of the known sentence its sentence restates or
    updates: sharing a counted noun ("encounters") does not make two figures one quantity.
    """
    slug = state.baseline.story.slug
    figure_rows: list[dict[str, Any]] = []
    changes: list[str] = []
    for verdict in verdicts:
        paired = (
            figures.extract_figures(verdict.baseline)
            if verdict.baseline and verdict.status is not SentenceStatus.NEW
            else []
        )
        for fig in figures.extract_figures(verdict.text):
            match = figures.match_figure(fig, paired) if paired else None
            if (
                match is not None
                and (match.value, match.period) != (fig.value, fig.period)
                and figures.like_for_like(match, fig)  # an alert lists like for like only
            ):
                changes.append(describe_change(match, fig))
            figure_rows.append(
                {
                    "story": slug,
                    "url": url,
                    "idx": len(figure_rows),
                    "quantity": fig.quantity,
                    "value": fig.value,
                    "unit": fig.unit,
                    "period": fig.period,
                    "span": fig.text,
                    "sentence": fig.sentence,
                    "baseline_value": match.value if match else None,
                    "baseline_sentence": match.sentence if match else None,
                }
            )
    out.add("figure_mentions", figure_rows)

    found = entities.extract_entities(text)
    new_names = {e.name for e in entities.new_entities(found, state.known_entities)}
    unique = {e.name: e for e in found}
    out.add(
        "entity_mentions",
        [
            {
                "story": slug,
                "url": url,
                "name": e.name,
                "kind": e.kind,
                "is_new": e.name in new_names,
                "first_seen": now,
            }
            for e in unique.values()
        ],
    )
    state.known_entities.extend(unique.values())

    quote_rows: list[dict[str, Any]] = []
    for q in quotes.extract_quotes(text):
        key = fingerprint(q.text)
        quote_rows.append(
            {
                "story": slug,
                "url": url,
                "idx": len(quote_rows),
                "speaker": q.speaker,
                "quote": q.text,
                "sentence": q.sentence,
                "is_new": key not in state.known_quotes,
            }
        )
        state.known_quotes.add(key)
    out.add("quote_mentions", quote_rows)
    return changes


def describe_change(old: figures.Figure, new: figures.Figure) -> str:
    """ "encounters: 172,000 (March) → 180,034 (May)" """

    def show(fig: figures.Figure) -> str:
        value = f"{fig.value:,.0f}" if fig.value == int(fig.value) else f"{fig.value:,}"
        unit = f" {fig.unit}" if fig.unit else ""
        period = f" ({fig.period})" if fig.period else ""
        return f"{value}{unit}{period}"

    return f"{new.quantity}: {show(old)} → {show(new)}"


def _revision(
    ctx: RunContext,
    out: Judgement,
    states: dict[str, StoryState],
    item: FetchedArticle,
    page: ExtractedPage,
    text_fp: str,
    stored: StoredVersion,
    now: datetime,
) -> int:
    """A follow-up changed after publication: keep the version, record the diff, re-judge."""
    c = item.candidate
    old_text = stored.text
    seq = stored.versions + 1 if stored.versions is not None else 2
    _version(out, c.url, seq, page.title, page.text, page.author, page, now, text_fp)
    diff = word_diff(old_text, page.text)
    kind = (
        "correction"
        if "correction" in page.text.lower() and "correction" not in old_text.lower()
        else "edit"
    )
    out.add(
        "article_revisions",
        [
            {
                "url": c.url,
                "from_fingerprint": c.known_fingerprint,
                "to_fingerprint": text_fp,
                "kind": kind,
                "diff": diff,
                "detected_at": now,
            }
        ],
    )
    out.add(
        "articles",
        [
            {
                "url": c.url,
                "site": site_name(page.sitename, c.url),
                "first_seen": c.first_seen,
                "status": "ok",
                "fingerprint": text_fp,
                "versions": seq,
                "last_fetched_at": now,
            }
        ],
    )
    published, date_source = dates.resolve_published(
        c.feed_published, page.published_raw, page.text, now
    )
    return _judge_for_stories(
        ctx,
        out,
        states,
        item,
        page.title or c.title,
        published,
        date_source,
        text_fp,
        now,
        revision=True,
    )
