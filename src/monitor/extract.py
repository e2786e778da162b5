"""The only trafilatura user: HTML page to article text and metadata, behind quality gates.

A page that is not an article (too short, a consent or paywall wall, not HTML) raises
``ExtractionError`` with a readable reason, which the pipeline stores.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import trafilatura
from lxml import etree
from trafilatura import metadata
from trafilatura.baseline import html2txt
from trafilatura.settings import use_config
from trafilatura.utils import load_html

from monitor.errors import ExtractionError
from monitor.models import ExtractedPage
from monitor.text import word_count

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = f"trafilatura {trafilatura.__version__}"
# A wire bulletin of two or three sentences is an article: 60 words rejected real briefs
# (58, 53 and 44 words) on held-out pages; consent and paywall pages are caught by _WALLS.
MIN_WORDS = 40
MAX_HTML_BYTES = 5_000_000

_WALLS = re.compile(
    r"\b(subscribe to (continue|read)|to continue reading|already a subscriber|"
    r"we use cookies|accept (all )?cookies|enable javascript|verify you are (a )?human|"
    r"checking your browser|access denied)\b",
    re.IGNORECASE,
)
_CONFIG = use_config()
# trafilatura's own timeout uses signals, which only work on the main thread.
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
# trafilatura parses every page with one module-level lxml parser (utils.HTML_PARSER), and
# lxml parsers are not thread-safe: two threads extracting at once crashed the process
# (SIGSEGV or SIGABRT inside extract_author, about once in 2,500 pages). So one thread of a
# process extracts at a time. Extraction is CPU-bound and holds the GIL anyway; a process
# pool is what makes it parallel (see pools.process_pool).
_EXTRACTING = threading.Lock()


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# What may come before the first tag of an HTML page: a comment (conditional comments
# included), an XML declaration or processing instruction, a doctype, and white space.
_PREAMBLE = re.compile(rb"\s*(?:<!--.*?-->|<\?.*?\?>|<!doctype[^>]*>)", re.DOTALL | re.IGNORECASE)
_FIRST_TAGS = (b"<html", b"<head", b"<body", b"<meta", b"<title", b"<link", b"<base")


def looks_like_html(body: bytes) -> bool:
    """Whether ``body`` is an HTML page, whatever precedes its first tag: a byte-order
    mark, comments, an XML declaration or a doctype (XHTML's included)."""
    head = body[:65536]
    if head.startswith(_BOMS[1:]):  # UTF-16: judge the decoded text
        head = head[:8192].decode("utf-16", "replace").encode("utf-8", "replace")
    head = head.removeprefix(_BOMS[0])
    doctype_html = False
    position = 0
    while match := _PREAMBLE.match(head, position):
        doctype_html |= match.group(0).lstrip()[:9].lower() == b"<!doctype" and (
            b"html" in match.group(0).lower()
        )
        position = match.end()
    rest = head[position : position + 2048].lstrip().lower()
    return doctype_html or rest.startswith(_FIRST_TAGS) or b"<body" in rest or b"<p" in rest


def content_type_refusal(content_type: str) -> str | None:
    """Why a response of this media type (lower-case, no parameters) is no page to extract."""
    if not content_type or content_type == "text/plain":
        return None
    if "html" in content_type or "xml" in content_type:
        return None
    return f"not an HTML page ({content_type})"


@dataclass(frozen=True)
class Policy:
    """How hard extraction tries. ``retry_words``: a fast extraction shorter than this is
    redone in full (trafilatura's readability and jusText comparison), the longer text kept;
    ``retry_share``: also redo it when it keeps less than this share of the page's text
    (0: off); ``tables``: keep text in tables."""

    retry_words: int = 2 * MIN_WORDS
    retry_share: float = 0.0
    tables: bool = True


DEFAULT_POLICY = Policy()


def extract_article(
    html: bytes | str, url: str, *, min_words: int = MIN_WORDS, policy: Policy = DEFAULT_POLICY
) -> ExtractedPage:
    """Extract the article in ``html``; raise ExtractionError with a reason when there is none."""
    if isinstance(html, bytes):
        if not html.strip():
            raise ExtractionError("empty page")
        if len(html) > MAX_HTML_BYTES:
            raise ExtractionError(f"page larger than {MAX_HTML_BYTES} bytes")
        if not looks_like_html(html):
            raise ExtractionError("not an HTML page")
    data = _extract_fields(html, url, policy)
    if data is None:
        raise ExtractionError("no article text found")
    text = (data.get("text") or "").strip()
    words = word_count(text)
    if words < min_words:
        if _WALLS.search(text) or _WALLS.search(data.get("title") or ""):
            raise ExtractionError("consent, paywall or bot-check page, not an article")
        raise ExtractionError(f"too short to be an article ({words} words)")
    if words < 150 and _WALLS.search(text):
        raise ExtractionError("consent, paywall or bot-check page, not an article")
    return ExtractedPage(
        url=url,
        title=(data.get("title") or "").strip(),
        text=text,
        author=data.get("author") or None,
        sitename=data.get("sitename") or None,
        canonical_url=data.get("url") or None,
        published_raw=data.get("date") or None,
        language=data.get("language") or None,
        extractor_version=EXTRACTOR_VERSION,
    )


def _extract_fields(html: bytes | str, url: str, policy: Policy) -> dict[str, str] | None:
    """trafilatura's text and metadata as plain strings, or None when it finds no article.

    The lock covers the whole life of trafilatura's lxml trees, so none is freed while
    another thread parses."""
    failure = ""
    with _EXTRACTING:
        try:
            fields = _extract_locked(html, url, policy)
        except Exception as exc:  # trafilatura raises many types on hostile markup
            log.debug("trafilatura failed on %s", url, exc_info=True)
            failure = f"extractor failed: {type(exc).__name__}: {exc}"
            fields = None  # the traceback, and the trees its frames hold, go with the lock held
    if failure:
        raise ExtractionError(failure)
    return fields


def _extract_locked(html: bytes | str, url: str, policy: Policy) -> dict[str, str] | None:
    tree = load_html(html)
    if tree is None:
        return None
    fields = _metadata(tree, url)
    # Everything trafilatura's cleaning drops first, dropped once here (tails kept): the
    # metadata is read, and the copy trafilatura makes of the tree for each pass is smaller.
    etree.strip_elements(tree, *_DROPPED, with_tail=False)
    # fast: no fallback extractors. On both benchmark sets fast mode is as good as the full
    # cascade on most pages and about 30% cheaper; the full cascade runs again only where the
    # fast text is short (see Policy and bench/README.md).
    text = _body_text(tree, url, policy, fast=True)
    if policy.retry_words and (
        word_count(text) < policy.retry_words
        or (policy.retry_share and len(text) < policy.retry_share * len(html2txt(tree)))
    ):
        full = _body_text(tree, url, policy, fast=False)
        if len(full) > len(text):
            text = full
    if not text:
        return None
    fields["text"] = text
    return fields


_DROPPED = ("head", "script", "style", "svg")


def _body_text(tree: HtmlElement, url: str, policy: Policy, *, fast: bool) -> str:
    doc: Any = trafilatura.bare_extraction(
        tree,  # trafilatura works on its own copy
        url=url,
        include_comments=False,
        include_tables=policy.tables,
        fast=fast,
        config=_CONFIG,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    return text if isinstance(text, str) else ""


def _metadata(tree: HtmlElement, url: str) -> dict[str, str]:
    """trafilatura's metadata steps that ``monitor`` uses: meta tags, JSON-LD, title,
    canonical URL, date, site name, the page's declared language.

    Not trafilatura's whole ``extract_metadata``: categories, tags, licence and image go
    unused, and its byline search in the body (a copy of the whole tree, about 3 ms a page,
    a fifth of the extraction) only fills ``author`` where no meta tag or JSON-LD names one;
    the author is stored, never judged on."""
    meta = metadata.examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # a bare handle, as trafilatura judges it
    try:
        meta = metadata.extract_meta_json(tree, meta)
    except Exception:  # trafilatura's JSON-LD parser has bugs of its own
        log.debug("JSON-LD metadata failed on %s", url, exc_info=True)
    if not meta.title:
        meta.title = metadata.extract_title(tree)
    if not meta.url:
        meta.url = metadata.extract_url(tree, url)
    # The feed's timestamp wins anyway; a quick date search saves ~8 ms a page.
    meta.date = metadata.find_date(  # type: ignore[attr-defined]  # htmldate's, as trafilatura calls it
        tree, url=meta.url, extensive_search=False, original_date=True
    )
    if not meta.sitename:
        meta.sitename = metadata.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url and (match := metadata.META_URL.match(meta.url)):
        meta.sitename = match[1]
    meta.clean_and_trim()
    data = meta.as_dict()
    fields = {k: v for k in _FIELDS if isinstance(v := data.get(k), str) and v}
    if "language" not in fields and (lang := _declared_language(tree)):
        fields["language"] = lang
    return fields


_FIELDS = ("title", "author", "sitename", "url", "date", "language")
_LANG = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")


def _declared_language(tree: HtmlElement) -> str | None:
    """The page's ``<html lang>`` (or ``xml:lang``) primary subtag, lower-cased."""
    root = tree.getroottree().getroot()
    value = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    match = _LANG.match(value.strip())
    return match.group(0).lower() if match else None


def extract_text_or_html(content: str, url: str) -> tuple[str, str]:
    """A user's baseline: (title, text) from HTML, or plain text whose first line is the title."""
    if looks_like_html(content.encode("utf-8", "replace")):
        page = extract_article(content, url, min_words=1)
        return page.title, page.text
    lines = [line.strip() for line in content.strip().splitlines()]
    if not lines:
        raise ExtractionError("the baseline text is empty")
    title = lines[0]
    body = "\n".join(lines[1:]).strip()
    return title, body
