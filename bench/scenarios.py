"""The fixture web's shape and scenarios (cold, warm, mixed), the configuration over it, and
the child process that runs one poll cycle (plain or through Prefect) and reports its cost.

Everything here is deterministic: the server, the floor and the driver compute the same feeds,
ETags and article URLs from a :class:`WebShape`, so "the same inputs" means the same bytes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import resource
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from bench.storytexts import extra_stories, write_baselines

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = ("cold", "warm", "mixed", "double")
# Feeds are served from 127.0.0.101 up: three-digit last octets keep URL order equal to
# (host, feed, item) order, so the articles a capped cold run fetches are predictable.
HOST_BASE = 101
MAX_HOSTS = 99
# The clock of the simulated cycles: the cold run, then a day and an hour later (every feed
# is due again whatever interval the adaptive schedule chose, whose maximum is one day).
COLD_NOW = datetime(2021, 7, 1, 12, 0, tzinfo=UTC)
NEXT_NOW = COLD_NOW + timedelta(hours=25)
STORY_SLUG = "us-mexico-enforcement-2021"
STORY_URL = "https://www.buzzfeednews.com/article/hamedaleaziz/biden-mexico-migration-requests"


def shared_dir() -> Path:
    """``$MONITOR_SHARED``, else the ``shared`` folder beside the repository."""
    return Path(os.environ.get("MONITOR_SHARED", REPO.parent / "shared"))


@dataclass(frozen=True)
class WebShape:
    """How big the fixture web is: feeds, items per feed, hosts, and the port they share."""

    feeds: int = 1000
    items: int = 50
    hosts: int = 20
    port: int = 0

    @property
    def new_per_changed(self) -> int:
        """New items a changed feed carries in the mixed scenario (5 of 50); twice as many
        in the double scenario."""
        return max(1, self.items // 10)

    @property
    def most_new(self) -> int:
        """The most new items any scenario adds to one feed (the double scenario's)."""
        return 2 * self.new_per_changed

    def with_port(self, port: int) -> WebShape:
        return WebShape(self.feeds, self.items, self.hosts, port)

    def host_of(self, feed: int) -> str:
        """Feeds sit on hosts in contiguous blocks: feed order is URL order."""
        return f"127.0.0.{HOST_BASE + feed * self.hosts // self.feeds}"

    def host_addresses(self) -> list[str]:
        return sorted({self.host_of(f) for f in range(self.feeds)})

    def feed_url(self, feed: int) -> str:
        return f"http://{self.host_of(feed)}:{self.port}/feeds/{feed:05d}.xml"

    def feed_urls(self) -> list[str]:
        return [self.feed_url(f) for f in range(self.feeds)]

    def article_url(self, feed: int, item: int) -> str:
        return f"http://{self.host_of(feed)}:{self.port}/a/{feed:05d}/{item:04d}.html"

    # -- what each feed serves in each scenario -----------------------------------------

    def feed_class(self, feed: int) -> str:
        """In the mixed scenario: 70% answer 304, 20% resend the same body, 10% changed."""
        tenth = feed % 10
        if tenth < 7:
            return "not_modified"
        return "same_body" if tenth < 9 else "changed"

    def version(self, feed: int, scenario: str) -> int:
        """0 as the cold run saw it; a changed feed is at 1 in mixed, at 2 in double (which
        is mixed with twice the new items per changed feed)."""
        if scenario not in ("mixed", "double") or self.feed_class(feed) != "changed":
            return 0
        return 1 if scenario == "mixed" else 2

    def honours_conditional(self, feed: int, scenario: str) -> bool:
        return not (scenario in ("mixed", "double") and self.feed_class(feed) == "same_body")

    def item_ids(self, feed: int, version: int) -> range:
        """A changed feed slides its window: new items on top, the oldest fall off."""
        start = version * self.new_per_changed
        return range(start, start + self.items)

    def text_id(self, feed: int, item: int) -> int:
        """A distinct number per article URL, so each URL gets its own text variant."""
        if item < self.items:
            return feed * self.items + item
        return self.feeds * self.items + (feed // 10) * self.most_new + item - self.items

    def etag(self, feed: int, version: int) -> str:
        return f'"f{feed}-v{version}"'

    def last_modified(self, feed: int, version: int) -> str:
        when = COLD_NOW - timedelta(minutes=feed % 60) + timedelta(hours=2 * version)
        return format_datetime(when, usegmt=True)

    def item_published(self, feed: int, item: int) -> datetime:
        if item >= self.items:  # the mixed scenario's new items: after the cold run
            return COLD_NOW + timedelta(hours=1, minutes=item - self.items + feed % 50)
        return COLD_NOW - timedelta(hours=item + 1, minutes=feed % 50)

    def changed_feeds(self) -> list[int]:
        return [f for f in range(self.feeds) if self.feed_class(f) == "changed"]

    def new_article_urls(self, version: int = 1) -> list[str]:
        """The articles the mixed (1) or double (2) scenario adds: new items of changed feeds."""
        return [
            self.article_url(f, i)
            for f in self.changed_feeds()
            for i in self.item_ids(f, version)
            if i >= self.items
        ]


SMALL = WebShape(feeds=20, items=5, hosts=5)


def write_config(
    data_dir: Path,
    shape: WebShape,
    *,
    baseline_file: Path,
    max_articles: int | None = None,
    stories: int = 1,
) -> Path:
    """A monitor.toml over the fixture web, with the library's default fetch settings
    (``max_articles`` raises the per-run article cap, for the double scenario; ``stories``
    above 1 adds invented stories judged by their story model, see bench/storytexts.py)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "monitor.toml"
    extra = "".join(
        f'[[stories]]\nslug = "{story.slug}"\ntitle = {json.dumps(story.title)}\n'
        f'published = "{story.published}"\nurl = "{story.url}"\n'
        f"baseline_file = {json.dumps(str(file))}\n\n"
        for story, file in write_baselines(extra_stories(stories - 1), data_dir / "baselines")
    )
    feeds = "".join(f'[[feeds]]\nurl = "{url}"\n\n' for url in shape.feed_urls())
    pipeline = f"[pipeline]\nmax_articles_per_run = {max_articles}\n\n" if max_articles else ""
    path.write_text(
        f"""# Written by `python -m bench`: the fixture web of {shape.feeds} feeds.
[storage]
db = "monitor.duckdb"

[fetch]
user_agent = "monitor-bench/0.1"
private_networks_allowed = ["127.0.0.0/8"]
host_delay_s = 0.0

{pipeline}[[stories]]
slug = "{STORY_SLUG}"
title = "Biden wants Mexico to do more to stop migrants heading for the US border"
published = "2021-06-03"
url = "{STORY_URL}"
baseline_file = {json.dumps(str(baseline_file))}
lexicon = "us-mexico-migration"

{extra}{feeds}""",
        encoding="utf-8",
    )
    return path


def baseline_path() -> Path:
    return shared_dir() / "baseline" / "biden-mexico-migration-requests.txt"


# -- the child process: one cycle, measured ---------------------------------------------


@dataclass
class CycleCost:
    """What one poll cycle cost in its own process."""

    mode: str
    wall_s: float
    cpu_s: float
    import_s: float
    peak_rss_mb: float  # the cycle process's own peak RSS
    peak_tree_mb: float  # the largest PSS total of the cycle process and its workers
    stages_s: dict[str, float]
    summary: dict[str, Any]
    # CPU seconds of the cycle with every process it started (fork server, workers, poll
    # helper): wall time moves with the machine's load, this far less.
    cpu_tree_s: float = 0.0


_STAGES = (
    ("runs", "prepare"),
    ("feedpolls", "poll_and_record"),
    ("feedstate", "record_polls"),
    ("articlefetch", "pending_articles"),
    ("articlefetch", "fetch_articles"),
    ("judgestore", "judge_articles"),
    ("outbox", "deliver_alerts"),
    ("runs", "finish_run"),
)


def _time_stages(stages: dict[str, float]) -> None:
    """Wrap the pipeline's steps with wall-clock timers (the library itself is untouched)."""
    import importlib

    for module_name, name in _STAGES:
        module = importlib.import_module(f"monitor.{module_name}")
        inner = getattr(module, name)

        def timed(*args: Any, _inner: Any = inner, _name: str = name, **kw: Any) -> Any:
            start = time.perf_counter()
            try:
                return _inner(*args, **kw)
            finally:
                stages[_name] = stages.get(_name, 0.0) + time.perf_counter() - start

        # run_once and flows.poll look these up on the module at call time: they see the wrapper.
        setattr(module, name, timed)


def run_cycle(config_path: Path, now: datetime, mode: str, profile: Path | None) -> CycleCost:
    """Run one cycle in this process: ``plain`` through run_once, ``prefect`` through the flow."""
    started = time.perf_counter()
    # The steps' modules: imports are not the cycle.
    from monitor import (  # noqa: F401
        articlefetch,
        feedpolls,
        feedstate,
        judgestore,
        outbox,
        pipeline,
        runs,
    )
    from monitor.config import load_config

    if mode == "prefect":
        from flows.poll import poll
    import_s = time.perf_counter() - started

    stages: dict[str, float] = {}
    _time_stages(stages)
    profiler = _ThreadProfiler() if profile else None
    cpu0 = time.process_time()
    tree0 = tree_cpu_s()
    t0 = time.perf_counter()
    if profiler:
        profiler.start()
    if mode == "plain":
        summary = pipeline.run_once(load_config(config_path), now)
    elif mode == "prefect":
        summary = asyncio.run(poll(config_path=str(config_path), now=now.isoformat()))
    else:
        raise ValueError(f"unknown mode {mode!r}")
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    cpu_tree = tree_cpu_s() - tree0  # the pools are shut down, their workers reaped
    if profiler and profile:
        profiler.stop(profile)
    peak_kb = _own_peak_kb()
    summary = {k: v for k, v in summary.items() if k != "errors"} | {
        "errors": len(summary.get("errors", []))
    }
    # The tree's footprint is sampled by the parent (``run_child``), not in this process.
    return CycleCost(mode, wall, cpu, import_s, peak_kb / 1024, 0.0, stages, summary, cpu_tree)


def tree_cpu_s() -> float:
    """CPU seconds (user and system) of this process and every process it started, so far:
    its own and its reaped children's (``getrusage``), and each live descendant's with the
    descendants it reaped (``/proc/PID/stat``: utime, stime, cutime, cstime). A pool's
    workers are forked by the fork server, which reaps them: their time is in its cutime."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    reaped = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = own.ru_utime + own.ru_stime + reaped.ru_utime + reaped.ru_stime
    ticks = 0
    for pid in _descendants(os.getpid()):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # exited meanwhile: its parent reaped it, or will
        ticks += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
    return total + ticks / os.sysconf("SC_CLK_TCK")


def _own_peak_kb() -> int:
    """This process's peak RSS (VmHWM). Not ``getrusage``: on Linux its ru_maxrss survives
    fork and exec, so a child of a large parent reports the parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class _TreeSampler:
    """Samples the proportional set size (PSS: shared pages counted once, split between their
    sharers) of a process and all its descendants (fork server and workers included) every
    ``interval_s``, and keeps the largest total: the cycle's memory footprint.

    It runs in the bench's own process (``run_child``), not the cycle's: reading a large
    process's PSS makes the kernel walk its page tables (~10-18 ms of CPU a sample for a cycle's
    five processes), and a sampling thread inside the cycle took that CPU, and its GIL, from the
    cycle it measured (0.2 s apart: ~2.3-2.9 s of CPU in a 50-story cycle on a loaded machine).
    A sample whose resident sizes (``statm``, cheap) add up to no more than the peak so far
    cannot hold a new peak (PSS never exceeds RSS) and skips the page walk."""

    def __init__(self, root: int, interval_s: float = 0.2) -> None:
        import threading

        self.root = root
        self.interval_s = interval_s
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        page_kb = os.sysconf("SC_PAGE_SIZE") / 1024
        while True:
            pids = [self.root, *_descendants(self.root)]
            if _tree_rss_kb(pids, page_kb) / 1024 > self.peak_mb:
                self.peak_mb = max(self.peak_mb, _tree_pss_kb(pids) / 1024)
            if self._stop.wait(self.interval_s):
                return

    @staticmethod
    def available() -> bool:
        return Path("/proc/self/smaps_rollup").exists()


def _descendants(root: int) -> list[int]:
    """Every live process below ``root`` (not ``root`` itself), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], list(children.get(root, []))
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _tree_rss_kb(pids: list[int], page_kb: float) -> float:
    """The resident sizes of ``pids`` added up (shared pages counted in each: at least their
    PSS total)."""
    total = 0.0
    for pid in pids:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page_kb
        except (OSError, IndexError, ValueError):
            continue
    return total


def _tree_pss_kb(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            continue
    return total


class _ThreadProfiler:
    """cProfile in every thread (the pipeline's fetch pool included), merged at the end."""

    def __init__(self) -> None:
        import cProfile

        self._make = cProfile.Profile
        self._profiles: list[Any] = []

    def _boot(self, frame: Any, event: str, arg: Any) -> None:
        profiler = self._make()
        self._profiles.append(profiler)
        sys.setprofile(None)
        profiler.enable()

    def start(self) -> None:
        import threading

        threading.setprofile(self._boot)
        main = self._make()
        self._profiles.append(main)
        main.enable()

    def stop(self, path: Path) -> None:
        import pstats
        import threading

        threading.setprofile(None)
        for p in self._profiles:
            p.disable()
        stats = pstats.Stats(self._profiles[0])
        for p in self._profiles[1:]:
            try:
                stats.add(p)
            except TypeError:  # a thread that never ran any profiled code
                continue
        stats.dump_stats(str(path))


def run_child(
    config_path: Path,
    now: datetime,
    mode: str,
    *,
    env: dict[str, str] | None = None,
    profile: Path | None = None,
    timeout_s: float = 3600,
) -> CycleCost:
    """Run one cycle in a fresh Python process, so its peak RSS is its own."""
    import subprocess

    cmd = [
        sys.executable,
        "-m",
        "bench.scenarios",
        "--config",
        str(config_path),
        "--now",
        now.isoformat(),
        "--mode",
        mode,
    ]
    if profile:
        cmd += ["--profile", str(profile)]
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        env={**os.environ, "PYTHONFAULTHANDLER": "1", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampler = _TreeSampler(proc.pid) if _TreeSampler.available() else None
    if sampler:
        sampler.start()
    try:
        stdout, stderr = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    finally:
        if sampler:
            sampler.stop()
    process_s = time.perf_counter() - started
    lines = [ln for ln in stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"cycle child ({mode}) failed with {proc.returncode}:\n{stderr[-4000:]}")
    data = json.loads(lines[-1])
    data["peak_tree_mb"] = sampler.peak_mb if sampler else 0.0
    data["summary"]["process_s"] = round(process_s, 3)
    return CycleCost(**data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="one measured poll cycle (a bench child)")
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--now", required=True)
    parser.add_argument("--mode", choices=("plain", "prefect"), default="plain")
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    cost = run_cycle(args.config, datetime.fromisoformat(args.now), args.mode, args.profile)
    print(json.dumps(asdict(cost), default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
