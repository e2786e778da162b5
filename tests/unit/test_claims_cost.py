"""bench.claims.cost: a page new to the process is read without what earlier pages cached."""

from __future__ import annotations

from bench.claims.cost import _clear_text_caches

from monitor.claimsplit import _claims_of, claim_spans, split_claims
from monitor.claimwords import claim_words, word_stem
from monitor.figures import _normalised_once, normalised
from monitor.novelty import content_tokens


def test_a_new_page_is_read_without_the_texts_cached_before() -> None:
    text = "Crews in Lakeside rebuilt the old mill, and the ferry resumed its crossings."
    content_tokens(text)
    claim_words(text)
    split_claims(text)
    word_stem("rebuilt")
    normalised("Crews in Lakeside  rebuilt the mill.")  # (two spaces: normalised once, cached)
    _clear_text_caches()
    assert content_tokens.cache_info().currsize == 0
    assert _normalised_once.cache_info().currsize == 0
    assert claim_words.cache_info().currsize == 0
    # (split_claims keeps its claims in a cache of its own)
    split_claims(text)
    _clear_text_caches()
    assert _claims_of.cache_info().currsize == 0
    assert claim_spans.cache_info().currsize == 0  # (where the claims stand: a cache too)
    assert word_stem.cache_info().currsize > 0  # words recur from page to page
