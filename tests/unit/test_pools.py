"""The worker processes' fork server preloads the word table and the static embeddings exactly
when a story is judged by its story model (every extraction worker then weighs articles' words
by rarity and compares openings by embeddings)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from monitor import pools
from monitor.models import Story

_CHILD = """
import sys
from datetime import date
from monitor import pools, relevance
from monitor.models import Story

lexicon = None if sys.argv[1] == "model" else "us-mexico-migration"
if sys.argv[2] == "polling":  # as polling starts it: the words load on a thread of the server
    pools.start_worker_server(lexicon is None, background=True)
story = Story("a-story", "Title", "https://example.org/a", date(2021, 6, 3), lexicon=lexicon)
profile = relevance.build_profile(story, "A bridge closed in Port Alder", "The Harbour bridge.")
with pools.process_pool(2, {story.slug: profile}) as pool:
    tables = "__import__('monitor.wordfrequency').wordfrequency._frequencies.cache_info().currsize"
    embeddings = "__import__('monitor.dense').dense.loaded()"
    print(pool.submit(eval, tables).result(), pool.submit(eval, embeddings).result())
"""


@pytest.mark.parametrize("started_by", ["pool", "polling"])
@pytest.mark.parametrize(("judged_by", "preloaded"), [("model", "1 True"), ("lexicon", "0 False")])
def test_a_worker_starts_with_the_word_table_and_embeddings_only_when_a_story_needs_them(
    judged_by: str, preloaded: str, started_by: str
) -> None:
    # A fresh process: its fork server starts with this pool, preloading what it needs, or
    # just before it, as polling starts it (the pool's workers fork before the words are
    # loaded on the server's thread: they load the rest themselves).
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, judged_by, started_by],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == preloaded


def test_only_a_story_without_a_lexicon_needs_the_word_table() -> None:
    def story(lexicon: str | None) -> Story:
        return Story("s", "T", "https://example.org/s", date(2021, 1, 1), lexicon=lexicon)

    assert pools.needs_word_table([story("us-mexico-migration"), story(None)])
    assert not pools.needs_word_table([story("us-mexico-migration")])
    assert not pools.needs_word_table([])
