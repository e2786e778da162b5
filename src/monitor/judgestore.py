"""The judging step's database side, in one transaction: read what the decisions need (each
story's knowledge, stored near-copies, revised follow-ups' last versions), run
``judging.decide`` (pure), and write the ``Judgement`` it returns: rows, statements and the
developments' alerts. ``write_judgement`` is the one place judging's records are written.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from monitor import entities, outbox, relevance, storyadapt, syndication
from monitor.judging import (
    CopyIndex,
    Judgement,
    StoredVersion,
    StoryState,
    decide,
    is_revision,
    simhash_of,
)
from monitor.models import FetchedArticle
from monitor.runstate import Baseline, RunContext
from monitor.store import Store
from monitor.text import fingerprint

# How each table judging writes takes a row whose key is already stored: (rule, key).
CONFLICTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "articles": ("update", ("url",)),
    "versions": ("ignore", ()),
    "article_revisions": ("ignore", ()),
    "assessments": ("update", ("story", "url")),
    "sentences": ("update", ("story", "url", "idx")),
    "story_developments": ("ignore", ()),
    "development_sources": ("ignore", ()),
    "figure_mentions": ("update", ("story", "url", "idx")),
    "entity_mentions": ("ignore", ()),
    "quote_mentions": ("update", ("story", "url", "idx")),
    "model_changes": ("error", ()),  # each change once, in order: a new id every time
}


def judge_articles(
    ctx: RunContext,
    fetched: Sequence[FetchedArticle],
    baselines: Mapping[str, Baseline],
    now: datetime,
) -> int:
    """Judge and store every fetched article in one transaction; returns follow-ups found."""
    if not fetched:
        return 0
    with _older_objects_set_aside(), ctx.store() as store, store.transaction():
        states = load_story_states(store, baselines, ctx.profiles)
        copies = CopyIndex(near_copies(store, fetched))
        judgement = decide(ctx, states, copies, fetched, stored_versions(store, fetched), now)
        write_judgement(ctx, store, judgement, now)
        ctx.crash_point("judging")  # everything written, nothing committed
    ctx.count("followups", judgement.followups)
    return judgement.followups


@contextlib.contextmanager
def _older_objects_set_aside() -> Iterator[None]:
    """Judging makes a record or two for every (article, story) pair, and Python's full
    collections, which those trigger, walk every object the run holds (its pages, profiles,
    word table): with 50 stories ~0.1 s of judging's CPU. What was alive before judging is set
    aside from collection while it runs (``gc.freeze``) and handed back after: collected as
    before, only not walked again and again meanwhile."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def write_judgement(ctx: RunContext, store: Store, judgement: Judgement, now: datetime) -> None:
    """Write what judging decided: statements on stored rows first, then each table's rows
    in a few large inserts, and the developments' alerts in the outbox."""
    for statement, params in judgement.statements:
        store.run(statement, **params)
    on_conflict, key = CONFLICTS["assessments"]
    store.insert_columns(
        "assessments", judgement.assessments.columns, on_conflict=on_conflict, key=key
    )
    with store.buffered():
        for table, rows in judgement.rows.items():
            on_conflict, key = CONFLICTS[table]
            store.insert(table, rows, on_conflict=on_conflict, key=key)
        for development in judgement.developments:
            outbox.enqueue(ctx, store, development, now)


def load_story_states(
    store: Store,
    baselines: Mapping[str, Baseline],
    profiles: Mapping[str, relevance.StoryProfile] | None = None,
) -> dict[str, StoryState]:
    """Each story's profile (``profiles``' when given: prepare built them) and knowledge:
    one query per kind of knowledge for every story at once, however many are configured."""
    slugs = list(baselines)
    known = _StoredKnowledge(store, slugs)
    adaptations = storyadapt.stored_many(store, slugs)
    # Only the stories a reader labelled an article ``not`` of compare with exemplars.
    rejecting = [s for s in slugs if any(not r["follow_up"] for r in known.of("labels", s))]
    negatives = storyadapt.stored_exemplars(
        store,
        {s: (baselines[s].story.url, baselines[s].title, baselines[s].text) for s in rejecting},
        rejecting,
    )
    states = {}
    for slug, baseline in baselines.items():
        development_of: dict[str, str] = {}
        published_of: dict[str, datetime | None] = {}
        by_url: dict[str, list[str]] = {}
        for row in known.of("knowledge", slug):
            by_url.setdefault(row["url"], []).append(row["text"])
            published_of[row["url"]] = row["published"]
            if row["development_id"]:
                development_of.setdefault(row["url"], row["development_id"])
        states[slug] = StoryState(
            baseline=baseline,
            profile=(profiles or {}).get(slug)
            or relevance.build_profile(
                baseline.story, baseline.title, baseline.text, distinctive=baseline.distinctive
            ),
            development_of=development_of,
            baseline_fingerprint=fingerprint(baseline.text),
            published_of=published_of,
            developments=relevance.DevelopmentDays(
                [r["day"] for r in known.of("followup_dates", slug)]
            ),
            labels={r["url"]: (r["follow_up"], r["labelled_at"]) for r in known.of("labels", slug)},
            adaptation=adaptations[slug],
            negatives=negatives.get(slug),
            stored_sentences={u: (published_of.get(u), said) for u, said in by_url.items()},
            stored_entities=[
                entities.Entity(name=r["name"], kind=r["kind"]) for r in known.of("entities", slug)
            ],
            stored_quotes=[r["quote"] for r in known.of("quotes", slug)],
        )
    return states


# Each kind of knowledge a story keeps, and the query that reads it for every story at once.
_KNOWLEDGE_QUERIES = {
    "knowledge": "stories_knowledge",
    "entities": "stories_entities",
    "quotes": "stories_quotes",
    "followup_dates": "stories_followup_dates",
    "labels": "stories_labels",
}


class _StoredKnowledge:
    """What the stories learned in earlier runs, by kind and story: each kind is one query
    for every story, its rows kept in the query's order."""

    def __init__(self, store: Store, slugs: Sequence[str]) -> None:
        self._rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for kind, query in _KNOWLEDGE_QUERIES.items() if slugs else ():
            for row in store.rows(query, stories=list(slugs)):
                self._rows.setdefault((kind, row["story"]), []).append(row)

    def of(self, kind: str, slug: str) -> list[dict[str, Any]]:
        return self._rows.get((kind, slug), [])


def near_copies(store: Store, items: Sequence[FetchedArticle]) -> dict[str, tuple[int, str]]:
    """New article URL -> (distance, nearest stored article) for the batch's pages within
    ``MAX_DISTANCE`` bits of a stored one: one query for the whole batch (DuckDB compares
    every stored hash, so the cost stays a scan however many articles a story has gathered)."""
    fresh = [
        (item.candidate.url, value)
        for item in items
        if item.page is not None and item.candidate.known_fingerprint is None
        for value in [simhash_of(item)]
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
    return stored


def stored_versions(store: Store, items: Sequence[FetchedArticle]) -> dict[str, StoredVersion]:
    """The latest stored version of each follow-up whose page changed (a revision to judge)."""
    found: dict[str, StoredVersion] = {}
    for item in items:
        if not is_revision(item):
            continue
        url = item.candidate.url
        latest = store.rows("latest_version_text", url=url)
        info = store.rows("article_version_count", url=url)
        found[url] = StoredVersion(
            text=latest[0]["text"] if latest else "",
            versions=int(info[0]["versions"]) if info else None,
        )
    return found
