"""Claim-level novelty on annotated real follow-ups: ``python -m bench.claims``.

Per story (tuning stories first, then report stories): new facts surfaced (target >= 0.95),
restatements making up most of a sentence called new (<= 0.05), restatements inside a longer
sentence shown known at claim level (>= 0.75), new claims when the baseline is fed back (0) and
when a follow-up's copy comes after it (0), and the ``contradicting`` labels on every follow-up
fed in date order, each with a reader's verdict (<= 1 wrong per 250 sentences).
``--misses`` prints the restatements not shown known, with their sentence's claims (read
them on the tuning stories only: ``--misses --story SLUG``).
``--explain`` (with ``--misses``) adds, under each claim of those sentences, the known claims
nearest it and the known sentences that hold most of it taken together, each word of the claim
with how far it is found there (``ClaimBase.explain``; against the baseline alone).
``--words-only`` scores the sentence-level word match alone (claims off), as before issue 21.
``--memory`` judges each annotated follow-up against the baseline and the follow-ups before it
in date order (the pipeline's way; the issue's measure is the baseline alone): only its
restatement figures mean something then, since an earlier follow-up may have told a new fact.
"""

from __future__ import annotations

import argparse

from bench.claims.harness import (
    TUNING,
    baseline_claims,
    explain_claim,
    load_annotations,
    score_story,
)
from bench.stories.dataset import available_stories, load_story


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.claims", description=__doc__)
    parser.add_argument("--story", action="append", metavar="SLUG", help="only this story")
    parser.add_argument("--words-only", action="store_true", help="claims off (the old way)")
    parser.add_argument("--examples", action="store_true", help="print known claims found")
    parser.add_argument(
        "--misses", action="store_true", help="print restatements not shown known (tune only)"
    )
    parser.add_argument(
        "--explain", action="store_true", help="with --misses: how each claim's words are found"
    )
    parser.add_argument(
        "--memory", action="store_true", help="earlier follow-ups known too (not the measure)"
    )
    args = parser.parse_args(argv)
    annotations = load_annotations()
    annotated = {a.story for a in annotations}
    # tuning stories first, then report stories, then those only fed in date order
    order = sorted(available_stories(), key=lambda s: (s not in TUNING, s not in annotated, s))
    slugs = [s for s in order if s in (args.story or [s])]
    if not slugs:
        print("no development story has its texts in the story cache (see bench/claims/README.md)")
        return 0
    print(
        f"{'story':26} {'role':6} {'new':>9} {'surfaced':>8} {'whole':>7} {'called new':>10} "
        f"{'inside':>7} {'known':>6} {'base':>4} {'copy':>4} {'sent.':>5} {'contra':>6} "
        f"{'wrong':>5} {'per 250':>7}"
    )
    wrong_examples = []
    for slug in slugs:
        s = score_story(
            load_story(slug), annotations, claims=not args.words_only, memory=args.memory
        )
        per250 = 250 * s.wrong_contradictions / s.sentences_in_order if s.sentences_in_order else 0
        if slug in annotated:
            figures = (
                f"{s.role:6} {s.new_surfaced:>4}/{s.new_facts:<4} {s.surfaced:>8.3f} "
                f"{s.whole_called_new:>3}/{s.whole:<3} {s.whole_new_rate:>10.3f} "
                f"{s.inside_known:>3}/{s.inside:<3} {s.inside_known_rate:>6.3f} "
                f"{s.baseline_new_claims:>4} {s.syndicated_new_claims:>4}"
            )
        else:  # not annotated: only the date-order run
            figures = f"{'order':6} {'-':>9} {'-':>8} {'-':>7} {'-':>10} {'-':>7} {'-':>6} " + (
                f"{s.baseline_new_claims:>4} {'-':>4}"
            )
        print(
            f"{slug:26} {figures} {s.sentences_in_order:>5} "
            f"{len(s.contradicting):>6} {s.wrong_contradictions:>5} {per250:>7.2f}"
            + (f"  ({s.stale} annotated sentences changed in the cache)" if s.stale else "")
        )
        wrong_examples += [(slug, c) for c in s.contradicting]
        if args.examples:
            for claim, sentence, status in s.examples:
                print(f"    known inside a {status} sentence: [{claim}] in: {sentence}")
        if args.misses:
            claim_base = baseline_claims(load_story(slug)) if args.explain else None
            for span, sentence, claims in s.misses:
                print(f"    restatement not shown known: [{span}] in: {sentence}")
                for status, claim in claims:
                    print(f"        {status:13} {claim}")
                    if claim_base is not None:
                        for line in explain_claim(claim_base, claim):
                            print(f"            {line}")
    for slug, c in wrong_examples:
        print(f"  contradicting {slug} {c.case} #{c.sha} ({c.verdict}): {c.text}")
        print(f"      against: {c.baseline}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
