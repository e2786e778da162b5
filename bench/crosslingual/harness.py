"""Loading the cross-lingual cases: a development story's baseline, the articles of the other
language written about it (follow-ups) or about its field (look-alikes).

``bench/crosslingual/<slug>.jsonl`` holds the cases (the fields of ``bench/stories``' case
files: labels, URLs, dates, titles, queries, our notes); their texts are in the story cache,
``<cache>/<slug>/across/<id>.txt``, the headline on the first line (see the README).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bench.stories.dataset import DevStory, cache_dir, load_story, read_case_file

CASES_DIR = Path(__file__).resolve().parent
ACROSS = "across"  # the cache folder of a story's cross-lingual texts


def slugs(root: Path = CASES_DIR) -> list[str]:
    """The stories with cross-lingual cases."""
    return sorted(p.stem for p in root.glob("*.jsonl"))


def load(slug: str, root: Path = CASES_DIR, cache: Path | None = None) -> DevStory:
    """The story's baseline with its cross-lingual cases (in place of its own) whose texts are
    in the cache; ``StoryUnavailable`` without the baseline."""
    cache = cache or cache_dir()
    dev = load_story(slug, cache=cache)
    folder = cache / slug / ACROSS
    cases = []
    missing = []
    for case in read_case_file(root / f"{slug}.jsonl"):
        path = folder / f"{case.id}.txt"
        if path.is_file():
            _, _, text = path.read_text(encoding="utf-8").partition("\n")
            cases.append(replace(case, text=text.strip()))
        else:
            missing.append(case.id)
    return replace(dev, cases=tuple(cases), missing=tuple(missing))
