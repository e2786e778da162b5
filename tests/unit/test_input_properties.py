"""Untrusted inputs tried by the thousand: feed bodies, URLs, and `monitor assess` lines.

Whatever comes in, the feed parser gives items or a FeedError, the URL functions give a string,
and the assess reader gives one record per line (a verdict or an ``error``), never an exception.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any
from xml.sax.saxutils import escape

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from monitor import backfill, relevance, urls
from monitor.errors import FeedError
from monitor.feeds import parse_feed
from monitor.models import ParsedFeed, Story

# In a whole-suite run, threads left by earlier tests (Prefect's services, test servers) may
# draw from the global `random` while Hypothesis generates an example; Hypothesis then warns that
# a strategy used `random` (seen twice in session 12, on tests whose strategies do not). The
# strategies here never touch `random`, so that one warning is not an error of ours.
pytestmark = pytest.mark.filterwarnings("ignore:Do not use the `random` module inside strategies")

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
FEED_URL = "https://news.example/feed.xml"

# -- the feed parser ---------------------------------------------------------------------------

texts = st.text(max_size=60)
date_strings = st.one_of(
    texts,
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0000")),
    st.sampled_from(["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", ""]),
)


def _xml(text: str) -> str:
    # XML 1.0 has no place for most control characters; keep the rest, escaped.
    return escape("".join(c for c in text if c in "\t\n\r" or " " <= c <= "\ud7ff"))


@st.composite
def rss_feeds(draw: st.DrawFn) -> bytes:
    items = draw(st.lists(st.tuples(texts, texts, texts, date_strings, texts), max_size=4))
    body = "".join(
        f"<item><title>{_xml(t)}</title><link>{_xml(link)}</link><guid>{_xml(g)}</guid>"
        f"<pubDate>{_xml(d)}</pubDate><description>{_xml(s)}</description></item>"
        for t, link, g, d, s in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{body}</channel></rss>'.encode()


@st.composite
def atom_feeds(draw: st.DrawFn) -> bytes:
    entries = draw(st.lists(st.tuples(texts, texts, date_strings), max_size=4))
    body = "".join(
        f"<entry><id>{_xml(i)}</id><title type='html'>{_xml(t)}</title>"
        f"<updated>{_xml(d)}</updated><link href='{_xml(i)}'/></entry>"
        for i, t, d in entries
    )
    return f'<feed xmlns="http://www.w3.org/2005/Atom">{body}</feed>'.encode()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=10,
)
json_item_keys = ["id", "url", "external_url", "title", "summary", "content_text",
                  "content_html", "date_published", "date_modified"]  # fmt: skip


@st.composite
def json_feeds(draw: st.DrawFn) -> bytes:
    item = st.dictionaries(
        st.sampled_from(json_item_keys), json_values | date_strings, max_size=len(json_item_keys)
    )
    doc = {
        "version": draw(st.sampled_from(["https://jsonfeed.org/version/1.1", "x"])),
        "title": draw(json_values),
        "items": draw(st.lists(item | json_values, max_size=4)),
    }
    return json.dumps(doc).encode()


@given(body=st.binary(max_size=400) | rss_feeds() | atom_feeds() | json_feeds())
@example(body=b'{"version": "https://jsonfeed.org/version/1", "items": '
         b'[{"id": "a", "date_published": "0001-01-01T00:00:00+14:00"}]}')  # fmt: skip
@example(body=b"[" * 20_000)
@example(body=b"\xff\xfe" + "<rss version='2.0'><channel><item><title>x".encode("utf-16-le"))
def test_any_body_is_items_or_a_feed_error(body: bytes) -> None:
    try:
        parsed = parse_feed(body, FEED_URL, now=NOW)
    except FeedError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    assert isinstance(parsed, ParsedFeed)
    for item in parsed.items:
        assert item.key and item.feed_url == FEED_URL
        assert item.link is None or item.link.startswith(("http://", "https://"))
        assert item.published is None or item.published.tzinfo is not None


# -- the URL canonicaliser ----------------------------------------------------------------------

url_parts = st.text(alphabet=st.characters(codec="utf-8"), max_size=20)
hosts = st.from_regex(r"\A[a-z0-9]([a-z0-9-]{0,10}\.){1,3}[a-z]{2,5}\Z") | st.sampled_from(
    ["news.google.com", "www.google.com", "amp.example.org", "x.cdn.ampproject.org"]
)


@st.composite
def http_urls(draw: st.DrawFn) -> str:
    scheme = draw(st.sampled_from(["http", "https", "HTTP"]))
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/".join(draw(st.lists(st.from_regex(r"\A[A-Za-z0-9._~%-]{0,8}\Z"), max_size=4)))
    query = "&".join(
        f"{k}={v}"
        for k, v in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(["utm_source", "id", "url", "q", "amp", "page", "x"]),
                    st.from_regex(r"\A[A-Za-z0-9._%-]{0,8}\Z"),
                ),
                max_size=3,
            )
        )
    )
    fragment = draw(st.sampled_from(["", "#top"]))
    return f"{scheme}://{draw(hosts)}{port}/{path}{'?' + query if query else ''}{fragment}"


@given(text=st.text() | url_parts.map(lambda s: "https://" + s) | http_urls())
@example(text="http://[::1")
@example(text="https://example.org:99999/")
@example(text="https://news.google.com/articles/" + "A" * 50)
def test_url_functions_return_strings_for_any_text(text: str) -> None:
    assert isinstance(urls.canonical_url(text), str)
    assert isinstance(urls.unwrap_redirect(text), str)
    assert isinstance(urls.site_of(text), str)
    assert isinstance(urls.normalise_title(text), str)


@given(url=http_urls())
def test_canonical_urls_are_canonical(url: str) -> None:
    once = urls.canonical_url(url)
    assert urls.canonical_url(once) == once
    assert once.startswith(("http://", "https://")) and "#" not in once
    assert "utm_source" not in once


# -- the `monitor assess` input reader ---------------------------------------------------------

STORY = Story(
    slug="bridge",
    title="Harbour bridge closed after cracks found in main span",
    url="https://news.example/bridge",
    published=date(2026, 1, 10),
)
BASELINE = (
    "Harbour bridge closed after cracks found in main span.\n"
    "The harbour bridge was closed on Friday after engineers found cracks in its main span. "
    "The city council said repairs would take at least three months and cost 12 million euros. "
    "Ferries will run every 20 minutes while the bridge is shut, the transport office said."
)
PROFILE = relevance.build_profile(STORY, STORY.title, BASELINE)

documents = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values,
        "url": json_values | st.just("https://news.example/b2"),
        "title": json_values,
        "published": json_values | date_strings,
        "text": json_values | st.just(BASELINE),
        "html": json_values | st.just("<html><body><p>" + BASELINE + "</p></body></html>"),
    },
)
lines = st.one_of(
    documents.map(json.dumps), json_values.map(json.dumps), st.text(max_size=80)
).filter(lambda line: "\n" not in line and "\r" not in line)


@given(batch=st.lists(lines, min_size=1, max_size=4))
@example(
    batch=['{"id": 1, "text": "The bridge reopened.", "published": "0001-01-01T00:00:00+14:00"}']
)
@example(
    batch=['{"id": 2, "text": "The bridge reopened.", "published": "9999-12-31T23:59:59-14:00"}']
)
@example(batch=["[" * 20_000])
@example(batch=['{"id": 3, "html": "<?xml version=\'1.0\' encoding=\'utf-8\'?><p>x</p>"}'])
def test_any_json_line_gets_a_verdict_or_an_error(batch: list[str]) -> None:
    records = list(
        backfill.assess_lines(PROFILE, BASELINE, batch, now=NOW, baseline_published=None)
    )
    assert len(records) == sum(1 for line in batch if line.strip())
    for record in records:
        assert _is_verdict(record) or _is_error(record), record
        json.dumps(record)  # what `monitor assess` prints


def _is_verdict(record: dict[str, Any]) -> bool:
    return set(record) == {"id", "follow_up", "score", "reasons", "sentences"}


def _is_error(record: dict[str, Any]) -> bool:
    return set(record) == {"id", "line", "error"} and "\n" not in record["error"]
