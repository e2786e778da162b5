"""Command line of the novelty harness: ``python -m bench.novelty [--split heldout]``.

Prints precision and recall of new/updated sentences, restatements called new, and errors.
"""

from __future__ import annotations

import argparse
import sys

from bench.novelty.harness import (
    baseline_new_count,
    baseline_sentences,
    load_cases,
    paraphrase_known_shares,
    score,
    syndication_keys,
    timing_ms,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.novelty", description=__doc__)
    parser.add_argument("--split", choices=["tune", "heldout", "all"], default="all")
    parser.add_argument("--quiet", action="store_true", help="do not list the errors")
    args = parser.parse_args(argv)
    baseline = baseline_sentences()
    if baseline is None:
        print("baseline not found: set MONITOR_SHARED", file=sys.stderr)
        return 2
    cases = load_cases()
    splits = ["tune", "heldout"] if args.split == "all" else [args.split]
    for split in splits:
        chosen = [c for c in cases if c.split == split]
        result = score(chosen, baseline, cases)
        print(
            f"{split:8} cases={len(chosen):3} new/updated precision={result.precision:.3f} "
            f"recall={result.recall:.3f} restatements called new="
            f"{result.restatements_called_new:.3f} ({result.known_called_new}/{result.known}) "
            f"updated exactly={result.updated_exact}/{result.updated}"
        )
        print(
            f"{'':8} updated/contradicting precision={result.change_precision:.3f} "
            f"({result.changes_right}/{result.changes_called}) paired with the intended "
            f"sentence={result.pairing:.3f} ({result.pairs_right}/{result.pairs_checked})"
        )
        if not args.quiet:
            for error in result.errors:
                print(f"    {error}")
    late = [c for c in cases if c.note and (args.split in ("all", c.split))]
    if late:
        result = score(late, baseline, cases)
        print(
            f"written after the first held-out run: cases={len(late)} "
            f"recall={result.recall:.3f} restatements called new="
            f"{result.restatements_called_new:.3f} ({result.known_called_new}/{result.known}) "
            f"updated/contradicting precision={result.change_precision:.3f} "
            f"({result.changes_right}/{result.changes_called})"
        )
    print(f"baseline fed back: {baseline_new_count(baseline)} sentences not known")
    for pid, share in paraphrase_known_shares(cases, baseline).items():
        print(f"paraphrase {pid}: {share:.0%} known")
    for group, keys in syndication_keys(cases, baseline).items():
        same = keys[0] is not None and len(set(keys)) == 1
        print(f"syndicated {group}: keys {keys} -> {'same development' if same else 'DIFFERENT'}")
    print(
        f"CPU time to mark a 30-sentence article: {timing_ms(baseline, cases):.2f} ms (best of 30)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
