"""A story model's adaptation as stored: what a reader's label changes in it, and what
``monitor stories show`` lists of it. The decisions are ``monitor.adaptation``'s and
``monitor.exemplars``'; this module reads and writes their changes (``model_changes``) and
reads the articles a reader rejected (``labels``) through the store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from monitor import adaptation, exemplars, relevance
from monitor.models import Story
from monitor.store import Store


def stored(store: Store, slug: str) -> adaptation.Adaptation:
    """The story's adaptation as its stored changes leave it."""
    return adaptation.Adaptation.from_rows(store.rows("story_model_changes", story=slug))


def stored_many(store: Store, slugs: Sequence[str]) -> dict[str, adaptation.Adaptation]:
    """Each story's adaptation, as :func:`stored` gives it, in one query for all of them."""
    changes: dict[str, list[dict[str, Any]]] = {slug: [] for slug in slugs}
    for row in store.rows("stories_model_changes", stories=list(slugs)) if slugs else ():
        changes[row["story"]].append(row)
    return {slug: adaptation.Adaptation.from_rows(rows) for slug, rows in changes.items()}


def stored_exemplars(
    store: Store, baselines: Mapping[str, tuple[str, str, str]], slugs: Sequence[str]
) -> dict[str, exemplars.Exemplars]:
    """The negative exemplars of the stories ``slugs`` (those a reader labelled an article
    ``not`` of), from the stored labels and articles: each story's rejected articles, its
    baseline (``baselines``: slug -> url, title, text) and its follow-ups, accepted or
    labelled. Two queries for all of them; none when no story has a ``not`` label."""
    if not slugs:
        return {}
    rejected: dict[str, list[tuple[str, str, str]]] = {slug: [] for slug in slugs}
    own: dict[str, list[tuple[str, str, str]]] = {slug: [] for slug in slugs}
    for query, into in (("stories_rejected", rejected), ("stories_followup_texts", own)):
        for row in store.rows(query, stories=list(slugs)):
            if row["text"]:
                into[row["story"]].append((row["url"], row["title"] or "", row["text"]))
    return {slug: exemplars.of_rows(baselines[slug], rejected[slug], own[slug]) for slug in slugs}


def rejected_articles(store: Store, slug: str) -> list[dict[str, Any]]:
    """The articles a reader labelled not a follow-up of the story, as ``monitor stories
    show`` lists them: each a negative exemplar once its text is stored."""
    return [
        {"url": row["url"], "title": row["title"] or "", "exemplar": bool(row["text"])}
        for row in store.rows("stories_rejected", stories=[slug])
    ]


def apply_label(
    store: Store, story: Story, url: str, follow_up: bool, now: datetime
) -> list[adaptation.Change]:
    """A reader's label on a judged article, as the story model takes it (in the caller's
    transaction): ``not`` withdraws what the article taught; ``follow-up`` teaches more
    than a confident follow-up would (its new terms weigh at once). Returns the changes stored."""
    state = stored(store, story.slug)
    if not follow_up:
        changes = state.forget(url, now)
    else:
        article = store.rows("labelled_article", story=story.slug, url=url)
        baseline = store.rows("baselines_for_stories", stories=[story.slug])
        if not article or not baseline or not article[0]["text"]:
            return []  # not judged yet: the label teaches when a run judges it
        row, base = article[0], baseline[0]
        profile = relevance.build_profile(
            story,
            base["title"],
            base["text"],
            distinctive=relevance.decode_distinctive(base["distinctive"]),
        )
        changes = state.observe(
            profile,
            url=url,
            title=row["title"] or "",
            text=row["text"],
            score=float(row["score"]),
            at=row["published"] or now,
            labelled=True,
        )
    store.insert("model_changes", adaptation.rows(story.slug, changes, now))
    return changes
