"""The demo news web over real HTTP on 127.0.0.1: feeds per tick, conditional GET, pages, receiver.

Pages are read with trafilatura and feeds with feedparser, as the monitor reads them.
"""

from __future__ import annotations

import io
import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import apprise
import feedparser
import pytest
import trafilatura

from monitor.demo import DemoWeb, site

# Only 127.0.0.1, never through a proxy from the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))

# Item counts per tick of the RSS, Atom and JSON feeds, in ``feed_urls()`` order.
FEED_COUNTS = [(2, 5, 8, 10), (2, 7, 9, 12), (1, 1, 4, 6)]


def get(
    url: str, headers: dict[str, str] | None = None, method: str = "GET", data: bytes | None = None
) -> tuple[int, dict[str, str], bytes]:
    assert urlsplit(url).hostname == "127.0.0.1"
    request = urllib.request.Request(url, headers=headers or {}, method=method, data=data)
    try:
        with _OPENER.open(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb() as server:
        yield server


@pytest.fixture
def tick(web: DemoWeb) -> Iterator[None]:
    """Leave the shared server at tick 1 after each test that moves it."""
    yield
    web.set_tick(1)


def parse_xml_feed(body: bytes, content_type: str) -> feedparser.FeedParserDict:
    return feedparser.parse(io.BytesIO(body), response_headers={"content-type": content_type})


def canonical(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def test_feeds_list_the_expected_items_at_each_tick(web: DemoWeb, tick: None) -> None:
    rss, atom, jsonfeed = web.feed_urls()
    for n in range(1, web.ticks + 1):
        web.set_tick(n)
        now = web.tick_now(n)
        pairs = zip((rss, atom), ("rss20", "atom10"), FEED_COUNTS[:2], strict=True)
        for url, kind, counts in pairs:
            status, headers, body = get(url)
            assert status == 200
            parsed = parse_xml_feed(body, headers["Content-Type"])
            assert not parsed.bozo, parsed.get("bozo_exception")
            assert parsed.version == kind
            assert len(parsed.entries) == counts[n - 1]
            for entry in parsed.entries:
                assert entry.id and entry.link.startswith(web.base_url)
                assert entry.published_parsed is not None
                published = parsedate_to_datetime(entry.published) if kind == "rss20" else None
                if published is not None:
                    assert published <= now
        status, headers, body = get(jsonfeed)
        assert headers["Content-Type"].startswith("application/feed+json")
        doc = json.loads(body)
        assert doc["version"] == "https://jsonfeed.org/version/1.1"
        assert len(doc["items"]) == FEED_COUNTS[2][n - 1]
        for item in doc["items"]:
            assert item["id"] and item["url"].startswith(web.base_url)
            published = datetime.fromisoformat(item["date_published"])
            assert published.tzinfo is not None and published <= now
    assert web.expectations.feed_items == {
        url: counts for url, counts in zip(web.feed_urls(), FEED_COUNTS, strict=True)
    }


def test_monitor_feed_parser_reads_every_feed_with_dates(web: DemoWeb, tick: None) -> None:
    from monitor.feeds import parse_feed

    for n in range(1, web.ticks + 1):
        web.set_tick(n)
        for url, counts in zip(web.feed_urls(), FEED_COUNTS, strict=True):
            parsed = parse_feed(get(url)[2], url, now=web.tick_now(n))
            assert len(parsed.items) == counts[n - 1]
            # No date is dropped as "in the future": the simulated clock is consistent.
            assert all(item.published is not None for item in parsed.items)


def test_conditional_get_answers_304_until_the_feed_changes(web: DemoWeb, tick: None) -> None:
    rss = web.feed_urls()[0]
    status, headers, body = get(rss)
    assert status == 200 and body
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert parsedate_to_datetime(last_modified).year == 2021

    status, headers, body = get(rss, {"If-None-Match": etag})
    assert (status, body, headers["ETag"]) == (304, b"", etag)
    status, _, body = get(rss, {"If-Modified-Since": last_modified})
    assert (status, body) == (304, b"")
    status, _, body = get(rss, {"If-None-Match": '"something-else"'})
    assert status == 200 and body

    web.set_tick(2)
    status, headers, _ = get(rss, {"If-None-Match": etag, "If-Modified-Since": last_modified})
    assert status == 200 and headers["ETag"] != etag
    status, _, _ = get(rss, {"If-Modified-Since": last_modified})
    assert status == 200


def test_an_unchanged_feed_costs_a_304_at_the_next_tick(web: DemoWeb, tick: None) -> None:
    wire = web.feed_urls()[2]
    _, headers, _ = get(wire)
    web.set_tick(2)
    status, _, body = get(wire, {"If-None-Match": headers["ETag"]})
    assert (status, body) == (304, b"")
    assert web.expectations.not_modified == {2: (wire,), 3: (), 4: ()}


def test_every_item_link_resolves_to_its_canonical_html_page(web: DemoWeb, tick: None) -> None:
    web.set_tick(web.ticks)
    links: list[str] = []
    for url in web.feed_urls()[:2]:
        _, headers, body = get(url)
        links += [e.link for e in parse_xml_feed(body, headers["Content-Type"]).entries]
    links += [item["url"] for item in json.loads(get(web.feed_urls()[2])[2])["items"]]
    assert len(links) == len(site.ARTICLES)
    assert any("utm_source=rss" in link for link in links)
    for link in links:
        status, headers, body = get(link)
        assert status == 200, link
        assert headers["Content-Type"].startswith("text/html")
        assert f'<link rel="canonical" href="{canonical(link)}">' in body.decode()


def test_future_pages_and_unknown_paths_are_404(web: DemoWeb) -> None:
    later = next(a for a in site.ARTICLES if a.tick == 3 and a.revision is None)
    assert get(web.base_url + later.path)[0] == 404
    assert get(web.base_url + "/borderline/2021/06/03/no-such-story")[0] == 404
    assert get(web.base_url + "/wp-admin")[0] == 404
    assert get(web.base_url + "/borderline/feed.rss", method="POST", data=b"{}")[0] == 404
    assert get(web.baseline_url())[0] == 200


@pytest.mark.parametrize("article", site.ARTICLES, ids=lambda a: a.slug)
def test_trafilatura_extracts_each_page(web: DemoWeb, tick: None, article: site.Article) -> None:
    web.set_tick(web.ticks)
    status, _, body = get(web.base_url + article.path)
    assert status == 200
    doc = trafilatura.bare_extraction(
        body.decode(), url=web.base_url + article.path, with_metadata=True
    )
    assert doc is not None
    assert len(doc.text.split()) >= 150
    assert doc.title == article.title
    assert doc.author == article.author
    assert doc.date == article.published.date().isoformat()
    # The footer's boilerplate stays out of the text.
    assert "newsletter" not in doc.text.lower()


def test_revised_article_changes_its_figure_between_ticks(web: DemoWeb, tick: None) -> None:
    expected = web.expectations
    first, corrected = expected.revised_figure
    web.set_tick(2)
    before = trafilatura.extract(get(expected.revised)[2].decode()) or ""
    web.set_tick(3)
    after = trafilatura.extract(get(expected.revised)[2].decode()) or ""
    assert first in before and corrected not in before
    assert corrected in after and "High-Level Economic Dialogue" not in before
    assert "High-Level Economic Dialogue" in after and "Correction" in after

    _, headers, body = get(web.feed_urls()[1])
    entry = next(
        e for e in parse_xml_feed(body, headers["Content-Type"]).entries
        if canonical(e.link) == expected.revised
    )  # fmt: skip
    assert entry.updated != entry.published


def test_syndicated_pair_carries_one_text_under_two_headlines(web: DemoWeb, tick: None) -> None:
    web.set_tick(2)
    one, two = web.expectations.syndicated
    docs = [
        trafilatura.bare_extraction(get(url)[2].decode(), url=url, with_metadata=True)
        for url in (one, two)
    ]
    assert docs[0] is not None and docs[1] is not None
    assert docs[0].title != docs[1].title
    assert docs[0].text != docs[1].text
    # Same wire body; only the credit line at the end differs.
    assert docs[0].text.splitlines()[:-1] == docs[1].text.splitlines()[:-1]


def test_expectations_name_served_pages_in_disjoint_groups(web: DemoWeb, tick: None) -> None:
    expected = web.expectations
    web.set_tick(web.ticks)
    groups = [
        set(expected.follow_ups),
        set(expected.near_misses),
        set(expected.off_topic),
        set(expected.pre_baseline),
        {expected.baseline},
    ]
    every = set().union(*groups)
    assert sum(len(g) for g in groups) == len(every) == len(site.ARTICLES)
    assert all(get(url)[0] == 200 for url in every)
    assert len(expected.follow_ups) >= 12 and len(expected.developments) >= 8
    assert len({urlsplit(u).path.split("/")[1] for u in expected.same_development}) == 3
    assert len({urlsplit(u).path.split("/")[1] for u in expected.syndicated}) == 2
    assert {expected.revised, expected.changed_figure, expected.new_quote[0]} <= set(
        expected.follow_ups
    )
    assert expected.new_quote[1] in get(expected.new_quote[0])[2].decode()
    assert expected.baseline == web.baseline_url()
    by_tick = expected.follow_ups_by_tick
    assert sorted(u for urls in by_tick.values() for u in urls) == sorted(expected.follow_ups)


def test_simulated_clock_is_after_everything_served(web: DemoWeb) -> None:
    for n in range(1, web.ticks + 1):
        assert all(a.updated_at(n) < web.tick_now(n) for a in site.articles_at(n))
    assert web.tick_now(1) < web.tick_now(2) < web.tick_now(3) < web.tick_now(4)
    with pytest.raises(ValueError):
        web.set_tick(web.ticks + 1)


# apprise's e-mail plugin imports imghdr (deprecated in 3.11) when apprise loads its plugins.
@pytest.mark.filterwarnings("ignore:'imghdr' is deprecated:DeprecationWarning")
def test_apprise_json_reaches_the_receiver(
    web: DemoWeb, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    before = len(web.received)
    notifier = apprise.Apprise()
    assert notifier.add(web.receiver_url())
    assert notifier.notify(body="Mexico will require visas from Brazilians.", title="Follow-up")
    received = web.received[before:]
    assert len(received) == 1
    assert received[0]["title"] == "Follow-up"
    assert received[0]["message"] == "Mexico will require visas from Brazilians."
    assert {"version", "type"} <= received[0].keys()
    # Requests are not logged to stderr.
    assert "POST /hooks/alerts" not in capfd.readouterr().err


def test_receiver_refuses_a_body_that_is_not_json(web: DemoWeb) -> None:
    before = len(web.received)
    status, _, _ = get(web.base_url + "/hooks/alerts", method="POST", data=b"not json")
    assert status == 400 and len(web.received) == before


def test_a_requested_port_is_used_and_a_busy_one_falls_back(web: DemoWeb) -> None:
    with DemoWeb(port=web.port) as second:
        assert second.port != web.port
        assert get(second.baseline_url())[0] == 200
        freed = second.port
    with DemoWeb(port=freed) as third:
        assert third.port == freed
