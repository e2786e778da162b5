"""What a worker process computes for judging equals what judging would compute itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from monitor import dates, judging, relevance, syndication, text, urls, workers
from monitor.models import Candidate, FetchResult, Story

NOW = datetime(2021, 6, 10, 12, 0, tzinfo=UTC)
STORY = Story(
    slug="us-mexico-enforcement-2021",
    title="Biden Wants Mexico To Do More To Stop Immigrants Trying To Cross The US Border",
    url="https://www.buzzfeednews.com/article/hamedaleaziz/biden-mexico-migration-requests",
    published=date(2021, 6, 3),
    lexicon="us-mexico-migration",
)
ARTICLE = (
    "Vice President Kamala Harris met Mexican President Andrés Manuel López Obrador in "
    "Mexico City on Tuesday, where the two governments agreed to work together on migration "
    "enforcement at Mexico's southern border with Guatemala. US officials asked Mexico to "
    "accept more families expelled under Title 42 and to add checkpoints on the routes "
    "migrants take north. Border Patrol agents recorded more than 180,000 encounters at the "
    "southwest border in May, the highest monthly figure in years."
)


@pytest.fixture
def profiles(baseline_text: str) -> Iterator[None]:
    profile = relevance.build_profile(STORY, STORY.title, baseline_text)
    workers.install_profiles({STORY.slug: profile})
    yield
    workers.install_profiles({})


def _fetched(body: str, url: str) -> FetchResult:
    html = f"<html><head><title>Harris in Mexico</title></head><body><article>{body}</article>"
    return FetchResult(
        url=url,
        final_url=url,
        status=200,
        body=(html + "</body></html>").encode(),
        headers={"content-type": "text/html"},
        fetched_at=NOW,
    )


def _candidate(url: str, known: str | None = None) -> Candidate:
    return Candidate(
        url=url,
        link=url,
        feeds=(),
        title="Harris in Mexico",
        summary="",
        feed_published=datetime(2021, 6, 8, 15, 0, tzinfo=UTC),
        first_seen=NOW,
        known_fingerprint=known,
    )


def test_a_worker_assesses_a_new_page_as_judging_would(profiles: None) -> None:
    url = "https://news.example/2021/06/08/harris-mexico"
    done = workers.extract_fetched(_candidate(url), _fetched(ARTICLE, url), NOW)
    assert done.page is not None and done.assessed_as is not None
    title, published, date_source = done.assessed_as
    assert (published, date_source) == dates.resolve_published(
        datetime(2021, 6, 8, 15, 0, tzinfo=UTC), done.page.published_raw, done.page.text, NOW
    )
    (profile,) = workers._PROFILES.values()
    assert done.scores == {STORY.slug: relevance.score_article(profile, title, done.page.text)}
    # Judging decides from that score exactly as a fresh assessment would.
    expected = relevance.assess(
        profile,
        url=url,
        title=title,
        text=done.page.text,
        published=published,
        date_source=date_source,
        site=urls.site_of(url),
        threshold=None,
    )
    decided = workers.assess_page(
        profile, url, done.page.text, done.assessed_as, scored=done.scores[STORY.slug]
    )
    assert decided == expected and decided.follow_up


def test_a_worker_hashes_the_page_as_judging_would() -> None:
    url = "https://news.example/2021/06/08/harris-mexico"
    body = ARTICLE.replace("Tuesday", "Tuesday\u00a0\u201cafternoon\u201d")  # quotes, spaces
    done = workers.extract_fetched(_candidate(url, known="abc"), _fetched(body, url), NOW)
    assert done.page is not None and done.fingerprint is not None
    assert done.fingerprint == text.fingerprint(done.page.text)
    assert done.simhash == syndication.simhash(done.page.text) is not None
    assert judging.page_fingerprint(done) == done.fingerprint and judging.is_revision(done)


def test_no_assessment_for_a_revision_or_without_profiles(profiles: None) -> None:
    url = "https://news.example/2021/06/08/harris-mexico"
    revision = workers.extract_fetched(_candidate(url, known="abc"), _fetched(ARTICLE, url), NOW)
    assert revision.page is not None and revision.scores == {}
    workers.install_profiles({})
    plain = workers.extract_fetched(_candidate(url), _fetched(ARTICLE, url), NOW)
    assert plain.page is not None and plain.scores == {} and plain.assessed_as is None


def test_stories_that_score_a_page_alike_send_back_one_score() -> None:
    def story(slug: str) -> Story:
        return Story(slug, slug, f"https://example.org/{slug}", date(2021, 6, 1))

    baselines = {
        "bridge": "Harbour bridge in Port Alder closed after a barge struck its pier",
        "quarry": "A quarry blast at Velmont injured four workers on the Cressway site",
        "summit": "Harris met López Obrador in Mexico City to discuss migration enforcement",
    }
    profiles = {
        slug: relevance.build_profile(story(slug), text, text) for slug, text in baselines.items()
    }
    workers.install_profiles(profiles)
    try:
        url = "https://news.example/2021/06/08/harris-mexico"
        done = workers.extract_fetched(_candidate(url), _fetched(ARTICLE, url), NOW)
    finally:
        workers.install_profiles({})
    assert done.page is not None and done.assessed_as is not None
    title, published, _ = done.assessed_as
    for slug, profile in profiles.items():  # each score is still the story's own
        assert done.scores[slug] == relevance.score_article(
            profile, title, done.page.text, published
        )
    assert done.scores["bridge"] is done.scores["quarry"]  # nothing of either: one object
    assert done.scores["summit"] != done.scores["bridge"]
