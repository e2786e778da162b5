"""The real-text development stories (bench/stories): well-formed labels, no text committed.

The first part checks every committed story folder; the second the loader and the harness on a
story written to a temporary folder; the last part needs the story cache and skips without it.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from bench.stories import __main__ as stories_cli
from bench.stories.dataset import (
    CACHE_ENV,
    CASE_FIELDS,
    CATEGORIES,
    MINIMUM,
    STORIES_DIR,
    STORY_FIELDS,
    DatasetError,
    StoryUnavailable,
    available_stories,
    cache_dir,
    load_story,
    read_cases,
    read_meta,
    story_slugs,
)
from bench.stories.harness import judge
from bench.stories.loo import Matched, Sweep, bounds, leave_one_out, measure, table

from monitor import storymodel

LONGEST_FIELD = 300  # no excerpt may hide in a label file
SLUGS = story_slugs()


def _lines(slug: str) -> list[dict[str, object]]:
    path = STORIES_DIR / slug / "cases.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_there_are_stories() -> None:
    assert "surfside-collapse-2021" in SLUGS
    assert "astroworld-2021" in SLUGS


@pytest.mark.parametrize("slug", SLUGS)
def test_story_toml_has_its_fields_and_no_long_text(slug: str) -> None:
    raw = tomllib.loads((STORIES_DIR / slug / "story.toml").read_text(encoding="utf-8"))
    assert set(STORY_FIELDS) <= set(raw)
    assert raw["slug"] == slug
    assert raw["language"] in ("en", "es")
    date.fromisoformat(raw["published"])
    too_long = [s[:60] for s in _strings(raw) if len(s) > LONGEST_FIELD]
    assert not too_long, f"{slug}/story.toml holds long text: {too_long}"


@pytest.mark.parametrize("slug", SLUGS)
def test_cases_have_their_fields_allowed_categories_and_consistent_labels(slug: str) -> None:
    for case in _lines(slug):
        assert set(CASE_FIELDS) <= set(case), case.get("id")
        assert case["category"] in CATEGORIES, case["id"]
        assert case["label"] is CATEGORIES[str(case["category"])], case["id"]
        assert str(case["id"]).strip() and str(case["url"]).startswith("http"), case["id"]
        assert str(case["query"]).strip() and str(case["note"]).strip(), case["id"]
        if case["published"] is not None:
            date.fromisoformat(str(case["published"]))


@pytest.mark.parametrize("slug", SLUGS)
def test_no_case_file_holds_long_text(slug: str) -> None:
    for case in _lines(slug):
        too_long = [s[:60] for s in _strings(case) if len(s) > LONGEST_FIELD]
        assert not too_long, f"{slug} {case['id']} holds long text: {too_long}"


@pytest.mark.parametrize("slug", SLUGS)
def test_ids_and_urls_are_unique_within_a_story(slug: str) -> None:
    cases = _lines(slug)
    ids = [c["id"] for c in cases]
    urls = [c["url"] for c in cases]
    assert len(ids) == len(set(ids))
    assert len(urls) == len(set(urls))


def test_ids_are_unique_across_stories() -> None:
    ids = [c["id"] for slug in SLUGS for c in _lines(slug)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("slug", SLUGS)
def test_each_story_meets_the_minimum_counts(slug: str) -> None:
    counts = {name: 0 for name in CATEGORIES}
    for case in _lines(slug):
        counts[str(case["category"])] += 1
    short = {name: counts[name] for name, least in MINIMUM.items() if counts[name] < least}
    assert not short, f"{slug} has too few cases: {short} (minimum {MINIMUM})"


@pytest.mark.parametrize("slug", SLUGS)
def test_dates_agree_with_the_categories(slug: str) -> None:
    baseline = read_meta(slug).published
    for case in read_cases(slug):
        if case.category == "pre-baseline":
            assert case.published is not None and case.published < baseline, case.id
        elif case.published is not None:
            # Anything dated before the baseline is pre-baseline, whatever it is about.
            assert case.published >= baseline, f"{case.id}: {case.category} before the baseline"


def test_the_loader_skips_cleanly_without_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert cache_dir() == tmp_path
    assert available_stories() == []
    with pytest.raises(StoryUnavailable, match="no texts in the cache"):
        load_story(SLUGS[0])
    assert stories_cli.main([]) == 0
    assert "no story texts in the cache" in capsys.readouterr().err
    assert stories_cli.main(["--story", SLUGS[0]]) == 2
    assert "bench/stories/README.md" in capsys.readouterr().err


def _write_story(root: Path, cache: Path) -> None:
    folder = root / "collapse-x"
    folder.mkdir(parents=True)
    (folder / "story.toml").write_text(
        'slug = "collapse-x"\ntitle = "Tower collapses in Portvale"\n'
        'url = "https://news.example/portvale-tower"\npublished = "2021-06-24"\n'
        'language = "en"\nsummary = "A tower fell."\nquery = "portvale tower collapse"\n',
        encoding="utf-8",
    )
    cases = [
        ("cx-001", "followup", "2021-06-30", True),
        ("cx-002", "hard-negative", "2022-01-02", False),
        ("cx-003", "off-topic", None, False),
    ]
    lines = [
        json.dumps(
            {
                "id": cid,
                "url": f"https://news.example/{cid}",
                "title": f"Headline {cid}",
                "published": day,
                "label": label,
                "category": category,
                "query": "portvale",
                "note": "test case",
            }
        )
        for cid, category, day, label in cases
    ]
    (folder / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = cache / "collapse-x"
    texts.mkdir(parents=True)
    (texts / "baseline.txt").write_text(
        "Tower collapses in Portvale\nThe Harbourline tower in Portvale fell at night.\n",
        encoding="utf-8",
    )
    (texts / "cx-001.txt").write_text("Headline cx-001\nRescuers dig at Harbourline.\n")
    (texts / "cx-002.txt").write_text("Headline cx-002\nAnother building fell elsewhere.\n")
    # cx-003 has no text in the cache: it is left out and counted.


def test_the_loader_reads_texts_and_leaves_out_cases_without_one(tmp_path: Path) -> None:
    root, cache = tmp_path / "stories", tmp_path / "cache"
    _write_story(root, cache)
    assert available_stories(root, cache) == ["collapse-x"]
    dev = load_story("collapse-x", root, cache)
    assert dev.meta.published == date(2021, 6, 24)
    assert dev.baseline_title == "Tower collapses in Portvale"
    assert "Harbourline" in dev.baseline_text
    assert [c.id for c in dev.cases] == ["cx-001", "cx-002"]
    assert dev.cases[0].text == "Rescuers dig at Harbourline."
    assert dev.missing == ("cx-003",)
    result = judge(dev)
    assert result.metrics.total == 2
    assert [j.case.id for j in result.judged] == ["cx-001", "cx-002"]
    report = result.as_json()
    assert report["n"] == 2 and report["missing_texts"] == 1
    categories = report["categories"]
    assert isinstance(categories, dict)
    assert set(categories) == {"followup", "hard-negative"}


def test_a_label_that_contradicts_its_category_is_named(tmp_path: Path) -> None:
    root, cache = tmp_path / "stories", tmp_path / "cache"
    _write_story(root, cache)
    path = root / "collapse-x" / "cases.jsonl"
    path.write_text(path.read_text().replace('"label": false', '"label": true', 1))
    with pytest.raises(DatasetError, match=r"line 2: label True contradicts category"):
        read_cases("collapse-x", root)


@pytest.mark.skipif(not available_stories(), reason="story cache not available")
@pytest.mark.parametrize("slug", available_stories())
def test_every_case_of_a_cached_story_has_its_text(slug: str) -> None:
    dev = load_story(slug)
    assert not dev.missing, f"{slug}: no text in the cache for {dev.missing}"
    assert all(case.text.strip() for case in dev.cases)
    assert dev.baseline_text.strip()


def _matched(label: bool, cosine: float, headline: float = 0.0) -> Matched:
    match = storymodel.Match(cosine, headline, None, (), ())
    return Matched(label=label, dated_ok=True, match=match)


def test_leave_one_out_reports_each_story_with_weights_tuned_on_the_others() -> None:
    # Two stories that agree (follow-ups above 0.5, others below) and one that does not: the
    # odd one out is measured with the threshold the two others chose, never its own.
    agree = [_matched(True, 0.8), _matched(True, 0.6), _matched(False, 0.3), _matched(False, 0.1)]
    odd = [_matched(True, 0.3), _matched(True, 0.25), _matched(False, 0.05), _matched(False, 0.0)]
    folds = {f.story: f for f in leave_one_out({"a": agree, "b": list(agree), "odd": odd})}
    assert set(folds) == {"a", "b", "odd"}
    assert 0.3 < folds["odd"].weights.at_threshold <= 0.6
    assert folds["odd"].metrics.recall == 0.0 and folds["odd"].metrics.fp == 0
    assert folds["a"].metrics.f1 == 1.0 and folds["a"].metrics.c_det_norm == 0.0
    assert "held-out story" in table(list(folds.values()))


def test_the_tuning_sweep_counts_as_the_measure_does() -> None:
    cases = [_matched(True, 0.8), _matched(True, 0.45), _matched(False, 0.45)]
    cases += [_matched(False, 0.2), Matched(True, False, storymodel.Match(0.9, 0.0, None, (), ()))]
    # A follow-up the own-term floor lifts is taken at every threshold, whatever the probe's.
    floored = storymodel.Match(0.1, 0.0, None, ("line 7",), (), repeats="line 7")
    cases.append(Matched(True, True, floored))
    probe = storymodel.Weights(headline=0.0, dense=0.0)
    for threshold in (0.0, 0.2, 0.45, 0.5, 0.8, 1.0):
        weights = replace(probe, at_threshold=threshold)
        assert Sweep(cases, probe).at(threshold) == measure(cases, weights)


def test_the_time_weight_is_tuned_where_referring_back_tells_follow_ups_apart() -> None:
    # Late follow-ups that name the event's time sit just under look-alikes that do not: only
    # the time weight separates them, and the folds choose it.
    def late(label: bool, cosine: float, back: bool) -> Matched:
        match = storymodel.Match(cosine, 0.0, None, (), (), refers_back=back)
        return Matched(label=label, dated_ok=True, match=match)

    story = [late(True, 0.40, True), late(True, 0.42, True), late(False, 0.45, False)]
    story += [late(False, 0.1, False)]
    folds = leave_one_out({"a": story, "b": list(story), "c": list(story)})
    assert all(f.weights.time > 0 for f in folds)
    assert all(f.metrics.f1 == 1.0 for f in folds)


def test_the_bounds_tune_each_story_on_itself() -> None:
    # The odd story cannot be served by the others' threshold, but tuned on itself it can:
    # its bound is perfect where its held-out figure is not.
    agree = [_matched(True, 0.8), _matched(True, 0.6), _matched(False, 0.3), _matched(False, 0.1)]
    odd = [_matched(True, 0.3), _matched(True, 0.25), _matched(False, 0.05), _matched(False, 0.0)]
    text = bounds({"a": agree, "b": list(agree), "odd": odd})
    row = next(line for line in text.splitlines() if line.strip().startswith("odd"))
    assert row.split()[-4:] == ["1.000", "1.000", "1.000", "0.000"]  # P, R, F1, C_det
