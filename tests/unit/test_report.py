"""The static HTML report against a real DuckDB file: highlights, figures, escaping, structure."""

from __future__ import annotations

from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from monitor import report
from monitor.store import Store, open_store

NOW = datetime(2021, 6, 20, 12, 0, tzinfo=UTC)
T1 = datetime(2021, 6, 10, 9, 30, tzinfo=UTC)
T2 = datetime(2021, 6, 12, 15, 0, tzinfo=UTC)
SLUG = "mx-migration"
A1 = "https://news.example/2021/06/10/talks"
A2 = "https://other.example/world/deal?id=2"
WIRE = "https://wire.example/copy"
IGNORED = "https://sports.example/match"
HOSTILE_TITLE = "Talks resume & <script>alert(\"t\")</script> 'quoted'"
HOSTILE_NEW = "A new <script>alert('x')</script> pact was signed & sealed."
UPDATED = "The number of migrants rose to 180,000 in May."
UPDATED_WAS = "The number of migrants rose to 170,000 in April."
CONTRA = "Officials now deny any deal with Guatemala."
CONTRA_WAS = "Officials confirmed a deal with Guatemala."
LATER_NEW = "Funding reached $310 million by June."
LATER_WAS = "Funding was promised soon."


def populate(store: Store) -> None:
    """One story with two follow-ups, a non-follow-up, figures, names, quotes and a revision."""
    store.insert(
        "stories",
        [
            {
                "slug": SLUG,
                "title": "Harris <i>visits</i> Guatemala & Mexico",
                "url": "https://apnews.example/article/harris-mexico",
                "published": date(2021, 6, 7),
                "horizon_days": 548,
                "updated_at": NOW,
            }
        ],
    )
    store.insert(
        "baselines",
        [
            {
                "story": SLUG,
                "url": "https://apnews.example/article/harris-mexico",
                "title": "Harris heads to Guatemala",
                "text": f"{UPDATED_WAS} {CONTRA_WAS}",
                "fingerprint": "b0",
                "source": "file",
                "stored_at": NOW,
            }
        ],
    )
    articles = [
        (A1, "news.example", HOSTILE_TITLE, T1, 2),
        (A2, "other.example", "Funding deal reached", T2, 1),
        (IGNORED, "sports.example", "Cup final", T2, 1),
    ]
    store.insert(
        "articles",
        [
            {"url": u, "site": s, "title": t, "published": p, "first_seen": p, "status": "ok",
             "versions": v}
            for u, s, t, p, v in articles
        ],
    )  # fmt: skip
    store.insert(
        "assessments",
        [
            {"story": SLUG, "url": A1, "follow_up": True, "score": 0.82,
             "reasons": ["shares actors: Harris, Giammattei", "<b>bold</b> reason"],
             "published": T1, "date_source": "feed", "assessed_at": T1},
            {"story": SLUG, "url": A2, "follow_up": True, "score": 0.64,
             "reasons": ["shares places: Guatemala"], "published": T2, "date_source": "feed",
             "assessed_at": T2},
            {"story": SLUG, "url": IGNORED, "follow_up": False, "score": 0.05, "reasons": [],
             "published": T2, "date_source": "feed", "assessed_at": T2},
        ],
    )  # fmt: skip
    sentence = {"story": SLUG, "baseline": None, "baseline_url": None, "similarity": 0.0}
    store.insert(
        "sentences",
        [
            dict(sentence, url=A1, idx=0, text="Harris met leaders.", status="known",
                 development_id=None, similarity=0.95),
            dict(sentence, url=A1, idx=1, text=UPDATED, status="updated", baseline=UPDATED_WAS,
                 development_id="dev1", similarity=0.8),
            dict(sentence, url=A1, idx=2, text=HOSTILE_NEW, status="new", development_id="dev1"),
            dict(sentence, url=A1, idx=3, text=CONTRA, status="contradicting",
                 baseline=CONTRA_WAS, development_id="dev1", similarity=0.7),
            dict(sentence, url=A2, idx=0, text=LATER_NEW, status="updated", baseline=LATER_WAS,
                 baseline_url=A1, development_id="dev2", similarity=0.6),
            dict(sentence, url=IGNORED, idx=0, text="The match ended 2-1.", status="new",
                 development_id=None),
        ],
    )  # fmt: skip
    store.insert(
        "story_developments",
        [
            {"story": SLUG, "id": "dev1", "first_url": A1, "first_seen": T1,
             "summary": HOSTILE_NEW},
            {"story": SLUG, "id": "dev2", "first_url": A2, "first_seen": T2, "summary": LATER_NEW},
        ],
    )  # fmt: skip
    store.insert(
        "development_sources",
        [
            {"story": SLUG, "development_id": "dev1", "url": A1, "seen_at": T1},
            {"story": SLUG, "development_id": "dev1", "url": WIRE, "seen_at": T2},
            {"story": SLUG, "development_id": "dev1", "url": "javascript:alert(1)", "seen_at": T2},
            {"story": SLUG, "development_id": "dev2", "url": A2, "seen_at": T2},
        ],
    )  # fmt: skip
    store.insert(
        "figure_mentions",
        [
            {"story": SLUG, "url": A1, "idx": 0, "quantity": "migrants", "value": 180000.0,
             "unit": None, "period": "May", "span": "180,000", "sentence": UPDATED,
             "baseline_value": 170000.0, "baseline_sentence": UPDATED_WAS},
            {"story": SLUG, "url": A2, "idx": 0, "quantity": "funding", "value": 310e6,
             "unit": "USD", "period": None, "span": "$310 million", "sentence": LATER_NEW,
             "baseline_value": None, "baseline_sentence": None},
            {"story": SLUG, "url": A1, "idx": 1, "quantity": "years", "value": 15.0,
             "unit": None, "period": None, "span": "15 years", "sentence": "in 15 years",
             "baseline_value": 15.0, "baseline_sentence": "in 15 years"},
        ],
    )  # fmt: skip
    store.insert(
        "entity_mentions",
        [
            {"story": SLUG, "url": A1, "name": "Alejandro Giammattei", "kind": "person",
             "is_new": True, "first_seen": T1},
            {"story": SLUG, "url": A1, "name": "Mexico", "kind": "place", "is_new": False,
             "first_seen": T1},
        ],
    )  # fmt: skip
    store.insert(
        "quote_mentions",
        [
            {"story": SLUG, "url": A1, "idx": 0, "speaker": "Kamala Harris",
             "quote": "Do not come <b>here</b>", "sentence": "Harris said: ...", "is_new": True},
        ],
    )  # fmt: skip
    store.insert(
        "article_revisions",
        [
            {"url": A1, "from_fingerprint": "f1", "to_fingerprint": "f2", "kind": "correction",
             "diff": "…talks were held in [-Mexico-]{+Guatemala <City>+}", "detected_at": T2},
        ],
    )  # fmt: skip


@pytest.fixture
def story_html(tmp_path: Path) -> tuple[Path, str]:
    with open_store(tmp_path / "m.duckdb") as store:
        populate(store)
        index = report.write_report(store, tmp_path / "out", now=NOW)
    page = index.parent / report.story_filename(SLUG)
    return index, page.read_text(encoding="utf-8")


class _Balance(HTMLParser):
    VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def test_index_links_each_story_page(story_html: tuple[Path, str]) -> None:
    index, _ = story_html
    text = index.read_text(encoding="utf-8")
    assert f'href="{report.story_filename(SLUG)}"' in text
    assert "Harris &lt;i&gt;visits&lt;/i&gt; Guatemala &amp; Mexico" in text
    assert "<td>2</td>" in text  # two follow-ups; the sports article is not one
    assert "Funding deal reached" in text  # what changed last, not only how many


def test_sentences_are_highlighted_beside_what_they_change(story_html: tuple[Path, str]) -> None:
    _, html = story_html
    assert (
        '<mark class="new">A new &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; pact was '
        "signed &amp; sealed.</mark>"
    ) in html
    # The updated sentence shows the changed words against the baseline sentence it updates.
    assert '<mark class="updated">The number of migrants rose to <ins>180,000</ins>' in html
    assert "rose to <del>170,000</del>" in html and "<del>April.</del>" in html
    assert '<mark class="contradicting">Officials <ins>now deny any</ins>' in html
    # Too little in common for a word diff: the earlier sentence is shown as it was.
    assert "earlier report:</span> Funding was promised soon.</div>" in html
    assert "The match ended 2-1." not in html  # not a follow-up
    assert "Harris met leaders." not in html  # known: not a change


def test_timeline_is_in_date_order_with_outlet_score_and_reasons(
    story_html: tuple[Path, str],
) -> None:
    _, html = story_html
    first, second = html.index('id="followup-1"'), html.index('id="followup-2"')
    assert first < second
    entry = html[first:second]
    assert "<time>2021-06-10</time>" in entry and "news.example" in entry
    assert "first seen 2021-06-10 09:30 UTC" in entry  # the clock's time comes second
    assert "score 0.82" in entry and "&lt;b&gt;bold&lt;/b&gt; reason" in entry
    # the scoring detail is one click away, after what the follow-up says
    assert entry.index("<summary>Why a follow-up") > entry.index('class="changes"')
    assert "Talks resume &amp; &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;" in entry


def test_page_leads_with_the_developments_and_folds_the_rest(story_html: tuple[Path, str]) -> None:
    _, html = story_html
    summary = html[html.index('id="summary"') : html.index('id="timeline"')]
    assert html.index('id="summary"') < html.index("<details")  # the first thing after the title
    first, second = summary.index('id="dev-dev1"'), summary.index('id="dev-dev2"')
    assert first < second  # date order
    dev1 = summary[first:second]
    # the claims that change the baseline come first, each beside what it changes
    assert dev1.index("contradicts") < dev1.index("A new &lt;script&gt;")
    assert "baseline: Officials <del>confirmed a</del>" in dev1
    assert dev1.count("<li>") == 3
    # sources as outlet and headline, linked; the javascript: source is not a link
    assert f'wire.example: <a href="{WIRE}">' not in dev1  # no headline stored: the outlet only
    assert f'<a href="{WIRE}">wire.example</a>' in dev1 and "javascript:" not in dev1
    assert "news.example corrected" in dev1 and "Mexico → Guatemala &lt;City&gt;" in dev1
    assert '170,000 (April) → <mark class="updated">180,000 (May)</mark>' in dev1
    dev2 = summary[second:]
    # too little in common for a word diff: the earlier sentence is shown as it was
    assert '<div class="was">earlier report: Funding was promised soon.</div>' in dev2
    # everything else is closed until the reader opens it
    for section in ("timeline", "figures", "names", "quotes", "revisions"):
        assert f'<details id="{section}">' in html


def test_figures_names_quotes_sources_and_revisions(story_html: tuple[Path, str]) -> None:
    _, html = story_html
    assert '170,000 (April) → <mark class="updated">180,000 (May)</mark>' in html
    figures = html[html.index('id="figures"') : html.index('id="names"')]
    assert "<td>baseline → new</td>" in figures and "<td>first reported</td>" in figures
    assert figures.index("baseline → new") < figures.index("first reported")
    assert "$310 million" in figures
    assert "15 years" not in figures and "1 more figure(s) left out" in figures
    names = html[html.index('id="names"') : html.index('id="quotes"')]
    assert "Alejandro Giammattei" in names and "Mexico" not in names
    assert "“Do not come &lt;b&gt;here&lt;/b&gt;”" in html and "Kamala Harris" in html
    assert "<del>Mexico</del> <ins>Guatemala &lt;City&gt;</ins>" in html
    assert "<strong>$310 million</strong> by June." in html
    assert "correction" in html[html.index('id="revisions"') :]


def test_no_hostile_markup_survives(story_html: tuple[Path, str]) -> None:
    _, html = story_html
    parser = _Balance()
    parser.feed(html)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    tags = {t for t, _ in parser.tags}
    assert {"script", "b", "i", "city"}.isdisjoint(tags)
    hrefs = [a.get("href") or "" for t, a in parser.tags if t == "a"]
    assert hrefs and all(h.startswith(("https://", "#", "story-", "index.html")) for h in hrefs)
    assert all(not (a.get("src") or "").startswith("http") for _, a in parser.tags)  # no assets


def test_empty_database_gives_an_index_without_stories(tmp_path: Path) -> None:
    with open_store(tmp_path / "m.duckdb") as store:
        index = report.write_report(store, tmp_path / "out", now=NOW)
    assert index.name == "index.html"
    assert "None yet." in index.read_text(encoding="utf-8")
    assert sorted(p.name for p in index.parent.iterdir()) == ["index.html"]


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (170000.0, None, "170,000"),
        (2.5, "%", "2.5%"),
        (1.25, "pp", "1.25 pp"),
        (310e6, "USD", "$310 million"),
        (None, None, "—"),
    ],
)
def test_format_value(value: float | None, unit: str | None, shown: str) -> None:
    assert report.format_value(value, unit) == shown


def test_story_filenames_cannot_escape_or_collide() -> None:
    hostile = report.story_filename("../../etc/passwd")
    assert "/" not in hostile and hostile.startswith("story-") and hostile.endswith(".html")
    assert report.story_filename("a b") != report.story_filename("a-b")
    assert report.story_filename("mx-migration") == "story-mx-migration.html"


def test_figure_change_marks_changed_and_new_values_only() -> None:
    changed = report.figure_change(170000.0, 180000.0, None)
    assert changed == (
        '<span class="fig">170,000 → <mark class="updated">180,000</mark></span>'
        ' <span class="muted">(+5.9%)</span>'
    )
    assert "<mark" not in report.figure_change(15.0, 15.0, None)
    assert "unchanged" in report.figure_change(15.0, 15.0, None)
    assert report.figure_change(None, 2.0, "%").startswith('<span class="fig">— → <mark')


def test_highlight_pair_marks_only_changed_words() -> None:
    new, old = report.highlight_pair("Toll rose to 12 <dead>", "Toll rose to 10 <dead>")
    assert new == "Toll rose to <ins>12</ins> &lt;dead&gt;"
    assert old == "Toll rose to <del>10</del> &lt;dead&gt;"
    assert report.highlight_pair("Brand new & fresh", None) == ("Brand new &amp; fresh", "")
    unrelated = report.highlight_pair("Aid reached $3 million", "Talks <ended> early today")
    assert unrelated == ("Aid reached $3 million", "Talks &lt;ended&gt; early today")
