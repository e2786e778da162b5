"""The floor of a poll cycle: each stage's CPU time measured standalone on the cycle's inputs
(sequential, no pools, no Prefect), summed and divided by the cores the pipeline may use.

A well-built cycle should take about this long; the ratio e2e / floor is its overhead.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from bench.scenarios import WebShape

log = logging.getLogger(__name__)
T = TypeVar("T")


def cores() -> int:
    """The cores this process may run on (the pipeline's threads share them)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass
class Floor:
    """CPU seconds per stage, and what each stage processed."""

    stages_cpu_s: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    extra_cpu_s: dict[str, float] = field(default_factory=dict)  # measured, not in the floor
    cores: int = field(default_factory=cores)

    @property
    def total_cpu_s(self) -> float:
        return sum(self.stages_cpu_s.values())

    @property
    def floor_s(self) -> float:
        return self.total_cpu_s / self.cores

    @property
    def strict_floor_s(self) -> float:
        """The floor with novelty only on the articles judged follow-ups, as the pipeline runs
        it (``floor_s`` counts novelty on every article: generous, see bench/README.md)."""
        novelty_all = self.stages_cpu_s.get("novelty", 0.0)
        novelty_followups = self.extra_cpu_s.get("novelty_followups_only", novelty_all)
        return (self.total_cpu_s - novelty_all + novelty_followups) / self.cores

    def as_dict(self) -> dict[str, Any]:
        return {
            "stages_cpu_s": {k: round(v, 3) for k, v in self.stages_cpu_s.items()},
            "extra_cpu_s": {k: round(v, 3) for k, v in self.extra_cpu_s.items()},
            "counts": dict(self.counts),
            "total_cpu_s": round(self.total_cpu_s, 3),
            "cores": self.cores,
            "floor_s": round(self.floor_s, 3),
            "strict_floor_s": round(self.strict_floor_s, 3),
        }


def _cpu(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


@dataclass(frozen=True)
class FloorInputs:
    """What one cycle processes: feed requests (with the validators the store holds), the
    body hashes it already knows, and the article pages it fetched."""

    feed_requests: Sequence[tuple[str, dict[str, str]]]
    known_hashes: dict[str, str | None]
    page_urls: Sequence[str]
    now: datetime


def feed_requests(shape: WebShape, scenario: str) -> list[tuple[str, dict[str, str]]]:
    """Each feed's request as the pipeline sends it: validators from the cold run, if any."""
    if scenario == "cold":
        return [(url, {}) for url in shape.feed_urls()]
    return [
        (
            shape.feed_url(f),
            {"If-None-Match": shape.etag(f, 0), "If-Modified-Since": shape.last_modified(f, 0)},
        )
        for f in range(shape.feeds)
    ]


def measure_fresh(inputs: FloorInputs, **measure_args: Any) -> Floor:
    """``measure`` in a process of its own that has seen none of these pages, as a cycle's
    processes have not: ``measure`` run again in one process finds the caches its first run
    filled (keyed by the same texts), and the bench's parent measured the mixed floor once a
    round (novelty on the mixed pages: 2.8-3.1 s of CPU in the first round, 1.0 s after)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    spawn = multiprocessing.get_context("spawn")  # none of the bench's state, threads or caches
    with ProcessPoolExecutor(1, mp_context=spawn, initializer=_warnings_only) as pool:
        return pool.submit(measure, inputs, **measure_args).result()


def _warnings_only() -> None:
    """Log as the bench does: with no handler yet, a library's own ``basicConfig`` at import
    would set the fresh process to print every migration at INFO."""
    logging.basicConfig(level=logging.WARNING)


def measure(
    inputs: FloorInputs,
    *,
    baseline_title: str,
    baseline_text: str,
    story: Any,
    work_dir: Path | None = None,
) -> Floor:
    """Run each stage alone over ``inputs`` and time its CPU."""
    import httpx

    from monitor import extract, feeds, novelty, relevance, urls
    from monitor.errors import ExtractionError, FeedError
    from monitor.text import split_sentences

    floor = Floor()
    now = inputs.now

    # 1. HTTP client: a plain sequential keep-alive loop over the same requests.
    def fetch_all() -> tuple[list[tuple[str, int, bytes]], list[tuple[str, bytes]]]:
        feed_bodies: list[tuple[str, int, bytes]] = []
        pages: list[tuple[str, bytes]] = []
        with httpx.Client(timeout=30, trust_env=False) as client:
            for url, headers in inputs.feed_requests:
                r = client.get(url, headers=headers)
                feed_bodies.append((url, r.status_code, r.content))
            for url in inputs.page_urls:
                r = client.get(url)
                pages.append((url, r.content))
        return feed_bodies, pages

    (feed_bodies, pages), floor.stages_cpu_s["http_client"] = _cpu(fetch_all)
    floor.counts["feed_requests"] = len(feed_bodies)
    floor.counts["feed_304"] = sum(status == 304 for _, status, _ in feed_bodies)
    floor.counts["page_requests"] = len(pages)

    # 2. Feed parsing: only bodies whose hash changed (a 304 or an identical body costs none).
    changed = [
        (url, body)
        for url, status, body in feed_bodies
        if status == 200 and hashlib.sha256(body).hexdigest() != inputs.known_hashes.get(url)
    ]

    def parse_all() -> list[tuple[str, Any]]:
        items: list[tuple[str, Any]] = []
        for url, body in changed:
            with contextlib.suppress(FeedError):
                items.extend((url, item) for item in feeds.parse_feed(body, url, now=now).items)
        return items

    items, floor.stages_cpu_s["feed_parse"] = _cpu(parse_all)
    floor.counts["feeds_parsed"] = len(changed)
    floor.counts["items"] = len(items)

    # 3. Extraction of the fetched pages.
    def extract_all() -> list[Any]:
        done = []
        for url, body in pages:
            with contextlib.suppress(ExtractionError):
                done.append(extract.extract_article(body, url))
        return done

    extracted, floor.stages_cpu_s["extraction"] = _cpu(extract_all)
    floor.counts["pages_extracted"] = len(extracted)

    # 4. Comparison with the baseline: relevance on every article, and novelty on every article
    # (the pipeline runs novelty only on follow-ups; its cost is reported apart as well).
    profile, profile_s = _cpu(lambda: relevance.build_profile(story, baseline_title, baseline_text))
    kb, kb_s = _cpu(lambda: novelty.KnowledgeBase(split_sentences(baseline_text)))
    floor.extra_cpu_s["profile_and_knowledge_once"] = profile_s + kb_s

    def assess_all() -> list[Any]:
        follow = []
        for page in extracted:
            a = relevance.assess(
                profile,
                url=page.url,
                title=page.title,
                text=page.text,
                published=now,
                date_source="feed",
            )
            if a.follow_up:
                follow.append(page)
        return follow

    def novelty_of(pages: list[Any]) -> int:
        return sum(len(novelty.mark_sentences(kb, split_sentences(p.text))) for p in pages)

    followup_pages, floor.stages_cpu_s["relevance"] = _cpu(assess_all)
    followups = len(followup_pages)
    # Novelty on the follow-ups alone first, while no page's text is in novelty's caches (the
    # strict floor's share); then on every article for the generous floor.
    _, floor.extra_cpu_s["novelty_followups_only"] = _cpu(lambda: novelty_of(followup_pages))
    # The same pages judged for a story without a lexicon, by its story model (an invented
    # story, bench/storytexts.py): the static embeddings load once, apart.
    from bench.storytexts import extra_stories
    from monitor import dense
    from monitor.models import Story

    invented = extra_stories(1)[0]
    model_story = Story(invented.slug, invented.title, invented.url, invented.published)
    model_profile = relevance.build_profile(model_story, invented.title, invented.text)
    _, floor.extra_cpu_s["dense_load_once"] = _cpu(lambda: dense.similarity("a", "b"))
    _, floor.extra_cpu_s["relevance_model_story"] = _cpu(
        lambda: [
            relevance.score_article(model_profile, page.title, page.text) for page in extracted
        ]
    )
    sentences, floor.stages_cpu_s["novelty"] = _cpu(lambda: novelty_of(extracted))
    floor.counts["followups"] = followups
    floor.counts["sentences"] = sentences
    from monitor import syndication

    _, floor.extra_cpu_s["simhash"] = _cpu(lambda: [syndication.simhash(p.text) for p in extracted])

    # 5. DuckDB writes of what the cycle stores: items, feed states, articles, versions.
    item_rows = [
        {
            "feed_url": feed_url,
            "key": i.key,
            "guid": i.guid,
            "link": i.link,
            "canonical_url": urls.canonical_url(i.link) if i.link else None,
            "title": i.title,
            "title_key": urls.normalise_title(i.title) if i.title else None,
            "summary": i.summary,
            "published": i.published,
            "published_raw": i.published_raw,
            "first_seen": now,
        }
        for feed_url, i in items
    ]
    floor.stages_cpu_s["duckdb_writes"] = _duckdb_writes(
        item_rows, [u for u, _, _ in feed_bodies], extracted, now, work_dir
    )
    return floor


def _duckdb_writes(
    item_rows: list[dict[str, Any]],
    feed_urls: list[str],
    extracted: list[Any],
    now: datetime,
    work_dir: Path | None,
) -> float:
    from monitor.store import open_store
    from monitor.text import fingerprint

    feed_rows = [
        {
            "url": url,
            "current_url": url,
            "stories": ["s"],
            "last_status": "not_modified",
            "last_http_status": 304,
            "consecutive_errors": 0,
            "last_polled_at": now,
            "last_ok_at": now,
            "next_poll_at": now,
            "items_seen": 50,
        }
        for url in feed_urls
    ]
    article_rows = []
    version_rows = []
    for page in extracted:
        fp = fingerprint(page.text)
        article_rows.append(
            {
                "url": page.url,
                "site": "127.0.0.1",
                "title": page.title,
                "published": now,
                "date_source": "feed",
                "first_seen": now,
                "last_fetched_at": now,
                "status": "ok",
                "fingerprint": fp,
                "versions": 1,
            }
        )
        version_rows.append(
            {
                "url": page.url,
                "fingerprint": fp,
                "seq": 1,
                "title": page.title,
                "text": page.text,
                "extractor_version": page.extractor_version,
                "fetched_at": now,
            }
        )
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        path = Path(tmp) / "floor.duckdb"
        with open_store(path) as store:
            with store.transaction():
                store.insert("feeds", feed_rows, on_conflict="ignore")
            start = time.process_time()
            with store.transaction():
                store.insert("items", item_rows, on_conflict="ignore")
                store.insert("feeds", feed_rows, on_conflict="update", key=("url",))
                store.insert("articles", article_rows, on_conflict="update", key=("url",))
                store.insert("versions", version_rows, on_conflict="ignore")
            return time.process_time() - start
