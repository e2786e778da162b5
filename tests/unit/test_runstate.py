"""Which stories an article is judged against: those of the feeds that carried it, in the
configuration's order (``runstate.story_slugs_for``, looked up through ``feeds_by_url``)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from monitor import runstate
from monitor.config import load_config
from monitor.models import Candidate

STORIES = "".join(
    f'[[stories]]\nslug = "{slug}"\ntitle = "Story {slug}"\npublished = "2021-06-03"\n'
    f'url = "https://news.example/{slug}"\nbaseline_file = "baseline.txt"\n\n'
    for slug in ("first", "second", "third")
)
FEEDS = (
    '[[feeds]]\nurl = "https://a.example/feed.xml"\nstories = ["third", "first"]\n\n'
    '[[feeds]]\nurl = "https://b.example/feed.xml"\nstories = ["second", "third"]\n\n'
    '[[feeds]]\nurl = "https://c.example/feed.xml"\n\n'
)


def _candidate(*feeds: str) -> Candidate:
    now = datetime(2021, 6, 10, tzinfo=UTC)
    return Candidate(
        url="https://news.example/x",
        link="https://news.example/x",
        feeds=feeds,
        title="",
        summary="",
        feed_published=now,
        first_seen=now,
    )


def test_an_article_is_judged_for_its_feeds_stories_in_configuration_order(
    tmp_path: Path,
) -> None:
    (tmp_path / "baseline.txt").write_text("A baseline.\n")
    path = tmp_path / "monitor.toml"
    path.write_text(STORIES + FEEDS)
    ctx = runstate.make_context(load_config(path))
    try:
        a, b, c = (f"https://{h}.example/feed.xml" for h in "abc")
        assert runstate.story_slugs_for(ctx, _candidate(b, a)) == ["third", "first", "second"]
        assert runstate.story_slugs_for(ctx, _candidate(b)) == ["second", "third"]
        assert runstate.story_slugs_for(ctx, _candidate(c)) == ["first", "second", "third"]
        everyone = ["first", "second", "third"]
        assert runstate.story_slugs_for(ctx, _candidate()) == everyone  # a recheck
        assert runstate.story_slugs_for(ctx, _candidate("https://gone.example/f")) == everyone
    finally:
        ctx.close()
