"""A static HTML report: one page per story with its follow-ups and what each one changed.

Self-contained (inline CSS, no scripts, no external assets); every stored string is escaped.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from monitor import summary
from monitor.atomfeed import safe_href
from monitor.store import Store
from monitor.summary import figure_text, format_value
from monitor.text import WORD_DIFF, fold_accents, word_matcher

log = logging.getLogger(__name__)

CSS = """
:root{--ink:#1d232b;--muted:#5d6875;--line:#d8dde3;--bg:#fbfbf8;--new:#fff1a8;--upd:#cfe8ff;
--con:#ffd3d0;--ins:#b7ebc0;--del:#f6c4c0}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,
"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
main{max-width:880px;margin:0 auto;padding:12px 14px 48px}
h1{font-size:23px;line-height:1.25;margin:4px 0 6px}h2{font-size:19px;margin:26px 0 8px;
padding-bottom:4px;border-bottom:2px solid var(--line)}h3{font-size:17px;line-height:1.3;
margin:2px 0 6px}
a{color:#0b57a4}.muted,.meta{color:var(--muted);font-size:14px}
nav{font-size:14px;margin-bottom:8px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600;overflow-wrap:normal}
.devs{list-style:none;margin:0;padding:0}
.dev,.followup,.rev{background:#fff;border:1px solid var(--line);border-left:4px solid #8aa4bf;
border-radius:4px;padding:10px 12px;margin:0 0 12px}
.claims{margin:4px 0 6px;padding-left:18px}.claims li{margin:0 0 6px}
.was{color:var(--muted);font-size:14px;margin-top:2px}
.facts{margin:4px 0;font-size:14px}.sources{margin:6px 0 0;font-size:14px}
.sources a{font-weight:600}
.reasons{margin:4px 0 8px;padding-left:20px;color:var(--muted);font-size:13px}
.changes{display:grid;grid-template-columns:1fr;gap:0;border:1px solid var(--line)}
.changes>div{padding:6px 10px;border-top:1px solid var(--line)}
.changes .head{display:none}
.changes .was{border-top:0;padding-top:0}
mark{padding:1px 2px;border-radius:2px;color:inherit}
mark.new{background:var(--new)}mark.updated{background:var(--upd)}
mark.contradicting{background:var(--con)}
ins{background:var(--ins);text-decoration:none}del{background:var(--del)}
.badge{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;
padding:0 6px;border-radius:8px;margin-right:6px;background:#e3e7eb;overflow-wrap:normal}
.badge.new{background:var(--new)}.badge.updated{background:var(--upd)}
.badge.contradicting,.badge.removal,.badge.correction{background:var(--con)}
.score{font-variant-numeric:tabular-nums}
.fig{font-variant-numeric:tabular-nums}
.diff{white-space:pre-wrap;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;margin:6px 0 0}
blockquote{margin:6px 0;padding:2px 12px;border-left:3px solid var(--line)}
td blockquote{margin:0}
details{margin:10px 0;border-top:1px solid var(--line)}
details>summary{cursor:pointer;font-weight:600;font-size:17px;padding:10px 0}
details details{border:0;margin:2px 0}details details>summary{font-size:13px;font-weight:400;
color:var(--muted);padding:2px 0}
@media (max-width:699px){
table,thead,tbody,tr,th,td{display:block}thead{display:none}
tr{border:1px solid var(--line);border-radius:4px;margin:0 0 8px;background:#fff}
td{border:0;padding:3px 8px}
}
@media (min-width:700px){
main{padding:24px 32px 64px}h1{font-size:26px}
.changes{grid-template-columns:1fr 1fr}.changes .head{display:block}
.changes .was{border-top:1px solid var(--line);padding-top:6px}
.fig{white-space:nowrap}
}
footer{margin-top:48px;color:var(--muted);font-size:12px}
"""

MIN_DIFF_RATIO = 0.5  # below this share of common words, two sentences are shown side by side
_STATUS_LABEL = {"new": "new", "updated": "updated", "contradicting": "contradicts"}


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
    a, b, matcher = word_matcher(old, new)
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
    for match in WORD_DIFF.finditer(diff):
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


def _day(value: object) -> str:
    """An article's date as a reader writes it: the day, no clock."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return _when(value)


def _source_link(url: object, site: object, title: object) -> str:
    """A source as a reader names it: the outlet, then its headline, linked."""
    outlet = summary.outlet_name(site, url)
    headline = str(title).strip() if title else ""
    if not headline:
        return _link(url, outlet)
    return f"{_e(outlet)}: {_link(url, headline)}"


def _change_rows(sentences: Sequence[Mapping[str, Any]], salient: set[str]) -> str:
    """Every sentence a follow-up added; only the development's salient claims highlighted."""
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
        if cls != "new" or str(s["sentence"]) in salient:
            now_html = f'<mark class="{cls}">{now_html}</mark>'
        cells.append(f'<div class="now">{badge}{now_html}</div>')
        # the parts of a new sentence that restate what the story knew (issue 21)
        known = [c["text"] for c in s.get("claims") or () if c["status"] == "known"]
        if baseline:
            origin = summary.updated_against(s.get("baseline_url"), s.get("url"))
            was = f'<span class="muted">{origin}:</span> {was_html}'
        elif known:
            was = '<span class="muted">already known:</span> ' + " … ".join(map(_e, known))
        else:
            was = '<span class="muted">nothing earlier</span>'
        cells.append(f'<div class="was">{was}</div>')
    return '<div class="changes">' + "\n".join(cells) + "</div>"


def _timeline(
    followups: Sequence[Mapping[str, Any]],
    sentences: Sequence[Mapping[str, Any]],
    salient: set[str],
) -> str:
    by_url: dict[str, list[Mapping[str, Any]]] = {}
    for s in sentences:
        by_url.setdefault(str(s["url"]), []).append(s)
    parts = []
    for n, f in enumerate(followups, 1):
        first_seen = f"first seen {_when(f['first_seen'])}"
        when = (
            f"<time>{_e(_day(f['published']))}</time> · {_e(first_seen)}"
            if f["published"]
            else f"<time>{_e(_when(f['first_seen']))}</time> (first seen; no date in the article)"
        )
        reasons = "".join(f"<li>{_e(r)}</li>" for r in f["reasons"] or ())
        own = by_url.get(str(f["url"]), [])
        changes = (
            _change_rows(own, salient)
            if own
            else '<p class="muted">Nothing new: restates the story.</p>'
        )
        parts.append(
            f'<article class="followup" id="followup-{n}">'
            f'<div class="meta">{when} · <span class="outlet">{_e(f["site"])}</span></div>'
            f"<h3>{_link(f['url'], f['title'] or f['url'])}</h3>{changes}"
            f'<details><summary>Why a follow-up (<span class="score">score '
            f"{float(f['score']):.2f}</span>)</summary>"
            f'<ul class="reasons">{reasons}</ul></details></article>'
        )
    return "\n".join(parts) or '<p class="muted">No follow-ups yet.</p>'


def _figure_pair(f: Mapping[str, Any]) -> tuple[str, str]:
    """(HTML of "earlier → new", what it was compared with) for a figure with an earlier value.

    Values compare only like with like: same unit and kind of period, else "different period".
    """
    change = summary.figure_change(f)
    if change.reason:
        return (
            f'<span class="fig">{_e(change.new)}</span> <span class="muted">{_e(change.reason)} '
            f"from the {change.against}'s {_e(change.old)}</span>",
            change.against,
        )
    share = f" ({change.share:+.1%})" if change.share is not None else ""
    return (
        f'<span class="fig">{_e(change.old)} → <mark class="updated">{_e(change.new)}</mark>'
        f'</span><span class="muted">{_e(share)}</span>',
        change.against,
    )


def _changed(f: Mapping[str, Any]) -> bool:
    return f["baseline_value"] is not None and f["baseline_value"] != f["value"]


def _statistic(f: Mapping[str, Any]) -> bool:
    """A figure worth listing on its own: money, a share, or a count of 100 or more."""
    return bool(f["unit"]) or float(f["value"]) >= 100


def _figures_table(rows: Sequence[Mapping[str, Any]]) -> str:
    shown = []
    for f in rows:
        if _changed(f):
            change, origin = _figure_pair(f)
            against = f"{origin} → new"
        elif f["baseline_value"] is None and _statistic(f):
            change = f'<span class="fig">{_e(figure_text(f["value"], f["unit"], f["period"]))}'
            change += "</span>"
            against = "first reported"
        else:
            continue
        shown.append(
            (
                _emphasise(str(f["sentence"]), f["span"]),
                change,
                _e(against),
                _source_link(f["url"], f["site"], None),
            )
        )
    left_out = len(rows) - len(shown)
    note = (
        f'<p class="muted">{left_out} more figure(s) left out: unchanged values and small '
        "counts (dates, durations, numbers of meetings).</p>"
        if left_out
        else ""
    )
    return _table(("Sentence", "Figure", "Compared with", "Outlet"), shown, "figures") + note


def _unique_names(rows: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Each name once, and a shorter form of a name already listed ("Soto Arriaga") dropped."""
    kept: list[Mapping[str, Any]] = []
    keys: list[str] = []
    for n in rows:
        key = " ".join(fold_accents(str(n["name"])).casefold().split())
        if any(k == key or k.endswith(" " + key) or key.endswith(" " + k) for k in keys):
            continue
        keys.append(key)
        kept.append(n)
    return kept


def _claims_html(claims: Sequence[summary.Claim]) -> str:
    items = []
    for c in claims:
        label = {"updated": "updates", "contradicting": "contradicts"}.get(c.status, "new")
        badge = f'<span class="badge {_e(c.status)}">{_e(label)}</span>'
        if c.updates:
            now_html, was_html = highlight_pair(c.text, c.updates)
            was = f'<div class="was">{_e(c.against)}: {was_html}</div>'
        else:
            now_html, was = _e(c.text), ""
        items.append(f"<li>{badge}{now_html}{was}</li>")
    return '<ul class="claims">' + "".join(items) + "</ul>" if items else ""


def _developments(
    devs: Sequence[Mapping[str, Any]],
    sentences: Sequence[Mapping[str, Any]],
    sources: Sequence[Mapping[str, Any]],
    figure_rows: Sequence[Mapping[str, Any]],
    names: Sequence[Mapping[str, Any]],
    revisions: Sequence[Mapping[str, Any]],
    anchors: Mapping[str, str],
) -> tuple[str, set[str]]:
    """The summary: each development in date order with its most salient claims.

    Returns the HTML and the sentences picked as claims (highlighted again in the timeline).
    """
    by_dev: dict[str, list[dict[str, Any]]] = {}
    for s in sentences:
        if s.get("development_id"):
            by_dev.setdefault(str(s["development_id"]), []).append(
                {
                    "url": s["url"],
                    "text": s["sentence"],
                    "status": s["status"],
                    "baseline": s["baseline_sentence"],
                    "baseline_url": s["baseline_url"],
                }
            )
    sources_of: dict[str, list[Mapping[str, Any]]] = {}
    for src in sources:
        sources_of.setdefault(str(src["development_id"]), []).append(src)
    names_at: dict[str, list[str]] = {}
    for n in names:
        names_at.setdefault(str(n["url"]), []).append(str(n["name"]))
    picked: set[str] = set()
    parts = []
    for d in devs:
        url = str(d["first_url"])
        own = [s for s in by_dev.get(str(d["id"]), []) if s["url"] == url]
        claims = summary.salient_claims(own, new_names=names_at.get(url, ()))
        picked.update(c.text for c in claims)
        carriers = sources_of.get(str(d["id"]), [])
        urls = {url, *(str(c["url"]) for c in carriers)}
        facts = [
            f'{_figure_pair(f)[0]} <span class="muted">{_e(f["quantity"])}, against the '
            f"{_e(_figure_pair(f)[1])}</span>"
            for f in figure_rows
            if str(f["url"]) == url and _changed(f)
        ]
        facts += [
            f'<span class="badge correction">correction</span>'
            f"{_e(summary.outlet_name(r['site'], r['url']))} corrected "
            f"“{_e(r['title'] or r['url'])}”: "
            f"{_e(summary.correction_summary(r['diff']))}"
            for r in revisions
            if r["kind"] == "correction" and str(r["url"]) in urls
        ]
        facts_html = "".join(f'<p class="facts">{f}</p>' for f in facts)
        links = [
            _source_link(c["url"], c["site"], c["title"])
            for c in carriers
            if safe_href(c["url"]) and str(c["url"]) != url
        ]
        also = f'<p class="sources">Also reported by: {" · ".join(links)}</p>' if links else ""
        where = anchors.get(url)
        jump = f' · <a href="#{where}">every sentence</a>' if where else ""
        when = _day(d["published"]) if d["published"] else _when(d["first_seen"])
        parts.append(
            f'<li class="dev" id="dev-{_e(d["id"])}"><div class="meta"><time>{_e(when)}</time>'
            f" · {_e(summary.outlet_name(d['site'], url))}</div>"
            f"<h3>{_link(url, d['title'] or url)}</h3>{_claims_html(claims)}{facts_html}"
            f"{also}"
            f'<p class="meta">first seen {_e(_when(d["first_seen"]))}{jump}</p></li>'
        )
    html = '<ol class="devs">' + "\n".join(parts) + "</ol>" if parts else ""
    return html or '<p class="muted">No developments yet.</p>', picked


def _revisions(revs: Sequence[Mapping[str, Any]]) -> str:
    parts = []
    for r in revs:
        kind = str(r["kind"])
        body = (
            f'<p class="diff">{_e(r["diff"])}</p>'
            if kind == "removal"
            else f'<p class="diff">{wdiff_html(r["diff"])}</p>'
        )
        what = f"<p>{_e(summary.correction_summary(r['diff']))}</p>" if kind == "correction" else ""
        parts.append(
            f'<div class="rev"><div class="meta"><span class="badge {_e(kind)}">{_e(kind)}</span>'
            f"{_e(_when(r['detected_at']))} · {_e(r['site'])} · "
            f"{_link(r['url'], r['title'] or r['url'])}</div>{what}{body}</div>"
        )
    return "\n".join(parts) or '<p class="muted">No revisions seen.</p>'


def _fold(anchor: str, title: str, count: int, body: str) -> str:
    """A section one click away: closed until the reader opens it."""
    return f'<details id="{anchor}"><summary>{_e(title)} ({count})</summary>\n{body}\n</details>'


def story_page(store: Store, story: Mapping[str, Any], now: datetime) -> str:
    """The HTML page of one story: what changed first, everything else one click away."""
    slug = str(story["slug"])
    followups = store.rows("report_followups", story=slug)
    sentences = store.rows("report_sentences", story=slug)
    anchors = {str(f["url"]): f"followup-{n}" for n, f in enumerate(followups, 1)}
    figure_rows = store.rows("report_figures", story=slug)
    name_rows = _unique_names(store.rows("report_entities", story=slug))
    names = [
        (
            _e(n["name"]),
            _e(n["kind"]),
            _source_link(n["url"], n["site"], n["title"]),
            _e(_day(n["published"]) if n["published"] else _when(n["first_seen"])),
        )
        for n in name_rows
    ]
    quote_rows = store.rows("report_quotes", story=slug)  # each quote once (quotes_once)
    quotes = [
        (
            f"<blockquote>“{_e(q['quote'])}”</blockquote>",
            _e(q["speaker"] or "unattributed"),
            ('<span class="badge new">new</span>' if q["new_to_story"] else "known")
            + (f' <span class="muted">and {q["also"]} more</span>' if q["also"] else ""),
            _source_link(q["url"], q["site"], q["title"]),
        )
        for q in quote_rows
    ]
    devs = store.rows("report_developments", story=slug)
    revs = store.rows("report_revisions", story=slug)
    summary_html, salient = _developments(
        devs,
        sentences,
        store.rows("report_development_sources", story=slug),
        figure_rows,
        name_rows,
        revs,
        anchors,
    )
    baseline = _link(story["url"], story["baseline_title"] or story["url"]) if story["url"] else ""
    span = ""
    if devs:
        dates = [d["published"] or d["first_seen"] for d in devs]
        span = f", {_day(min(dates))} to {_day(max(dates))}, oldest first"
    body = f"""<nav><a href="index.html">All stories</a></nav>
<h1>{_e(story["title"])}</h1>
<p class="meta">Baseline: {baseline} · published {_e(_when(story["published"]))} ·
{len(followups)} follow-up(s) · {len(devs)} development(s)</p>
<section id="summary"><h2 id="developments">What changed: {len(devs)} development(s){span}</h2>
{summary_html}</section>
{
        _fold(
            "timeline",
            "Every follow-up, sentence by sentence",
            len(followups),
            _timeline(followups, sentences, salient),
        )
    }
{_fold("figures", "Figures", len(figure_rows), _figures_table(figure_rows))}
{
        _fold(
            "names",
            "New names",
            len(names),
            _table(("Name", "Kind", "First in", "Date"), names, "names"),
        )
    }
{
        _fold(
            "quotes",
            "Quotes",
            len(quotes),
            _table(("Quote", "Speaker", "New?", "First in"), quotes, "quotes"),
        )
    }
{_fold("revisions", "Revisions of follow-ups", len(revs), _revisions(revs))}"""
    return _page(str(story["title"]), body, now)


def index_page(
    stories: Sequence[Mapping[str, Any]],
    now: datetime,
    latest: Mapping[str, str] | None = None,
) -> str:
    """The report's front page: every story with its counts and its latest development."""
    rows = [
        (
            f'<a href="{_e(story_filename(str(s["slug"])))}">{_e(s["title"])}</a>',
            (latest or {}).get(str(s["slug"]), '<span class="muted">nothing yet</span>'),
            _e(s["followups"]),
            _e(s["developments"]),
            _e(_when(s["latest"]) if s["latest"] else "—"),
        )
        for s in stories
    ]
    body = (
        "<h1>Stories followed by monitor</h1>"
        '<p class="meta">Follow-ups of each baseline story and what they added.</p>'
        + _table(
            ("Story", "Latest development", "Follow-ups", "Developments", "Latest"),
            rows,
            "stories",
        )
    )
    return _page("monitor report", body, now)


def _latest_development(store: Store, slug: str) -> str | None:
    """The story's newest development for the index: date, outlet, headline, its top claim."""
    devs = store.rows("report_developments", story=slug)
    if not devs:
        return None
    d = devs[-1]
    url = str(d["first_url"])
    own = [
        {"text": s["sentence"], "status": s["status"], "baseline": s["baseline_sentence"],
         "baseline_url": s["baseline_url"]}
        for s in store.rows("report_sentences", story=slug)
        if s["url"] == url and s["development_id"] == d["id"]
    ]  # fmt: skip
    claims = summary.salient_claims(own, limit=1)
    when = _day(d["published"]) if d["published"] else _when(d["first_seen"])
    claim = f"<br>{_e(claims[0].text)}" if claims else ""
    return f"{_e(when)} · {_source_link(url, d['site'], d['title'])}{claim}"


def write_report(store: Store, out_dir: Path, *, now: datetime) -> Path:
    """Write ``index.html`` and one page per story into ``out_dir``; returns the index path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    stories = store.rows("report_stories")
    latest: dict[str, str] = {}
    for story in stories:
        found = _latest_development(store, str(story["slug"]))
        if found:
            latest[str(story["slug"])] = found
        page = story_page(store, story, now)
        _write(out_dir / story_filename(str(story["slug"])), page)
    index = out_dir / "index.html"
    _write(index, index_page(stories, now, latest))
    log.info("wrote report of %d stories to %s", len(stories), out_dir)
    return index


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
