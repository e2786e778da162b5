"""Evaluate monitor's follow-up decision on the real-text development stories.

``python -m bench.stories [--story SLUG ...] [--json] [--no-loo] [--bounds]``: for every story
whose texts are in the cache (or the ones named), prints n, TP, FP, FN, TN, precision, recall,
F1 and the TDT normalised detection cost with the shipped weights, and how many cases of each
category were accepted; then, with two stories or more, the leave-one-story-out table (each story
measured with weights tuned on the others: the figures to report); ``--bounds`` adds each
story tuned on itself, the best its features allow (an upper bound, never a result).
"""

from __future__ import annotations

import argparse
import json
import sys

from bench.stories.dataset import DatasetError, available_stories, cache_dir, load_story
from bench.stories.harness import judge, report
from bench.stories.loo import bounds, leave_one_out, matched_cases, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories", description=__doc__)
    parser.add_argument(
        "--story",
        action="append",
        metavar="SLUG",
        help="evaluate this story (repeatable; default: every story in the cache)",
    )
    parser.add_argument("--json", action="store_true", help="one JSON line per story")
    parser.add_argument("--no-loo", action="store_true", help="skip the leave-one-story-out table")
    parser.add_argument(
        "--bounds",
        action="store_true",
        help="also print each story tuned on itself: an upper bound for the features",
    )
    args = parser.parse_args(argv)
    slugs = args.story or available_stories()
    if not slugs:
        print(
            f"no story texts in the cache ({cache_dir()}); set MONITOR_STORY_CACHE or "
            "rebuild the cache as bench/stories/README.md describes",
            file=sys.stderr,
        )
        return 0
    matched = {}
    for slug in slugs:
        try:
            dev = load_story(slug)
        except DatasetError as err:
            print(err, file=sys.stderr)
            return 2
        result = judge(dev)
        print(json.dumps(result.as_json()) if args.json else report(result))
        if not args.no_loo and len(slugs) > 1:
            matched[slug] = matched_cases(dev)
    if matched:
        folds = leave_one_out(matched)
        if args.json:
            for fold in folds:
                print(json.dumps(fold.as_json()))
        else:
            print(table(folds))
        if args.bounds:
            print(bounds(matched))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
