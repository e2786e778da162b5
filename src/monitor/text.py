"""Pure text helpers: normalising, sentence splitting, tokens and fingerprints.

Every comparison in ``monitor`` goes through these, so that cosmetic differences
(curly quotes, spacing, case) never count as change.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
import math
import re
import unicodedata
from collections.abc import Sequence

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2032": "'",
        "\u2033": '"',
        "\u2013": "-",
        "\u2014": " - ",
        "\u00a0": " ",
    }
)
_QUOTE_CHARS = re.compile("[" + "".join(chr(c) for c in _QUOTES) + "]")
DIGIT = re.compile(r"\d")  # a digit anywhere: the cheap test before a costlier scan
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['-][A-Za-z\u00c0-\u024f]+)*|\d+(?:[.,]\d+)*")

# Letters a case-blind pattern (re.IGNORECASE) reads as ASCII ones where str.lower does not:
# "\u0131" (dotless i) is i to it and "\u017f" (long s) is s, and "\u0130" lowers to two
# characters. A substring test of the lowered text can stand in for such a pattern's words
# (a cheap test before the scan) only where none of these is.
_ODD_CASE = ("\u0131", "\u017f", "\u0130")


def may_hold(text: str, lower: str, words: Sequence[str]) -> bool:
    """Whether ``text`` (``lower`` is ``text.lower()``) may hold one of ``words`` (lower-case)
    as a case-blind pattern reads it: False only when it cannot."""
    return any(word in lower for word in words) or has_odd_case(text)


def has_odd_case(text: str) -> bool:
    """Whether ``text`` holds a letter a case-blind pattern reads otherwise than str.lower."""
    # (each of them is outside ASCII, as most sentences are whole)
    return not text.isascii() and any(char in text for char in _ODD_CASE)


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt",
        "st", "jr", "sr", "vs", "etc", "inc", "corp", "co", "ltd", "no", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s",
        "u.n", "d.c", "a.m", "p.m", "e.g", "i.e", "dept", "ave", "mt", "ft",
    }
)  # fmt: skip
_SENTENCE_END = re.compile(r"""([.!?]["')\]]*)\s+(?=["'(\[]?[A-Z0-9\u00c0-\u00de¿¡])""")


def normalise(text: str) -> str:
    """Unicode-normalised text with plain quotes and single spaces."""
    # str.split() splits on the very characters r"\s" matches in a str pattern (str.isspace;
    # checked for every code point), so this is re.sub(r"\s+", " ", ...).strip() at under half
    # the cost (~0.04 s per 500 pages: every page is folded for its event's time).
    return " ".join(_plain(text).split())


def _plain(text: str) -> str:
    """The text NFKC-normalised, with plain quotes."""
    if not text.isascii():  # every character NFKC or _QUOTES would change is non-ASCII
        text = unicodedata.normalize("NFKC", text)
        # A regex over the few mapped characters is far faster than str.translate.
        text = _QUOTE_CHARS.sub(lambda m: _QUOTES[ord(m.group(0))], text)
    return text


def fingerprint(text: str) -> str:
    """A stable digest of text that ignores case, quotes, spacing and punctuation."""
    return fingerprint_of_tokens(tokens(text))


def fingerprint_of_tokens(words: Sequence[str]) -> str:
    """``fingerprint`` of the text whose ``tokens`` are ``words`` (read once for the hashes
    a page needs: an extraction worker hashes the same tokens for its SimHash)."""
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


# The characters whose lower case would change what ``_WORD`` matches: one that becomes two
# (İ), or a letter inside its classes whose lower case is outside them, or the other way round
# (ẞ -> ß). Computed from every code point; tests/unit/test_text.py checks the list against
# this Python's Unicode tables.
_CASE_UNSAFE = re.compile(
    "[\u0130\u0181\u0186\u0189\u018a\u018f\u0190\u0193\u0194\u0196\u0197\u019c\u019d"
    "\u019f\u01a6\u01a9\u01ae\u01b1\u01b2\u01b7\u023a\u023e\u0244\u0245\u1e9e\u212a"
    "\u212b\u2c7e\u2c7f]"
)


def tokens(text: str) -> list[str]:
    """Lower-cased word and number tokens.

    The text is lower-cased whole, then split: the same tokens as splitting it and lowering
    each, at half the cost (every article is read this way several times, once per story
    model's reading and for its fingerprint), unless it holds one of the few characters whose
    lower case would change the split. Spacing never changes a token: it is not normalised."""
    text = _plain(text)
    if not text.isascii() and _CASE_UNSAFE.search(text):
        return [t.lower() for t in _WORD.findall(text)]
    return _WORD.findall(text.lower())


@functools.lru_cache(maxsize=8)  # the articles in hand: every story reads the one being judged
def article_words(title: str, text: str) -> tuple[str, ...]:
    """``tokens`` of an article's headline and text joined by a line break (the headline's
    words, then the text's), read once for every story that judges the article: a lexicon's
    score and each story model's reading ask for the same words."""
    return tuple(tokens(title + "\n" + text))


# Scripts written without spaces between words, and about how many characters make a word:
# Chinese and Japanese (Han, kana) about 2, Thai, Lao, Khmer and Burmese about 4.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_SPACELESS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_SPACED_LETTERS = (
    r"[^\W\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff66-\uff9f]+"
)
_SPACED_WORD = re.compile(rf"{_SPACED_LETTERS}(?:['\u2019.,-]{_SPACED_LETTERS})*")


def smoothed_idf(documents: int, holding: int) -> float:
    """Inverse document frequency of a word ``holding`` of ``documents`` texts have, smoothed
    so a word every text shares still weighs 1: words all of them share say little."""
    return math.log((documents + 1) / (holding + 1)) + 1.0


def word_count(text: str) -> int:
    """Words in ``text`` counted per script: runs of letters or digits where words are
    spaced, and characters over the usual word length in Chinese, Japanese, Thai, Lao, Khmer
    and Burmese, which are written without spaces (a 300-character Chinese article is about
    150 words, not one)."""
    words = len(_SPACED_WORD.findall(text))
    if text.isascii():
        return words
    return words + len(_DENSE.findall(text)) // 2 + len(_SPACELESS.findall(text)) // 4


def split_paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs (lines) of extracted text, normalised."""
    return [p for p in (normalise(line) for line in text.splitlines()) if p]


# A quote longer than this is taken as unclosed (a stray mark), and split as usual.
_MAX_QUOTE = 600


def _inside_quote(candidate: str, paragraph: str, end: int) -> bool:
    """Whether ``candidate`` ends inside a quote that closes later in the paragraph."""
    if candidate.count('"') % 2 == 0:
        return False
    opened = candidate.rfind('"')
    closes = paragraph.find('"', end)
    return closes >= 0 and closes - opened <= _MAX_QUOTE


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, paragraph by paragraph, normalised.

    A rule-based splitter: it does not split after common abbreviations or initials, nor inside
    a quote that closes later in the paragraph ("We are not done. We will rebuild," she said).
    """
    sentences: list[str] = []
    for paragraph in split_paragraphs(text):
        start = 0
        for match in _SENTENCE_END.finditer(paragraph):
            end = match.end(1)
            candidate = paragraph[start:end]
            last_word = candidate.rstrip(".!?\"')] ").rsplit(" ", 1)[-1].lower()
            if match.group(1).startswith(".") and (
                last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha())
            ):
                continue
            if _inside_quote(candidate, paragraph, end):
                continue
            sentences.append(candidate.strip())
            start = match.end()
        tail = paragraph[start:].strip()
        if tail:
            sentences.append(tail)
    return sentences


def strip_accents(text: str) -> str:
    """``text`` without combining diacritics: "Bogotá" becomes "Bogota", "ñ" becomes "n"."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


_FOLD_TABLE: dict[int, str] = {}


def fold_accents(text: str) -> str:
    """``text`` with accents removed, character for character (the length is kept, so offsets
    found in the folded text hold in the original; ``strip_accents`` may shorten it)."""
    if text.isascii():
        return text
    for c in set(text):
        if ord(c) not in _FOLD_TABLE:
            _FOLD_TABLE[ord(c)] = unicodedata.normalize("NFKD", c)[0] if c.isalpha() else c
    return text.translate(_FOLD_TABLE)


def fold(text: str) -> str:
    """Normalised, accent-free, lower-case text for matching names across languages."""
    return strip_accents(normalise(text)).lower()


def word_matcher(old: str, new: str) -> tuple[list[str], list[str], difflib.SequenceMatcher[str]]:
    """The words of two texts (split on white space) and a matcher over them (no junk
    heuristic: a long text's common words still count)."""
    a, b = old.split(), new.split()
    return a, b, difflib.SequenceMatcher(a=a, b=b, autojunk=False)


# One change of a ``word_diff``: group 1 the words removed, or group 2 the words added.
WORD_DIFF = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.DOTALL)


def word_diff(old: str, new: str, *, limit: int = 4000) -> str:
    """A word-level diff: ``[-removed-]`` and ``{+added+}`` in running text, changes only
    (``WORD_DIFF`` reads it back)."""
    a, b, matcher = word_matcher(old, new)
    out: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        context = " ".join(a[max(i1 - 4, 0) : i1])
        removed = " ".join(a[i1:i2])
        added = " ".join(b[j1:j2])
        piece = f"…{context} "
        if removed:
            piece += f"[-{removed}-]"
        if added:
            piece += f"{{+{added}+}}"
        out.append(piece)
    text = "\n".join(out)
    return text if len(text) <= limit else text[: limit - 1] + "…"
