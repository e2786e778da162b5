"""Extraction quality on the article-extraction benchmark's 181 real pages.

Token-level precision, recall and F1 of the extracted body against the body a person
extracted (the benchmark's own measure). trafilatura alone reaches about 0.95 F1 here.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from monitor.errors import ExtractionError
from monitor.extract import extract_article

_TOKEN = re.compile(r"\w+", re.UNICODE)


def _tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOKEN.findall(text))


def score(extracted: str, truth: str) -> tuple[float, float]:
    """(precision, recall) of extracted tokens against the truth's tokens, as bags."""
    got, want = _tokens(extracted), _tokens(truth)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 1.0
    return precision, recall


def test_score_arithmetic() -> None:
    assert score("a b c d", "a b c d") == (1.0, 1.0)
    assert score("a b", "a b c d") == (1.0, 0.5)
    assert score("a b x y", "a b") == (0.5, 1.0)
    assert score("", "a") == (0.0, 0.0)


def test_extraction_f1_on_the_benchmark(shared: Path) -> None:
    folder = shared / "corpus" / "html" / "aeb"
    if not (folder / "ground-truth.json").exists():
        pytest.skip("article-extraction benchmark absent")
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    precisions, recalls, failures = [], [], []
    for key, entry in sorted(truth.items()):
        html = gzip.decompress((folder / f"{key}.html.gz").read_bytes())
        try:
            text = extract_article(html, entry["url"], min_words=1).text
        except ExtractionError as exc:
            failures.append((key, exc.reason))
            text = ""
        p, r = score(text, entry["articleBody"])
        precisions.append(p)
        recalls.append(r)
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall)
    print(
        f"\naeb: {len(truth)} pages, P={precision:.3f} R={recall:.3f} F1={f1:.3f}, "
        f"{len(failures)} without text"
    )
    assert len(truth) == 181
    assert f1 >= 0.90, (precision, recall, failures)
