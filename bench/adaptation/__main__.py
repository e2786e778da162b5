"""Adaptation measured on the real-text development stories (issue 20, item 3).

``python -m bench.adaptation [--story SLUG ...] [--json] [--learned]``: each story's cases
in date order, judged by its story model without adaptation and with it (fed by the model's
own confident decisions, never the labels). One table: precision, recall, F1, TDT normalised
detection cost, recall on the last third of the follow-ups by date, FP and FN.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields, replace
from typing import Any, TypeVar

from bench.adaptation.harness import (
    HEADER,
    STREAM_SETS,
    Stream,
    mission_splits,
    mission_story,
    of_split,
    rows,
    run_stream,
    summary,
)
from bench.judgement.harness import OWN_FILES, SPLITS
from bench.stories.dataset import DatasetError, StoryUnavailable, requested_stories
from monitor import exemplars
from monitor.adaptation import DEFAULT, Settings

_T = TypeVar("_T", Settings, exemplars.Settings)


def _json(stream: Stream, adapt: bool) -> dict[str, object]:
    m = stream.metrics
    return {
        "story": stream.slug,
        "adapt": adapt,
        "precision": round(m.precision, 4),
        "recall": round(m.recall, 4),
        "f1": round(m.f1, 4),
        "c_det_norm": round(m.c_det_norm, 4),
        "recall_last_third": round(stream.late.recall, 4),
        "fp": m.fp,
        "fn": m.fn,
        "learned": list(stream.learned),
        "changes": stream.changes,
    }


def _settings(pairs: list[str]) -> Settings:
    """The default settings with each NAME=VALUE of ``--set`` applied."""
    return _changed(DEFAULT, pairs)


def _negatives(pairs: list[str]) -> exemplars.Settings | None:
    """The negative exemplars' settings with each NAME=VALUE of ``--exemplars`` applied;
    None for ``off`` (a ``not`` label only withdraws what it taught, as before session 17)."""
    return None if pairs == ["off"] else _changed(exemplars.DEFAULT, pairs)


def _changed(default: _T, pairs: list[str]) -> _T:
    """``default`` with each NAME=VALUE applied (a number or true/false, as its field)."""
    known = {f.name: f.type for f in fields(default)}
    changed: dict[str, Any] = {}  # each value of its field's type, checked above
    for pair in pairs:
        name, _, value = pair.partition("=")
        if name not in known:
            raise ValueError(f"no setting {name!r}; one of {', '.join(known)}")
        kind = known[name]
        if kind in (bool, "bool"):
            if value not in ("true", "false"):
                raise ValueError(f"{name} is true or false, not {value!r}")
            changed[name] = value == "true"
        else:
            changed[name] = int(value) if kind in (int, "int") else float(value)
    return replace(default, **changed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.adaptation", description=__doc__)
    parser.add_argument("--story", action="append", metavar="SLUG", help="this story only")
    parser.add_argument("--json", action="store_true", help="one JSON line per story and mode")
    parser.add_argument("--learned", action="store_true", help="list what each model learned")
    parser.add_argument(
        "--mission",
        action="store_true",
        help="also the mission's story, judged by its story model (no lexicon) on the "
        "synthetic cases of bench/judgement (all splits)",
    )
    parser.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="SPLIT",
        choices=("all", *SPLITS),
        help="also the mission's story with its lexicon, as bench.judgement judges it, on this "
        "split of its cases in date order (repeatable)",
    )
    parser.add_argument(
        "--no-lexicon",
        action="append",
        default=[],
        metavar="SPLIT",
        choices=SPLITS,
        help="also the mission's story without its lexicon on this split of its cases alone, "
        "in date order (repeatable; " + ", ".join(OWN_FILES) + " are sets of their own, read by "
        "nobody who tunes adaptation)",
    )
    parser.add_argument(
        "--stream",
        action="store_true",
        help="also the mission's story without its lexicon on every case of bench/judgement "
        "(" + ", ".join(STREAM_SETS) + ") as one stream in date order, as one user "
        "runs it for years, with a row per set",
    )
    parser.add_argument(
        "--labels",
        type=int,
        default=0,
        metavar="N",
        help="a third row per story: adapting with its first N follow-ups labelled by a reader",
    )
    parser.add_argument(
        "--corrections",
        type=int,
        default=0,
        metavar="N",
        help="with --labels' row: a reader labels the first N misses follow-up and the first "
        "N false alarms not, as they are judged",
    )
    parser.add_argument(
        "--splits",
        action="store_true",
        help="with --mission: its rows also for the tune and the heldout cases apart (one "
        "stream: read tune, report heldout)",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="adapt with this setting of monitor.adaptation.Settings changed (repeatable)",
    )
    parser.add_argument(
        "--exemplars",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="with --corrections: the negative exemplars (monitor.exemplars.Settings) with "
        "this setting changed (repeatable); off: a not label only withdraws what it taught",
    )
    args = parser.parse_args(argv)
    try:
        settings = _settings(args.set)
    except ValueError as err:
        print(f"--set: {err}", file=sys.stderr)
        return 2
    try:
        negatives = _negatives(args.exemplars)
    except ValueError as err:
        print(f"--exemplars: {err}", file=sys.stderr)
        return 2
    try:
        devs = requested_stories(args.story)
    except StoryUnavailable as err:
        print(err, file=sys.stderr)
        if not (args.mission or args.lexicon or args.no_lexicon or args.stream):
            return 0
        devs = []
    except DatasetError as err:
        print(err, file=sys.stderr)
        return 2
    if args.mission:
        devs.append(mission_story())
    devs += [mission_story(split) for split in args.no_lexicon]
    devs += [mission_story("stream")] if args.stream else []
    devs += [mission_story(split, lexicon=True) for split in args.lexicon]
    pairs: list[tuple[Stream, ...]] = []
    if not args.json:
        print(HEADER)
    for dev in devs:
        plain = run_stream(dev, adapt=False)
        adapted = run_stream(dev, adapt=True, settings=settings)
        labelled = (
            run_stream(
                dev,
                adapt=True,
                settings=settings,
                labelled=args.labels,
                corrected=args.corrections,
                negatives=negatives,
            )
            if args.labels > 0 or args.corrections > 0
            else None
        )
        pairs.append((plain, adapted) + ((labelled,) if labelled else ()))
        if args.json:
            for stream, adapt in ((plain, False), (adapted, True)):
                print(json.dumps(_json(stream, adapt), ensure_ascii=False))
            if labelled:
                extra = {"labels": args.labels, "corrections": args.corrections}
                print(json.dumps(_json(labelled, True) | extra, ensure_ascii=False))
            continue
        print("\n".join(rows(plain, adapted, labelled)))
        by_set = args.splits and dev.meta.slug.endswith("(no lexicon)")
        if by_set or dev.meta.slug.endswith(", stream)"):
            splits = mission_splits()
            for split in STREAM_SETS if not by_set else ("tune", "heldout"):
                parts = (plain, adapted) + ((labelled,) if labelled else ())
                print("\n".join(rows(*(of_split(s, split, splits) for s in parts))))
        if args.learned:
            print(f"{'':<48} learned: {', '.join(adapted.learned) or '(nothing)'}")
    if not args.json:
        print(summary(pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
