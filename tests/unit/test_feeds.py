"""Feed bytes to items: formats, item identity, dates, plain text and "not a feed" reasons."""

from __future__ import annotations

import hashlib
import json
import random
from datetime import UTC, datetime

import pytest

from monitor.errors import FeedError
from monitor.feeds import parse_feed, plain_text

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
FEED_URL = "https://news.example/section/feed.xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example &amp; Co news</title>
<item><title>Bridge &lt;b&gt;reopens&lt;/b&gt;</title><link>/2026/02/bridge</link>
<guid isPermaLink="false">item-1</guid><pubDate>Sat, 28 Feb 2026 10:00:00 +0100</pubDate>
<description>&lt;p&gt;The bridge reopened.&lt;/p&gt;
&lt;script&gt;alert(1)&lt;/script&gt;</description>
</item>
<item><title>Budget passed</title><link>https://news.example/2026/02/budget</link>
<pubDate>Fri, 27 Feb 2026 09:00:00 GMT</pubDate><description>Council vote.</description></item>
<item><title>No link, no guid</title><description>Only text.</description>
<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate></item>
<item><title>From the future</title><guid>item-4</guid>
<pubDate>Sun, 01 Mar 2099 09:00:00 GMT</pubDate></item>
<item><title>Duplicate of the first</title><guid isPermaLink="false">item-1</guid></item>
</channel></rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &lt;i&gt;feed&lt;/i&gt;</title>
<id>urn:feed</id><updated>2026-02-28T10:00:00Z</updated>
<entry><id>urn:e:1</id><title>Port strike ends</title><link href="https://news.example/a/1"/>
<updated>2026-02-28T09:00:00+02:00</updated>
<content type="html">&lt;p&gt;Dockers &lt;em&gt;return&lt;/em&gt; to work.&lt;/p&gt;
</content></entry>
</feed>
"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>RDF news</title>
<link>https://news.example/</link><description>d</description></channel>
<item rdf:about="https://news.example/r/1"><title>Ferry delayed</title>
<link>https://news.example/r/1</link><dc:date>2026-02-27T08:00:00Z</dc:date></item>
</rdf:RDF>
"""


def test_rss_items_have_identity_links_text_and_dates() -> None:
    feed = parse_feed(RSS, FEED_URL, now=NOW)
    assert feed.version == "rss20"
    assert feed.title == "Example & Co news"
    first, second, third, fourth = feed.items  # the duplicate GUID is dropped
    assert first.key == first.guid == "item-1"
    assert first.link == "https://news.example/2026/02/bridge"
    assert first.title == "Bridge reopens"
    assert first.summary == "The bridge reopened."
    assert first.published == datetime(2026, 2, 28, 9, 0, tzinfo=UTC)
    assert first.published_raw == "Sat, 28 Feb 2026 10:00:00 +0100"
    assert first.feed_url == FEED_URL
    assert second.guid is None
    assert second.key == "https://news.example/2026/02/budget"
    digest = hashlib.sha256(b"No link, no guid\nOnly text.").hexdigest()
    assert third.key == f"sha256:{digest}"
    assert third.link is None
    assert third.published is None  # 1970: absurd
    assert third.published_raw == "Thu, 01 Jan 1970 00:00:00 GMT"
    assert fourth.published is None  # 2099: in the future


def test_atom_entry_uses_content_when_there_is_no_summary() -> None:
    feed = parse_feed(ATOM, FEED_URL, now=NOW)
    assert feed.version == "atom10"
    assert feed.title == "Atom feed"
    (entry,) = feed.items
    assert entry.key == "urn:e:1"
    assert entry.summary == "Dockers return to work."
    assert entry.published == datetime(2026, 2, 28, 7, 0, tzinfo=UTC)
    assert entry.published is not None and entry.published.tzinfo is UTC


def test_rdf_feed() -> None:
    feed = parse_feed(RDF, FEED_URL, now=NOW)
    assert feed.version == "rss10"
    (item,) = feed.items
    assert item.link == "https://news.example/r/1"
    assert item.published == datetime(2026, 2, 27, 8, 0, tzinfo=UTC)


def test_published_within_a_day_ahead_is_kept() -> None:
    body = RSS.replace(b"Sun, 01 Mar 2099 09:00:00 GMT", b"Mon, 02 Mar 2026 06:00:00 GMT")
    feed = parse_feed(body, FEED_URL, now=NOW)
    assert feed.items[3].published == datetime(2026, 3, 2, 6, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "version", ["https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1"]
)
def test_json_feed(version: str) -> None:
    doc = {
        "version": version,
        "title": "JSON news",
        "items": [
            {
                "id": 42,
                "url": "/j/1",
                "title": "Tunnel opens",
                "content_html": "<p>Traffic <b>flows</b>.</p>",
                "date_published": "2026-02-28T10:00:00+01:00",
            },
            {"id": "b", "external_url": "https://other.example/x", "content_text": "Plain."},
            {"id": "c", "title": "Naive date", "date_published": "2026-02-28T10:00:00"},
            "not an item",
        ],
    }
    feed = parse_feed(json.dumps(doc).encode(), FEED_URL, now=NOW)
    assert feed.version == ("json11" if version.endswith("1.1") else "json1")
    assert feed.title == "JSON news"
    first, second, third = feed.items
    assert first.key == "42"
    assert first.link == "https://news.example/j/1"
    assert first.summary == "Traffic flows."
    assert first.published == datetime(2026, 2, 28, 9, 0, tzinfo=UTC)
    assert second.link == "https://other.example/x"
    assert second.summary == "Plain."
    assert third.published is None
    assert third.published_raw == "2026-02-28T10:00:00"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty body"),
        (b"  \n\t ", "empty body"),
        (b"<!DOCTYPE html><html><body><p>Hello</p></body></html>", "HTML page, not a feed"),
        (
            b"<html><head><title>Just a moment...</title></head><body>"
            b"<div id='cf-chl-widget'></div></body></html>",
            "challenge or bot-check page, not a feed",
        ),
        (b'{"hello": "world"}', "JSON document is not a JSON Feed"),
        (b"{not json", "malformed JSON, not a feed"),
        (b'<?xml version="1.0"?><config><a>1</a></config>', "XML document that is not RSS, "),
        (b"just some words, no markup at all", "not a feed"),
    ],
)
def test_not_a_feed_has_a_reason(body: bytes, reason: str) -> None:
    with pytest.raises(FeedError) as info:
        parse_feed(body, FEED_URL, now=NOW)
    assert info.value.reason.startswith(reason)


def test_binary_junk_is_not_a_feed() -> None:
    junk = random.Random(3).randbytes(4096)
    with pytest.raises(FeedError, match="binary data, not a feed"):
        parse_feed(junk, FEED_URL, now=NOW)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_declarations_are_refused_before_parsing(encoding: str) -> None:
    body = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY a "aaaaaaaaaa">\n'
        ' <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n'
        '<rss version="2.0"><channel><title>&b;</title><item><title>&b;</title></item>'
        "</channel></rss>"
    ).encode(encoding)
    with pytest.raises(FeedError) as info:
        parse_feed(body, FEED_URL, now=NOW)
    assert info.value.reason == "unsafe XML: entity declarations (possible billion laughs)"


def test_external_dtd_without_entities_is_fine() -> None:
    body = RSS.replace(
        b'<rss version="2.0">',
        b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="2.0">',
    )
    assert len(parse_feed(body, FEED_URL, now=NOW).items) == 4


def test_bozo_feed_with_entries_is_accepted() -> None:
    broken = RSS.replace(b"</channel></rss>", b"<item><title>cut off")
    feed = parse_feed(broken, FEED_URL, now=NOW)
    assert [item.key for item in feed.items][:2] == [
        "item-1",
        "https://news.example/2026/02/budget",
    ]


def test_broken_feed_without_entries_is_an_error() -> None:
    with pytest.raises(FeedError, match="broken rss20 feed with no items"):
        parse_feed(b'<rss version="2.0"><channel><title>x</title></chan', FEED_URL, now=NOW)


def test_valid_empty_feed_has_no_items() -> None:
    body = b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    feed = parse_feed(body, FEED_URL, now=NOW)
    assert (feed.title, feed.items) == ("Quiet", ())


def test_declared_charset_that_lies_still_parses() -> None:
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Caf\u00e9 reopens</title><guid>c1</guid></item></channel></rss>"
    ).encode("cp1252")
    (item,) = parse_feed(body, FEED_URL, now=NOW).items
    assert item.title == "Caf\u00e9 reopens"


def test_non_http_links_are_dropped() -> None:
    body = RSS.replace(b"<link>/2026/02/bridge</link>", b"<link>javascript:alert(1)</link>")
    assert parse_feed(body, FEED_URL, now=NOW).items[0].link is None


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One</p><p>Two</p>", "One Two"),
        ("A &amp; B &lt;script&gt;x&lt;/script&gt;", "A & B x"),
        ("<style>p{}</style>Body<br>line", "Body line"),
        ("  spaced\n\n out  ", "spaced out"),
        ("a < b and c > d", "a < b and c > d"),
        ("", ""),
    ],
)
def test_plain_text(markup: str, text: str) -> None:
    assert plain_text(markup) == text
