"""What ``monitor`` sees on a page, and why it would skip it: ``monitor extract``'s library half.

Each input, a saved file or an http(s) URL fetched through the guarded client, becomes one
record: ``{"input", "ok", "reason", "title", "published", "text"}`` plus ``url``, ``language``
and ``words``, with the pipeline's own verdict (the media type check and the extraction gates).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from monitor import extract
from monitor.config import FetchSettings
from monitor.errors import ExtractionError, FetchError
from monitor.text import word_count


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def check_page(source: str, body: bytes, url: str, content_type: str = "") -> dict[str, Any]:
    """The record of one page's body, as the pipeline would judge it."""
    record = _record(source, url)
    if refusal := extract.content_type_refusal(content_type):
        record["reason"] = refusal
        return record
    try:
        page = extract.extract_article(body, url)
    except ExtractionError as exc:
        record["reason"] = exc.reason
        return record
    record.update(
        ok=True,
        title=page.title or None,
        published=page.published_raw,
        language=page.language,
        words=word_count(page.text),
        text=page.text,
    )
    return record


def check_inputs(
    inputs: Iterable[str],
    *,
    settings: FetchSettings,
    now: datetime,
    page_url: str | None = None,
) -> Iterator[dict[str, Any]]:
    """One record per input, in order: files are read (``page_url`` is the address they were
    saved from), URLs fetched with ``settings`` through the address guard."""
    from monitor import fetch, fetchguard

    client = None
    guard = fetchguard.AddressGuard(settings.private_networks_allowed)
    try:
        for source in inputs:
            if not is_url(source):
                path = Path(source)
                try:
                    body = path.read_bytes()
                except OSError as exc:
                    yield _failed(source, f"cannot read {source}: {exc.strerror or exc}")
                    continue
                yield check_page(source, body, page_url or path.resolve().as_uri())
                continue
            if client is None:
                client = fetch.build_client(
                    user_agent=settings.user_agent, timeout_s=settings.timeout_s
                )
            try:
                result = fetch.fetch_url(
                    client,
                    source,
                    guard=guard,
                    now=now,
                    accept=fetch.PAGE_ACCEPT,
                    max_bytes=settings.max_page_bytes,
                    total_timeout_s=settings.total_timeout_s,
                )
            except FetchError as exc:
                yield _failed(source, f"fetch failed: {exc.reason}")
                continue
            yield check_page(source, result.body, result.final_url, result.content_type)
    finally:
        if client is not None:
            client.close()


def _record(source: str, url: str | None, reason: str | None = None) -> dict[str, Any]:
    return {
        "input": source,
        "ok": False,
        "reason": reason,
        "url": url,
        "title": None,
        "published": None,
        "language": None,
        "words": 0,
        "text": "",
    }


def _failed(source: str, reason: str) -> dict[str, Any]:
    return _record(source, source if is_url(source) else None, reason)
