"""``python -m bench.figures``: the share of listed figure changes that compare like with like.

Each development story's follow-ups (``cases.jsonl``, in date order) are marked against the
baseline and the earlier follow-ups as judging marks them; a figure in an updated sentence
beside an earlier value of the same quantity is a change, and the report lists it as
"earlier → new" when ``figures.like_for_like`` holds (else "different period"). Every pair is
labelled in ``pairs.jsonl`` (values and the few words of each span, never the sentences): is
it the same measure, unit and kind of period? Texts are read from the story cache
(``$MONITOR_STORY_CACHE``, else ``/work/cache/stories``), never from the repository.

``HELD_OUT`` stories are reported apart: the rules were written against the other four (the
whole output, held-out pairs included, had been read once when the pairs were labelled).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from monitor import figures
from monitor.models import SentenceStatus
from monitor.novelty import KnowledgeBase, mark_sentences
from monitor.text import split_sentences

HERE = Path(__file__).resolve().parent
TARGET = 0.90
HELD_OUT = frozenset({"metro-linea12-2021", "texas-winter-storm-2021"})


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def changes(cache: Path, cases: list[dict[str, Any]]) -> Iterator[tuple[str, str, Any, Any]]:
    """(story, case, earlier figure, new figure) for every changed value, in case order."""
    kbs: dict[str, KnowledgeBase] = {}
    for case in cases:
        story = str(case["story"])
        if story not in kbs:
            kbs[story] = KnowledgeBase(
                split_sentences((cache / story / "baseline.txt").read_text())
            )
        verdicts = mark_sentences(
            kbs[story], split_sentences((cache / story / f"{case['id']}.txt").read_text())
        )
        for v in verdicts:
            if not v.baseline or v.status is SentenceStatus.NEW:
                continue
            earlier = figures.extract_figures(v.baseline)
            for fig in figures.extract_figures(v.text):
                old = figures.match_figure(fig, earlier)
                if old is not None and old.value != fig.value:
                    yield story, str(case["id"]), old, fig
        kbs[story].add(
            str(case["url"]), [v.text for v in verdicts if v.status is not SentenceStatus.KNOWN]
        )


def main() -> int:
    cache = Path(os.environ.get("MONITOR_STORY_CACHE", "/work/cache/stories"))
    cases = [c for c in _jsonl(HERE / "cases.jsonl") if (cache / c["story"]).is_dir()]
    if not cases:
        print(f"bench.figures: no cached story texts in {cache}")
        return 2
    labels = {
        (r["story"], r["case"], r["old"], r["new"], r["old_span"], r["new_span"]): r
        for r in _jsonl(HERE / "pairs.jsonl")
    }
    listed = right = unlabelled = held_back = 0
    held_listed = held_right = 0
    for story, case, old, new in changes(cache, cases):
        if not figures.like_for_like(old, new):
            held_back += 1  # shown as not comparable, not as a change
            continue
        label = labels.get((story, case, old.value, new.value, old.text, new.text))
        if label is None:
            unlabelled += 1
            print(f"  unlabelled: {story} {case}: {old.text!r} -> {new.text!r}")
            continue
        listed += 1
        right += bool(label["like_for_like"])
        if story in HELD_OUT:
            held_listed += 1
            held_right += bool(label["like_for_like"])
    share = right / max(listed, 1)
    print(
        f"listed changes={listed} like-for-like={right} share={share:.3f} "
        f"held back as not comparable={held_back} unlabelled={unlabelled}"
    )
    print(
        f"held-out stories: listed={held_listed} like-for-like={held_right} "
        f"share={held_right / max(held_listed, 1):.3f}; tuned on: listed={listed - held_listed} "
        f"share={(right - held_right) / max(listed - held_listed, 1):.3f}"
    )
    print(f"target share >= {TARGET}: {'met' if share >= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
