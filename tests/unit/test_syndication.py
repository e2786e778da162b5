"""Syndicated copies: the same wire text under other wrappers is one article."""

from __future__ import annotations

from monitor.syndication import distance, find_copy, simhash

WIRE = (
    "MEXICO CITY (Wire) - Mexico agreed on Monday to keep thousands of National Guard troops "
    "at its southern border with Guatemala, officials said, as the United States pressed its "
    "neighbour to slow the number of migrants travelling north. The decision followed talks "
    "between the two governments in Mexico City, where American officials asked for more "
    "checkpoints along highways and at bus stations used by smugglers. Mexican officials said "
    "the deployment would continue through the end of the year and that new migration offices "
    "would open in Chiapas and Tabasco to process asylum claims closer to the border."
)


def test_copy_with_other_headline_and_boilerplate_is_found() -> None:
    copy = "Border deal holds.\n" + WIRE + "\nSign up for our newsletter. Share this story."
    original = simhash(WIRE)
    assert original is not None
    assert find_copy(simhash(copy), [("https://a.example/wire", original)]) == (
        "https://a.example/wire"
    )


def test_a_different_story_on_the_same_topic_is_not_a_copy() -> None:
    other = (
        "Vice President Kamala Harris met Mexico's president on Tuesday and announced new "
        "investment in Central America, saying the administration would spend millions on "
        "programmes meant to give young people reasons to stay home. She told reporters the "
        "talks covered labour rights, corruption and the pandemic, and that migration was one "
        "subject among many. Critics in Congress said the plan did too little at the border, "
        "where the number of people stopped by agents has climbed for months."
    )
    a, b = simhash(WIRE), simhash(other)
    assert a is not None and b is not None
    assert distance(a, b) > 10
    assert find_copy(b, [("https://a.example/wire", a)]) is None


def test_short_texts_have_no_hash() -> None:
    assert simhash("Too short to judge.") is None
    assert find_copy(None, [("u", 1)]) is None


def _simhash_bit_by_bit(text: str) -> int | None:
    """The definition, one vote per bit per shingle: hashes already stored were made so."""
    import hashlib

    from monitor.text import tokens

    words = tokens(text)
    if len(words) < 40:
        return None
    weights = [0] * 64
    for i in range(len(words) - 3):
        digest = hashlib.blake2b(" ".join(words[i : i + 4]).encode("utf-8"), digest_size=8)
        value = int.from_bytes(digest.digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def test_column_counting_gives_the_same_hash_as_the_definition() -> None:
    texts = [WIRE, WIRE.upper() + " and then some more words", " ".join(reversed(WIRE.split()))]
    texts += [" ".join(f"w{i * 7919 % 104729}" for i in range(n)) for n in (40, 41, 333)]
    for text in texts:
        expected = _simhash_bit_by_bit(text)
        assert expected is not None
        assert simhash(text) == expected
