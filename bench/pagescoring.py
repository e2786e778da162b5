"""The workers' scoring alone: the mixed cycle's captured pages scored against every story
judged by its model (no lexicon), in this one process, in CPU seconds, and a digest of the
scores. What 49 story models cost per page, without the cycle's fetching, extraction and
judging around it.

    python -m bench --no-prefect --repeat 1 --stories 50 --workdir W   # primes W/cold
    python -m bench.judgereplay W --stories 50                          # captures W/replay-50
    PYTHONHASHSEED=0 python -m bench.pagescoring W --stories 50 [--rounds 5]

Each round scores every page against every such story, page by page as a worker does (each
page read once for all stories); the first round also meets each word's rarity for the first
time, as a worker does. The digest covers every score, facet and reason; a fixed hash seed
makes it comparable between two versions (the order in which a model's terms written another
way are visited follows Python's string hashing).
"""

from __future__ import annotations

import hashlib
import pickle
import shutil
import sys
import time
from typing import Any

from bench.__main__ import DB_NAME
from bench.judgereplay import PAGES, primed_arguments
from bench.scenarios import NEXT_NOW


def main(argv: list[str] | None = None) -> int:
    from monitor import dense, relevance, runs, wordfrequency
    from monitor.config import load_config
    from monitor.runstate import make_context

    args = primed_arguments(__doc__, 5, argv)
    target = args.workdir / f"replay-{args.stories}"
    if not (target / PAGES).exists():
        raise SystemExit(f"no captured pages in {target}: run python -m bench.judgereplay first")
    folder = target / "scoring"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copy2(target / f"before-judging.{DB_NAME}", folder / DB_NAME)
    shutil.copy2(target / "monitor.toml", folder / "monitor.toml")
    fetched: list[Any] = pickle.loads((target / PAGES).read_bytes())
    ctx = make_context(load_config(folder / "monitor.toml"))
    try:
        with ctx.session():
            runs.prepare_run(ctx, NEXT_NOW, "poll")
            profiles = [p for p in ctx.profiles.values() if p.lexicon is None]
    finally:
        ctx.close()
    pages = [
        (f.assessed_as[0], f.page.text, f.assessed_as[1])
        for f in fetched
        if f.page is not None and f.assessed_as is not None
    ]
    wordfrequency.load("en")  # as the workers' fork server preloads them
    dense.model()
    cpus = []
    scores: list[Any] = []
    for _ in range(args.rounds):
        started = time.process_time()
        scores = [
            [relevance.score_article(p, title, text, published) for p in profiles]
            for title, text, published in pages
        ]
        cpus.append(round(time.process_time() - started, 3))
    rows = [[(s.score, tuple(s.facets.items()), s.reasons) for s in page] for page in scores]
    digest = hashlib.sha256(repr(rows).encode()).hexdigest()[:12]
    print(
        f"{len(pages)} pages x {len(profiles)} story models: CPU s best {min(cpus):.3f}, "
        f"first {cpus[0]:.3f}, rounds {cpus}; scores {digest}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
