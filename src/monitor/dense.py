"""Dense similarity of two texts: static word embeddings shipped inside the ``wordllama`` wheel.

The one module that loads ``wordllama`` (``claims.py`` embeds words with the same model).
Its 256-dimension embeddings (16 MB, MIT) are read from the package's own folder with downloads
disabled: nothing is fetched at run time. Loading takes a couple of seconds, so it happens once
per process and only when something asks for a similarity (a story judged without a lexicon, a
follow-up's claims); a lexicon story with nothing new never pays for it.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Any

_CACHED_TEXTS = 256  # baselines' openings, and an article's while every story judges it


_LOAD_LOCK = threading.Lock()  # threads of one run ask at once: load the 16 MB once
_LOADED: list[Any] = []


def model() -> Any:
    """The loaded embeddings, once per process."""
    with _LOAD_LOCK:
        if not _LOADED:
            _LOADED.append(_load())
        return _LOADED[0]


def loaded() -> bool:
    """Whether this process has loaded the embeddings yet."""
    return bool(_LOADED)


def _load() -> Any:
    import wordllama

    # The wheel keeps its weights and tokenizer under the package folder; pointing the cache
    # there and disabling downloads makes it load those files or fail, never fetch.
    return wordllama.WordLlama.load(
        cache_dir=Path(wordllama.__file__).parent, disable_download=True
    )


@functools.lru_cache(maxsize=_CACHED_TEXTS)
def _embedding(text: str) -> Any:
    return model().embed([text], norm=True)[0]


def similarity(a: str, b: str) -> float:
    """The cosine of the two texts' mean word embeddings (-1 to 1; 0 if one is empty)."""
    if not a.strip() or not b.strip():
        return 0.0
    return float(_embedding(a) @ _embedding(b))
