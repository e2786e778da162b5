"""Every feed in the shared corpus either parses or is refused with a reason, quickly.

The corpus lives outside the repository: ``$MONITOR_SHARED/corpus/feeds`` (skipped when absent).
"""

from __future__ import annotations

import collections
import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.errors import FeedError
from monitor.feeds import parse_feed

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MONITOR_SHARED", REPO / ".." / "shared"))
CORPUS = SHARED / "corpus" / "feeds"
NOW = datetime(2026, 3, 1, tzinfo=UTC)
# Per file, or per megabyte for the few feeds larger than 1 MB; measured as this thread's CPU
# time, so that other processes on a busy machine do not count against the parser. A guard
# against pathological parsing (work growing faster than the body), not a speed target (those
# live in bench/): the slowest feed takes ~0.87 s/MB on an idle CI machine, and 1.19 s/MB was
# seen with a bench running beside the tests, so 1.0 failed on load alone.
SLOW_S = 3.0

# The corpus's documents that are not feeds, and what they are.
KNOWN_NOT_FEEDS = {
    "real/huginn/public_transport_agent.xml": "XML document that is not RSS, Atom or RDF",
    "real/rss-parser/unrecognized.rss": "HTML page, not a feed",
}


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"feed corpus not found at {CORPUS} (set MONITOR_SHARED)")
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "LICENSE")


def timed_parse(body: bytes, name: str) -> tuple[int | str, float, float]:
    """(item count or FeedError reason, CPU seconds, wall seconds). Other exceptions escape."""
    cpu, wall = time.thread_time(), time.perf_counter()
    try:
        outcome: int | str = len(parse_feed(body, f"https://corpus.example/{name}", now=NOW).items)
    except FeedError as exc:
        outcome = exc.reason
    return outcome, time.thread_time() - cpu, time.perf_counter() - wall


def test_every_corpus_feed_parses_or_is_refused_with_a_reason() -> None:
    files = corpus_files()
    outcomes: dict[str, int | str] = {}
    escaped: list[str] = []
    per_mb: dict[str, float] = {}
    max_wall_s = 0.0
    started = time.perf_counter()
    for path in files:
        name = path.relative_to(CORPUS).as_posix()
        body = path.read_bytes()
        try:
            outcome, seconds, wall_s = timed_parse(body, name)
        except Exception as exc:  # the point of the test: nothing but FeedError escapes
            escaped.append(f"{name}: {type(exc).__name__}: {exc}")
            continue
        outcomes[name] = outcome
        max_wall_s = max(max_wall_s, wall_s)
        per_mb[name] = seconds / max(1.0, len(body) / 1_000_000)
    total_s = time.perf_counter() - started

    parsed = [n for n, o in outcomes.items() if isinstance(o, int)]
    with_items = [n for n in parsed if outcomes[n]]
    rejected = {n: o for n, o in outcomes.items() if isinstance(o, str)}
    reasons = collections.Counter(
        str(reason).split(" (")[0] for reason in rejected.values()
    ).most_common()
    slowest = max(per_mb, key=per_mb.__getitem__)
    print(
        f"\nfeed corpus: {len(files)} files, {len(parsed)} parsed ({len(with_items)} with items, "
        f"{sum(int(outcomes[n]) for n in parsed)} items), {len(rejected)} refused, "
        f"{len(escaped)} other exceptions; {total_s:.1f} s total; slowest {slowest} "
        f"{per_mb[slowest]:.2f} CPU s/MB; longest wall time {max_wall_s:.2f} s\n"
        f"refusal reasons: {reasons}"
    )

    assert escaped == []
    assert all(reason.strip() for reason in rejected.values())
    assert per_mb[slowest] < SLOW_S, f"{slowest} took {per_mb[slowest]:.2f} s per MB"
    assert len(files) > 2000
    assert len(parsed) > 0.85 * len(files)
    for name, reason in KNOWN_NOT_FEEDS.items():
        assert outcomes[name] == reason
    real = [n for n in outcomes if n.startswith("real/") and n not in KNOWN_NOT_FEEDS]
    assert [n for n in real if not isinstance(outcomes[n], int)] == []


def test_json_feeds_in_the_corpus_have_items() -> None:
    files = [p for p in corpus_files() if p.suffix == ".json"]
    assert files
    for path in files:
        feed = parse_feed(path.read_bytes(), "https://corpus.example/feed.json", now=NOW)
        assert feed.version.startswith("json")
        assert feed.items, path
        assert all(item.key and item.link for item in feed.items)  # JSON Feed titles are optional
