"""Extraction benchmark: ``python -m bench.extraction [--set heldout|corpus|all] [--json]``.

On two page sets with known article text, in one run: mean word-level F1 of the text
``monitor`` keeps (``extract.extract_article``, a rejection scoring 0) against plain
``trafilatura.extract(html)`` and its fast mode, the median CPU time per page of each, and
every page ``monitor`` rejected with its reason.

- ``heldout``: newspaper's test pages, cached outside the repository by
  ``python -m bench.extraction.cache`` (skipped when the cache is absent);
- ``corpus``: the 181 pages of ``$MONITOR_SHARED/corpus/html/aeb`` and their ``articleBody``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.extraction.cache import cache_dir

ROOT = Path(__file__).resolve().parents[2]
# Scripts written without spaces between words: each character is a token.
_NO_SPACE = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_NO_SPACE}]|[^\W{_NO_SPACE}]+")


@dataclass(frozen=True)
class Page:
    name: str
    url: str
    html: bytes
    truth: str


def tokens(text: str) -> Counter[str]:
    """Lower-cased word tokens; a character of Chinese, Japanese or Thai is a token."""
    return Counter(t.lower() for t in _TOKEN.findall(text))


def f1(extracted: str, truth: str) -> float:
    """Word-level F1 of ``extracted`` against ``truth``, the tokens taken as bags."""
    got, want = tokens(extracted), tokens(truth)
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def heldout_pages(folder: Path) -> list[Page]:
    pages = []
    for html in sorted((folder / "html").glob("*.html")):
        truth = (folder / "text" / f"{html.stem}.txt").read_text(encoding="utf-8")
        url = f"https://{html.stem.rstrip('0123456789')}/{html.stem}"
        pages.append(Page(html.stem, url, html.read_bytes(), truth))
    return pages


def corpus_pages(folder: Path) -> list[Page]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(key, entry["url"], gzip.decompress((folder / f"{key}.html.gz").read_bytes()),
             entry["articleBody"])
        for key, entry in sorted(truth.items())
    ]  # fmt: skip


def page_sets(which: str) -> Iterator[tuple[str, list[Page] | str]]:
    """(name, pages) per set, or (name, why it is skipped)."""
    if which in ("heldout", "all"):
        folder = cache_dir()
        if (folder / "html").is_dir():
            yield "heldout", heldout_pages(folder)
        else:
            yield "heldout", f"no cache at {folder}: run python -m bench.extraction.cache"
    if which in ("corpus", "all"):
        shared = Path(os.environ.get("MONITOR_SHARED", ROOT.parent / "shared"))
        folder = shared / "corpus" / "html" / "aeb"
        if (folder / "ground-truth.json").exists():
            yield "corpus", corpus_pages(folder)
        else:
            yield "corpus", f"no benchmark pages at {folder}: set MONITOR_SHARED"


Extractor = Callable[[Page], tuple[str, str]]


def extractors(rules: bool) -> dict[str, Extractor]:
    """Each contender: page -> (text, rejection reason or ""). With ``rules``, also
    ``monitor`` with one rule changed at a time, to see which rule pays."""
    import trafilatura

    from monitor.errors import ExtractionError
    from monitor.extract import DEFAULT_POLICY, Policy, extract_article

    def monitor(policy: Policy) -> Extractor:
        def run(page: Page) -> tuple[str, str]:
            try:
                return extract_article(page.html, page.url, policy=policy).text, ""
            except ExtractionError as exc:
                return "", exc.reason

        return run

    def plain(page: Page) -> tuple[str, str]:
        return trafilatura.extract(page.html) or "", ""

    def fast(page: Page) -> tuple[str, str]:
        return trafilatura.extract(page.html, fast=True) or "", ""

    contenders = {
        "monitor": monitor(DEFAULT_POLICY),
        "trafilatura": plain,
        "trafilatura_fast": fast,
    }
    if rules:
        contenders |= {
            "monitor/no_retry": monitor(Policy(retry_words=0)),
            "monitor/retry_share_0.2": monitor(Policy(retry_share=0.2)),
            "monitor/no_tables": monitor(Policy(tables=False)),
            "monitor/always_full": monitor(Policy(retry_words=10**9)),
        }
    return contenders


@dataclass
class Scores:
    f1: list[float] = field(default_factory=list)
    cpu_s: list[float] = field(default_factory=list)
    rejected: list[tuple[str, str, int]] = field(default_factory=list)  # name, reason, words

    def summary(self) -> dict[str, Any]:
        return {
            "mean_f1": round(statistics.fmean(self.f1), 4),
            "median_ms": round(1000 * statistics.median(self.cpu_s), 2),
            "rejected": len(self.rejected),
        }


def run(pages: list[Page], contenders: dict[str, Extractor], repeat: int) -> dict[str, Scores]:
    """Score every contender on every page; a page's time is the least of ``repeat`` runs
    (the machine is shared: the least is the page's own cost, the rest is other load)."""
    scores = {name: Scores() for name in contenders}
    for page in pages:
        times: dict[str, list[float]] = {name: [] for name in contenders}
        for round_ in range(repeat):
            for name, extract in contenders.items():  # interleaved: drift hits all alike
                start = time.process_time()
                text, reason = extract(page)
                times[name].append(time.process_time() - start)
                if round_:
                    continue
                scores[name].f1.append(f1(text, page.truth))
                if reason:
                    words = sum(tokens(page.truth).values())
                    scores[name].rejected.append((page.name, reason, words))
        for name, spent in times.items():
            scores[name].cpu_s.append(min(spent))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__)
    parser.add_argument("--set", choices=["heldout", "corpus", "all"], default="all")
    parser.add_argument("--rules", action="store_true", help="also monitor with each rule changed")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per page (least kept)")
    args = parser.parse_args(argv)
    contenders = extractors(args.rules)
    report: dict[str, Any] = {}
    for set_name, pages in page_sets(args.set):
        if isinstance(pages, str):
            print(f"{set_name}: skipped, {pages}")
            report[set_name] = {"skipped": pages}
            continue
        scores = run(pages, contenders, max(1, args.repeat))
        fast_ms = scores["trafilatura_fast"].summary()["median_ms"]
        print(f"\n{set_name}: {len(pages)} pages")
        print(f"  {'extractor':24} {'mean F1':>8} {'median ms':>10} {'x fast':>7} {'rejected':>9}")
        report[set_name] = {"pages": len(pages)}
        for name, score in scores.items():
            s = score.summary()
            s["time_over_fast"] = round(s["median_ms"] / fast_ms, 3)
            report[set_name][name] = s
            print(
                f"  {name:24} {s['mean_f1']:8.3f} {s['median_ms']:10.1f} "
                f"{s['time_over_fast']:7.2f} {s['rejected']:9}"
            )
        rejected = scores["monitor"].rejected
        report[set_name]["monitor"]["rejections"] = [
            {"page": n, "reason": r, "expected_words": w} for n, r, w in rejected
        ]
        for name, reason, words in rejected:
            print(f"  rejected {name}: {reason} (expected text: {words} words)")
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
