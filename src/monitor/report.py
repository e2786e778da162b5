"""A static HTML report: one page per story with its follow-ups and what each one changed.

Self-contained (inline CSS, no scripts, no external assets); every stored string is escaped.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from monitor.atomfeed import safe_href
from monitor.store import Store

log = logging.getLogger(__name__)

CSS = """
:root{--ink:#1d232b;--muted:#5d6875;--line:#d8dde3;--bg:#fbfbf8;--new:#fff1a8;--upd:#cfe8ff;
--con:#ffd3d0;--ins:#b7ebc0;--del:#f6c4c0}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,
"Segoe UI",Roboto,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 32px 64px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:36px 0 10px;padding-bottom:4px;
border-bottom:2px solid var(--line)}h3{font-size:16px;margin:4px 0}
a{color:#0b57a4}.muted,.meta{color:var(--muted);font-size:13px}
nav{font-size:13px;margin-bottom:12px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}
.followup,.dev,.rev{background:#fff;border:1px solid var(--line);border-left:4px solid #8aa4bf;
border-radius:4px;padding:12px 16px;margin:0 0 14px}
.reasons{margin:4px 0 8px;padding-left:20px;color:var(--muted);font-size:13px}
.changes{display:grid;grid-template-columns:1fr 1fr;gap:0;border:1px solid var(--line)}
.changes>div{padding:6px 10px;border-top:1px solid var(--line)}
.changes .head{background:#eef1f4;font-weight:600;font-size:13px;border-top:0}
mark{padding:1px 2px;border-radius:2px;color:inherit}
mark.new{background:var(--new)}mark.updated{background:var(--upd)}
mark.contradicting{background:var(--con)}
ins{background:var(--ins);text-decoration:none}del{background:var(--del)}
.badge{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;
padding:0 6px;border-radius:8px;margin-right:6px;background:#e3e7eb}
.badge.new{background:var(--new)}.badge.updated{background:var(--upd)}
.badge.contradicting,.badge.removal,.badge.correction{background:var(--con)}
.score{font-variant-numeric:tabular-nums}
.fig{font-variant-numeric:tabular-nums;white-space:nowrap}
.diff{white-space:pre-wrap;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;margin:6px 0 0}
blockquote{margin:6px 0;padding:2px 12px;border-left:3px solid var(--line)}
td blockquote{margin:0}
footer{margin-top:48px;color:var(--muted);font-size:12px}
"""

MIN_DIFF_RATIO = 0.5  # below this share of common words, two sentences are shown side by side
_STATUS_LABEL = {"new": "new", "updated": "updated", "contradicting": "contradicts"}
_WDIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _when(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    return "date unknown"


def _link(url: object, text: object) -> str:
    href = safe_href(url)
    return f'<a href="{_e(href)}">{_e(text)}</a>' if href else _e(text)


def format_value(value: float | None, unit: str | None) -> str:
    """A figure for people: thousands separators, its unit, "—" when unknown."""
    if value is None:
        return "—"
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    if unit in ("%", "pp"):
        return f"{number}{'%' if unit == '%' else ' pp'}"
    return f"{number} {unit}" if unit else number


def figure_change(old: float | None, new: float, unit: str | None) -> str:
    """HTML for "baseline value → new value", the new value marked unless unchanged."""
    before, after = _e(format_value(old, unit)), _e(format_value(new, unit))
    if old is not None and old == new:
        return f'<span class="fig">{before} → {after}</span> <span class="muted">unchanged</span>'
    delta = f' <span class="muted">({(new - old) / old:+.1%})</span>' if old else ""
    return f'<span class="fig">{before} → <mark class="updated">{after}</mark></span>{delta}'


def highlight_pair(new: str, old: str | None) -> tuple[str, str]:
    """Escaped HTML of ``new`` and ``old`` with the words that differ in <ins> and <del>."""
    if not old:
        return _e(new), ""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    if matcher.ratio() < MIN_DIFF_RATIO:
        return _e(new), _e(old)  # loosely related sentences: a word diff would be all noise
    old_out: list[str] = []
    new_out: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = _e(" ".join(a[i1:i2])), _e(" ".join(b[j1:j2]))
        if op == "equal":
            old_out.append(removed)
            new_out.append(added)
            continue
        if removed:
            old_out.append(f"<del>{removed}</del>")
        if added:
            new_out.append(f"<ins>{added}</ins>")
    return " ".join(new_out), " ".join(old_out)


def wdiff_html(diff: str | None) -> str:
    """A stored ``[-removed-]{+added+}`` diff as escaped HTML with <del> and <ins>."""
    if not diff:
        return ""
    out: list[str] = []
    pos = 0
    for match in _WDIFF.finditer(diff):
        out.append(_e(diff[pos : match.start()]))
        if match.group(1) is not None:
            out.append(f"<del>{_e(match.group(1))}</del>")
        else:
            gap = " " if diff[match.start() - 1 : match.start()] == "]" else ""
            out.append(f"{gap}<ins>{_e(match.group(2))}</ins>")
        pos = match.end()
    out.append(_e(diff[pos:]))
    return "".join(out)


def _emphasise(sentence: str, span: object) -> str:
    """The sentence, escaped, with the figure's own words in <strong>."""
    at = sentence.find(span) if isinstance(span, str) and span else -1
    if at < 0:
        return _e(sentence)
    end = at + len(str(span))
    return f"{_e(sentence[:at])}<strong>{_e(sentence[at:end])}</strong>{_e(sentence[end:])}"


def story_filename(slug: str) -> str:
    """A file name for a story page that no slug can turn into a path or a collision."""
    safe = re.sub(r"[^a-z0-9-]+", "-", slug.lower()).strip("-")[:60] or "story"
    if safe != slug:
        safe += "-" + hashlib.sha256(slug.encode()).hexdigest()[:8]
    return f"story-{safe}.html"


def _page(title: str, body: str, now: datetime) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>{_e(title)}</title><style>{CSS}</style></head>\n<body><main>\n{body}\n"
        f"<footer>Generated by monitor at {_e(_when(now))}.</footer>\n</main></body></html>\n"
    )


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], cls: str) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    if not body:
        return '<p class="muted">None yet.</p>'
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table>'


def _change_rows(sentences: Sequence[Mapping[str, Any]]) -> str:
    cells = [
        '<div class="head">What the follow-up says</div>',
        '<div class="head">What it changes</div>',
    ]
    for s in sentences:
        status = str(s["status"])
        cls = status if status in _STATUS_LABEL else "new"
        baseline = s.get("baseline_sentence") if status != "new" else None
        now_html, was_html = highlight_pair(str(s["sentence"]), baseline)
        badge = f'<span class="badge {cls}">{_e(_STATUS_LABEL.get(status, status))}</span>'
        cells.append(f'<div class="now">{badge}<mark class="{cls}">{now_html}</mark></div>')
        if baseline:
            origin = "earlier follow-up" if s.get("baseline_url") else "baseline"
            was = f'<span class="muted">{origin}:</span> {was_html}'
        else:
            was = '<span class="muted">nothing: new to the story</span>'
        cells.append(f'<div class="was">{was}</div>')
    return '<div class="changes">' + "\n".join(cells) + "</div>"


def _timeline(
    followups: Sequence[Mapping[str, Any]], sentences: Sequence[Mapping[str, Any]]
) -> str:
    by_url: dict[str, list[Mapping[str, Any]]] = {}
    for s in sentences:
        by_url.setdefault(str(s["url"]), []).append(s)
    parts = []
    for n, f in enumerate(followups, 1):
        when = f["published"] or f["first_seen"]
        source = "" if f["published"] else " (first seen)"
        reasons = "".join(f"<li>{_e(r)}</li>" for r in f["reasons"] or ())
        own = by_url.get(str(f["url"]), [])
        changes = (
            _change_rows(own) if own else '<p class="muted">Nothing new: restates the story.</p>'
        )
        parts.append(
            f'<article class="followup" id="followup-{n}">'
            f'<div class="meta"><time>{_e(_when(when))}</time>{_e(source)} · '
            f'<span class="outlet">{_e(f["site"])}</span> · '
            f'<span class="score">score {float(f["score"]):.2f}</span></div>'
            f"<h3>{_link(f['url'], f['title'] or f['url'])}</h3>"
            f'<ul class="reasons">{reasons}</ul>{changes}</article>'
        )
    return "\n".join(parts) or '<p class="muted">No follow-ups yet.</p>'


def _developments(devs: Sequence[Mapping[str, Any]], anchors: Mapping[str, str]) -> str:
    parts = []
    for d in devs:
        sources = "".join(
            f"<li>{_link(u, urlsplit(str(u)).hostname or u)}</li>" for u in d["sources"] or () if u
        )
        where = anchors.get(str(d["first_url"]))
        first = _link(d["first_url"], d["title"] or d["first_url"])
        jump = f' · <a href="#{where}">in the timeline</a>' if where else ""
        parts.append(
            f'<div class="dev"><div class="meta">first seen {_e(_when(d["first_seen"]))} in '
            f"{first}{jump} · {int(d['source_count'])} source(s)</div>"
            f"<blockquote>{_e(d['summary'])}</blockquote>"
            f'<ul class="sources">{sources}</ul></div>'
        )
    return "\n".join(parts) or '<p class="muted">No developments yet.</p>'


def _revisions(revs: Sequence[Mapping[str, Any]]) -> str:
    parts = []
    for r in revs:
        kind = str(r["kind"])
        body = (
            f'<p class="diff">{_e(r["diff"])}</p>'
            if kind == "removal"
            else f'<p class="diff">{wdiff_html(r["diff"])}</p>'
        )
        parts.append(
            f'<div class="rev"><div class="meta"><span class="badge {_e(kind)}">{_e(kind)}</span>'
            f"{_e(_when(r['detected_at']))} · {_e(r['site'])} · "
            f"{_link(r['url'], r['title'] or r['url'])}</div>{body}</div>"
        )
    return "\n".join(parts) or '<p class="muted">No revisions seen.</p>'


def story_page(store: Store, story: Mapping[str, Any], now: datetime) -> str:
    """The HTML page of one story."""
    slug = str(story["slug"])
    followups = store.rows("report_followups", story=slug)
    sentences = store.rows("report_sentences", story=slug)
    anchors = {str(f["url"]): f"followup-{n}" for n, f in enumerate(followups, 1)}
    figures = [
        (
            _e(f["quantity"]),
            figure_change(f["baseline_value"], f["value"], f["unit"]),
            _e(f["period"] or ""),
            _link(f["url"], f["site"]),
            _emphasise(str(f["sentence"]), f["span"]),
        )
        for f in store.rows("report_figures", story=slug)
    ]
    names = [
        (
            _e(n["name"]),
            _e(n["kind"]),
            _link(n["url"], n["site"] or n["url"]),
            _e(_when(n["first_seen"])),
        )
        for n in store.rows("report_entities", story=slug)
    ]
    quotes = [
        (
            f"<blockquote>“{_e(q['quote'])}”</blockquote>",
            _e(q["speaker"] or "unattributed"),
            '<span class="badge new">new</span>' if q["new_to_story"] else "known",
            _link(q["url"], q["site"]),
        )
        for q in store.rows("report_quotes", story=slug)
    ]
    devs = store.rows("report_developments", story=slug)
    revs = store.rows("report_revisions", story=slug)
    baseline = _link(story["url"], story["baseline_title"] or story["url"]) if story["url"] else ""
    body = f"""<nav><a href="index.html">All stories</a></nav>
<h1>{_e(story["title"])}</h1>
<p class="meta">Baseline: {baseline} · published {_e(_when(story["published"]))} ·
{len(followups)} follow-up(s) · {len(devs)} development(s)</p>
<h2 id="timeline">Timeline of follow-ups</h2>
{_timeline(followups, sentences)}
<h2 id="developments">Developments and the sources that carried them</h2>
{_developments(devs, anchors)}
<h2 id="figures">Figures</h2>
{_table(("Quantity", "Baseline → new", "Period", "Outlet", "Sentence"), figures, "figures")}
<h2 id="names">New names</h2>
{_table(("Name", "Kind", "First in", "First seen"), names, "names")}
<h2 id="quotes">Quotes</h2>
{_table(("Quote", "Speaker", "New?", "Outlet"), quotes, "quotes")}
<h2 id="revisions">Revisions of follow-ups</h2>
{_revisions(revs)}"""
    return _page(str(story["title"]), body, now)


def index_page(stories: Sequence[Mapping[str, Any]], now: datetime) -> str:
    """The report's front page: every story with its counts."""
    rows = [
        (
            f'<a href="{_e(story_filename(str(s["slug"])))}">{_e(s["title"])}</a>',
            _e(s["slug"]),
            _e(s["followups"]),
            _e(s["developments"]),
            _e(_when(s["latest"]) if s["latest"] else "—"),
        )
        for s in stories
    ]
    body = (
        "<h1>Stories followed by monitor</h1>"
        '<p class="meta">Follow-ups of each baseline story and what they added.</p>'
        + _table(("Story", "Slug", "Follow-ups", "Developments", "Latest"), rows, "stories")
    )
    return _page("monitor report", body, now)


def write_report(store: Store, out_dir: Path, *, now: datetime) -> Path:
    """Write ``index.html`` and one page per story into ``out_dir``; returns the index path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stories = store.rows("report_stories")
    for story in stories:
        page = story_page(store, story, now)
        _write(out_dir / story_filename(str(story["slug"])), page)
    index = out_dir / "index.html"
    _write(index, index_page(stories, now))
    log.info("wrote report of %d stories to %s", len(stories), out_dir)
    return index


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
