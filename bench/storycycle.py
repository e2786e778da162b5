"""The mixed cycle with the mission's story alone and with N stories configured, as a whole
(each cycle in its own process, as ``python -m bench`` runs it), in CPU seconds of the cycle
with every process it starts (fork server and workers included): what N stories add, in a
figure the machine's load disturbs far less than wall time.

    python -m bench --no-prefect --repeat 1 --stories 50 --workdir W   # primes W/cold
    python -m bench.storycycle W --stories 50 [--rounds 5]

Rounds alternate which story count runs first; each ratio is taken within a round and the
median of the rounds' ratios is printed, with every sample.
"""

from __future__ import annotations

import json
import sys

from bench.__main__ import _median_ratio, clone
from bench.judgereplay import primed_arguments, primed_web
from bench.scenarios import NEXT_NOW, CycleCost, baseline_path, run_child


def main(argv: list[str] | None = None) -> int:
    args = primed_arguments(__doc__, 5, argv)
    samples: dict[int, list[CycleCost]] = {1: [], args.stories: []}
    with primed_web(args.workdir) as web:
        for round_no in range(args.rounds):
            order = [1, args.stories] if round_no % 2 == 0 else [args.stories, 1]
            for n in order:
                web.set_scenario("mixed")
                config = clone(
                    args.workdir / "cold",
                    args.workdir / f"cycle-{n}",
                    web.shape,
                    baseline_path(),
                    max_articles=1000,
                    stories=n,
                )
                cost = run_child(config, NEXT_NOW, "plain")
                samples[n].append(cost)
                print(
                    f"round {round_no + 1}  {n:>3} stories  {cost.wall_s:6.2f} s wall  "
                    f"{cost.cpu_tree_s:6.2f} s CPU with workers  "
                    f"judge step {cost.stages_s.get('judge_articles', 0):.2f} s  "
                    f"polls {cost.stages_s.get('poll_and_record', 0):.2f} s  "
                    f"pages {cost.stages_s.get('fetch_articles', 0):.2f} s",
                    flush=True,
                )
    one, many = samples[1], samples[args.stories]
    result = {
        "stories": args.stories,
        "cpu_ratio": _median_ratio(
            [b.cpu_tree_s / a.cpu_tree_s for a, b in zip(one, many, strict=True)]
        ),
        "wall_ratio": _median_ratio([b.wall_s / a.wall_s for a, b in zip(one, many, strict=True)]),
        "cpu_tree_s": {n: [round(c.cpu_tree_s, 3) for c in cs] for n, cs in samples.items()},
        "wall_s": {n: [round(c.wall_s, 3) for c in cs] for n, cs in samples.items()},
        "judge_s": {
            n: [round(c.stages_s.get("judge_articles", 0), 3) for c in cs]
            for n, cs in samples.items()
        },
        "articles": [int(c.summary.get("articles_fetched", 0)) for c in many],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
