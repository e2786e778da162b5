"""The judging step: syndicated copies, follow-up decisions, what is new, developments, outbox.

Pure decisions (relevance, novelty, figures, names, quotes) run in date order, so the outlet
that reported a fact first carries it as new and later copies carry it as known.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from monitor import (
    adaptation,
    alerts,
    dates,
    entities,
    figures,
    novelty,
    outbox,
    quotes,
    relevance,
    syndication,
    urls,
)
from monitor.models import (
    Assessment,
    Development,
    FetchedArticle,
    SentenceStatus,
    SentenceVerdict,
    Story,
)
from monitor.runstate import Baseline, RunContext, story_slugs_for
from monitor.store import Store
from monitor.text import fingerprint, split_sentences, word_diff
from monitor.workers import assess_page

log = logging.getLogger(__name__)


@dataclass
class StoryState:
    """What one story knows during a run: its profile and its cumulative knowledge."""

    baseline: Baseline
    profile: relevance.StoryProfile
    knowledge: novelty.KnowledgeBase
    known_entities: list[entities.Entity]
    known_quotes: set[str]
    development_of: dict[str, str]  # follow-up URL -> its development id
    baseline_fingerprint: str = ""
    published_of: dict[str, datetime | None] = field(default_factory=dict)
    developments: relevance.DevelopmentDays = field(default_factory=relevance.DevelopmentDays)
    labels: dict[str, tuple[bool, datetime]] = field(default_factory=dict)  # a reader's
    adaptation: adaptation.Adaptation = field(default_factory=adaptation.Adaptation)


def story_start(story: Story) -> datetime:
    """The baseline's date as the start of its day, UTC."""
    return datetime.combine(story.published, time(), tzinfo=UTC)


def load_story_states(
    store: Store,
    baselines: Mapping[str, Baseline],
    profiles: Mapping[str, relevance.StoryProfile] | None = None,
) -> dict[str, StoryState]:
    """Each story's profile (``profiles``' when given: prepare built them) and knowledge."""
    states = {}
    for slug, baseline in baselines.items():
        base_sentences = split_sentences(baseline.text)
        kb = novelty.KnowledgeBase(base_sentences, published=story_start(baseline.story))
        development_of: dict[str, str] = {}
        published_of: dict[str, datetime | None] = {}
        by_url: dict[str, list[str]] = {}
        for row in store.rows("story_knowledge", story=slug):
            by_url.setdefault(row["url"], []).append(row["text"])
            published_of[row["url"]] = row["published"]
            if row["development_id"]:
                development_of.setdefault(row["url"], row["development_id"])
        for url, sentences in by_url.items():
            kb.add(url, sentences, published=published_of.get(url))
        known_entities = entities.extract_entities(baseline.text) + [
            entities.Entity(name=r["name"], kind=r["kind"])
            for r in store.rows("story_entities", story=slug)
        ]
        states[slug] = StoryState(
            baseline=baseline,
            profile=(profiles or {}).get(slug)
            or relevance.build_profile(
                baseline.story, baseline.title, baseline.text, distinctive=baseline.distinctive
            ),
            knowledge=kb,
            known_entities=known_entities,
            known_quotes={fingerprint(q.text) for q in quotes.extract_quotes(baseline.text)}
            | {fingerprint(r["quote"]) for r in store.rows("story_quotes", story=slug)},
            development_of=development_of,
            baseline_fingerprint=fingerprint(baseline.text),
            published_of=published_of,
            developments=relevance.DevelopmentDays(
                [r["day"] for r in store.rows("story_followup_dates", story=slug)]
            ),
            labels={
                r["url"]: (r["follow_up"], r["labelled_at"])
                for r in store.rows("story_labels", story=slug)
            },
            adaptation=adaptation.Adaptation.from_rows(
                store.rows("story_model_changes", story=slug)
            ),
        )
    return states


def judge_articles(
    ctx: RunContext,
    fetched: Sequence[FetchedArticle],
    baselines: Mapping[str, Baseline],
    now: datetime,
) -> int:
    """Judge and store every fetched article in one transaction; returns follow-ups found."""
    if not fetched:
        return 0
    followups = 0
    with ctx.store() as store, store.transaction():
        with store.buffered():
            states = load_story_states(store, baselines, ctx.profiles)
            ordered = sorted(fetched, key=lambda f: _sort_key(f, now))
            hashes = _CopyIndex.for_batch(store, ordered)
            for item in ordered:
                if item.page is None:
                    _store_failure(store, item, now)
                    continue
                followups += _judge_one(ctx, store, states, hashes, item, now)
        ctx.crash_point("judging")  # everything written, nothing committed
    ctx.count("followups", followups)
    return followups


def _simhash_of(item: FetchedArticle) -> int | None:
    if item.simhash is not None or item.page is None:
        return item.simhash
    return syndication.simhash(item.page.text)


@dataclass
class _CopyIndex:
    """Where a batch's new articles find the originals they copy: stored articles within
    ``MAX_DISTANCE`` bits, found by one query for the whole batch (DuckDB compares every
    stored hash, so the cost stays a scan however many articles the story has gathered),
    and the batch's earlier articles, compared here."""

    stored: dict[str, tuple[int, str]]  # new article URL -> (distance, nearest stored URL)
    batch: dict[str, int] = field(default_factory=dict)  # URL -> hash, in judging order

    @classmethod
    def for_batch(cls, store: Store, items: Sequence[FetchedArticle]) -> _CopyIndex:
        fresh = [
            (item.candidate.url, value)
            for item in items
            if item.page is not None and item.candidate.known_fingerprint is None
            for value in [_simhash_of(item)]
            if value is not None
        ]
        stored: dict[str, tuple[int, str]] = {}
        if fresh:
            rows = store.rows(
                "near_copies",
                urls=[url for url, _ in fresh],
                hashes=[syndication.to_signed(value) for _, value in fresh],
                max_distance=syndication.MAX_DISTANCE,
            )
            for row in rows:
                found = (int(row["distance"]), str(row["original"]))
                if row["url"] not in stored or found < stored[row["url"]]:
                    stored[row["url"]] = found
        return cls(stored)

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


def _store_failure(store: Store, item: FetchedArticle, now: datetime) -> None:
    c = item.candidate
    if c.known_fingerprint is not None:
        # A follow-up we already hold: a removal is an event; other failures wait for next time.
        if item.gone:
            store.run("mark_removed", url=c.url, reason=item.error, now=now)
            store.insert(
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
                on_conflict="ignore",
            )
        else:
            store.run("touch_article", url=c.url, now=now)
        return
    store.insert(
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
        on_conflict="update",
        key=("url",),
    )


def _judge_one(
    ctx: RunContext,
    store: Store,
    states: dict[str, StoryState],
    hashes: _CopyIndex,
    item: FetchedArticle,
    now: datetime,
) -> int:
    page = item.page
    assert page is not None
    c = item.candidate
    text_fp = fingerprint(page.text)
    if c.known_fingerprint is not None:
        if text_fp == c.known_fingerprint:
            store.run("touch_article", url=c.url, now=now)
            return 0
        return _store_revision(ctx, store, states, item, text_fp, now)

    title = page.title or c.title
    published, date_source = dates.resolve_published(
        c.feed_published, page.published_raw, page.text, now
    )
    value = _simhash_of(item)
    copy_of = hashes.find(c.url, value)
    store.insert(
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
        on_conflict="update",
        key=("url",),
    )
    _store_version(store, c.url, 1, page.title, page.text, page.author, page, now, text_fp)
    if copy_of is not None:
        # A syndicated copy: one article with another source, never its own alert.
        log.info("%s is a copy of %s", c.url, copy_of)
        for state in states.values():
            dev = state.development_of.get(copy_of)
            if dev:
                _add_source(store, state.baseline.story.slug, dev, c.url, now)
        return 0
    if value is not None:
        hashes.add(c.url, value)

    return _judge_for_stories(
        ctx, store, states, item, title, published, date_source, text_fp, now, revision=False
    )


def _judge_for_stories(
    ctx: RunContext,
    store: Store,
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
    for slug in story_slugs_for(ctx, c):
        state = states[slug]
        if _is_baseline(state, c.url, text_fp):
            _store_assessment(
                store, _baseline_itself(slug, c.url, published, date_source), text_fp, now
            )
            continue
        assessed_as = (title, published, date_source)
        profile = state.adaptation.profile_for(state.profile, published or now)
        assessment = assess_page(
            profile,
            c.url,
            page.text,
            assessed_as,
            scored=item.scores.get(slug)
            if item.assessed_as == assessed_as and profile is state.profile
            else None,
            latest_development=state.developments.latest(published),
        )
        assessment = adaptation.explain(assessment, state.profile, profile, title, page.text)
        if c.url in state.labels:
            assessment = relevance.apply_label(assessment, *state.labels[c.url])
        _store_assessment(store, assessment, text_fp, now)
        if not assessment.follow_up:
            continue
        state.developments.add(published)
        found += 1
        label = state.labels.get(c.url)
        changes = state.adaptation.observe(
            state.profile, url=c.url, title=title, text=page.text, score=assessment.score,
            at=published or now, labelled=label[0] if label else None,
        )  # fmt: skip
        store.insert("model_changes", adaptation.rows(slug, changes, now))
        _record_followup(
            ctx,
            store,
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
    story_url = urls.canonical_url(state.baseline.story.url)
    return url == story_url or text_fp == state.baseline_fingerprint


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


def _store_version(
    store: Store,
    url: str,
    seq: int,
    title: str | None,
    text: str,
    author: str | None,
    page: Any,
    now: datetime,
    text_fp: str,
) -> None:
    store.insert(
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
        on_conflict="ignore",
    )


def _store_assessment(store: Store, a: Assessment, text_fp: str, now: datetime) -> None:
    store.insert(
        "assessments",
        [
            {
                "story": a.story,
                "url": a.url,
                "follow_up": a.follow_up,
                "score": a.score,
                "reasons": list(a.reasons),
                "published": a.published,
                "date_source": a.date_source,
                "fingerprint": text_fp,
                "assessed_at": now,
            }
        ],
        on_conflict="update",
        key=("story", "url"),
    )


def _record_followup(
    ctx: RunContext,
    store: Store,
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
        store.run("delete_article_judgement", story=slug, url=url)
    store.insert(
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
        on_conflict="update",
        key=("story", "url", "idx"),
    )
    state.knowledge.add(url, [v.text for v in fresh], published=assessment.published)
    # Earlier developments this article repeats gain it as a source.
    for v in verdicts:
        if v.status is SentenceStatus.KNOWN and v.source_url and v.source_url != url:
            earlier = state.development_of.get(v.source_url)
            if earlier:
                _add_source(store, slug, earlier, url, now)
    changes = _record_details(store, state, url, text, verdicts, now)
    if dev_id is None:
        return
    state.development_of[url] = dev_id
    state.published_of[url] = assessment.published
    store.insert(
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
        on_conflict="ignore",
    )
    _add_source(store, slug, dev_id, url, now)
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
    outbox.enqueue(ctx, store, development, now)


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


def _add_source(store: Store, story: str, dev_id: str, url: str, now: datetime) -> None:
    store.insert(
        "development_sources",
        [{"story": story, "development_id": dev_id, "url": url, "seen_at": now}],
        on_conflict="ignore",
    )


def _record_details(
    store: Store,
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
    store.insert("figure_mentions", figure_rows, on_conflict="update", key=("story", "url", "idx"))

    found = entities.extract_entities(text)
    new_names = {e.name for e in entities.new_entities(found, state.known_entities)}
    unique = {e.name: e for e in found}
    store.insert(
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
        on_conflict="ignore",
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
    store.insert("quote_mentions", quote_rows, on_conflict="update", key=("story", "url", "idx"))
    return changes


def describe_change(old: figures.Figure, new: figures.Figure) -> str:
    """ "encounters: 172,000 (March) → 180,034 (May)" """

    def show(fig: figures.Figure) -> str:
        value = f"{fig.value:,.0f}" if fig.value == int(fig.value) else f"{fig.value:,}"
        unit = f" {fig.unit}" if fig.unit else ""
        period = f" ({fig.period})" if fig.period else ""
        return f"{value}{unit}{period}"

    return f"{new.quantity}: {show(old)} → {show(new)}"


def _store_revision(
    ctx: RunContext,
    store: Store,
    states: dict[str, StoryState],
    item: FetchedArticle,
    text_fp: str,
    now: datetime,
) -> int:
    """A follow-up changed after publication: keep the version, record the diff, re-judge."""
    page = item.page
    assert page is not None
    c = item.candidate
    previous = store.rows("latest_version_text", url=c.url)
    old_text = previous[0]["text"] if previous else ""
    info = store.rows("article_version_count", url=c.url)
    seq = int(info[0]["versions"]) + 1 if info else 2
    _store_version(store, c.url, seq, page.title, page.text, page.author, page, now, text_fp)
    diff = word_diff(old_text, page.text)
    kind = (
        "correction"
        if "correction" in page.text.lower() and "correction" not in old_text.lower()
        else "edit"
    )
    store.insert(
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
        on_conflict="ignore",
    )
    store.insert(
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
        on_conflict="update",
        key=("url",),
    )
    published, date_source = dates.resolve_published(
        c.feed_published, page.published_raw, page.text, now
    )
    return _judge_for_stories(
        ctx,
        store,
        states,
        item,
        page.title or c.title,
        published,
        date_source,
        text_fp,
        now,
        revision=True,
    )
