"""Canonical URLs, sites and title keys: one spelling per article."""

from __future__ import annotations

import base64

import pytest

from monitor.urls import canonical_url, normalise_title, site_of, unwrap_redirect


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Example.COM:443/News/Story", "https://www.example.com/News/Story"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a/", "https://example.com/a"),
        (
            "https://example.com/a?utm_source=rss&utm_medium=feed&id=7&fbclid=x&gclid=y",
            "https://example.com/a?id=7",
        ),
        (
            "https://example.com/a?mc_cid=1&mc_eid=2&ocid=3&cmpid=4&smid=5&ref=6&taid=7&b=2&a=1",
            "https://example.com/a?a=1&b=2",
        ),
        ("https://example.com/a?q=one%20two&UTM_Campaign=x", "https://example.com/a?q=one%20two"),
        ("  https://example.com/a  ", "https://example.com/a"),
    ],
)
def test_canonical_url_normalises_spelling_and_tracking(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.com/amp/2026/02/story",
        "https://www.example.com/2026/02/story/amp",
        "https://www.example.com/2026/02/story/amp/",
        "https://www.example.com/2026/02/story?outputType=amp",
        "https://www.example.com/2026/02/story?amp=1&utm_source=x",
        "https://amp.example.com/2026/02/story",
        "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/2026/02/story/amp",
        "https://www.google.com/amp/s/www.example.com/2026/02/story",
    ],
)
def test_amp_urls_map_to_the_article(url: str) -> None:
    assert canonical_url(url) in (
        "https://www.example.com/2026/02/story",
        "https://example.com/2026/02/story",  # from amp.example.com
    )


def test_amp_html_suffix() -> None:
    assert canonical_url("https://example.com/news/story.amp.html") == (
        "https://example.com/news/story.html"
    )
    assert canonical_url("https://example.com/news/ampersand-story") == (
        "https://example.com/news/ampersand-story"
    )


@pytest.mark.parametrize(
    ("url", "target"),
    [
        (
            "https://news.google.com/news/url?sa=t&fd=R&url=https://www.reuters.com/world/x%3Fa%3D1",
            "https://www.reuters.com/world/x?a=1",
        ),
        (
            "https://www.google.com/url?q=https://www.bbc.co.uk/news/1&sa=D",
            "https://www.bbc.co.uk/news/1",
        ),
        (
            "http://feedproxy.google.com/~r/Feed/~3/abc/?url=http%3A%2F%2Fexample.com%2Fstory%3Futm_source%3Dfp",
            "http://example.com/story",
        ),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2Fa&h=AT0",
            "https://example.com/a",
        ),
        ("https://tracker.example/redirect?url=https://example.org/b", "https://example.org/b"),
    ],
)
def test_aggregator_redirect_links_are_unwrapped(url: str, target: str) -> None:
    assert canonical_url(url) == target


def test_old_google_news_article_ids_are_decoded() -> None:
    target = b"https://www.example.com/2026/02/story"
    token = base64.urlsafe_b64encode(
        b"\x08\x13\x22" + bytes([len(target)]) + target + b"\xd2\x01\x00"
    )
    link = f"https://news.google.com/rss/articles/{token.decode().rstrip('=')}?oc=5"
    assert canonical_url(link) == "https://www.example.com/2026/02/story"


def test_links_that_are_not_redirects_are_kept() -> None:
    share = "https://social.example/intent/tweet?url=https://example.com/a"
    assert unwrap_redirect(share) == share
    feedproxy = "http://feedproxy.google.com/~r/Feed/~3/abc/story-slug"
    assert canonical_url(feedproxy) == feedproxy  # the target is not in the link: kept as is


@pytest.mark.parametrize("url", ["mailto:desk@example.com", "not a url", "ftp://example.com/a"])
def test_non_http_strings_come_back_unchanged(url: str) -> None:
    assert canonical_url(url) == url


def test_canonical_url_is_idempotent() -> None:
    url = "HTTPS://amp.Example.com:443/amp/a/?utm_source=x&z=1&b=2#f"
    once = canonical_url(url)
    assert once == "https://example.com/a?b=2&z=1"
    assert canonical_url(once) == once


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://www.reuters.com/world/x", "reuters.com"),
        ("https://WWW.BBC.co.uk:8080/news", "bbc.co.uk"),
        ("https://apnews.com/article/x", "apnews.com"),
        ("https://edition.cnn.com/x", "edition.cnn.com"),
        ("not a url", ""),
    ],
)
def test_site_of(url: str, site: str) -> None:
    assert site_of(url) == site


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Bridge reopens after repairs - Reuters", "bridge reopens after repairs"),
        ("Bridge reopens after repairs | BBC News", "bridge reopens after repairs"),
        ("Bridge Reopens After Repairs \u2014 The Guardian", "bridge reopens after repairs"),
        ("BREAKING: Bridge reopens after repairs", "bridge reopens after repairs"),
        ("\u201cBridge\u201d reopens, after repairs!", "bridge reopens after repairs"),
        # A long last part is the headline's own clause, not a site name.
        (
            "Minister resigns - the second departure from the cabinet this month",
            "minister resigns the second departure from the cabinet this month",
        ),
        ("Caf\u00e9 owners protest", "caf\u00e9 owners protest"),
    ],
)
def test_normalise_title(title: str, key: str) -> None:
    assert normalise_title(title) == key
