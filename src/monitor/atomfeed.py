"""An Atom 1.0 feed of a story's developments, for any feed reader.

One entry per development, titled by its story and headline: its most salient claims beside
the claims they update, corrections, and its sources by outlet and headline. Every string
from an article is untrusted and escaped.
"""

from __future__ import annotations

import html
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor import summary
from monitor.store import Store

log = logging.getLogger(__name__)

ATOM_NS = "http://www.w3.org/2005/Atom"
MAX_ENTRIES = 200
GENERATOR = "monitor"
# Characters XML 1.0 forbids even when escaped; an article carrying one must not break the feed.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_STATUS_LABEL = {"new": "New", "updated": "Updated", "contradicting": "Contradicts"}


@dataclass(frozen=True)
class StoryInfo:
    """What the feed needs to know of its story (or of "every story")."""

    slug: str
    title: str
    url: str | None = None
    published: date | None = None


def xml_text(value: object) -> str:
    """A string safe to place in XML 1.0: forbidden control characters removed."""
    return _XML_INVALID.sub("", "" if value is None else str(value))


def safe_href(url: object) -> str | None:
    """The URL if it is plain http(s), else None: no javascript:, data: or relative links."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def iso(moment: datetime) -> str:
    """RFC 3339 in UTC, as Atom wants it."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def tag_uri(story: StoryInfo, *parts: str) -> str:
    """A stable ``tag:`` URI (RFC 4151) from the story's host and date plus ``parts``."""
    host = (urlsplit(story.url).hostname if story.url else None) or "monitor.invalid"
    when = (story.published or date(2000, 1, 1)).isoformat()
    specific = ":".join(re.sub(r"[^A-Za-z0-9._~-]", "-", p) for p in (story.slug, *parts))
    return f"tag:{host},{when}:{specific}"


def _as_story(story: StoryInfo | Mapping[str, Any]) -> StoryInfo:
    if isinstance(story, StoryInfo):
        return story
    published = story.get("published")
    if isinstance(published, datetime):
        published = published.date()
    return StoryInfo(
        slug=str(story.get("slug") or story.get("story") or "story"),
        title=str(story.get("title") or story.get("slug") or "story"),
        url=story.get("url"),
        published=published,
    )


def _entry_story(dev: Mapping[str, Any], feed_story: StoryInfo) -> StoryInfo:
    """The story an entry belongs to: its own columns when the feed spans several stories."""
    slug = dev.get("story")
    if not slug or slug == feed_story.slug:
        return feed_story
    return _as_story(
        {
            "slug": slug,
            "title": dev.get("story_title") or slug,
            "url": dev.get("story_url"),
            "published": dev.get("story_published"),
        }
    )


def content_html(dev: Mapping[str, Any]) -> str:
    """The entry body as HTML, the report's summary: the most salient claims, each beside the
    claim it updates, the changed figures, corrections and what they corrected, the sources by
    outlet and headline."""
    e = html.escape
    parts: list[str] = []
    rows = [dict(s, url=s.get("url") or dev.get("url")) for s in dev.get("sentences") or ()]
    for claim in summary.salient_claims(rows):
        label = _STATUS_LABEL.get(claim.status, claim.status.capitalize())
        parts.append(f"<p><strong>{e(label)}:</strong> {e(claim.text)}</p>")
        if claim.updates:
            parts.append(
                f"<p>Was ({e(str(claim.against))}):</p>"
                f"<blockquote><del>{e(claim.updates)}</del></blockquote>"
            )
    for figure in dev.get("figures") or ():
        # the page's figure line: "earlier → new" only like for like, else why not
        parts.append(f"<p><strong>Figure:</strong> {e(summary.figure_change(figure).text())}</p>")
    for fix in dev.get("corrections") or ():
        outlet = summary.outlet_name(fix.get("site"), fix.get("url"))
        parts.append(
            f"<p><strong>Correction</strong> ({e(outlet)}): "
            f"{e(summary.correction_summary(fix.get('diff')))}</p>"
        )
    if not parts and dev.get("summary"):
        parts.append(f"<blockquote>{e(str(dev['summary']))}</blockquote>")
    # Sources that are not plain web links are dropped: a feed reader would render them live.
    details = {str(d.get("url")): d for d in dev.get("source_details") or ()}
    links = []
    for url in dev.get("sources") or ():
        href = safe_href(url)
        if not href:
            continue
        known = details.get(str(url), {})
        outlet = summary.outlet_name(known.get("site"), href)
        headline = known.get("title")
        links.append(
            f'{e(outlet)}: <a href="{e(href)}">{e(str(headline))}</a>'
            if headline
            else f'<a href="{e(href)}">{e(outlet)}</a>'
        )
    if links:
        parts.append("<p>Reported by: " + " · ".join(links) + "</p>")
    return "\n".join(parts)


def _sub(parent: ET.Element, tag: str, text: object = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        node.text = xml_text(text)
    return node


def render_atom(
    developments: Sequence[Mapping[str, Any]],
    *,
    story: StoryInfo | Mapping[str, Any],
    feed_id: str,
    now: datetime,
) -> bytes:
    """A complete Atom 1.0 document (UTF-8 bytes) with one entry per development.

    Each development mapping has ``id``, ``title`` (the follow-up's headline), ``url``,
    ``first_seen`` and optionally ``story``, ``summary``, ``published``, ``site``, ``score``,
    ``reasons``, ``sources`` (URLs), ``sentences`` (mappings with ``text``, ``status``,
    ``baseline``, ``baseline_url``) and ``figures`` (changed figures, ``figures`` view rows).
    """
    info = _as_story(story)
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", feed_id)
    _sub(feed, "title", f"{info.title}: developments")
    _sub(feed, "subtitle", f"What follow-ups added to “{info.title}”, newest first")
    seen = [d["first_seen"] for d in developments if isinstance(d.get("first_seen"), datetime)]
    _sub(feed, "updated", iso(max(seen) if seen else now))
    author = _sub(feed, "author")
    _sub(author, "name", GENERATOR)
    _sub(feed, "generator", GENERATOR)
    story_href = safe_href(info.url)
    if story_href:
        _sub(feed, "link", rel="related", href=story_href)
    for dev in developments:
        entry = _sub(feed, "entry")
        entry_story = _entry_story(dev, info)
        _sub(entry, "id", tag_uri(entry_story, "development", str(dev["id"])))
        headline = dev.get("title") or dev.get("summary") or dev.get("url") or dev["id"]
        _sub(entry, "title", f"{entry_story.title}: {headline}")
        first_seen = dev.get("first_seen")
        updated = first_seen if isinstance(first_seen, datetime) else now
        _sub(entry, "updated", iso(updated))
        if isinstance(dev.get("published"), datetime):
            _sub(entry, "published", iso(dev["published"]))
        href = safe_href(dev.get("url"))
        if href:
            _sub(entry, "link", rel="alternate", type="text/html", href=href)
        for source in dev.get("sources") or ():
            source_href = safe_href(source)
            if source_href and source_href != href:
                _sub(entry, "link", rel="via", href=source_href)
        for status in sorted({str(s.get("status")) for s in dev.get("sentences") or ()}):
            _sub(entry, "category", term=status, label=_STATUS_LABEL.get(status, status))
        if dev.get("corrections"):
            _sub(entry, "category", term="correction", label="Correction")
        if dev.get("summary"):
            _sub(entry, "summary", dev["summary"], type="text")
        # type="html": the HTML is a string, so ElementTree escapes it once more for XML.
        _sub(entry, "content", content_html(dev), type="html")
    ET.indent(feed, space="  ")
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body + b"\n"


def load_developments(
    store: Store, *, story: str | None, limit: int = MAX_ENTRIES
) -> list[dict[str, Any]]:
    """Developments from the store, newest first, each with its new sentences."""
    devs = store.rows("atom_developments", story=story, limit=limit)
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in store.rows("atom_sentences", story=story):
        by_key.setdefault((row["story"], row["development_id"]), []).append(row)
    sources: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in store.rows("atom_sources", story=story):
        sources.setdefault((row["story"], row["development_id"]), []).append(row)
    corrections: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in store.rows("atom_corrections", story=story):
        corrections.setdefault((row["story"], row["development_id"]), []).append(row)
    changed: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in store.rows("atom_figures", story=story):
        changed.setdefault((row["story"], row["development_id"]), []).append(row)
    for dev in devs:
        key = (dev["story"], dev["id"])
        dev["sentences"] = by_key.get(key, [])
        dev["source_details"] = sources.get(key, [])
        dev["corrections"] = corrections.get(key, [])
        dev["figures"] = changed.get(key, [])
    return devs


def write_atom(store: Store, out: Path, *, story: str | None, now: datetime) -> int:
    """Write the Atom feed of ``story`` (or of every story) to ``out``; returns entries written."""
    if story is None:
        info = StoryInfo(slug="all", title="Every story monitor follows")
    else:
        rows = store.rows("atom_story", story=story)
        info = _as_story(rows[0]) if rows else StoryInfo(slug=story, title=story)
    devs = load_developments(store, story=story)
    body = render_atom(devs, story=info, feed_id=tag_uri(info, "developments"), now=now)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(body)
    tmp.replace(out)  # readers polling the file never see half a feed
    log.info("wrote %d developments to %s", len(devs), out)
    return len(devs)
