"""Alert messages and the notifiers that send them (apprise, or a plugged-in Prefect block).

Rendering is pure; sending is behind the ``Notifier`` protocol so a failing channel is an
``AlertError`` the outbox records, never an exception that ends the run.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

from monitor import summary
from monitor.errors import AlertError
from monitor.models import Development, SentenceStatus

log = logging.getLogger(__name__)

MAX_BODY_CHARS = 3500  # under Slack's and Discord's practical limits; longer bodies are trimmed
MAX_CLAIMS = summary.MAX_CLAIMS
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


class Notifier(Protocol):
    """Sends one message to one channel or raises AlertError."""

    def send(self, title: str, body: str) -> None: ...


NotifierFactory = Callable[[str, float], Notifier]


@dataclass(frozen=True)
class Message:
    title: str
    body: str


# Schemes whose host is a real host name; in others (slack://, discord://, ...) it is a token.
_HOST_SCHEMES = frozenset(
    {"json", "jsons", "form", "forms", "xml", "xmls", "ntfy", "ntfys", "mailto", "mailtos"}
)


def channel_label(url: str) -> str:
    """A channel's name for logs and the database: never the secret parts of its URL."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in _HOST_SCHEMES and parts.hostname:
        host = parts.hostname if not parts.port else f"{parts.hostname}:{parts.port}"
        return f"{scheme}://{host}"
    return f"{scheme}://…{channel_key(url)[:6]}"


def channel_key(url: str) -> str:
    """A stable digest of a channel URL: finds the route again without storing the secret."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def alert_id(story: str, development_id: str, key: str) -> str:
    """The outbox key: one alert per story development per channel."""
    return hashlib.sha256(f"{story}\x1f{development_id}\x1f{key}".encode()).hexdigest()[:24]


def escape_markdown(text: str) -> str:
    """Untrusted text made inert for Markdown channels (no links, emphasis or HTML)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\r", " ").replace("\n", " "))


def _trim(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit - 2)
    return text[: cut if cut > 0 else limit - 2].rstrip() + "\n…"


def story_name(dev: Development, limit: int = 70) -> str:
    """The story a message is about, by its title (trimmed), else its slug."""
    name = " ".join((dev.story_title or dev.story).split())
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def render_alert(dev: Development, *, report_url: str | None = None) -> Message:
    """The message for one development: the story, what changed (ranked), the source, why.

    The same summary as the report's: the 1-3 most salient claims, each beside the earlier
    claim it updates; page furniture never shows.
    """
    when = dev.published.strftime("%Y-%m-%d") if dev.published else "date unknown"
    headline = dev.title or dev.url
    title = f"{story_name(dev)}: {headline} ({dev.site})"
    lines = [
        f"Story: {escape_markdown(story_name(dev, 200))}",
        f"**{escape_markdown(headline)}** — {escape_markdown(dev.site)}, {when}",
        "",
    ]
    rows = [
        {"text": v.text, "status": v.status.value, "baseline": v.baseline,
         "baseline_url": v.source_url, "url": dev.url}
        for v in dev.sentences
    ]  # fmt: skip
    claims = summary.salient_claims(rows, limit=MAX_CLAIMS)
    for claim in claims:
        lines.append(f"{claim.status.upper()}: “{escape_markdown(claim.text)}”")
        restated = _known_part(dev, claim.text)
        if restated:
            lines.append(f"  already known: “{escape_markdown(restated)}”")
        if claim.updates:
            lines.append(f"  was ({claim.against}): “{escape_markdown(claim.updates)}”")
        lines.append("")
    if dev.figure_changes:
        lines.append("Figures: " + "; ".join(escape_markdown(c) for c in dev.figure_changes[:4]))
        lines.append("")
    fresh = sum(
        1
        for s in dev.sentences
        if s.status != SentenceStatus.KNOWN and not summary.is_correction_notice(s.text)
    )
    more = fresh - len(claims)
    if more > 0:
        lines.append(f"…and {more} more new or updated sentences.")
    lines.append(f"Source: {escape_markdown(dev.site)}: {escape_markdown(headline)} {dev.url}")
    if report_url:
        lines.append(f"Report: {report_url}")
    lines.append(f"Why a follow-up (score {dev.score:.2f}): " + "; ".join(dev.reasons))
    return Message(title=title[:250], body=_trim("\n".join(lines), MAX_BODY_CHARS))


class AppriseNotifier:
    """Any apprise URL: json://, mailto://, slack://, discord://, ntfys://, ..."""

    def __init__(self, url: str, timeout_s: float) -> None:
        import apprise  # ~0.1 s to import: paid by runs that send, not by every run

        self.label = channel_label(url)
        self.timeout_s = timeout_s
        self._markdown = apprise.NotifyFormat.MARKDOWN
        self._apprise = apprise.Apprise()
        if not self._apprise.add(url):
            raise AlertError(self.label, "not a valid apprise URL")

    def send(self, title: str, body: str) -> None:
        result = self._apprise.notify(
            body=body,
            title=title,
            body_format=self._markdown,
            timeout=self.timeout_s,
        )
        if not result:
            problems = [e.message for e in result.logs() if e.level in ("WARNING", "ERROR")]
            reason = problems[-1] if problems else f"notifier answered {result.status.name}"
            raise AlertError(self.label, reason)


def make_notifier(
    url: str,
    timeout_s: float,
    factories: Mapping[str, NotifierFactory] | None = None,
) -> Notifier:
    """A notifier for ``url``: a registered factory for its scheme, else apprise."""
    scheme = url.split("://", 1)[0].lower()
    if factories and scheme in factories:
        return factories[scheme](url, timeout_s)
    return AppriseNotifier(url, timeout_s)


def render_digest(queued: Sequence[Mapping[str, Any]], *, period: str, now: datetime) -> Message:
    """One message listing several developments: each headline, its first new sentence, link."""
    stories = sorted({str(a["story"]) for a in queued})
    title = f"[{', '.join(stories)}] {period} digest: {len(queued)} new development(s)"
    parts = []
    for alert in queued:
        lines = str(alert["body"]).splitlines()
        headline = lines[0] if lines else str(alert["title"])
        first_new = next((line for line in lines if line.startswith(("NEW:", "UPDATED:"))), "")
        parts.append("\n".join(x for x in (headline, first_new, f"Article: {alert['url']}") if x))
    body = f"{len(queued)} development(s) up to {now:%Y-%m-%d %H:%M} UTC\n\n" + "\n\n".join(parts)
    return Message(title=title[:250], body=_trim(body, MAX_BODY_CHARS))


def next_attempt_at(now: datetime, attempts: int, *, base_s: float) -> datetime:
    """Capped exponential backoff between delivery attempts across runs (max 6 hours)."""
    delay = min(base_s * 2 ** max(attempts - 1, 0), 6 * 3600.0)
    return now + timedelta(seconds=delay)


def _known_part(dev: Development, text: str) -> str:
    """The parts of a new sentence that restate what the story knew (its known claims)."""
    verdict = next((v for v in dev.sentences if v.text == text), None)
    if verdict is None or verdict.status is SentenceStatus.KNOWN:
        return ""
    return " … ".join(c.text for c in verdict.claims if c.status is SentenceStatus.KNOWN)


def summarise(sentences: Sequence[str], limit: int = 280) -> str:
    """A development's one-line summary: its first new sentence, trimmed."""
    first = sentences[0] if sentences else ""
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"
