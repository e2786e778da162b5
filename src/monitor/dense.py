"""Dense similarity of two texts: static word embeddings shipped inside the ``wordllama`` wheel.

The one user of ``wordllama``. Its 256-dimension embeddings (16 MB, MIT) are read from the
package's own folder with downloads disabled: nothing is fetched at run time. Loading takes a
couple of seconds, so it happens once per process and only when something asks for a
similarity (a story judged without a lexicon); a story with a lexicon never pays for it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

_CACHED_TEXTS = 256  # baselines' openings, and an article's while every story judges it


@functools.cache
def _model() -> Any:
    import wordllama

    # The wheel keeps its weights and tokenizer under the package folder; pointing the cache
    # there and disabling downloads makes it load those files or fail, never fetch.
    return wordllama.WordLlama.load(
        cache_dir=Path(wordllama.__file__).parent, disable_download=True
    )


@functools.lru_cache(maxsize=_CACHED_TEXTS)
def _embedding(text: str) -> Any:
    return _model().embed([text], norm=True)[0]


def similarity(a: str, b: str) -> float:
    """The cosine of the two texts' mean word embeddings (-1 to 1; 0 if one is empty)."""
    if not a.strip() or not b.strip():
        return 0.0
    return float(_embedding(a) @ _embedding(b))
