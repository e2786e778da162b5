"""The benchmark's ratios are taken within a round, then their median is reported."""

from __future__ import annotations

from bench.__main__ import _median_ratio, _round_ratios
from bench.floor import Floor
from bench.scenarios import CycleCost


def _cost(mode: str, wall_s: float) -> CycleCost:
    return CycleCost(mode, wall_s, 0.0, 0.0, 0.0, 0.0, {}, {})


def _floor(floor_s: float) -> Floor:
    return Floor(stages_cpu_s={"extraction": floor_s * 2}, cores=2)


def test_each_ratio_pairs_the_samples_of_one_round() -> None:
    # A machine that slows down: plain takes 10, 20, 30 s in rounds 1-3.
    samples = {
        "mixed/plain": [_cost("plain", w) for w in (10.0, 20.0, 30.0)],
        "mixed/prefect": [_cost("prefect", w) for w in (30.0, 11.0, 21.0)],
        "double/plain": [_cost("plain", w) for w in (19.0, 40.0, 63.0)],
    }
    floors = [_floor(f) for f in (8.0, 16.0, 30.0)]

    ratios = _round_ratios(samples, floors)

    assert ratios["prefect_over_plain"] == [3.0, 0.55, 0.7]
    assert ratios["e2e_over_floor"] == [1.25, 1.25, 1.0]
    assert ratios["doubling_ratio"] == [1.9, 2.0, 2.1]
    # The median of the rounds' ratios, not the ratio of the medians (21 / 20 = 1.05).
    assert _median_ratio(ratios["prefect_over_plain"]) == 0.7
    assert _median_ratio(ratios["doubling_ratio"]) == 2.0


def test_without_prefect_runs_there_is_no_prefect_ratio() -> None:
    samples = {
        "mixed/plain": [_cost("plain", 10.0)],
        "double/plain": [_cost("plain", 20.0)],
    }
    ratios = _round_ratios(samples, [_floor(10.0)])
    assert "prefect_over_plain" not in ratios
    assert _median_ratio(ratios.get("prefect_over_plain", [])) is None
    assert ratios["doubling_ratio"] == [2.0]


def test_the_stories_ratios_pair_wall_and_cpu_time_of_one_round() -> None:
    def cost(wall_s: float, cpu_tree_s: float) -> CycleCost:
        return CycleCost("plain", wall_s, 0.0, 0.0, 0.0, 0.0, {}, {}, cpu_tree_s)

    samples = {
        "mixed/plain": [cost(10.0, 12.0), cost(20.0, 13.0)],
        "mixed-50/plain": [cost(15.0, 15.0), cost(22.0, 14.3)],
        "double/plain": [cost(20.0, 0.0), cost(40.0, 0.0)],
    }
    ratios = _round_ratios(samples, [_floor(8.0), _floor(16.0)], stories=50)
    assert ratios["stories_ratio"] == [1.5, 1.1]
    # CPU time with the workers moves far less with the machine's load than wall time.
    assert ratios["stories_cpu_ratio"] == [1.25, 1.1]


_BURNER = """
import subprocess, sys, time

def burn(seconds):
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass

if sys.argv[1] == "child":
    # Like the fork server: starts a process, which burns CPU and exits, and reaps it.
    subprocess.run([sys.executable, "-c", sys.argv[2], "grandchild", sys.argv[2]], check=True)
    burn(0.2)
    print("done", flush=True)
    sys.stdin.read()  # alive until the test has measured
else:
    burn(0.3)
"""


def test_a_cycles_cpu_time_counts_the_processes_it_started() -> None:
    import subprocess
    import sys

    from bench.scenarios import tree_cpu_s

    before = tree_cpu_s()
    child = subprocess.Popen(
        [sys.executable, "-c", _BURNER, "child", _BURNER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "done"
        # Alive: its own CPU and its reaped child's, read from /proc.
        assert tree_cpu_s() - before >= 0.45
    finally:
        child.communicate("")
    # Reaped: counted by getrusage.
    assert tree_cpu_s() - before >= 0.45


def test_the_strict_floor_counts_novelty_only_on_the_follow_ups() -> None:
    # Novelty on every article costs 6 s of CPU; on the follow-ups alone 1 s (2 cores).
    floor = Floor(
        stages_cpu_s={"extraction": 10.0, "novelty": 6.0},
        extra_cpu_s={"novelty_followups_only": 1.0},
        cores=2,
    )
    assert floor.floor_s == 8.0
    assert floor.strict_floor_s == 5.5
    samples = {
        "mixed/plain": [_cost("plain", 11.0)],
        "double/plain": [_cost("plain", 20.0)],
    }
    ratios = _round_ratios(samples, [floor])
    assert ratios["e2e_over_floor"] == [1.375]
    assert ratios["e2e_over_strict_floor"] == [2.0]
    # A floor measured before the split (no follow-up line) reads the same both ways.
    assert Floor(stages_cpu_s={"novelty": 4.0}, cores=2).strict_floor_s == 2.0
