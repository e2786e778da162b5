"""The Atom feed of developments: valid Atom 1.0, faithful entries, hostile text kept inert."""

from __future__ import annotations

import calendar
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import feedparser
import pytest

from monitor import atomfeed
from monitor.store import open_store
from tests.unit.test_report import A1, A2, HOSTILE_NEW, NOW, SLUG, T1, T2, UPDATED_WAS, populate

A = "{http://www.w3.org/2005/Atom}"
STORY = atomfeed.StoryInfo(
    slug="s1", title="Quake & <aftermath>", url="https://news.example/a", published=date(2021, 6, 7)
)
HOSTILE = "<script>alert(\"x\")</script> & 'quotes' ]]> \x00\x0bend"


def _dev(n: int, **extra: Any) -> dict[str, Any]:
    base = {
        "id": f"d{n}",
        "title": f"Headline {n}",
        "url": f"https://news.example/{n}",
        "first_seen": datetime(2021, 6, n, 8, tzinfo=UTC),
        "summary": f"summary {n}",
        "sources": [f"https://news.example/{n}"],
        "sentences": [
            {
                "text": f"Mexico opened {n} new shelters near the border.",
                "status": "new",
                "baseline": None,
            },
            {
                "text": "This article was distributed by The Associated Press.",
                "status": "new",
                "baseline": None,
            },
        ],
    }
    return base | extra


def _parse(body: bytes) -> feedparser.FeedParserDict:
    parsed = feedparser.parse(body)
    assert parsed.bozo is False, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_render_round_trips_through_feedparser() -> None:
    devs = [_dev(3), _dev(2, published=datetime(2021, 6, 1, tzinfo=UTC))]
    body = atomfeed.render_atom(devs, story=STORY, feed_id="urn:x:feed", now=NOW)
    parsed = _parse(body)
    assert parsed.feed.id == "urn:x:feed"
    assert parsed.feed.title == "Quake & <aftermath>: developments"
    # each entry names its story, then the development's headline
    assert [e.title for e in parsed.entries] == [
        "Quake & <aftermath>: Headline 3",
        "Quake & <aftermath>: Headline 2",
    ]
    assert [e.link for e in parsed.entries] == ["https://news.example/3", "https://news.example/2"]
    assert parsed.entries[0].id == "tag:news.example,2021-06-07:s1:development:d3"
    assert (
        calendar.timegm(parsed.entries[1].updated_parsed)
        == datetime(2021, 6, 2, 8, tzinfo=UTC).timestamp()
    )
    assert parsed.entries[1].published.startswith("2021-06-01")
    assert parsed.feed.updated.startswith("2021-06-03T08:00:00")  # newest entry, not the clock
    content = parsed.entries[0].content[0].value
    assert "Mexico opened 3 new shelters" in content
    assert "distributed by" not in content  # a wire credit is never news
    assert "score" not in content  # the scoring detail is not what a reader follows a feed for
    assert [t.term for t in parsed.entries[0].tags] == ["new"]


def test_hostile_text_stays_escaped_and_the_feed_stays_valid() -> None:
    dev = _dev(
        1,
        title=HOSTILE,
        url="javascript:alert(1)",
        summary=HOSTILE,
        sources=["javascript:alert(2)", "https://ok.example/x"],
        sentences=[{"text": HOSTILE, "status": "updated", "baseline": "was <b>bold</b> & 1"}],
    )
    body = atomfeed.render_atom([dev], story=STORY, feed_id="urn:x:feed", now=NOW)
    assert b"<script" not in body and b"javascript:" not in body and b"\x00" not in body
    entry = _parse(body).entries[0]
    assert entry.title == "Quake & <aftermath>: <script>alert(\"x\")</script> & 'quotes' ]]> end"
    assert "link" not in entry or entry.link != "javascript:alert(1)"
    # The content is HTML escaped once for HTML and once more for XML: the HTML holds text only.
    content = ET.fromstring(body).find(f"{A}entry/{A}content")
    assert content is not None and content.get("type") == "html"
    html = content.text or ""
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;quotes&#x27;" in html
    assert "<del>was &lt;b&gt;bold&lt;/b&gt; &amp; 1</del>" in html
    assert '<a href="https://ok.example/x">ok.example</a>' in html
    assert "<script" not in html and "<b>" not in html


def test_required_atom_elements_are_present() -> None:
    root = ET.fromstring(atomfeed.render_atom([_dev(1)], story=STORY, feed_id="urn:f", now=NOW))
    assert root.tag == f"{A}feed"
    for tag in ("id", "title", "updated", "author/" + A + "name"):
        assert root.find(A + tag) is not None, tag
    for entry in root.findall(f"{A}entry"):
        for tag in ("id", "title", "updated", "content"):
            assert entry.find(A + tag) is not None, tag


def test_empty_feed_uses_now_and_is_valid() -> None:
    body = atomfeed.render_atom([], story={"slug": "s", "title": "S"}, feed_id="urn:e", now=NOW)
    parsed = _parse(body)
    assert parsed.entries == [] and parsed.feed.updated.startswith("2021-06-20T12:00:00")


def test_write_atom_from_the_store(tmp_path: Path) -> None:
    out = tmp_path / "feeds" / "story.atom"
    with open_store(tmp_path / "m.duckdb") as store:
        populate(store)
        store.insert(
            "stories",
            [{"slug": "other", "title": "Other", "url": "https://o.example/", "horizon_days": 9,
              "published": date(2020, 1, 1), "updated_at": NOW}],
        )  # fmt: skip
        store.insert(
            "story_developments",
            [{"story": "other", "id": "dev1", "first_url": A2, "first_seen": NOW,
              "summary": "elsewhere"}],
        )  # fmt: skip
        written = atomfeed.write_atom(store, out, story=SLUG, now=NOW)
        every = atomfeed.write_atom(store, tmp_path / "all.atom", story=None, now=NOW)
    assert (written, every) == (2, 3)
    parsed = _parse(out.read_bytes())
    assert [e.link for e in parsed.entries] == [A2, A1]  # newest first
    first = parsed.entries[1]
    assert first.title == (
        "Harris <i>visits</i> Guatemala & Mexico: "
        "Talks resume & <script>alert(\"t\")</script> 'quoted'"
    )
    assert first.id == "tag:apnews.example,2021-06-07:mx-migration:development:dev1"
    assert calendar.timegm(first.updated_parsed) == T1.timestamp()
    # the correction of the first follow-up is a category and says what was corrected
    assert sorted(t.term for t in first.tags) == ["contradicting", "correction", "new", "updated"]
    raw = ET.fromstring(out.read_bytes()).findall(f"{A}entry")[1].find(f"{A}content")
    assert raw is not None and raw.text is not None
    assert "The number of migrants rose to 180,000 in May." in raw.text
    assert UPDATED_WAS in raw.text and "Was (baseline):" in raw.text
    # the page's figure line, the same words: a change against the baseline, like for like
    line = "170,000 (April) → 180,000 (May) (+5.9%) migrants, against the baseline"
    assert f"<strong>Figure:</strong> {line}" in raw.text
    assert raw.text.count("<strong>Figure:</strong>") == 1  # the unchanged "15 years" is no line
    assert "<strong>Correction</strong> (news.example): Mexico → Guatemala &lt;City&gt;" in raw.text
    assert HOSTILE_NEW.replace("<", "&lt;").replace(">", "&gt;")[:20] in raw.text
    assert 'href="https://wire.example/copy"' in raw.text and "javascript:" not in raw.text
    assert "Was (earlier report):" in (parsed.entries[0].content[0].value)
    assert (
        'other.example: <a href="https://other.example/world/deal?id=2">Funding deal reached'
        in (parsed.entries[0].content[0].value)
    )
    assert calendar.timegm(parsed.entries[0].updated_parsed) == T2.timestamp()
    ids = [e.id for e in _parse((tmp_path / "all.atom").read_bytes()).entries]
    assert len(set(ids)) == 3 and "tag:o.example,2020-01-01:other:development:dev1" in ids


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://a.example/x?y=1", True),
        ("http://a.example", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<b>", False),
        ("//a.example/x", False),
        ("/relative", False),
        (None, False),
    ],
)
def test_safe_href(url: str | None, ok: bool) -> None:
    assert (atomfeed.safe_href(url) is not None) is ok
