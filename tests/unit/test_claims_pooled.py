"""bench.claims.pooled's ranking and cut, on invented scores (no model, no story cache)."""

from __future__ import annotations

import math

from bench.claims.pooled import Item, Part, auc, best_cut


def _item(label: str, *claims: tuple[float, bool]) -> Item:
    item = Item("case#0", label, "", {})
    item.parts = [Part(0, 1, known, {"s": score}) for score, known in claims]
    return item


def _signal(signals: dict[str, float]) -> float:
    return signals["s"]


def test_auc_counts_restatements_above_new_facts_and_ties_as_half() -> None:
    assert auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert auc([0.1], [0.9]) == 0.0
    assert auc([0.5], [0.5, 0.4]) == 0.75
    assert math.isnan(auc([], [0.3]))


def test_a_span_scores_as_its_lowest_claim_and_a_known_claim_passes_any_threshold() -> None:
    item = _item("whole", (0.9, True), (0.4, False))
    assert item.score(_signal, matcher=False) == 0.4
    assert item.score(_signal, matcher=True) == 0.4
    assert _item("whole", (0.2, True)).score(_signal, matcher=True) == math.inf
    assert not item.shown_known


def test_the_cut_stops_above_the_new_fact_it_would_lose() -> None:
    # twenty new facts, one of them scoring above every restatement: at 0.95 surfaced one may go
    items = [_item("new", (0.1 * (i % 5), False)) for i in range(19)]
    items += [_item("new", (0.95, False)), _item("whole", (0.9, False))]
    items += [_item("inside", (0.6, False))]
    scores = [i.score(_signal, matcher=False) for i in items]
    cut = best_cut(items, scores)
    assert cut.new_kept == 19  # the 0.95 new fact goes, the 0.4 ones stay
    assert cut.restatements == 2
    assert 0.4 < cut.threshold <= 0.6
    # losing none: nothing above the 0.95 new fact is a restatement
    assert best_cut(items, scores, lost=0).restatements == 0
