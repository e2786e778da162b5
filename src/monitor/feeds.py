"""Pure feed parsing: feed bytes (RSS, Atom, RDF, JSON Feed) to items, never a URL.

Unsafe XML and documents that are not feeds become ``FeedError`` with a readable reason.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import io
import json
import logging
import re
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from monitor.errors import FeedError
from monitor.models import FeedItem, ParsedFeed

logger = logging.getLogger(__name__)

__all__ = ["parse_feed", "plain_text"]

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)  # before RSS existed: a broken date, not news
FUTURE_SLACK = timedelta(days=1)
_SNIFF = 64 * 1024  # the prolog, doctype and first elements live in the first bytes

_DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)
_ENTITY = re.compile(rb"<!ENTITY\b", re.IGNORECASE)
_HTML = re.compile(rb"<!DOCTYPE\s+html\b|<html[\s>]", re.IGNORECASE)
_XML_DECL = re.compile(rb"^\s*<\?xml\b", re.IGNORECASE)
# Pages without an <html> tag ("Document Moved" stubs) still start like HTML.
_HTML_START = re.compile(rb"^\s*<(?:head|body|title|meta|div|p|script|h1)\b", re.IGNORECASE)
_CHALLENGE = re.compile(
    rb"cf-chl|challenge-platform|cf-browser-verification|just a moment\.\.\.|"
    rb"attention required!? \| cloudflare|ddos-guard|captcha|verify you are human|"
    rb"enable javascript and cookies|_incapsula_|px-captcha|sucuri website firewall",
    re.IGNORECASE,
)
_FEED_ROOT = re.compile(rb"<(?:\w+:)?(?:rss|feed|rdf|channel)\b", re.IGNORECASE)
_TAG = re.compile(r"<!--.*?-->|<[a-zA-Z/!?][^<>]*>", re.DOTALL)
_DROP_BLOCKS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_END = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^>]*>", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_JSON_FEED_VERSIONS = {
    "https://jsonfeed.org/version/1": "json1",
    "https://jsonfeed.org/version/1.1": "json11",
}


def parse_feed(body: bytes, feed_url: str, *, now: datetime) -> ParsedFeed:
    """Items of the feed in ``body``; ``feed_url`` resolves relative links.

    Raises ``FeedError`` for empty bodies, unsafe XML (entity declarations), HTML or challenge
    pages, binary data and documents with neither a feed format nor entries.
    """
    head = _decoded_head(body)
    if not head.strip():
        raise FeedError("empty body")
    if head.lstrip()[:1] in (b"{", b"["):
        return _parse_json_feed(body, feed_url, now=now)
    _refuse_unsafe_xml(head)
    import feedparser  # imported once a body needs parsing: a cycle of 304s never does

    try:
        parsed = feedparser.parse(
            io.BytesIO(body),
            # A content type keeps feedparser from flagging every body "bozo"; we keep only
            # plain text, so its HTML sanitiser and URI rewriting would be wasted work.
            response_headers={"content-type": "application/xml", "content-location": feed_url},
            resolve_relative_uris=False,
            sanitize_html=False,
        )
    except Exception as exc:  # feedparser's loose parser can fail on hostile input: data
        logger.debug("feedparser failed on %s", feed_url, exc_info=True)
        raise FeedError(f"feed parser failed ({type(exc).__name__})") from exc
    version = str(parsed.get("version") or "")
    entries = parsed.get("entries") or []
    if not entries and (not version or parsed.get("bozo")):
        raise FeedError(_why_not_a_feed(head, version, parsed.get("bozo_exception")))
    feed = parsed.get("feed") or {}
    items = _unique(_item(entry, feed_url, now) for entry in entries)
    return ParsedFeed(
        title=plain_text(str(feed.get("title") or "")), version=version, items=tuple(items)
    )


def plain_text(markup: str) -> str:
    """Text of an HTML or text fragment: tags removed, entities decoded, spaces collapsed."""
    if not markup:
        return ""
    text = _DROP_BLOCKS.sub(" ", markup)
    text = _BLOCK_END.sub(" ", text)
    text = html.unescape(_TAG.sub("", text))
    # Escaped markup (&lt;script&gt;) must not come back as markup after unescaping.
    text = _TAG.sub("", text)
    return _SPACE.sub(" ", text).strip()


def _decoded_head(body: bytes) -> bytes:
    """The first bytes as ASCII-compatible bytes, so UTF-16/32 documents can be sniffed too."""
    head = body[: _SNIFF * 4]
    for bom, codec in (
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xfe\xff", "utf-16-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\x00\x00\x00<", "utf-32-be"),
        (b"<\x00\x00\x00", "utf-32-le"),
        (b"\x00<", "utf-16-be"),
        (b"<\x00", "utf-16-le"),
    ):
        if head.startswith(bom):
            text = head.decode(codec, errors="ignore").lstrip("\ufeff")
            return text.encode("utf-8", errors="ignore")[:_SNIFF]
    return head.removeprefix(b"\xef\xbb\xbf")[:_SNIFF]


def _refuse_unsafe_xml(head: bytes) -> None:
    doctype = _DOCTYPE.search(head)
    if doctype and _ENTITY.search(head, doctype.end()):
        raise FeedError("unsafe XML: entity declarations (possible billion laughs)")


def _why_not_a_feed(head: bytes, version: str, bozo_exception: object) -> str:
    if _CHALLENGE.search(head):
        return "challenge or bot-check page, not a feed"
    html_like = _HTML.search(head) or (not _XML_DECL.search(head) and _HTML_START.search(head))
    if html_like and not _FEED_ROOT.search(head):
        return "HTML page, not a feed"
    sample = head[:1024]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if b"\x00" in sample or controls > len(sample) // 20:
        return "binary data, not a feed"
    if version:
        return f"broken {version} feed with no items"
    if _XML_DECL.search(head):
        return "XML document that is not RSS, Atom or RDF"
    if bozo_exception is not None:
        detail = str(bozo_exception).strip().splitlines()[0][:100] if str(bozo_exception) else ""
        return f"not a feed ({detail or type(bozo_exception).__name__})"
    return "not a feed (no RSS, Atom or RDF document found)"


def _unique(items: Iterable[FeedItem]) -> list[FeedItem]:
    seen: set[str] = set()
    kept: list[FeedItem] = []
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            kept.append(item)
    return kept


def _item(entry: dict[str, Any], feed_url: str, now: datetime) -> FeedItem:
    # dict.get: FeedParserDict.get maps missing keys to others and warns about it.
    def get(key: str) -> Any:
        return dict.get(entry, key)

    guid = _clean_str(get("id"))
    link = _absolute_link(get("link"), feed_url)
    title = plain_text(str(get("title") or ""))
    summary_html = get("summary") or ""
    content = get("content")
    if not summary_html and content and isinstance(content, list):
        summary_html = content[0].get("value") or ""
    summary = plain_text(str(summary_html))
    raw = _clean_str(get("published")) or _clean_str(get("updated"))
    published = _checked_time(
        _from_struct(get("published_parsed")) or _from_struct(get("updated_parsed")), now
    )
    return _feed_item(feed_url, guid, link, title, summary, published, raw)


def _feed_item(
    feed_url: str,
    guid: str | None,
    link: str | None,
    title: str,
    summary: str,
    published: datetime | None,
    raw: str | None,
) -> FeedItem:
    """An item keyed by its guid, else its link, else its words (RSS, Atom and JSON alike)."""
    return FeedItem(
        feed_url=feed_url,
        key=guid or link or _content_key(title, summary),
        link=link,
        title=title,
        summary=summary,
        published=published,
        published_raw=raw,
        guid=guid,
    )


def _clean_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _absolute_link(value: object, feed_url: str) -> str | None:
    link = _clean_str(value)
    if link is None:
        return None
    try:
        absolute = urljoin(feed_url, link)
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    return absolute if scheme in ("http", "https") else None


def _content_key(title: str, summary: str) -> str:
    digest = hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()
    return f"sha256:{digest}"


def _from_struct(value: object) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, OSError):
        return None


def _checked_time(value: datetime | None, now: datetime) -> datetime | None:
    """``value`` unless it is absurd: before 1995 or more than a day in the future."""
    if value is None or value < EARLIEST or value > now + FUTURE_SLACK:
        return None
    return value


def _parse_json_feed(body: bytes, feed_url: str, *, now: datetime) -> ParsedFeed:
    """JSON Feed 1.0 and 1.1 (feedparser 6.0 reads JSON Feed only with HTTP headers)."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise FeedError("malformed JSON, not a feed") from exc
    if not isinstance(doc, dict):
        raise FeedError("JSON document is not a JSON Feed")
    version = str(doc.get("version") or "").replace("http://", "https://").rstrip("/")
    items = doc.get("items")
    if version not in _JSON_FEED_VERSIONS or not isinstance(items, list):
        raise FeedError("JSON document is not a JSON Feed")
    parsed = [_json_item(entry, feed_url, now) for entry in items if isinstance(entry, dict)]
    return ParsedFeed(
        title=plain_text(str(doc.get("title") or "")),
        version=_JSON_FEED_VERSIONS[version],
        items=tuple(_unique(parsed)),
    )


def _json_item(entry: Mapping[str, Any], feed_url: str, now: datetime) -> FeedItem:
    guid = _clean_str(entry.get("id"))
    link = _absolute_link(entry.get("url") or entry.get("external_url"), feed_url)
    title = plain_text(str(entry.get("title") or ""))
    summary = plain_text(
        str(entry.get("summary") or entry.get("content_text") or entry.get("content_html") or "")
    )
    raw = _clean_str(entry.get("date_published")) or _clean_str(entry.get("date_modified"))
    return _feed_item(feed_url, guid, link, title, summary, _checked_time(_from_iso(raw), now), raw)


def _from_iso(raw: str | None) -> datetime | None:
    if raw is None:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if value.tzinfo is None:
        return None  # RFC 3339 requires an offset; a naive time is a guess
    try:
        return value.astimezone(UTC)
    except OverflowError:  # year 1 or 9999 with an offset: no usable time
        return None
