"""Command line of the judgement harness: ``python -m bench.judgement [--split ...]``.

Prints precision, recall, F1, TDT miss and false-alarm rates and C_det_norm, per category.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace

from bench.judgement.harness import (
    CASES_FILE,
    baseline_dir,
    evaluate,
    load_cases,
    load_profile,
    report,
    tune_threshold,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.judgement", description=__doc__)
    parser.add_argument("--split", choices=("heldout", "tune", "all"), default="heldout")
    parser.add_argument("--threshold", type=float, default=None, help="override the threshold")
    parser.add_argument(
        "--tune",
        action="store_true",
        help="search the threshold that minimises C_det_norm on the tune split and use it",
    )
    args = parser.parse_args(argv)
    if not baseline_dir().is_dir():
        print(f"no baseline at {baseline_dir()} (set MONITOR_SHARED)", file=sys.stderr)
        return 2
    profile = load_profile()
    if args.tune:
        best = tune_threshold(profile, load_cases(CASES_FILE, "tune"))
        print(f"threshold tuned on the tune split: {best:.2f}")
        profile = replace(profile, threshold=best)
    if args.threshold is not None:
        profile = replace(profile, threshold=args.threshold)
    outcomes = evaluate(profile, load_cases(CASES_FILE, args.split))
    text, ok = report(profile, outcomes, args.split)
    print(text)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
