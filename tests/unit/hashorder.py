"""A frozenset that iterates in a given order: what another process's string hashing would make
of it (PYTHONHASHSEED), for tests that feed a function every order a set can take."""

from __future__ import annotations

from collections.abc import Iterator


class InOrder(frozenset[str]):
    """A set of words that iterates in a given order, as another process's string hashing
    would make a frozenset of them iterate."""

    order: tuple[str, ...]

    def __new__(cls, order: tuple[str, ...]) -> InOrder:
        words = super().__new__(cls, order)
        words.order = order
        return words

    def __iter__(self) -> Iterator[str]:
        return iter(self.order)
