"""Near-duplicate detection across outlets: a wire story carried by many sites is one article.

SimHash over word shingles of normalised text; two texts whose 64-bit hashes differ in a few
bits are copies, whatever headline, byline or boilerplate each site wrapped them in.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable

from monitor.text import tokens

log = logging.getLogger(__name__)

SHINGLE = 4
MAX_DISTANCE = 10  # of 64 bits; rewritten stories sit far above 20, copies below 8
MIN_TOKENS = 40  # shorter texts carry too few shingles for a reliable hash


def simhash(text: str) -> int | None:
    """The 64-bit SimHash of ``text``'s word 4-shingles, or None when it is too short."""
    words = tokens(text)
    if len(words) < MIN_TOKENS:
        return None
    weights = [0] * 64
    for i in range(len(words) - SHINGLE + 1):
        shingle = " ".join(words[i : i + SHINGLE]).encode("utf-8")
        value = int.from_bytes(hashlib.blake2b(shingle, digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


MASK = (1 << 64) - 1


def to_signed(value: int | None) -> int | None:
    """The hash as DuckDB's signed BIGINT holds it; ``& MASK`` turns it back."""
    if value is None:
        return None
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def find_copy(candidate: int | None, known: Iterable[tuple[str, int]]) -> str | None:
    """The URL of a known article whose hash is within ``MAX_DISTANCE`` bits, if any."""
    if candidate is None:
        return None
    best: tuple[int, str] | None = None
    for url, value in known:
        d = distance(candidate, value)
        if d <= MAX_DISTANCE and (best is None or d < best[0]):
            best = (d, url)
    return best[1] if best else None
