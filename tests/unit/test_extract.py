"""Extraction gates: every page yields an article or a readable reason."""

from __future__ import annotations

import pytest

from monitor.errors import ExtractionError
from monitor.extract import (
    EXTRACTOR_VERSION,
    MIN_WORDS,
    Policy,
    extract_article,
    extract_text_or_html,
    looks_like_html,
)
from monitor.text import word_count

BODY = " ".join(
    f"Paragraph {i} says that officials in Mexico City met their American counterparts "
    "to discuss migration, enforcement and trade along the shared border."
    for i in range(8)
)
PAGE = f"""<!doctype html><html lang="en"><head><title>Talks in Mexico City</title>
<meta name="author" content="Ana Reporter"><meta property="article:published_time"
content="2021-06-10T12:00:00Z"><link rel="canonical" href="https://news.example/talks"></head>
<body><nav>Home | World</nav><article><h1>Talks in Mexico City</h1><p>{BODY}</p>
<p>{BODY}</p></article><footer>Sign up for our newsletter</footer></body></html>"""


def test_article_text_and_metadata() -> None:
    page = extract_article(PAGE.encode(), "https://news.example/talks?utm_source=x")
    assert page.title == "Talks in Mexico City"
    assert "Paragraph 3 says" in page.text
    assert "newsletter" not in page.text
    assert page.author == "Ana Reporter"
    assert page.published_raw == "2021-06-10"
    assert page.extractor_version == EXTRACTOR_VERSION


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty page"),
        (b"%PDF-1.7 binary", "not an HTML page"),
        (b"<html><body><p>Too short.</p></body></html>", "too short"),
        (
            b"<html><body><p>We use cookies. Accept all cookies to continue.</p></body></html>",
            "consent",
        ),
    ],
)
def test_non_articles_have_reasons(body: bytes, reason: str) -> None:
    with pytest.raises(ExtractionError, match=reason):
        extract_article(body, "https://news.example/x")


def test_user_baseline_as_text_or_html() -> None:
    title, text = extract_text_or_html("A headline\n\nFirst paragraph.\nSecond.", "u")
    assert title == "A headline" and text == "First paragraph.\nSecond."
    title, text = extract_text_or_html(PAGE, "https://news.example/talks")
    assert title == "Talks in Mexico City" and "Paragraph 0" in text


def test_threads_extract_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura shares one lxml parser across threads (not thread-safe: the bench crashed
    with SIGSEGV when fetch threads extracted at once), so a process extracts one page at a
    time whatever the number of threads calling, and every caller still gets its page."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    from monitor import extract

    real = extract.trafilatura.bare_extraction
    active = 0
    most = 0
    counting = threading.Lock()

    def watched(*args: object, **kwargs: object) -> object:
        nonlocal active, most
        with counting:
            active += 1
            most = max(most, active)
        try:
            time.sleep(0.01)  # let the other threads try to come in
            return real(*args, **kwargs)
        finally:
            with counting:
                active -= 1

    monkeypatch.setattr(extract.trafilatura, "bare_extraction", watched)
    urls = [f"https://news.example/talks-{i}" for i in range(16)]
    with ThreadPoolExecutor(8) as pool:
        pages = list(pool.map(lambda url: extract_article(PAGE.encode(), url), urls))
    assert most == 1
    assert [p.url for p in pages] == urls
    assert all("Paragraph 3 says" in p.text for p in pages)


def test_extractor_failure_is_a_readable_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor import extract

    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("tree too deep")

    monkeypatch.setattr(extract.trafilatura, "bare_extraction", broken)
    with pytest.raises(ExtractionError, match="extractor failed: ValueError: tree too deep"):
        extract_article(PAGE.encode(), "https://news.example/talks")
    # the lock is released after a failure: the next page extracts
    monkeypatch.undo()
    assert extract_article(PAGE.encode(), "https://news.example/talks").title


# -- gates that judge the article, not the byte layout ----------------------------------------


@pytest.mark.parametrize(
    "prefix",
    [
        b"\xef\xbb\xbf",  # UTF-8 byte-order mark
        b'<?xml version="1.0" encoding="utf-8"?>\n',
        b"<!-- served from cache 2021-06-10 -->\n",
        b"<!--[if IE]>\n<!doctype html>\n<![endif]-->\n<!-- a second comment -->\n",
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- generated -->\n<!DOCTYPE html PUBLIC '
        b'"-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/x.dtd">\n',
    ],
    ids=["bom", "xml-declaration", "comment", "conditional-comments", "all-of-them"],
)
def test_html_is_recognised_after_a_bom_comments_and_an_xml_declaration(prefix: bytes) -> None:
    # the page's own doctype goes, so nothing but the prefix comes before <html>
    body = prefix + PAGE.removeprefix("<!doctype html>").encode()
    assert looks_like_html(body)
    page = extract_article(body, "https://news.example/talks")
    assert "Paragraph 3 says" in page.text and page.title == "Talks in Mexico City"


def test_a_page_after_a_long_head_of_comments_is_still_html() -> None:
    comments = b"".join(
        b"<!-- cache node %d: a long note about the page -->\n" % i for i in range(80)
    )
    assert len(comments) > 2048
    assert looks_like_html(comments + PAGE.removeprefix("<!doctype html>").encode())


def test_utf16_pages_are_recognised() -> None:
    assert looks_like_html(PAGE.encode("utf-16"))  # with its byte-order mark


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.7 binary",
        b'{"title": "not a page"}',
        b"\xef\xbb\xbfplain text after a byte-order mark",
        b"<!-- a comment, then nothing that is HTML -->\nplain text",
        b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>',
    ],
)
def test_what_is_not_html_is_still_refused(body: bytes) -> None:
    assert not looks_like_html(body)
    with pytest.raises(ExtractionError, match="not an HTML page"):
        extract_article(body, "https://news.example/x")


# Written for these tests: a short news report in Chinese, and one in Japanese.
CHINESE = (
    "市议会星期二投票决定在冬季风暴到来之前重建港口旧桥。",
    "工程师说，钢架已有三处锈穿，很快将无法承载货车通行。",  # noqa: RUF001 (Chinese punctuation)
    "北岸居民要求在施工期间开设临时渡轮，市长当场答应了这一要求。",  # noqa: RUF001 (Chinese punctuation)
    "这项工程预计耗资约四百万欧元，需要十八个月才能全部完工。",  # noqa: RUF001 (Chinese punctuation)
    "沿河商户担心封桥期间过河的游客会减少，希望市政府降低租金。",  # noqa: RUF001 (Chinese punctuation)
    "关于渡轮时刻表的第二次投票将在公众咨询结束后的下个月举行。",
)
JAPANESE = (
    "市議会は火曜日、冬の嵐が来る前に港の古い橋を建て直すことを決めた。",
    "技術者によると、鉄骨は三か所でさびて穴があき、まもなくトラックを支えられなくなる。",
    "北岸の住民は工事の間、臨時の渡し船を出すよう求め、市長はその場で約束した。",
    "工事費はおよそ四百万ユーロで、すべて終わるまでに十八か月かかる見込みだ。",
    "川沿いの商店は橋が閉じている間に客が減ることを心配し、家賃の引き下げを求めている。",
)


@pytest.mark.parametrize(("sentences", "lang"), [(CHINESE, "zh"), (JAPANESE, "ja")])
def test_cjk_articles_are_long_enough(sentences: tuple[str, ...], lang: str) -> None:
    body = "".join(f"<p>{s}</p>" for s in sentences)
    html = (
        f'<!doctype html><html lang="{lang}"><head><title>港口旧桥</title></head><body>'
        f"<article><h1>港口旧桥</h1>{body}</article></body></html>"
    )
    assert len(" ".join(sentences).split()) < 10  # by spaces, hardly any words
    assert word_count("".join(sentences)) >= MIN_WORDS  # by script, a short article
    page = extract_article(html.encode(), f"https://news.example/{lang}/bridge")
    assert sentences[2] in page.text
    assert page.language == lang


def test_cjk_fragments_are_still_too_short() -> None:
    html = "<html><body><article><p>港口旧桥将重建。</p></article></body></html>"
    with pytest.raises(ExtractionError, match=r"too short to be an article \(\d words\)"):
        extract_article(html.encode(), "https://news.example/zh/brief")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Officials met on Tuesday, and the U.S. envoy's well-known plan won.", 11),
        ("港口旧桥将在冬季前重建", 5),  # 11 characters, about 2 a word
        ("市議会は火曜日に決めた", 5),
        ("สะพานเก่าจะสร้างใหม่", 5),  # 20 Thai characters, about 4 a word
        ("", 0),
    ],
)
def test_words_are_counted_per_script(text: str, words: int) -> None:
    assert word_count(text) == words


# A report whose body sits in the page's footer (a transcript under a video): trafilatura's
# fast mode keeps the teaser only, its full cascade finds the body.
REPORT = (
    "The council voted on Tuesday to rebuild the old harbour bridge before winter storms.",
    "Engineers said the steel frame had rusted through in three places and would fail soon.",
    "Residents of the north bank asked for a ferry while the work goes on; the mayor agreed.",
    "The project will cost about four million euros and take eighteen months to finish.",
    "Shops along the river fear fewer visitors during the closure and ask for lower rents.",
    "A second vote, on the ferry timetable, follows a public consultation next month.",
)
CUT_PAGE = (
    "<!doctype html><html><head><title>Harbour bridge</title></head><body><article>"
    "<h1>Harbour bridge</h1><p>Watch: the council on the harbour bridge.</p></article><footer>"
    '<div class="transcript">' + "".join(f"<p>{s} {s}</p>" for s in REPORT) + "</div></footer>"
    "</body></html>"
)


def test_a_body_fast_mode_cuts_is_extracted_in_full() -> None:
    without_retry = Policy(retry_words=0)
    with pytest.raises(ExtractionError, match="too short to be an article"):
        extract_article(CUT_PAGE.encode(), "https://news.example/bridge", policy=without_retry)
    page = extract_article(CUT_PAGE.encode(), "https://news.example/bridge")
    assert all(sentence in page.text for sentence in REPORT)


def test_a_body_held_in_a_table_is_kept() -> None:
    """Half the report is a paragraph, half sits in a table: without tables it is cut."""
    rows = "".join(f"<tr><td>{s}</td><td>{s}</td></tr>" for s in REPORT)
    html = (
        "<!doctype html><html><head><title>Harbour bridge</title></head><body><article>"
        f"<h1>Harbour bridge</h1><p>{BODY}</p><table>{rows}</table></article></body></html>"
    )
    page = extract_article(html.encode(), "https://news.example/bridge")
    assert "Paragraph 3 says" in page.text
    assert all(sentence in page.text for sentence in REPORT)
    no_tables = extract_article(
        html.encode(), "https://news.example/b", policy=Policy(tables=False)
    )
    assert not any(sentence in no_tables.text for sentence in REPORT)
