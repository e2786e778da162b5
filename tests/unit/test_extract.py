"""Extraction gates: every page yields an article or a readable reason."""

from __future__ import annotations

import pytest

from monitor.errors import ExtractionError
from monitor.extract import EXTRACTOR_VERSION, extract_article, extract_text_or_html

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
