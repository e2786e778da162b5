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
