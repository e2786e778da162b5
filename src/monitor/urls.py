"""Pure URL and title keys: one canonical form per article, whatever link pointed at it.

Tracking parameters, AMP variants and aggregator redirect links all map to the article URL.
"""

from __future__ import annotations

import base64
import logging
import re
import unicodedata
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

logger = logging.getLogger(__name__)

__all__ = ["canonical_url", "normalise_title", "site_of", "unwrap_redirect"]

# Query parameters that only say how a reader arrived, never which article it is.
_TRACKING_PREFIXES = ("utm_", "ga_", "hmb_", "ns_", "at_", "pk_", "mtm_", "vero_", "oly_")
_TRACKING = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "igshid", "mc_cid", "mc_eid", "mkt_tok", "ocid", "cmpid", "cmp", "smid", "smtyp", "ref",
        "ref_src", "ref_url", "referrer", "taid", "icid", "ito", "xtor", "wt.mc_id", "_ga", "_gl",
        "_hsenc", "_hsmi", "s_cid", "sr_share", "share", "spm", "guccounter", "guce_referrer",
        "guce_referrer_sig", "__twitter_impression", "outputtype", "amp", "amp_js_v", "usqp",
        "_gsa", "ampshare", "et_rid", "et_cid",
    }
)  # fmt: skip
# Parameters that carry the real target of an aggregator or redirect link.
_TARGET_PARAMS = ("url", "u", "q", "dest", "destination", "target", "to", "link", "redirect")
_REDIRECT_HOSTS = frozenset(
    {
        "news.google.com", "www.google.com", "google.com", "feedproxy.google.com",
        "feeds.feedburner.com", "l.facebook.com", "lm.facebook.com", "out.reddit.com",
        "href.li", "t.umblr.com", "www.bing.com", "bing.com", "r.search.yahoo.com",
        "l.instagram.com", "away.vk.com", "click.redditmail.com", "www.linkedin.com",
    }
)  # fmt: skip
_REDIRECT_PATHS = re.compile(r"/(?:url|redirect|redir|out|click|link|l\.php|away|ck/a)/?$", re.I)
_AMP_CACHE_PATH = re.compile(r"^/(?:c|v|wp|amp)/(s/)?([^/]+)(/.*)?$")
_AMP_SUFFIX = re.compile(r"\.amp(\.html?)?$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}

_SITE_SUFFIX_SEPARATORS = re.compile(r"\s+(?:[-|\u2013\u2014\u00b7\u2022:]|::)\s+")
_TITLE_PREFIX = re.compile(
    r"^(?:breaking(?: news)?|update[d]?|exclusive|live|watch|video|opinion|analysis)\s*[:|-]\s*",
    re.IGNORECASE,
)
_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """One spelling of ``url``: scheme and host lower-case, default port, fragment and tracking
    parameters dropped, remaining parameters sorted, AMP and redirect links mapped to the article.

    Strings that are not http(s) URLs come back stripped but otherwise unchanged.
    """
    url = unwrap_redirect(url.strip())
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.rstrip(".")
    path = parts.path or "/"

    amp_cache = _from_amp_cache(host, path)
    if amp_cache is not None:
        return canonical_url(amp_cache)
    if host.startswith("amp."):
        host = host[4:]
    path = _strip_amp_path(path)

    netloc = host if ":" not in host else f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    if parts.username is not None:
        auth = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{auth}@{netloc}"
    return urlunsplit((scheme, netloc, path, _clean_query(parts.query), ""))


def unwrap_redirect(url: str, *, max_depth: int = 3) -> str:
    """The target of an aggregator link (Google News ``?url=``, ``google.com/url?q=``,
    feedproxy, Facebook ``l.php?u=``...) when the target is in the link itself; else ``url``."""
    for _ in range(max_depth):
        try:
            parts = urlsplit(url)
        except ValueError:
            return url
        host = (parts.hostname or "").lower()
        if host not in _REDIRECT_HOSTS and not _REDIRECT_PATHS.search(parts.path):
            return url
        target = _target_param(parts.query)
        if target is None and host == "news.google.com":
            target = _google_news_article(parts.path)
        if target is None:
            return url
        url = target
    return url


def site_of(url: str) -> str:
    """The host of ``url``, lower-case, without ``www.`` and port: ``reuters.com``."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def normalise_title(title: str) -> str:
    """A comparison key for headlines: case, punctuation, "BREAKING:" prefixes and site
    suffixes (" - Reuters", " | BBC News") removed."""
    text = unicodedata.normalize("NFKC", title).strip()
    text = _TITLE_PREFIX.sub("", text)
    parts = _SITE_SUFFIX_SEPARATORS.split(text)
    suffix = parts[-1]
    # A site name is short; a long last part is the headline's own clause.
    if len(parts) > 1 and len(suffix.split()) <= 4 and len(suffix) <= 40:
        head = " ".join(parts[:-1])
        if len(head) > len(suffix):
            text = head
    text = _NOT_WORD.sub(" ", text.casefold())
    return _SPACE.sub(" ", text).strip()


def _is_tracking(name: str) -> bool:
    key = unquote(name).strip().lower()
    return key in _TRACKING or key.startswith(_TRACKING_PREFIXES)


def _clean_query(query: str) -> str:
    if not query:
        return ""
    pairs = [p for p in query.split("&") if p and not _is_tracking(p.split("=", 1)[0])]
    return "&".join(sorted(pairs))


def _target_param(query: str) -> str | None:
    params = dict((k.lower(), v) for k, v in parse_qsl(query, keep_blank_values=True))
    for name in _TARGET_PARAMS:
        value = params.get(name, "").strip()
        if value.lower().startswith(("http://", "https://")):
            return value
    return None


def _google_news_article(path: str) -> str | None:
    """Old Google News article ids are base64 of a small protobuf holding the URL."""
    match = re.search(r"/articles/([A-Za-z0-9_-]+)", path)
    if not match:
        return None
    token = match.group(1)
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (ValueError, TypeError):
        return None
    start = raw.find(b"http")
    if start < 1:
        return None
    length = raw[start - 1]
    candidate = raw[start : start + length]
    try:
        text = candidate.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if re.fullmatch(r"https?://[^\s]+", text) else None


def _from_amp_cache(host: str, path: str) -> str | None:
    """``*.cdn.ampproject.org/c/s/host/path`` and ``google.com/amp/s/host/path`` targets."""
    if not (host.endswith(".cdn.ampproject.org") or host in ("www.google.com", "google.com")):
        return None
    match = _AMP_CACHE_PATH.match(path)
    if not match or "." not in match.group(2):
        return None
    scheme = "https" if match.group(1) else "http"
    return f"{scheme}://{match.group(2)}{match.group(3) or '/'}"


def _strip_amp_path(path: str) -> str:
    """``/amp/x``, ``/x/amp``, ``/x.amp.html`` to ``/x``, ``/x.html``; no trailing slash."""
    segments = [s for s in path.split("/") if s.lower() != "amp"]
    path = "/".join(segments)
    path = _AMP_SUFFIX.sub(lambda m: m.group(1) or "", path)
    path = path.rstrip("/")
    return path if path.startswith("/") else "/" + path
