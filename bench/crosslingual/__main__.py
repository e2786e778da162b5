"""Judge real articles written in the other language than a story's baseline.

``python -m bench.crosslingual [--json]``: for each development story with cross-lingual cases
(Surfside: an English baseline, the Spanish-language press; Line 12: a Spanish baseline, the
English-language press), judges every case with the shipped decision and weights (nothing is
tuned here) and prints the same report as ``python -m bench.stories``.
"""

from __future__ import annotations

import argparse
import json
import sys

from bench.crosslingual.harness import load, slugs
from bench.stories.dataset import StoryUnavailable, cache_dir
from bench.stories.harness import judge, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crosslingual", description=__doc__)
    parser.add_argument("--json", action="store_true", help="one JSON line per story")
    args = parser.parse_args(argv)
    shown = 0
    for slug in slugs():
        try:
            dev = load(slug)
        except StoryUnavailable:
            continue
        result = judge(dev)
        print(json.dumps(result.as_json()) if args.json else report(result))
        shown += 1
    if not shown:
        print(
            f"no story texts in the cache ({cache_dir()}); rebuild it as "
            "bench/crosslingual/README.md describes",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
