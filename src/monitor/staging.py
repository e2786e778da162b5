"""Scale-out staging: shards of a run's feeds and articles grouped by host, and Parquet files
that carry each shard's work to a worker and its results back to the loader (no DuckDB here).
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from monitor.models import (
    Candidate,
    ExtractedPage,
    FeedItem,
    FeedPoll,
    FeedState,
    FetchedArticle,
    FetchOutcome,
    FetchResult,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

FORMAT_KEY = b"monitor.staging"
_TS = pa.timestamp("us", tz="UTC")

_ITEM = pa.struct(
    [
        ("feed_url", pa.string()),
        ("key", pa.string()),
        ("link", pa.string()),
        ("title", pa.string()),
        ("summary", pa.string()),
        ("published", _TS),
        ("published_raw", pa.string()),
        ("guid", pa.string()),
    ]
)

POLL_SCHEMA = pa.schema(
    [
        ("url", pa.string()),
        ("current_url", pa.string()),
        ("stories", pa.list_(pa.string())),
        ("outcome", pa.string()),
        ("title", pa.string()),
        ("error", pa.string()),
        ("http_status", pa.int32()),
        ("retry_after_s", pa.float64()),
        ("body_hash", pa.string()),
        # The HTTP exchange without its body: the items below are all a feed body yields.
        ("has_result", pa.bool_()),
        ("result_url", pa.string()),
        ("result_final_url", pa.string()),
        ("result_status", pa.int32()),
        ("result_headers", pa.string()),  # JSON object
        ("result_fetched_at", _TS),
        ("result_etag", pa.string()),
        ("result_last_modified", pa.string()),
        ("result_permanent_url", pa.string()),
        ("result_retry_after_s", pa.float64()),
        ("items", pa.list_(_ITEM)),
    ]
)

_CANDIDATE_FIELDS = [
    ("url", pa.string()),
    ("link", pa.string()),
    ("feeds", pa.list_(pa.string())),
    ("title", pa.string()),
    ("summary", pa.string()),
    ("feed_published", _TS),
    ("first_seen", _TS),
    ("known_fingerprint", pa.string()),
]
CANDIDATE_SCHEMA = pa.schema(_CANDIDATE_FIELDS)

_PAGE_FIELDS = (
    "url",
    "title",
    "text",
    "author",
    "sitename",
    "canonical_url",
    "published_raw",
    "language",
    "extractor_version",
)
ARTICLE_SCHEMA = pa.schema(
    [
        *_CANDIDATE_FIELDS,
        ("has_page", pa.bool_()),
        *[(f"page_{name}", pa.string()) for name in _PAGE_FIELDS],
        ("error", pa.string()),
        ("transient", pa.bool_()),
        ("gone", pa.bool_()),
    ]
)


# -- shards ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shard(Generic[T]):
    """One worker's share of a round: its items, and the hosts it shares with other shards.

    ``split_hosts`` maps a host to the number of shards that poll it; each of them should
    divide its per-host budget by that number so the host sees no more than one process's load.
    """

    index: int
    items: tuple[T, ...]
    split_hosts: Mapping[str, int] = field(default_factory=dict)

    @property
    def host_share(self) -> int:
        """The largest number of shards any of this shard's hosts is split across (1: none)."""
        return max(self.split_hosts.values(), default=1)


def plan_shards(
    items: Sequence[T], host_of: Callable[[T], str], shards: int, *, max_split: int = 1
) -> list[Shard[T]]:
    """Group ``items`` by host into at most ``shards`` balanced, non-empty shards.

    A host keeps to one shard unless it holds more than a fair share of the work and
    ``max_split`` allows splitting it (at most ``max_split`` ways, one shard per part).
    Deterministic: the same items give the same plan; items keep their order in a shard.
    """
    if shards < 1:
        raise ValueError("shards must be at least 1")
    if not items:
        return []
    count = min(shards, len(items))
    fair = math.ceil(len(items) / count)
    groups: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        groups.setdefault(host_of(item), []).append(i)

    pieces: list[tuple[str, list[int], int]] = []
    for host, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        parts = max(1, min(count, max_split, math.ceil(len(members) / fair)))
        size = math.ceil(len(members) / parts)
        chunks = [members[k : k + size] for k in range(0, len(members), size)]
        pieces += [(host, chunk, len(chunks)) for chunk in chunks]
    pieces.sort(key=lambda p: (-len(p[1]), p[0], p[1][0]))

    loads = [0] * count
    members_of: list[list[int]] = [[] for _ in range(count)]
    hosts_of: list[dict[str, int]] = [{} for _ in range(count)]
    for host, chunk, parts in pieces:
        allowed = [s for s in range(count) if host not in hosts_of[s]] or list(range(count))
        target = min(allowed, key=lambda s: (loads[s], s))
        loads[target] += len(chunk)
        members_of[target] += chunk
        hosts_of[target][host] = parts

    plan: list[Shard[T]] = []
    for members, hosts in zip(members_of, hosts_of, strict=True):
        if members:
            plan.append(
                Shard(
                    index=len(plan),
                    items=tuple(items[i] for i in sorted(members)),
                    split_hosts={h: n for h, n in sorted(hosts.items()) if n > 1},
                )
            )
    return plan


# -- files -----------------------------------------------------------------------------------


def run_dir(staging_dir: Path, run_id: str) -> Path:
    """Where one run's work and result files live: ``<staging>/<run id>/``."""
    return staging_dir / run_id


def shard_path(directory: Path, kind: str, shard: int) -> Path:
    """``feeds-0.parquet``, ``polls-0.parquet``, ``candidates-0.parquet``, ``articles-0...``."""
    return directory / f"{kind}-{shard}.parquet"


def _write(path: Path, table: pa.Table, kind: str, meta: Mapping[str, str] | None) -> Path:
    metadata = {FORMAT_KEY: f"{kind}/v1".encode()}
    metadata |= {f"monitor.{k}".encode(): str(v).encode() for k, v in (meta or {}).items()}
    table = table.replace_schema_metadata(metadata)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    pq.write_table(table, partial, compression="zstd")
    # A reader never sees half a file: the loader may look while a worker is still writing.
    os.replace(partial, path)
    return path


def _read(path: Path, kind: str) -> list[dict[str, Any]]:
    table = pq.read_table(path)
    found = (table.schema.metadata or {}).get(FORMAT_KEY, b"").decode()
    if found != f"{kind}/v1":
        raise ValueError(f"{path} is not a {kind}/v1 staging file (found {found or 'nothing'})")
    rows: list[dict[str, Any]] = table.to_pylist()
    return rows


def read_meta(path: Path) -> dict[str, str]:
    """The ``meta`` a writer attached (shard, pid, host, ...), without reading the rows."""
    metadata = pq.read_schema(path).metadata or {}
    prefix = b"monitor."
    return {
        k[len(prefix) :].decode(): v.decode()
        for k, v in metadata.items()
        if k.startswith(prefix) and k != FORMAT_KEY
    }


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def write_feed_rows(path: Path, states: Iterable[FeedState]) -> Path:
    """A round-1 work file: the due feeds' states as ``due_feeds`` rows, types inferred."""
    return _write(path, pa.Table.from_pylist([s.to_row() for s in states]), "feeds", None)


def read_feed_rows(path: Path) -> list[FeedState]:
    return [FeedState.from_row(row) for row in _read(path, "feeds")]


def write_polls(
    path: Path, polls: Iterable[FeedPoll], meta: Mapping[str, str] | None = None
) -> Path:
    """A round-1 result file: one row per feed poll, its items nested."""
    rows = []
    for p in polls:
        r = p.result
        rows.append(
            {
                "url": p.url,
                "current_url": p.current_url,
                "stories": list(p.stories),
                "outcome": p.outcome.value,
                "title": p.title,
                "error": p.error,
                "http_status": p.http_status,
                "retry_after_s": p.retry_after_s,
                "body_hash": p.body_hash,
                "has_result": r is not None,
                "result_url": r.url if r else None,
                "result_final_url": r.final_url if r else None,
                "result_status": r.status if r else None,
                "result_headers": json.dumps(r.headers) if r else None,
                "result_fetched_at": _utc(r.fetched_at) if r else None,
                "result_etag": r.etag if r else None,
                "result_last_modified": r.last_modified if r else None,
                "result_permanent_url": r.permanent_url if r else None,
                "result_retry_after_s": r.retry_after_s if r else None,
                "items": [
                    {
                        "feed_url": i.feed_url,
                        "key": i.key,
                        "link": i.link,
                        "title": i.title,
                        "summary": i.summary,
                        "published": _utc(i.published),
                        "published_raw": i.published_raw,
                        "guid": i.guid,
                    }
                    for i in p.items
                ],
            }
        )
    return _write(path, pa.Table.from_pylist(rows, schema=POLL_SCHEMA), "polls", meta)


def read_polls(path: Path, previous: Mapping[str, FeedState] | None = None) -> list[FeedPoll]:
    """The polls of a result file; ``previous`` (feed URL to its due state) is re-attached,
    since the loader, not the file, holds what the store knew before the poll."""
    polls = []
    for row in _read(path, "polls"):
        result = None
        if row["has_result"]:
            result = FetchResult(
                url=row["result_url"],
                final_url=row["result_final_url"],
                status=row["result_status"],
                body=b"",
                headers=json.loads(row["result_headers"] or "{}"),
                fetched_at=row["result_fetched_at"],
                etag=row["result_etag"],
                last_modified=row["result_last_modified"],
                permanent_url=row["result_permanent_url"],
                retry_after_s=row["result_retry_after_s"],
            )
        polls.append(
            FeedPoll(
                url=row["url"],
                current_url=row["current_url"],
                stories=tuple(row["stories"] or ()),
                outcome=FetchOutcome(row["outcome"]),
                result=result,
                items=tuple(FeedItem(**item) for item in row["items"] or ()),
                title=row["title"],
                error=row["error"],
                http_status=row["http_status"],
                retry_after_s=row["retry_after_s"],
                body_hash=row["body_hash"],
                previous=(previous or {}).get(row["url"]),
            )
        )
    return polls


def _candidate_row(c: Candidate) -> dict[str, Any]:
    return {
        "url": c.url,
        "link": c.link,
        "feeds": list(c.feeds),
        "title": c.title,
        "summary": c.summary,
        "feed_published": _utc(c.feed_published),
        "first_seen": _utc(c.first_seen),
        "known_fingerprint": c.known_fingerprint,
    }


def _candidate(row: Mapping[str, Any]) -> Candidate:
    return Candidate(
        url=row["url"],
        link=row["link"],
        feeds=tuple(row["feeds"] or ()),
        title=row["title"],
        summary=row["summary"],
        feed_published=row["feed_published"],
        first_seen=row["first_seen"],
        known_fingerprint=row["known_fingerprint"],
    )


def write_candidates(path: Path, candidates: Iterable[Candidate]) -> Path:
    """A round-2 work file: the articles one shard fetches and extracts."""
    rows = [_candidate_row(c) for c in candidates]
    return _write(path, pa.Table.from_pylist(rows, schema=CANDIDATE_SCHEMA), "candidates", None)


def read_candidates(path: Path) -> list[Candidate]:
    return [_candidate(row) for row in _read(path, "candidates")]


def write_fetched(
    path: Path, fetched: Iterable[FetchedArticle], meta: Mapping[str, str] | None = None
) -> Path:
    """A round-2 result file: each candidate with its extracted page or the reason it has none."""
    rows = []
    for f in fetched:
        row = _candidate_row(f.candidate)
        row["has_page"] = f.page is not None
        for name in _PAGE_FIELDS:
            row[f"page_{name}"] = getattr(f.page, name) if f.page is not None else None
        row |= {"error": f.error, "transient": f.transient, "gone": f.gone}
        rows.append(row)
    return _write(path, pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA), "articles", meta)


def read_fetched(path: Path) -> list[FetchedArticle]:
    fetched = []
    for row in _read(path, "articles"):
        page = (
            ExtractedPage(**{name: row[f"page_{name}"] for name in _PAGE_FIELDS})
            if row["has_page"]
            else None
        )
        fetched.append(
            FetchedArticle(
                candidate=_candidate(row),
                page=page,
                error=row["error"],
                transient=bool(row["transient"]),
                gone=bool(row["gone"]),
            )
        )
    return fetched
