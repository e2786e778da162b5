"""Command line of the judgement harness: ``python -m bench.judgement [--split ...]``.

Prints precision, recall, F1, TDT miss and false-alarm rates and C_det_norm, per category.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from bench.judgement import modelweights
from bench.judgement.harness import (
    CASES_FILE,
    OWN_FILES,
    SPLITS,
    baseline_dir,
    evaluate,
    load_cases,
    load_profile,
    report,
    tune_threshold,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.judgement", description=__doc__)
    parser.add_argument(
        "--split",
        choices=("all", *SPLITS),
        default=None,
        help=(
            "which cases to score (default heldout); "
            + ", ".join(f"'{name}' reads {path.name}" for name, path in OWN_FILES.items())
            + ": sets written without seeing the scorer"
        ),
    )
    parser.add_argument(
        "--file",
        type=Path,
        default=None,
        help="read the cases from this JSON-lines file (all of them unless --split is given)",
    )
    parser.add_argument("--threshold", type=float, default=None, help="override the threshold")
    parser.add_argument(
        "--tune",
        action="store_true",
        help="search the threshold that minimises C_det_norm on the tune split and use it",
    )
    parser.add_argument(
        "--no-lexicon",
        action="store_true",
        help="judge the story by its model from the baseline alone, as a story without a lexicon",
    )
    parser.add_argument(
        "--lexicon-only",
        action="store_true",
        help="judge by the lexicon's names alone, without the story model beside it (as before "
        "issue 20 item 6)",
    )
    parser.add_argument(
        "--tune-model-weights",
        action="store_true",
        help="with --no-lexicon: also measure the split with the story model's weights tuned on "
        "the tune split (a storyline's weights; bench/judgement/modelweights.py)",
    )
    args = parser.parse_args(argv)
    cases_file, split = _source(args.file, args.split)
    if not baseline_dir().is_dir():
        print(f"no baseline at {baseline_dir()} (set MONITOR_SHARED)", file=sys.stderr)
        return 2
    profile = load_profile(lexicon=not args.no_lexicon)
    if args.lexicon_only:
        if args.no_lexicon:
            print("--lexicon-only and --no-lexicon exclude each other", file=sys.stderr)
            return 2
        profile = replace(profile, model=None)
    if args.tune_model_weights and not args.no_lexicon:
        print("--tune-model-weights needs --no-lexicon (it tunes the story model)", file=sys.stderr)
        return 2
    if args.tune:
        best = tune_threshold(profile, load_cases(CASES_FILE, "tune"))
        print(f"threshold tuned on the tune split: {best:.2f}")
        profile = replace(profile, threshold=best)
    if args.threshold is not None:
        profile = replace(profile, threshold=args.threshold)
    outcomes = evaluate(profile, load_cases(cases_file, split))
    text, ok = report(profile, outcomes, split if args.file is None else f"{split} ({args.file})")
    print(text)
    if args.tune_model_weights:
        print(modelweights.report(profile, load_cases(cases_file, split), split))
    return 0 if ok else 1


def _source(file: Path | None, split: str | None) -> tuple[Path, str]:
    """The cases file and the split to filter on."""
    if file is not None:
        return file, split or "all"
    split = split or "heldout"
    return OWN_FILES.get(split, CASES_FILE), split


if __name__ == "__main__":
    raise SystemExit(main())
