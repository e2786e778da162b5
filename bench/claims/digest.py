"""A digest of every verdict novelty gives, to show a change keeps every output the same.

``python -m bench.claims.digest [--dump FILE]``: marks, with claims on and off, (1) each page
of the shared corpus (``$MONITOR_SHARED/corpus/html/aeb``) alone against the mission's
baseline, then all of them in one growing knowledge base, each page marked twice (the second
time an echo); (2) each case of every story in the cache alone against its baseline, then in
date order, each added after it is marked. Prints one digest per part over every sentence's
status, similarity, cited sentence and url, and each claim's text, status, cited claim,
similarity, url and offsets; ``--dump`` writes them all, one line each, to compare;
``--per-case FILE`` writes one short hash per case (per block of rows under one heading), kept
in memory until the end, so that two runs can be compared block by block without writing
every row while the verdicts are computed.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path

from bench.claims.harness import case_sentences
from bench.scenarios import baseline_path, shared_dir
from bench.stories.dataset import available_stories, load_story
from monitor import extract
from monitor.errors import ExtractionError
from monitor.models import SentenceVerdict
from monitor.novelty import KnowledgeBase, mark_sentences
from monitor.text import split_sentences


def _rows(verdicts: list[SentenceVerdict]) -> Iterator[str]:
    for v in verdicts:
        yield repr((v.index, v.text, v.status.value, v.baseline, v.similarity, v.source_url))
        for c in v.claims:
            yield "  " + repr(
                (c.text, c.status.value, c.baseline, c.similarity, c.source_url, c.start, c.end)
            )


def _pages() -> list[list[str]]:
    pages = []
    for path in sorted((shared_dir() / "corpus" / "html" / "aeb").glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        try:
            pages.append(split_sentences(extract.extract_article(html, "https://x.test/a").text))
        except ExtractionError:
            continue
    return pages


def corpus_rows() -> Iterator[str]:
    """The corpus pages, each alone, then in one growing knowledge base (each twice)."""
    baseline = split_sentences(baseline_path().read_text(encoding="utf-8"))
    pages = _pages()
    for claims in (True, False):
        for i, sentences in enumerate(pages):
            yield f"page {i} alone claims={claims}"
            yield from _rows(mark_sentences(KnowledgeBase(baseline), sentences, claims=claims))
    kb = KnowledgeBase(baseline)
    for i, sentences in enumerate(pages):
        for turn in (1, 2):
            yield f"page {i} growing turn {turn}"
            yield from _rows(mark_sentences(kb, sentences))
        kb.add(f"https://x.test/{i}", sentences)


def _start(day: object) -> datetime | None:
    return datetime.combine(day, time(12), tzinfo=UTC) if day is not None else None  # type: ignore[arg-type]


def story_rows() -> Iterator[str]:
    """Every story's cases, each alone, then in date order, each added after it is marked."""
    for slug in available_stories():
        story = load_story(slug)
        baseline = case_sentences(story.baseline_text)
        published = _start(story.meta.published)
        cases = [c for c in story.cases if c.text]
        for claims in (True, False):
            for case in cases:
                yield f"{slug} {case.id} alone claims={claims}"
                kb = KnowledgeBase(baseline, published=published)
                sentences = case_sentences(case.text)
                yield from _rows(
                    mark_sentences(kb, sentences, published=_start(case.published), claims=claims)
                )
        kb = KnowledgeBase(baseline, published=published)
        for case in sorted(cases, key=lambda c: (c.published is None, c.published, c.id)):
            yield f"{slug} {case.id} in order"
            sentences = case_sentences(case.text)
            yield from _rows(mark_sentences(kb, sentences, published=_start(case.published)))
            kb.add(case.url, sentences, published=_start(case.published))


class Blocks:
    """One short hash per block of rows: a heading (a case or a page: no verdict or claim row)
    and the rows under it, so that two runs can be compared block by block."""

    def __init__(self) -> None:
        self._blocks: list[tuple[str, hashlib._Hash]] = []

    def add(self, row: str, line: bytes) -> None:
        if not row.startswith(("(", " ")) or not self._blocks:
            self._blocks.append((row, hashlib.sha256()))
        self._blocks[-1][1].update(line)

    def lines(self) -> list[str]:
        return [f"{h.hexdigest()[:12]} {heading}" for heading, h in self._blocks]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claims.digest", description=__doc__)
    parser.add_argument("--dump", type=Path, help="write every verdict row to this file")
    parser.add_argument(
        "--per-case", type=Path, help="write one short hash per block of rows to this file"
    )
    args = parser.parse_args(argv)
    out = args.dump.open("w", encoding="utf-8") if args.dump else None
    blocks = Blocks()
    for name, rows in (("corpus", corpus_rows()), ("stories", story_rows())):
        digest, count = hashlib.sha256(), 0
        for row in rows:
            line = row.encode("utf-8") + b"\n"
            digest.update(line)
            count += 1
            if out is not None:
                out.write(row + "\n")
            if args.per_case is not None:
                blocks.add(row, line)
        print(f"{name}: {count} rows, digest {digest.hexdigest()[:16]}")
    if out is not None:
        out.close()
    if args.per_case is not None:
        args.per_case.write_text("".join(f"{line}\n" for line in blocks.lines()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
