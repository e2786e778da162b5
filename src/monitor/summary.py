"""What a reader sees first: each development's few most salient new claims, ranked.

Pure: shared by the HTML report, the alerts and the Atom feed, so all three say the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from monitor.boilerplate import is_boilerplate
from monitor.figures import extract_figures, figure_of_value, not_comparable
from monitor.text import WORD_DIFF

__all__ = [
    "Claim",
    "FigureChange",
    "compared_with",
    "correction_summary",
    "figure_change",
    "figure_text",
    "format_value",
    "is_correction_notice",
    "outlet_name",
    "salient_claims",
    "updated_against",
]

MAX_CLAIMS = 3

_DECISION = re.compile(
    r"\b(?:announc|agree|approv|sign|order|rul(?:ed|ing)|deploy|pledg|commit|launch|suspend"
    r"|resum|restart|replac|requir|detain|arrest|deport|expel|clos|open|ban|impos|paus|cancel"
    r"|vot|pass|block|halt|end(?:ed|s)|expand|send|sent|will|plans? to)",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“][^\"“”]{10,}")  # closed or not: a quote may span two sentences
_CORRECTION_NOTICE = re.compile(
    r"^(?:correction|clarification|editor's note)\b|^an earlier version of this", re.IGNORECASE
)
_CORRECTION_NOTE = re.compile(
    r"(?:correction|clarification|editor's note)\b[^:]{0,40}:\s*(.+?)(?=\+\}|$)"
    r"|(an earlier version of this (?:article|story|report)[^+]+?)(?=\+\}|$)",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Claim:
    """One new claim of a development, with the earlier claim it updates, if any."""

    text: str
    status: str  # "new", "updated" or "contradicting"
    updates: str | None  # the earlier sentence it changes
    against: str | None  # "baseline" or "earlier report"
    why: tuple[str, ...]  # what makes it salient: "figure", "quote", "decision", "new name"


def format_value(value: float | None, unit: str | None) -> str:
    """A figure for people: thousands separators, its unit, "—" when unknown."""
    if value is None:
        return "—"
    if unit == "USD" and abs(value) >= 1e6:
        scale, word = (1e9, "billion") if abs(value) >= 1e9 else (1e6, "million")
        return f"${value / scale:,.3g} {word}" if value % (scale / 100) == 0 else f"${value:,.0f}"
    if unit == "USD":
        return f"${value:,.0f}" if float(value).is_integer() else f"${value:,.2f}"
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    if unit in ("%", "pp"):
        return f"{number}{'%' if unit == '%' else ' pp'}"
    return f"{number} {unit}" if unit else number


@dataclass(frozen=True)
class FigureChange:
    """A changed figure as the page, the feed and the alerts show it."""

    old: str  # "172,000 (March)"
    new: str
    quantity: str
    against: str  # "baseline", "earlier report", "earlier version", "earlier sentence"
    reason: str | None  # why the two values do not compare ("different period"), else None
    share: float | None  # the relative change, when they compare and the old value is not 0

    def text(self) -> str:
        """One line: "172,000 (March) → 180,000 (April) (+4.7%) crossing, against the
        baseline", or "180,000 (April) crossing: different period from the baseline's ..." """
        if self.reason:
            return f"{self.new} {self.quantity}: {self.reason} from the {self.against}'s {self.old}"
        share = f" ({self.share:+.1%})" if self.share is not None else ""
        return f"{self.old} → {self.new}{share} {self.quantity}, against the {self.against}"


def figure_text(value: float | None, unit: str | None, period: object) -> str:
    shown = format_value(value, unit)
    return f"{shown} ({period})" if period else shown


def figure_change(f: Mapping[str, object]) -> FigureChange:
    """The change of a stored figure row (``figures`` view columns) against its earlier value:
    values compare only like with like (same measure, unit and kind of period)."""
    value, old_value, unit = f["value"], f["baseline_value"], f.get("unit")
    assert isinstance(value, int | float) and isinstance(old_value, int | float)
    unit = str(unit) if unit else None
    earlier = figure_of_value(f.get("baseline_sentence"), old_value)
    later = figure_of_value(f.get("sentence"), value)
    reason = not_comparable(earlier, later) if earlier and later else None
    return FigureChange(
        old=figure_text(old_value, unit, earlier.period if earlier else None),
        new=figure_text(value, unit, f.get("period")),
        quantity=str(f.get("quantity") or ""),
        against=compared_with(f.get("compared_with"), f.get("url")),
        reason=reason,
        share=(value - old_value) / old_value if old_value and not reason else None,
    )


def updated_against(baseline_url: object, url: object = None) -> str:
    """Which earlier claim a change is measured against: the baseline, an earlier report, or
    an earlier version of the same article (``url``)."""
    if not baseline_url:
        return "baseline"
    return "earlier version" if url is not None and baseline_url == url else "earlier report"


def _salience(
    text: str, status: str, against_baseline: bool, position: int, names: Iterable[str]
) -> tuple[float, tuple[str, ...]]:
    why: list[str] = []
    score = 0.0
    if status in ("updated", "contradicting"):
        score += 4.0 if against_baseline else 2.5
        why.append("contradicts" if status == "contradicting" else "updates")
    if any(f.unit or f.value > 2 for f in extract_figures(text)):
        score += 2.0
        why.append("figure")
    if _QUOTE.search(text):
        score += 2.0
        why.append("quote")
    if _DECISION.search(text):
        score += 1.5
        why.append("decision")
    named = sum(1 for n in names if n and n in text)
    if named:
        score += min(named, 2) * 1.0
        why.append("new name")
    score += max(0.0, 1.0 - 0.25 * position)  # the lede says what the article is about
    if len(text.split()) > 45:
        score -= 1.0  # a paragraph-long sentence is no headline
    return score, tuple(why)


def salient_claims(
    sentences: Sequence[Mapping[str, object]],
    *,
    new_names: Iterable[str] = (),
    limit: int = MAX_CLAIMS,
) -> list[Claim]:
    """The ``limit`` most salient of a development's sentences, most salient first.

    Each sentence maps ``text``, ``status`` and optionally ``baseline`` (the sentence it
    changes) and ``baseline_url`` (None when that sentence is the baseline's). Known sentences
    and boilerplate are never claims.
    """
    names = [n for n in new_names if len(n) > 2]
    ranked: list[tuple[float, int, Claim]] = []
    position = 0
    for order, s in enumerate(_join_split_quotes(sentences)):
        text = str(s.get("text") or "")
        status = str(s.get("status") or "new")
        if status == "known" or not text or is_boilerplate(text) or is_correction_notice(text):
            continue  # a correction notice is shown as the correction, not as news
        earlier = s.get("baseline") if status != "new" else None
        against_baseline = earlier is not None and not s.get("baseline_url")
        score, why = _salience(text, status, against_baseline, position, names)
        position += 1
        claim = Claim(
            text=text,
            status=status,
            updates=str(earlier) if earlier else None,
            against=updated_against(s.get("baseline_url"), s.get("url")) if earlier else None,
            why=why,
        )
        ranked.append((-score, order, claim))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return [claim for _, _, claim in ranked[:limit]]


def _open_quote(text: str) -> bool:
    """A quote opened and not closed: the sentence splitter cut it at a full stop inside."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _join_split_quotes(sentences: Sequence[Mapping[str, object]]) -> list[Mapping[str, object]]:
    """Consecutive new sentences that open and close one quote, joined back into one."""
    joined: list[Mapping[str, object]] = []
    for s in sentences:
        text = str(s.get("text") or "")
        if joined and s.get("status") == "new" == joined[-1].get("status"):
            previous = str(joined[-1].get("text") or "")
            if _open_quote(previous) and _open_quote(text):
                joined[-1] = dict(joined[-1], text=f"{previous} {text}")
                continue
        joined.append(s)
    return joined


def is_correction_notice(text: str) -> bool:
    """ "Correction, July 2: An earlier version of this article misstated ..." """
    return bool(_CORRECTION_NOTICE.match(text))


def compared_with(against: object, url: object) -> str:
    """What a changed figure was compared with, from a stored ``compared_with``: "baseline"
    (''), "earlier version" (the same article's URL), else "earlier report"."""
    if against == "":
        return "baseline"
    if against is None:
        return "earlier sentence"
    return "earlier version" if against == url else "earlier report"


def outlet_name(site: object, url: object) -> str:
    """The outlet's name as the article gives it, else its host without ``www.``."""
    if isinstance(site, str) and site.strip():
        return site.strip()
    host = urlsplit(str(url or "")).hostname or str(url or "")
    return host.removeprefix("www.")


def correction_summary(diff: object) -> str:
    """What a correction corrected: its notice when the article prints one, else the words
    that changed ("$310 → $130")."""
    text = str(diff or "")
    note = _CORRECTION_NOTE.search(text)
    if note:
        found = (note.group(1) or note.group(2) or "").strip()
        if found:
            return " ".join(found.split())
    pairs: list[str] = []
    removed: str | None = None
    for m in WORD_DIFF.finditer(text):
        if m.group(1) is not None:
            removed = m.group(1).strip()
        elif removed is not None:
            pairs.append(f"{removed} → {m.group(2).strip()}")
            removed = None
    return "; ".join(pairs[:3]) if pairs else "wording changed"
