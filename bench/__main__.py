"""``python -m bench``: what a poll cycle costs against a fixture web of N feeds, next to its floor.

Runs cold, warm, mixed and double cycles (each in its own process) through ``run_once`` and
the warm and mixed ones through the Prefect flow on a local Prefect server, measures each
stage's floor, prints a table, and ends with one JSON line: e2e_over_floor, prefect_over_plain,
warm_cycle_s, peak_rss_mb (the cycle process), peak_tree_mb (with its worker processes),
articles, doubling_ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import pstats
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from bench import floor as floor_mod
from bench.scenarios import (
    COLD_NOW,
    NEXT_NOW,
    SMALL,
    CycleCost,
    WebShape,
    baseline_path,
    run_child,
    shared_dir,
    write_config,
)
from bench.web import FixtureWeb

log = logging.getLogger(__name__)
DB_NAME = "monitor.duckdb"


# -- the database between scenarios ---------------------------------------------------------


def fetched_urls(db: Path, now: datetime) -> list[str]:
    """The article URLs a cycle at ``now`` fetched (successfully or not)."""
    from monitor.store import open_reader

    with open_reader(db) as store:
        rows = store.sql(
            "SELECT url FROM articles WHERE last_fetched_at = $now ORDER BY url", {"now": now}
        )
    return [r["url"] for r in rows]


def feed_hashes(db: Path) -> dict[str, str | None]:
    from monitor.store import open_reader

    with open_reader(db) as store:
        rows = store.sql("SELECT current_url, body_hash FROM feeds")
    return {r["current_url"]: r["body_hash"] for r in rows}


def set_backlog_aside(db: Path, now: datetime) -> int:
    """Mark the items a capped cold run left unfetched as handled, as many earlier cycles
    would have: the warm and mixed cycles then measure their own work, not the backlog's."""
    from monitor.store import open_store

    with open_store(db) as store, store.transaction():
        before = store.sql("SELECT count(*) AS n FROM articles")[0]["n"]
        store.sql(
            "INSERT INTO articles (url, site, first_seen, last_fetched_at, status, last_error) "
            "SELECT canonical_url, 'bench', min(first_seen), $now, 'error', "
            "'bench: cold backlog set aside' FROM items i WHERE canonical_url IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = i.canonical_url) "
            "GROUP BY canonical_url",
            {"now": now},
        )
        after = store.sql("SELECT count(*) AS n FROM articles")[0]["n"]
        # Those earlier cycles would each have taken every pending item: items are settled.
        store.run("clear_items_settled")
        store.run("settle_items", through=now)
    return int(after - before)


def clone(
    primed: Path,
    target: Path,
    shape: WebShape,
    baseline: Path,
    *,
    max_articles: int | None = None,
    stories: int = 1,
) -> Path:
    """A copy of the primed database with its own configuration; returns the config path."""
    config = write_config(
        target, shape, baseline_file=baseline, max_articles=max_articles, stories=stories
    )
    for suffix in ("", ".wal"):
        source = primed / (DB_NAME + suffix)
        if source.exists():
            shutil.copy2(source, target / (DB_NAME + suffix))
    return config


# -- a local Prefect server -----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def prefect_server(home: Path, *, timeout_s: float = 120) -> Iterator[dict[str, str]]:
    """``prefect server start`` on 127.0.0.1 with its own home; yields the clients' environment."""
    from monitor.config import prefect_environment

    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    env = {**prefect_environment(home), "PREFECT_HOME": str(home)}
    api = f"http://127.0.0.1:{port}/api"
    log_file = (home / "server.log").open("w")
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("prefect")),
            "server",
            "start",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--no-ui",
            "--analytics-off",
        ],
        env={**os.environ, **env, "PREFECT_API_URL": api},
        stdout=log_file,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # its own group, so stopping it stops its workers too
    )
    try:
        deadline = time.monotonic() + timeout_s
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"prefect server exited early; see {home / 'server.log'}")
            try:
                with opener.open(f"{api}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"prefect server not healthy in {timeout_s} s")
            time.sleep(0.5)
        yield {**env, "PREFECT_API_URL": api}
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        log_file.close()


# -- the run --------------------------------------------------------------------------------


def _story_and_baseline(config_path: Path) -> tuple[Any, str, str]:
    from monitor import extract
    from monitor.config import load_config

    config = load_config(config_path)
    story = config.stories[0]
    assert story.baseline_file is not None
    title, text = extract.extract_text_or_html(
        story.baseline_file.read_text(encoding="utf-8"), story.url
    )
    return story, title or story.title, text


def fixture_inputs(args: argparse.Namespace) -> tuple[WebShape, Path, Path]:
    """The fixture web's shape from ``add_web_arguments``' options, the corpus pages it serves
    and the baseline text; a bench stops here, saying what is missing."""
    shape = SMALL if args.small else WebShape(args.feeds, args.items, min(args.hosts, args.feeds))
    corpus = shared_dir() / "corpus" / "html" / "aeb"
    baseline = baseline_path()
    if not corpus.is_dir() or not baseline.exists():
        raise SystemExit(f"the shared corpus and baseline are needed: {corpus}, {baseline}")
    return shape, corpus, baseline


def run(args: argparse.Namespace, out: Any) -> dict[str, Any]:
    shape, corpus, baseline = fixture_inputs(args)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="monitor-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"feeds": shape.feeds, "items_per_feed": shape.items}
    costs: dict[str, CycleCost] = {}
    server: dict[str, Any] = {}
    floors: dict[str, floor_mod.Floor] = {}
    try:
        with FixtureWeb(shape, corpus) as web:
            shape = web.shape
            print(
                f"fixture web: {shape.feeds} feeds x {shape.items} items on "
                f"{len(shape.host_addresses())} hosts, port {shape.port} "
                f"(ready in {web.setup_s:.1f} s); work in {work}",
                file=out,
            )

            def cycle(name: str, config: Path, now: datetime, mode: str, **kw: Any) -> CycleCost:
                web.set_scenario(name.split("-")[0])
                web.reset_stats()
                cost = run_child(config, now, mode, **kw)
                server[f"{name}/{mode}"] = web.stats()
                print(
                    f"  {name:<8} {mode:<8} {cost.wall_s:7.2f} s wall  {cost.cpu_s:7.2f} s CPU "
                    f"({cost.cpu_tree_s:.2f} s with workers)  "
                    f"{cost.peak_rss_mb:6.0f} MB ({cost.peak_tree_mb:.0f} MB with workers)  "
                    f"{cost.summary.get('articles_fetched')} articles",
                    file=out,
                )
                return cost

            # With --stories N, every story is known from the cold run on, as in a steady state.
            cold_config = write_config(
                work / "cold", shape, baseline_file=baseline, stories=args.stories
            )
            costs["cold/plain"] = cycle("cold", cold_config, COLD_NOW, "plain")
            cold_db = work / "cold" / DB_NAME
            cold_pages = fetched_urls(cold_db, COLD_NOW)
            result["cold_backlog_set_aside"] = set_backlog_aside(cold_db, COLD_NOW)
            known = feed_hashes(cold_db)

            # Mixed and double share one article cap, high enough for double's new articles.
            cap = max(500, len(shape.new_article_urls(2)))
            story, b_title, b_text = _story_and_baseline(cold_config)

            def measure_floor(name: str, pages: list[str]) -> floor_mod.Floor:
                web.set_scenario(name)
                inputs = floor_mod.FloorInputs(
                    floor_mod.feed_requests(shape, name),
                    known if name != "cold" else {},
                    pages,
                    COLD_NOW if name == "cold" else NEXT_NOW,
                )
                return floor_mod.measure_fresh(
                    inputs, baseline_title=b_title, baseline_text=b_text, story=story, work_dir=work
                )

            # Rounds: each measures every cycle and the mixed floor once, and the ratios are
            # taken within a round (see _round_ratios). Plain and Prefect run back to back,
            # first one then the other in alternate rounds, so a machine that speeds up or
            # slows down during the bench favours neither; so do the mixed cycle through
            # run_once and the one with every story (--stories): Prefect, plain, many stories in
            # even rounds, many stories, plain, Prefect in odd ones.
            samples: dict[str, list[CycleCost]] = {}
            mixed_floors: list[floor_mod.Floor] = []
            mixed_pages: list[str] = []
            server_env: contextlib.AbstractContextManager[dict[str, str]] = (
                contextlib.nullcontext({}) if args.no_prefect else prefect_server(work / "prefect")
            )
            if not args.no_prefect:
                print("starting a local Prefect server ...", file=out)
            with server_env as env:
                for round_no in range(args.repeat):
                    print(f"round {round_no + 1} of {args.repeat}", file=out)
                    pair = ["plain"] if args.no_prefect else ["prefect", "plain"]
                    if round_no % 2:
                        pair.reverse()
                    many = f"mixed-{args.stories}"
                    for name in ("warm", "mixed", "double"):
                        order = [(name, mode) for mode in pair if name != "double"] or [
                            (name, "plain")
                        ]
                        if name == "mixed" and args.stories > 1:
                            order.insert(len(order) if round_no % 2 == 0 else 0, (many, "plain"))
                        for scenario, mode in order:
                            config = clone(
                                work / "cold",
                                work / (scenario if mode == "plain" else f"{scenario}-{mode}"),
                                shape,
                                baseline,
                                max_articles=None if name == "warm" else cap,
                                stories=args.stories if scenario == many else 1,
                            )
                            cost = cycle(
                                scenario,
                                config,
                                NEXT_NOW,
                                mode,
                                env=env if mode == "prefect" else None,
                            )
                            samples.setdefault(f"{scenario}/{mode}", []).append(cost)
                        if name == "mixed":
                            mixed_pages = mixed_pages or fetched_urls(
                                work / "mixed" / DB_NAME, NEXT_NOW
                            )
                            mixed_floors.append(measure_floor("mixed", mixed_pages))
            for key, runs in samples.items():
                costs[key] = _median(runs, key=lambda c: c.wall_s)
                result.setdefault("samples_wall_s", {})[key] = [round(c.wall_s, 3) for c in runs]
            floors["mixed"] = _median(mixed_floors, key=lambda f: f.floor_s)
            result["samples_floor_s"] = [round(f.floor_s, 3) for f in mixed_floors]
            floors["warm"] = measure_floor("warm", [])
            floors["cold"] = measure_floor("cold", cold_pages)

            if args.profile:  # the mixed cycle with every story configured (--stories)
                prof = work / "mixed.prof"
                prof_config = clone(
                    work / "cold",
                    work / "mixed-profiled",
                    shape,
                    baseline,
                    max_articles=cap,
                    stories=args.stories,
                )
                cycle("mixed-profiled", prof_config, NEXT_NOW, "plain", profile=prof)
                result["profile"] = str(prof)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)

    report(costs, floors, server, out)
    if args.profile and "profile" in result and Path(result["profile"]).exists():
        print_profile(Path(result["profile"]), out)
    mixed = costs["mixed/plain"]
    double = costs["double/plain"]
    prefect = costs.get("mixed/prefect")
    per_round = _round_ratios(samples, mixed_floors, args.stories)
    print_round_ratios(per_round, out)
    print_judging(judging_costs(floors["mixed"]), out)
    result |= {
        "cores": floors["mixed"].cores,
        "articles": int(mixed.summary.get("articles_fetched", 0)),
        "floor_s": round(floors["mixed"].floor_s, 3),
        "e2e_s": round(mixed.wall_s, 3),
        "e2e_over_floor": _median_ratio(per_round["e2e_over_floor"]),
        "strict_floor_s": round(floors["mixed"].strict_floor_s, 3),
        "e2e_over_strict_floor": _median_ratio(per_round["e2e_over_strict_floor"]),
        "prefect_s": round(prefect.wall_s, 3) if prefect else None,
        "prefect_over_plain": _median_ratio(per_round.get("prefect_over_plain", [])),
        "warm_cycle_s": round(costs["warm/plain"].wall_s, 3),
        "double_s": round(double.wall_s, 3),
        "double_articles": int(double.summary.get("articles_fetched", 0)),
        "doubling_ratio": _median_ratio(per_round["doubling_ratio"]),
        "stories": args.stories,
        "stories_ratio": _median_ratio(per_round.get("stories_ratio", [])),
        "stories_cpu_ratio": _median_ratio(per_round.get("stories_cpu_ratio", [])),
        "judging": judging_costs(floors["mixed"]),
        "round_ratios": per_round,
        # The same ratios taken between the medians of each side, as before per-round ratios.
        "ratios_of_medians": {
            "e2e_over_floor": _ratio(mixed.wall_s, floors["mixed"].floor_s),
            "prefect_over_plain": _ratio(prefect.wall_s, mixed.wall_s) if prefect else None,
            "doubling_ratio": _ratio(double.wall_s, mixed.wall_s),
        },
        "cold_cycle_s": round(costs["cold/plain"].wall_s, 3),
        "peak_rss_mb": round(max(c.peak_rss_mb for c in costs.values()), 1),
        "peak_tree_mb": round(max(c.peak_tree_mb for c in costs.values()), 1),
        "scenarios": {
            key: {
                "wall_s": round(c.wall_s, 3),
                "cpu_s": round(c.cpu_s, 3),
                "cpu_tree_s": round(c.cpu_tree_s, 3),
                "import_s": round(c.import_s, 3),
                "peak_rss_mb": round(c.peak_rss_mb, 1),
                "peak_tree_mb": round(c.peak_tree_mb, 1),
                "stages_s": {k: round(v, 3) for k, v in c.stages_s.items()},
                "summary": c.summary,
                "server": server.get(key),
                "floor": (
                    floors[key.split("/")[0]].as_dict()
                    if key.endswith("plain") and key.split("/")[0] in floors
                    else None
                ),
            }
            for key, c in costs.items()
        },
    }
    return result


T = TypeVar("T")
MAX_STORIES = 100


def judging_costs(floor: floor_mod.Floor) -> dict[str, float | None]:
    """Per article, the CPU milliseconds of extraction and of judging one story (the lexicon
    story, and a story judged by its model), and judging's share of extraction."""
    pages = floor.counts.get("pages_extracted", 0)
    if not pages:
        return {}
    extraction = 1000 * floor.stages_cpu_s.get("extraction", 0.0) / pages
    lexicon = 1000 * floor.stages_cpu_s.get("relevance", 0.0) / pages
    model = 1000 * floor.extra_cpu_s.get("relevance_model_story", 0.0) / pages
    return {
        "pages": pages,
        "extraction_ms_per_article": round(extraction, 3),
        "judging_ms_per_article_lexicon_story": round(lexicon, 3),
        "judging_ms_per_article_model_story": round(model, 3),
        "lexicon_over_extraction": _ratio(lexicon, extraction),
        "model_over_extraction": _ratio(model, extraction),
        "dense_load_once_s": round(floor.extra_cpu_s.get("dense_load_once", 0.0), 3),
    }


def _median(values: list[T], *, key: Callable[[T], float]) -> T:
    """The middle one by ``key`` (the lower middle of an even count)."""
    ordered = sorted(values, key=key)
    return ordered[(len(ordered) - 1) // 2]


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 3) if b > 0 else None


def _round_ratios(
    samples: dict[str, list[CycleCost]], mixed_floors: list[floor_mod.Floor], stories: int = 1
) -> dict[str, list[float]]:
    """Each ratio once per round, from the two samples that round measured a minute apart.

    The machine drifts: the same mixed cycle took 13 s and then 18 s within ten minutes here.
    The median of each side can then come from different rounds; a ratio within a round
    compares like with like, and the median of those ratios is reported."""

    def walls(key: str) -> list[float]:
        return [c.wall_s for c in samples[key]]

    def cpus(key: str) -> list[float]:
        return [c.cpu_tree_s for c in samples[key]]

    plain = walls("mixed/plain")
    sides = {
        "e2e_over_floor": (plain, [f.floor_s for f in mixed_floors]),
        "e2e_over_strict_floor": (plain, [f.strict_floor_s for f in mixed_floors]),
        "doubling_ratio": (walls("double/plain"), plain),
    }
    if "mixed/prefect" in samples:
        sides["prefect_over_plain"] = (walls("mixed/prefect"), plain)
    if stories > 1:
        sides["stories_ratio"] = (walls(f"mixed-{stories}/plain"), plain)
        sides["stories_cpu_ratio"] = (cpus(f"mixed-{stories}/plain"), cpus("mixed/plain"))
    return {
        name: [r for a, b in zip(top, bottom, strict=True) if (r := _ratio(a, b)) is not None]
        for name, (top, bottom) in sides.items()
    }


def _median_ratio(values: list[float]) -> float | None:
    return round(statistics.median(values), 3) if values else None


def print_round_ratios(per_round: dict[str, list[float]], out: Any) -> None:
    print("\nratios per round (the JSON reports their medians):", file=out)
    for name, values in per_round.items():
        print(f"  {name:<20} " + "  ".join(f"{v:.3f}" for v in values), file=out)


def print_judging(costs: dict[str, float | None], out: Any) -> None:
    if not costs:
        return
    print(
        f"\nper article (mixed floor, {costs['pages']} pages): extraction "
        f"{costs['extraction_ms_per_article']:.2f} ms CPU; judging one story "
        f"{costs['judging_ms_per_article_lexicon_story']:.2f} ms with its lexicon "
        f"({costs['lexicon_over_extraction']} of extraction), "
        f"{costs['judging_ms_per_article_model_story']:.2f} ms by its story model "
        f"({costs['model_over_extraction']} of extraction); the embeddings load once in "
        f"{costs['dense_load_once_s']:.2f} s",
        file=out,
    )


def report(
    costs: dict[str, CycleCost],
    floors: dict[str, floor_mod.Floor],
    server: dict[str, Any],
    out: Any,
) -> None:
    print("\nscenario  mode      wall s   CPU s  +workers  floor s  wall/floor  RSS MB  feeds"
          "  new items  articles  server CPU s", file=out)  # fmt: skip
    for key, c in costs.items():
        name, mode = key.split("/")
        fl = floors.get(name)
        ratio = _ratio(c.wall_s, fl.floor_s) if fl else None
        s = c.summary
        print(
            f"{name:<9} {mode:<8} {c.wall_s:7.2f} {c.cpu_s:7.2f} {c.cpu_tree_s:9.2f} "
            f"{fl.floor_s if fl else 0:8.2f} {ratio if ratio is not None else '-':>11} "
            f"{c.peak_rss_mb:7.0f} {s.get('feeds_polled', 0):6} {s.get('items_new', 0):10} "
            f"{s.get('articles_fetched', 0):9} {server.get(key, {}).get('cpu_s', 0):13.2f}",
            file=out,
        )
    print("\nwhere the wall time goes (plain run_once, seconds per step):", file=out)
    steps = sorted({k for c in costs.values() for k in c.stages_s}, key=_step_order)
    print("  " + " ".join(f"{s[:14]:>14}" for s in ["scenario", *steps]), file=out)
    for key, c in costs.items():
        cells = [f"{c.stages_s.get(s, 0):14.2f}" for s in steps]
        print(f"  {key:>14} " + " ".join(cells), file=out)
    print("\nthe floor (CPU seconds per stage, measured standalone):", file=out)
    stages = sorted({k for f in floors.values() for k in f.stages_cpu_s})
    print(
        "  " + " ".join(f"{s[:13]:>13}" for s in ["scenario", *stages, "sum", "/cores"]), file=out
    )
    for name, fl in floors.items():
        cells = [f"{fl.stages_cpu_s.get(s, 0):13.2f}" for s in stages]
        print(
            f"  {name:>13} " + " ".join(cells) + f" {fl.total_cpu_s:13.2f} {fl.floor_s:13.2f}",
            file=out,
        )
        if fl.extra_cpu_s:
            extra = ", ".join(f"{k} {v:.2f} s" for k, v in fl.extra_cpu_s.items())
            print(f"  {'':>13} not in the floor: {extra}; counts {fl.counts}", file=out)


_ORDER = [
    "prepare",
    "poll_and_record",
    "record_polls",
    "pending_articles",
    "fetch_articles",
    "judge_articles",
    "deliver_alerts",
    "finish_run",
]


def _step_order(name: str) -> int:
    return _ORDER.index(name) if name in _ORDER else len(_ORDER)


def print_profile(path: Path, out: Any, top: int = 25) -> None:
    print(f"\nprofile of a mixed cycle, all threads ({path}), by own time:", file=out)
    stats = pstats.Stats(str(path), stream=out)
    stats.sort_stats("tottime").print_stats(top)


def add_web_arguments(parser: argparse.ArgumentParser) -> None:
    """The fixture web's size: --feeds, --items, --hosts, --small."""
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=50, help="items per feed")
    parser.add_argument("--hosts", type=int, default=20, help="distinct 127.0.0.x hosts")
    parser.add_argument("--small", action="store_true", help="20 feeds of 5 items, for CI")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    add_web_arguments(parser)
    parser.add_argument("--no-prefect", action="store_true", help="skip the Prefect runs")
    parser.add_argument(
        "--stories",
        type=int,
        default=1,
        help="stories configured: above 1, invented stories judged by their story model are "
        "added and each round also runs the mixed cycle with all of them (stories_ratio)",
    )
    parser.add_argument("--profile", action="store_true", help="profile an extra mixed cycle")
    parser.add_argument(
        "--repeat", type=int, default=5, help="rounds of warm, mixed, double (medians reported)"
    )
    parser.add_argument("--workdir", help="keep databases and configs here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    args = parser.parse_args(argv)
    if args.hosts > 99 or args.hosts < 1:
        parser.error("--hosts must be 1..99")
    if not 1 <= args.stories <= MAX_STORIES:
        parser.error(f"--stories must be 1..{MAX_STORIES}")
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    result = run(args, sys.stdout)
    result["bench_s"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
