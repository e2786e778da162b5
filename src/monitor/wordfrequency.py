"""How often a word is written in a language: ``wordfreq``'s tables, which ship in its wheel.

Pure (the tables are read once per process, no download). What the story model weighs a word's
rarity by, and what tells the cross-lingual folding a rewritten form is a word at all.
"""

from __future__ import annotations

import functools
import math


def zipf(word: str, language: str) -> float:
    """wordfreq's Zipf frequency of a word (its tables ship in the wheel: no download). A
    plain word is looked up in the table directly, many times faster than ``zipf_frequency``,
    which tokenises its argument first; a word with an apostrophe or hyphen goes through it."""
    frequency = _frequencies(language).get(word)
    if frequency is not None:
        return round(math.log10(frequency) + 9, 2)
    if word.isalpha():
        return 0.0
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, language))


def load(language: str) -> None:
    """Read the language's table now (``monitor.wordpreload``: a fork server does, once, for
    all the workers it forks)."""
    _frequencies(language)


@functools.cache
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    # Called as ``zipf_frequency`` calls it, (language, wordlist) by position: the table is
    # cached by its arguments as written, and a keyword here built a second copy of it in
    # every process that also met a word with an apostrophe or a hyphen (~0.06 s each).
    table: dict[str, float] = get_frequency_dict(language, "best")
    return table
