"""A run's bookkeeping at both ends: ``prepare`` (the configured stories and feeds recorded,
each story's baseline stored), the ``runs`` row (``start_run``, ``finish_run`` with its
summary and the items-settled mark) and the read-only snapshot refreshed after it."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from monitor import relevance
from monitor.config import Config
from monitor.errors import ExtractionError, FetchError, MonitorError
from monitor.models import Story
from monitor.runstate import Baseline, RunContext
from monitor.store import Store, refresh_snapshot

log = logging.getLogger(__name__)


def prepare(ctx: RunContext, now: datetime) -> dict[str, Baseline]:
    """Migrate, record the configured stories and feeds, and make sure each baseline is stored."""
    config = ctx.config
    with ctx.store() as store, store.transaction():
        _sync_stories(store, config, now)
        _sync_feeds(store, config)
        stored = {
            row["story"]: row
            for row in store.rows("baselines_for_stories", stories=[s.slug for s in config.stories])
        }

    missing = [s for s in config.stories if s.slug not in stored]
    fresh = {s.slug: load_baseline(ctx, s, now) for s in missing}
    baselines = {}
    terms_to_store: dict[str, str] = {}
    for story in config.stories:
        if story.slug in fresh:
            title, text, _ = fresh[story.slug]
            distinctive = None
        else:
            row = stored[story.slug]
            title, text = row["title"], row["text"]
            distinctive = relevance.decode_distinctive(row["distinctive"])
        if distinctive is None:  # first run of this baseline, or terms of an older version
            distinctive = relevance.distinctive_terms(title, text)
            terms_to_store[story.slug] = relevance.encode_distinctive(distinctive)
        baselines[story.slug] = Baseline(
            story=story, title=title, text=text, distinctive=distinctive
        )
    if fresh or terms_to_store:
        from monitor import extract

        with ctx.store() as store, store.transaction():
            store.insert(
                "baselines",
                [
                    {
                        "story": slug,
                        "url": ctx.config.story(slug).url,
                        "title": title,
                        "text": text,
                        "fingerprint": hashlib.sha256(text.encode()).hexdigest(),
                        "source": source,
                        "extractor_version": extract.EXTRACTOR_VERSION,
                        "stored_at": now,
                    }
                    for slug, (title, text, source) in fresh.items()
                ],
                on_conflict="ignore",
            )
            for slug, encoded in terms_to_store.items():
                store.run("set_baseline_distinctive", story=slug, distinctive=encoded)
    ctx.use_baselines(baselines)
    return baselines


def _sync_stories(store: Store, config: Config, now: datetime) -> None:
    """Record each story's configuration; ``updated_at`` is when it last changed (a run
    with the same configuration writes nothing)."""
    rows = [
        {
            "slug": s.slug,
            "title": s.title,
            "url": s.url,
            "published": s.published,
            "horizon_days": s.horizon_days,
            "threshold": s.threshold,
        }
        for s in config.stories
    ]
    recorded = {r["slug"]: r for r in store.rows("configured_stories")}
    changed = [r for r in rows if recorded.get(r["slug"]) != r]
    if changed:
        store.insert(
            "stories",
            [{**r, "updated_at": now} for r in changed],
            on_conflict="update",
            key=("slug",),
        )


def _sync_feeds(store: Store, config: Config) -> None:
    rows = [
        {
            "url": f.url,
            "current_url": f.url,
            "stories": list(config.stories_for_feed(f)),
            "configured": True,
        }
        for f in config.feeds
    ]
    recorded = {r["url"]: list(r["stories"] or ()) for r in store.rows("configured_feeds")}
    if recorded == {r["url"]: r["stories"] for r in rows}:
        return  # the configuration is unchanged: nothing to write (~50 ms for 1,000 feeds)
    # current_url survives: a 301 recorded earlier must not be undone by a re-sync.
    store.insert("feeds", rows, on_conflict="ignore")
    store.insert(
        "feeds",
        [{"url": r["url"], "stories": r["stories"], "configured": True} for r in rows],
        on_conflict="update",
        key=("url",),
    )
    store.run("unconfigure_feeds", urls=[f.url for f in config.feeds])


def load_baseline(ctx: RunContext, story: Story, now: datetime) -> tuple[str, str, str]:
    """(title, text, source) of a story's baseline, from its file or else its URL."""
    from monitor import extract  # trafilatura: ~0.2 s to import, for a baseline not yet stored

    if story.baseline_file is not None:
        try:
            content = story.baseline_file.read_text(encoding="utf-8")
        except OSError as exc:
            raise MonitorError(
                f"story {story.slug!r}: cannot read baseline_file {story.baseline_file}: {exc}"
            ) from exc
        title, text = extract.extract_text_or_html(content, story.url)
        return title or story.title, text, "file"
    try:
        result = ctx.get_page(story.url, now)
        page = extract.extract_article(result.body, result.final_url, min_words=20)
    except (FetchError, ExtractionError) as exc:
        raise MonitorError(
            f"story {story.slug!r}: the baseline could not be fetched from {story.url} ({exc}); "
            "set baseline_file to a saved copy"
        ) from exc
    return page.title or story.title, page.text, "url"


def start_run(ctx: RunContext, now: datetime, kind: str = "poll") -> None:
    with ctx.store() as store:
        store.insert("runs", [{"id": ctx.run_id, "kind": kind, "started_at": now}])


def finish_run(ctx: RunContext, finished_at: datetime) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "run_id": ctx.run_id,
        **{
            k: ctx.counts.get(k, 0)
            for k in (
                "feeds_polled",
                "feeds_failed",
                "items_new",
                "articles_fetched",
                "articles_failed",
                "followups",
                "alerts_sent",
            )
        },
        "errors": list(ctx.errors),
    }
    with ctx.store() as store, store.transaction():
        store.run("finish_run", id=ctx.run_id, finished_at=finished_at, **summary_params(summary))
        _settle_items(ctx, store)
    return summary


def _settle_items(ctx: RunContext, store: Store) -> None:
    """Move the items_settled mark to this run's time when it took every pending item and
    each now has its article row (a candidate without one keeps the mark where it was)."""
    if ctx.settling is None:
        return
    through, urls_taken = ctx.settling
    ctx.settling = None
    if urls_taken:
        [stored] = store.rows("stored_article_count", urls=urls_taken)
        if stored["n"] != len(set(urls_taken)):
            return
    store.run("clear_items_settled")
    store.run("settle_items", through=through)


def summary_params(summary: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in summary.items() if k != "run_id"}


def prepare_run(ctx: RunContext, now: datetime, kind: str = "poll") -> dict[str, Baseline]:
    """A run's first step: configuration and baselines stored, and the run recorded."""
    baselines = prepare(ctx, now)
    start_run(ctx, now, kind)
    return baselines


def after_run(ctx: RunContext) -> None:
    """Refresh the analysts' read-only snapshot; a failure here is logged, never raised."""
    if not ctx.config.snapshot:
        return
    try:
        with ctx.store() as store:
            refresh_snapshot(ctx.config.db, store=store)
    except (OSError, MonitorError) as exc:
        log.warning("could not refresh the read-only snapshot: %s", exc)
