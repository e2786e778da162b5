"""``python -m bench.entities``: precision of new names on annotated real text.

Each story's baseline and follow-ups are read from the story cache (texts outside the
repository: ``$MONITOR_STORY_CACHE``, else ``/work/cache/stories``; see bench/stories in the
issue-20 branch for the rebuild step). Follow-ups are read in the order of ``cases.jsonl``;
the new names of each (against the baseline and the earlier follow-ups, as judging does) are
matched to ``names.jsonl``, where a person labelled each listed name: right as it stands, or
wrong by its type, its boundaries, a duplicate of a name already listed, or not a name.

The rules were tuned on the first four stories; ``HELD_OUT`` stories were labelled (every name
the rules then listed) before any tuning and are reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from monitor.entities import Entity, extract_entities, new_entities

HERE = Path(__file__).resolve().parent
TARGET = 0.90
HELD_OUT = frozenset({"metro-linea12-2021", "texas-winter-storm-2021"})


def cache_dir() -> Path:
    return Path(os.environ.get("MONITOR_STORY_CACHE", "/work/cache/stories"))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def predicted(cache: Path, cases: list[dict[str, Any]]) -> list[tuple[str, str, Entity]]:
    """(story, case id, new name) for every case, in order, against what came before."""
    out: list[tuple[str, str, Entity]] = []
    known: dict[str, list[Entity]] = {}
    for case in cases:
        story = str(case["story"])
        if story not in known:
            known[story] = extract_entities((cache / story / "baseline.txt").read_text())
        found = extract_entities((cache / story / f"{case['id']}.txt").read_text())
        out += [(story, str(case["id"]), e) for e in new_entities(found, known[story])]
        known[story].extend(found)
    return out


def _error(label: dict[str, Any], entity: Entity) -> str | None:
    """Why a listed name is wrong by its label, or None: the label's gold name and kind."""
    if label["gold_kind"] is None:
        return "not a name"
    if label["error"] == "duplicate":
        return "duplicate"
    if entity.name != label["gold_name"]:
        return "boundary"
    return "type" if entity.kind != label["gold_kind"] else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong name")
    args = parser.parse_args(argv)
    cache = cache_dir()
    cases = _jsonl(HERE / "cases.jsonl")
    missing = {c["story"] for c in cases if not (cache / c["story"] / f"{c['id']}.txt").exists()}
    if missing:
        print(f"bench.entities: no cached texts for {', '.join(sorted(missing))} in {cache}")
        return 2
    labels = {(r["story"], r["case"], r["name"]): r for r in _jsonl(HERE / "names.jsonl")}
    by_story: dict[str, Counter[str]] = {}
    for story, case, entity in predicted(cache, cases):
        label = labels.get((story, case, entity.name))
        counts = by_story.setdefault(story, Counter())
        if label is None:
            counts["unlabelled"] += 1
            continue
        error = _error(label, entity)
        counts["wrong" if error else "right"] += 1
        if error:
            counts[error] += 1
            if args.errors:
                print(f"  {story} {case}: {entity.name!r} ({entity.kind}): {error}")
    total: Counter[str] = Counter()
    held: Counter[str] = Counter()
    for story, counts in by_story.items():
        total += counts
        if story in HELD_OUT:
            held += counts
        judged = counts["right"] + counts["wrong"]
        print(
            f"{story:<24} names={judged:>3} precision={counts['right'] / max(judged, 1):.3f} "
            f"unlabelled={counts['unlabelled']}"
        )
    tuned = total - held
    for part, counts in (("tuned on", tuned), ("held out", held)):
        judged = counts["right"] + counts["wrong"]
        print(f"{part:<24} names={judged:>3} precision={counts['right'] / max(judged, 1):.3f}")
    judged = total["right"] + total["wrong"]
    precision = total["right"] / max(judged, 1)
    errors = {k: v for k, v in total.items() if k not in ("right", "wrong", "unlabelled")}
    print(f"{'all':<24} names={judged:>3} precision={precision:.3f} "
          f"unlabelled={total['unlabelled']} errors={errors}")  # fmt: skip
    print(f"target precision >= {TARGET}: {'met' if precision >= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
