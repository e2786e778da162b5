"""What claim-level novelty costs per follow-up, beside extracting the same page.

``python -m bench.claims.cost [--pages N]``: for real news pages of the shared corpus
(``$MONITOR_SHARED/corpus/html/aeb``), the CPU time to extract each page
(``extract.extract_article``) and to mark its sentences against the mission's baseline
(``novelty.mark_sentences``). The headline is a page new to the process: every run with
monitor's per-text caches emptied first, as the pipeline meets every follow-up it marks; its
line counts the pages on which marking costs more than extracting. Secondary lines: the same
page marked then added to the knowledge base (as judging does with a follow-up), the
per-page best of three with claims on and off (whose later runs read most of a page's texts
from what its first run cached: not what the pipeline pays) and the first claims run (after
the word match's runs); then the once-per-process costs the pipeline pays only when a
follow-up is marked: loading the embeddings and embedding the known claims.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import inspect
import statistics
import sys
import time
from collections.abc import Callable
from typing import TypeVar

from bench.scenarios import baseline_path, shared_dir
from monitor import extract
from monitor.claims import load_embedder
from monitor.errors import ExtractionError
from monitor.models import SentenceStatus
from monitor.novelty import KnowledgeBase, mark_sentences
from monitor.text import split_sentences

T = TypeVar("T")


def _best_cpu(fn: Callable[[], T], repeat: int = 3) -> tuple[T, float]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.process_time()
        result = fn()
        best = min(best, time.process_time() - started)
    assert result is not None
    return result, best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claims.cost", description=__doc__)
    parser.add_argument("--pages", type=int, default=40)
    args = parser.parse_args(argv)
    pages = sorted((shared_dir() / "corpus" / "html" / "aeb").glob("*.html.gz"))[: args.pages]
    if not pages or not baseline_path().exists():
        print(f"the shared corpus and baseline are needed under {shared_dir()}")
        return 0
    baseline = split_sentences(baseline_path().read_text(encoding="utf-8"))
    started = time.perf_counter()
    load_embedder()
    load_s = time.perf_counter() - started
    kb = KnowledgeBase(baseline)
    _, known_s = _best_cpu(lambda: KnowledgeBase(baseline).claims.known_vectors(), repeat=1)
    kb.claims.known_vectors()
    rows = []
    for path in pages:
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        try:
            page, extract_s = _best_cpu(
                functools.partial(extract.extract_article, html, "https://x.test/a")
            )
        except ExtractionError:
            continue
        sentences = split_sentences(page.text)
        # a fresh knowledge base each time (a sentence seen before would be an echo), built
        # outside the time measured
        words_s = min(_mark_cpu(baseline, sentences, claims=False))
        claims_runs = _mark_cpu(baseline, sentences, claims=True)
        claims_s, first_s = min(claims_runs), claims_runs[0]
        new_s = min(_mark_cpu(baseline, sentences, claims=True, fresh=True))
        judged_s = min(_mark_cpu(baseline, sentences, claims=True, fresh=True, add=True))
        rows.append((len(sentences), extract_s, words_s, claims_s, first_s, new_s, judged_s))
    ms = [[1000 * r[i] for r in rows] for i in range(1, 7)]
    extract_ms, words_ms, claims_ms, first_ms, new_ms, judged_ms = map(statistics.median, ms)
    over, words_over, first_over, new_over, judged_over = (
        sum(c > e for c, e in zip(ms[i], ms[0], strict=True)) for i in (2, 1, 3, 4, 5)
    )
    print(f"{len(rows)} pages, median {statistics.median(r[0] for r in rows)} sentences")
    # the headline: a page new to the process (its text caches emptied, the knowledge base and
    # the word vectors built before), as the pipeline meets every follow-up it marks
    print(
        f"a new page: novelty with claims costs more than extraction on {new_over} of "
        f"{len(rows)} pages (median {new_ms:.1f} against {extract_ms:.1f} ms/page, CPU)"
    )
    print(f"extraction (trafilatura)         median {extract_ms:7.1f} ms/page (CPU)")
    print(f"novelty with claims, a new page  median {new_ms:7.1f} ms/page (CPU)")
    # ... then its sentences not known added to what the story knows, as judging does
    print(f"... marked, then added           median {judged_ms:7.1f} ms/page (CPU)")
    # secondary: best of three, whose later runs read the page's texts from the first's caches
    print(f"novelty, word match only         median {words_ms:7.1f} ms/page (CPU, best of 3)")
    print(f"novelty with claims              median {claims_ms:7.1f} ms/page (CPU, best of 3)")
    # the page's first claims run: after three word-match runs of the same page
    print(f"novelty with claims, first run   median {first_ms:7.1f} ms/page (CPU)")
    print(
        f"secondary counts of pages over extraction: marked and added {judged_over}; "
        f"best of three {over} (word match alone {words_over}); first run {first_over}"
    )
    print(
        f"once per process, on the first follow-up: loading the embeddings {load_s:.2f} s "
        f"(wall), embedding the baseline's claims {1000 * known_s:.0f} ms (CPU)"
    )
    return 0


def _mark_cpu(
    baseline: list[str],
    sentences: list[str],
    *,
    claims: bool,
    repeat: int = 3,
    fresh: bool = False,
    add: bool = False,
) -> list[float]:
    """The CPU time of marking the sentences, each run against a fresh knowledge base: taking
    off a building time measured once instead moved every page's figure with the machine's load
    at that moment (by as much as novelty costs). ``fresh``: each run with monitor's per-text
    caches cleared first, as for a page the process has not read (a page's sentences are
    otherwise remembered from its earlier runs). ``add``: the sentences not known then added to
    the knowledge base (``judging`` does so after marking a follow-up)."""
    times = []
    for _ in range(repeat):
        if fresh:
            _clear_text_caches()
        kb = _warm(baseline) if claims else KnowledgeBase(baseline)
        started = time.process_time()
        verdicts = mark_sentences(kb, sentences, claims=claims)
        if add:
            fresh_ones = [v.text for v in verdicts if v.status is not SentenceStatus.KNOWN]
            kb.add("https://x.test/a", fresh_ones)
        times.append(time.process_time() - started)
    return times


def _clear_text_caches() -> None:
    """Empty monitor's caches of what was read from a text or sentence (a
    ``functools.lru_cache`` whose first parameter is ``text`` or ``sentence``); caches of a word
    (words recur from page to page), patterns, models and the embeddings stay."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("monitor."):
            continue
        for value in vars(module).values():
            wrapped = getattr(value, "__wrapped__", None)
            if getattr(value, "cache_clear", None) is None or wrapped is None:
                continue
            first = next(iter(inspect.signature(wrapped).parameters), None)
            if first in ("text", "sentence"):
                value.cache_clear()


def _warm(baseline: list[str]) -> KnowledgeBase:
    """A knowledge base whose known claims are embedded (the model is loaded already)."""
    kb = KnowledgeBase(baseline)
    kb.claims.known_vectors()
    return kb


if __name__ == "__main__":
    raise SystemExit(main())
