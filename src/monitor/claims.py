"""Claims: each claim of a sentence matched against what the story knows.

A sentence is cut into claims by ``claimsplit.split_claims``; what a claim's words say (stems,
names, numbers, times, negation) is read by ``claimwords.py``. ``ClaimBase`` holds the claims
the story knows (the baseline's and the earlier follow-ups') and marks a claim known, updated,
contradicting or new, citing the known claim it matches. The match carries to any story: no
word list, but the meaning of words from offline static embeddings (wordllama's, shipped in its
wheel and loaded once per process, only when a claim is first matched), aligned with what
embeddings blur: numbers ("172,000 in March" against "180,034 in May" is an update), names that
the story never mentioned, and negation ("agreed" against "did not agree" is a contradiction;
"it is not yet known when" is an open question).
A claim no single known claim holds may still restate what a few known sentences say together
(a headline joining the story's headline and its death toll): it is known when they hold most
of its words and all of its names, figures and verbs of what happened (``ClaimBase._covered``).
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from monitor import dense
from monitor.claimsplit import Claim, attributed_to, claim_spans, time_of_day
from monitor.claimwords import (
    ABBREVIATION,
    DETERMINERS,
    EVENT,
    FINITE,
    NAME_RUN,
    PAST,
    SPELLED_NUMBERS,
    WEEKDAY_WORDS,
    WORD,
    Times,
    adjectival,
    claim_tokens,
    claim_words,
    clock_times,
    edit_distance,
    happened,
    initials,
    is_verb,
    known_numbers,
    name_count,
    name_pairs,
    name_words,
    numbers_in,
    other_time,
    polarity,
    without_clock,
    word_stem,
)
from monitor.figures import Figure, extract_figures, match_figure
from monitor.models import ClaimVerdict, SentenceStatus
from monitor.text import fold_accents, smoothed_idf
from monitor.wordfrequency import zipf
from monitor.wordlists import MONTHS

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]
else:
    Vectors = Any

logger = logging.getLogger(__name__)

__all__ = ["Alignment", "ClaimBase", "Embedder", "load_embedder", "restating_phrase"]

# How close a claim is to a known one. Static vectors averaged over a whole claim blur it (two
# claims of one story sit close whatever they say), so words are aligned one by one: each
# content word of the claim counts, by its rarity among the known claims, as found in the
# known claim when its stem is there, or in part when a word there is close in meaning
# (cosine of their vectors, from 0 at WORD_FLOOR to 1 at WORD_FULL: "died" for "death",
# "hurt" for "injured", "homes" for "households"). Numbers count only when equal.
WORD_FLOOR = 0.30
WORD_FULL = 0.65
# A claim this much found in one known claim restates it (fitted on the tuning stories).
KNOWN_SCORE = 0.60
# ... or this much, when its names and figures all stand in that known claim.
ANCHORED_SCORE = 0.50
# A claim this close that gives another value of a known figure updates it.
UPDATE_SCORE = 0.40
# ... and this much of its words other than names (what it says of them).
PREDICATE_SCORE = 0.40
# A claim with names whose other words are found under LEANING_SCORE leans on its names: then
# each of its verbs of what happened (a past form, by its spelling) must be found this much.
LEANING_SCORE = 0.50
EVENT_SCORE = 0.50
# A claim that says this few words of its names ("they asked Norway to stop": "asked", "stop")
# restates a known claim only if each of them is found there: one found word is half of it.
_THIN = 2
# A denial of a known claim must be this close to it to contradict it.
CONTRADICT_SCORE = 0.70
WHOLE_SOFT = 0.5  # what a word close in meaning counts in a whole known sentence
# What the story knows, taken together: a claim that no one known claim holds (a restatement
# joining what a headline and a later sentence said) is known when a few known sentences
# (COVER_SENTENCES, each picked for what it adds, each holding COVER_PART of it on its own)
# hold this much of its weighted words, each found by its stem or an equal number, or by a
# known word at least COVER_WORD close in meaning (counted at that cosine), and COVER_SAID of
# its words other than names; fitted on the tuning stories (see bench/claims/README.md)
COVER_SCORE = 0.70
COVER_WORD = 0.50
COVER_SENTENCES = 3
COVER_PART = 0.20
COVER_SAID = 0.50
# ... when no word of it is both rare in English (wordfreq's Zipf under this) and not found: a
# rare word is a detail of its own ("crumble", "roar"); in another language every word is rare
# to the English table, so there the claim's words must all be found
COVER_RARE = 4.0
# ... the known claim that holds most of it holds this much (the one it is cited against) ...
COVER_CITED = 0.40
# ... and it says this many content words at least: a shorter claim is too easily pieced
# together from a story's words (the team's "agents are releasing some families without court
# dates", a new fact of five words, is 0.73 found in the migration baseline)
COVER_WORDS = 6
# A name that at most this many known claims give is a particular one (a person, not the
# story's city): what the claim says of it must be said in a sentence that gives it
COVER_SELDOM = 3
# The known claim inside a claim: a claim that holds CONTAIN_SCORE of a known claim's weighted
# words (one of at least CONTAIN_WORDS content words) restates it when all it adds is light: words
# the story knows or common in English (wordfreq's Zipf at least CONTAIN_COMMON), no figure, no
# verb in the past, no name the story gives seldom ("tragic series of events", "three years after")
CONTAIN_SCORE = 0.80
CONTAIN_WORDS = 3
CONTAIN_COMMON = 4.5
# A name one or two letters from a name the story knows ("Harbor View Towers" for "Harbour
# View Towers") is that name misspelt, for the "no new name" guards: at most this share of its
# letters differ, and it is one of a run of capitalised words whose neighbour the known name has
# beside it too, or a long name alone (MISSPELT_LONG letters, both).
MISSPELT_SHARE = 0.2
MISSPELT_LETTERS = 2
MISSPELT_LONG = 8
_CANDIDATES = 8  # known claims nearest by whole-claim vectors, aligned word by word

Embedder = Callable[[Sequence[str]], Vectors]


# A noun phrase that names what happened by a past participle and what it took ("the eight
# people killed in the crush at the festival", "the buoys placed in the river"): a background
# recap inside a new frame ("As the stories of ... began to emerge, ..."). It opens with a
# determiner or a number, then its noun (a number before it may count it: "the 98 people"), then
# the participle and a preposition, or a relative clause's pronoun and past verb ("the festival
# that left ten dead"), and runs to the next punctuation, finite verb, conjunction or relative
# pronoun. Spelling cannot tell a participle from a verb ("and one died at a hospital")
# but by where the phrase stands: after a preposition or a verb ("stories of the eight people
# killed in ..."), or before a finite verb of its own ("the buoys placed in the river drew ..."),
# and the frame around it has a verb of its own ("112,000 of the encounters ended in expulsion"
# has none: "ended" is the claim's verb).
_PHRASE_PREPOSITIONS = frozenset(
    ("in", "at", "on", "during", "by", "from", "after", "near", "inside", "outside", "along")
)
_PHRASE_BEFORE = frozenset(
    (*_PHRASE_PREPOSITIONS, "of", "for", "to", "with", "about", "over", "among", "since", "toward")
)
_PHRASE_END = frozenset(
    ("and", "but", "or", "that", "which", "who", "whom", "whose", "where", "while", "as", "when")
)
_PHRASE_TOKEN = re.compile(r"[^\s]+")
_RELATIVE = frozenset(("that", "which", "who"))
PHRASE_NOUNS = 3  # words between a phrase's determiner and its relative pronoun, at most


def _bare(token: str) -> str:
    return fold_accents(token.strip("\"'\u201c\u201d\u2018\u2019()[],;:.!?")).lower()


def _count(word: str) -> bool:
    return word in SPELLED_NUMBERS or word[:1].isdigit()


def _participle(tokens: list[re.Match[str]], bare: list[str], i: int) -> int | None:
    """Where the verb of a noun phrase opened at ``i`` stands: its participle with a preposition
    after it ("the 98 people killed in"), or the past verb of a relative clause ("the festival
    that left", "the condo collapse that resulted in"); None when the phrase has neither."""
    j = i + 2 + (_count(bare[i + 1]) and not _count(bare[i]))  # "the 98 people killed"
    if (
        j + 1 < len(tokens)
        and not any(t[0][-1] in ",;:.!?" for t in tokens[i:j])
        and not FINITE.fullmatch(bare[j - 1])
        and PAST.fullmatch(bare[j])
        and bare[j + 1] in _PHRASE_PREPOSITIONS
    ):
        return j
    for k in range(i + 2, min(i + 2 + PHRASE_NOUNS, len(tokens) - 1)):
        if tokens[k - 1][0][-1] in ",;:.!?" or FINITE.fullmatch(bare[k - 1]):
            return None
        if bare[k] in _RELATIVE:
            return k + 1 if PAST.fullmatch(bare[k + 1]) else None
    return None


def restating_phrase(text: str) -> tuple[int, int] | None:
    """Where in a claim's text a noun phrase of what happened stands (see above), when it
    says CONTAIN_WORDS content words and leaves the claim a frame of its own (a content word
    and a finite verb outside it); else None."""
    tokens = list(_PHRASE_TOKEN.finditer(text))
    bare = [_bare(t[0]) for t in tokens]
    for i, opening in enumerate(bare[:-3]):
        if not (opening in DETERMINERS or _count(opening)):
            continue
        j = _participle(tokens, bare, i)
        if j is None:
            continue
        end = j
        while (
            end + 1 < len(tokens)
            and tokens[end][0][-1] not in ",;:.!?"
            and bare[end + 1] not in _PHRASE_END
            # (a word after a possessive is its noun: "the singer's set on Friday")
            and (not FINITE.fullmatch(bare[end + 1]) or bare[end].endswith("'s"))
        ):
            end += 1
        after_it = end + 1 < len(tokens) and FINITE.fullmatch(bare[end + 1]) is not None
        before = bare[i - 1] if i else ""
        if not (before in _PHRASE_BEFORE or (before and is_verb(before)) or after_it):
            continue
        start, stop = tokens[i].start(), tokens[end].end()
        stop -= len(tokens[end][0]) - len(tokens[end][0].rstrip(",;:.!?"))
        frame = text[:start] + " " + text[stop:]
        if (
            len(claim_words(text[start:stop])) >= CONTAIN_WORDS
            and claim_words(frame)
            and FINITE.search(frame)
        ):
            return start, stop
    return None


# ---------------------------------------------------------------------------------------------
# The embeddings


# Word vectors are the model's, so they are kept per process (1 KB each, at most ~20 MB).
_WORD_VECTORS: dict[str, Vectors] = {}
_WORD_CACHE = 20_000


def load_embedder() -> Embedder:
    """Embeddings by wordllama's static vectors (``dense.model``: loaded from its own wheel
    once per process, the first time any caller asks; ~1-3 s)."""
    import numpy as np

    model = dense.model()

    def embed(texts: Sequence[str]) -> Vectors:
        vectors = model.embed(list(texts), norm=True)
        return np.asarray(vectors, dtype=np.float32)

    return embed


# ---------------------------------------------------------------------------------------------
# Matching


@dataclass
class _Known:
    text: str
    sentence: str
    url: str | None
    tokens: frozenset[str]
    words: tuple[tuple[str, str], ...]
    polarity: int
    numbers: frozenset[str]
    whole: bool = False  # a known sentence of several claims, beside its claims
    times: Times = frozenset()  # when what its sentence tells happened (``claim_times``)

    @functools.cached_property
    def figures(self) -> list[Figure]:
        """Its figures, read when first asked: only the few known claims nearest a claim are
        (reading every known claim's when it was added was most of what adding cost)."""
        return extract_figures(without_clock(self.text))


@dataclass(frozen=True)
class Alignment:
    """How a claim's words are found in one known claim (``together``: in the few known
    sentences that hold most of it taken together, joined by " + "), for reading why a claim
    is or is not known: each content word of the claim with how far it is found (1 by its stem
    or an equal number, in part by a word close in meaning), and the weighted share found."""

    known: str
    closeness: float
    words: tuple[tuple[str, float], ...]
    together: bool = False


@dataclass
class ClaimBase:
    """The claims a story knows, matched by meaning; embeddings are computed in batches."""

    embedder: Embedder | None = None
    _known: list[_Known] = field(default_factory=list)
    _vectors: Vectors | None = None
    _index: dict[str, list[int]] = field(default_factory=dict)
    _idf: dict[str, float] = field(default_factory=dict)
    _names: set[str] = field(default_factory=set)
    _name_pairs: set[tuple[str, str]] = field(default_factory=set)  # neighbours in a known name
    _sentence_of: dict[str, str] = field(default_factory=dict)
    _matrices: dict[tuple[tuple[str, str], ...], Vectors] = field(default_factory=dict)
    _number_positions: dict[str, list[int]] = field(default_factory=dict)
    _vocabulary: dict[str, str] = field(default_factory=dict)  # every known word: its stem
    _vocabulary_vectors: Vectors | None = None

    def __len__(self) -> int:
        return len(self._known)

    def add(
        self, sentences: Sequence[str], url: str | None, times: Sequence[Times] | None = None
    ) -> None:
        """Add the claims of known sentences (``url`` None: the baseline's), with the times
        each tells of (``claim_times`` of it and what comes before it; none when not given)."""
        for sentence, when in zip(sentences, times or [frozenset()] * len(sentences), strict=True):
            self._names.update(_named_in(sentence))
            self._name_pairs.update(name_pairs(sentence))
            # (a known claim's text is all it needs: who told it is never asked)
            pieces = [(sentence[start:end], False) for start, end in claim_spans(sentence)]
            # the whole sentence too, when it has several claims: a restatement often joins
            # what the known sentence said in two ("five workers killed at the mill in Riverton"
            # against "at least five workers were killed, and a dozen more were hurt at the mill
            # in Riverton"); it only ever makes a claim known
            if len(pieces) > 1:
                pieces.append((sentence, True))
            for text, whole in pieces:
                tokens = claim_tokens(text)
                if not tokens:
                    continue
                position = len(self._known)
                self._known.append(
                    _Known(
                        text, sentence, url, tokens, claim_words(text), polarity(text),
                        known_numbers(text), whole=whole, times=when,
                    )
                )  # fmt: skip
                self._sentence_of.setdefault(text, sentence)
                for number in self._known[-1].numbers:
                    self._number_positions.setdefault(number, []).append(position)
                self._vocabulary.update((w, st) for st, w in self._known[-1].words if w.isalpha())
                for token in tokens:
                    self._index.setdefault(token, []).append(position)
        self._idf.clear()

    def sentence_of(self, claim: str) -> str | None:
        """The known sentence a known claim was taken from."""
        return self._sentence_of.get(claim)

    def _embed(self, texts: Sequence[str]) -> Vectors:
        if self.embedder is None:
            self.embedder = load_embedder()
        return self.embedder(texts)

    def known_claims(self) -> list[tuple[str, bool]]:
        """Each known claim's text, and whether it is a whole sentence kept beside the claims
        split from it, in the order of :meth:`known_vectors`' rows."""
        return [(k.text, k.whole) for k in self._known]

    def knows_word(self, stem: str) -> bool:
        """Whether a known claim has the word (by its stem, ``claim_words``) or number."""
        return stem in self._index

    def known_vectors(self) -> Vectors:
        """Each known claim's vector (:meth:`claim_vectors`), embedded once: the first call
        after claims are added embeds them."""
        import numpy as np

        done = 0 if self._vectors is None else len(self._vectors)
        if done < len(self._known):
            fresh = self.claim_vectors([k.words for k in self._known[done:]])
            self._vectors = fresh if self._vectors is None else np.vstack([self._vectors, fresh])
        assert self._vectors is not None
        return self._vectors

    def claim_vectors(self, claims: Sequence[tuple[tuple[str, str], ...]]) -> Vectors:
        """Each claim's vector: the mean of its content words' vectors, of unit length (its
        function words would only pull every claim toward the same place)."""
        import numpy as np

        self._embed_words([w for words in claims for _, w in words if w.isalpha()])
        matrices = [self._matrix(words) for words in claims]
        means = [matrix.mean(axis=0) if matrix.size else None for matrix in matrices]
        # a claim of numbers alone has no word vector: a zero row, close to nothing
        size = next((len(m) for m in means if m is not None), None)
        size = size or len(self._embed(["the"])[0])
        rows = []
        for mean in means:
            if mean is None:
                rows.append(np.zeros(size))
                continue
            norm = float(np.linalg.norm(mean))
            rows.append(mean / norm if norm else mean)
        return np.stack(rows).astype(np.float32)

    def weight(self, token: str) -> float:
        """Inverse document frequency over the known claims: words all of them share say little."""
        idf = self._idf.get(token)
        if idf is None:
            holding = len(self._index.get(token, ()))
            idf = self._idf[token] = smoothed_idf(len(self._known), holding)
        return idf

    def overlap(self, text: str) -> float:
        """The share of a claim's content words, weighted by rarity, that any known claim has
        (by stem or equal number): a cheap bound on how much of it can be found in one."""
        words = claim_words(text)
        return _share(self._weights(words), [float(stem in self._index) for stem, _ in words])

    def _nearest_in_words(self, tokens: frozenset[str]) -> int | None:
        # In sorted order: a frozenset's order changes with each process's string hashing, so
        # two known claims holding the same words would sum their weights in another order in
        # another process and a tie below would go either way (the digest's flip, issue 21)
        scores: dict[int, float] = {}
        for token in sorted(tokens):
            weight = self.weight(token)
            for position in self._index.get(token, ()):
                scores[position] = scores.get(position, 0.0) + weight
        return max(scores, key=lambda p: (scores[p], -p)) if scores else None

    def _embed_words(self, words: Sequence[str]) -> None:
        """Each word's vector in the process's cache (embedded once, in one batch)."""
        cache = _WORD_VECTORS
        missing = [w for w in dict.fromkeys(words) if w not in cache]
        if missing:
            if len(cache) + len(missing) > _WORD_CACHE:
                cache.clear()
                missing = list(dict.fromkeys(words))
            for word, vector in zip(missing, self._embed(missing), strict=True):
                cache[word] = vector

    def _vectors_of(self, words: Sequence[str]) -> Vectors:
        """Word vectors (one row per word), each embedded once."""
        import numpy as np

        self._embed_words(words)
        if not words:
            return np.zeros((0, 1), dtype=np.float32)
        # (the same rows as np.stack's, without its checks: ~10 us a call)
        return np.array([_WORD_VECTORS[w] for w in words])

    def _matrix(self, words: tuple[tuple[str, str], ...]) -> Vectors:
        """The vectors of a claim's words (not its numbers), cached per claim."""
        matrix = self._matrices.get(words)
        if matrix is None:
            matrix = self._matrices[words] = self._vectors_of([w for _, w in words if w.isalpha()])
        return matrix

    def _weights(self, claim: tuple[tuple[str, str], ...]) -> list[float]:
        """Each word's weight: its rarity among the known claims; a number weighs as much as
        the rarest word twice over (a figure is what a report is most often about)."""
        rarest = smoothed_idf(len(self._known), 0)  # a word no known claim has
        return [2 * rarest if w[0].isdigit() else self.weight(stem) for stem, w in claim]

    def word_scores(self, claim: tuple[tuple[str, str], ...], known: _Known) -> list[float]:
        """How far each word of the claim is found in the known claim: 1 by its stem (or equal
        number), in part by a word close in meaning."""
        import numpy as np

        scores = [
            1.0 if stem in known.tokens or (stem[0].isdigit() and stem in known.numbers) else 0.0
            for stem, _ in claim
        ]
        alpha = [i for i, (_, w) in enumerate(claim) if w.isalpha()]
        if any(not scores[i] for i in alpha) and any(w.isalpha() for _, w in known.words):
            best = (self._matrix(claim) @ self._matrix(known.words).T).max(axis=1)
            soft = np.clip((best - WORD_FLOOR) / (WORD_FULL - WORD_FLOOR), 0.0, 1.0)
            if known.whole:
                # a whole known sentence offers a near word for almost anything: half as telling
                soft *= WHOLE_SOFT
            for i, value in zip(alpha, soft.tolist(), strict=True):
                scores[i] = max(scores[i], value)
        return scores

    def found(self, claim: tuple[tuple[str, str], ...], known: _Known) -> float:
        """The share of the claim's weighted words found in the known claim."""
        return _share(self._weights(claim), self.word_scores(claim, known))

    def match(
        self, claims: Sequence[Claim], times: Sequence[Times] | None = None
    ) -> list[ClaimVerdict]:
        """Each claim known, updated, contradicting or new, with the known claim it matches;
        ``times``, one per claim, when its sentence tells it happened (``claim_times``)."""
        if not claims:
            return []
        if not self._known:
            return [_verdict(c, SentenceStatus.NEW, None, 0.0) for c in claims]
        known_vectors = self.known_vectors()
        cosines = self.claim_vectors([claim_words(c.text) for c in claims]) @ known_vectors.T
        candidates = [
            self._candidates(claim, row) for claim, row in zip(claims, cosines, strict=True)
        ]
        # every word to align, embedded in one batch (the tokenizer costs ~1 ms a call)
        self._embed_words(
            [
                w
                for claim, order in zip(claims, candidates, strict=True)
                for words in (claim_words(claim.text), *(self._known[i].words for i in order))
                for _, w in words
                if w.isalpha()
            ]
        )
        return [
            self._judge(claim, self.nearest(claim, order), when)
            for claim, order, when in zip(
                claims, candidates, times or [frozenset()] * len(claims), strict=True
            )
        ]

    def _candidates(self, claim: Claim, cosines: Vectors) -> list[int]:
        """The known claims nearest by whole-claim vectors, and the nearest by rare words."""
        order = [int(i) for i in cosines.argsort()[::-1][:_CANDIDATES]]
        by_words = self._nearest_in_words(claim_tokens(claim.text))
        if by_words is not None and by_words not in order:
            order.append(by_words)
        return order

    def nearest(self, claim: Claim, order: Sequence[int]) -> list[tuple[float, _Known]]:
        """The candidate known claims, closest first, with how much of the claim each holds."""
        words = claim_words(claim.text)
        weights = self._weights(words)
        per_word = {i: self.word_scores(words, self._known[i]) for i in order}
        scored = [(round(_share(weights, per_word[i]), 4), self._known[i]) for i in order]
        scored.sort(key=lambda s: -s[0])
        return scored

    def explain(self, claim: Claim, nearest: int = 3) -> list[Alignment]:
        """The known claims nearest the claim (at most ``nearest``, closest first), then the known
        sentences that hold most of it taken together, each with how far each word is found."""
        words = claim_words(claim.text)
        if not self._known or not words:
            return []
        cosines = self.claim_vectors([words]) @ self.known_vectors().T

        def per_word(scores: Sequence[float]) -> tuple[tuple[str, float], ...]:
            return tuple((w, round(x, 2)) for (_, w), x in zip(words, scores, strict=True))

        scored = self.nearest(claim, self._candidates(claim, cosines[0]))[:nearest]
        out = [Alignment(k.text, c, per_word(self.word_scores(words, k))) for c, k in scored]
        share, scores, sentences = self._coverage(words, self._found_in_sentences(words))
        out.append(Alignment(" + ".join(sentences), round(share, 4), per_word(scores), True))
        return out

    def _said_of(self, claim: Claim, names: frozenset[str], known: _Known) -> float:
        """The share of the claim's weighted words other than names found in the known claim."""
        words = claim_words(claim.text)
        keep = [i for i, (_, w) in enumerate(words) if w not in names]
        if not keep:
            return 1.0
        weights = self._weights(words)
        scores = self.word_scores(words, known)
        share = _share([weights[i] for i in keep], [scores[i] for i in keep])
        # a match that leans on its names needs what happened (a verb in the past) there too:
        # "the authority suspended two agents" is not "agents of the authority will patrol"
        if (
            len(keep) < len(words)
            and share < LEANING_SCORE
            and any(scores[i] < EVENT_SCORE for i in keep if EVENT.fullmatch(words[i][1]))
        ):
            return 0.0
        # what a modal says will (or may) happen is the claim's news against a known claim that
        # tells none: "the mill will be demolished" is not "workers were hurt at the mill" (one
        # that does may say it in other words: "would cover the cost" for "would pay")
        planned = _planned(claim.text)
        if (
            planned
            and not _planned(known.text)
            and any(scores[i] < EVENT_SCORE for i in keep if words[i][1] in planned)
        ):
            return 0.0
        # little said of the names: all of it must be there ("asked" as well as "stop")
        if (
            len(keep) < len(words)
            and len(keep) <= _THIN
            and any(scores[i] < EVENT_SCORE for i in keep)
        ):
            return 0.0
        return share

    def _counts_the_same(self, number: str, figures: Sequence[Figure], known: _Known) -> bool:
        """Whether what the claim's ``number`` counts (the word the figure names: "people" of
        "30,000 people") is in the known claim, by its stem or a word close in meaning; a word
        that names nothing ("others") is not. A number no figure names counts as before."""
        named = [f for f in figures if f.named and numbers_in(f.text) == {number}]
        if not named:
            return True
        for figure in named:
            if any(k.quantity == figure.quantity for k in known.figures):
                return True
            if word_stem(figure.quantity) in _all_stems(known.text):  # "people" is no content word
                return True
            words = claim_words(figure.quantity)
            if words and self.word_scores(words[:1], known)[0] >= EVENT_SCORE:
                return True
        return False

    def _denies(self, claim: Claim, known: _Known) -> bool:
        """One denies the other only when each says what the other does: the known claim must
        be found in this one too ("put into liquidation" does not deny "put into liquidation
        because it did not have a plan", whose negation is about something else)."""
        return self.found(known.words, _as_known(claim.text)) >= CONTRADICT_SCORE

    def _judge(
        self, claim: Claim, scored: list[tuple[float, _Known]], when: Times = frozenset()
    ) -> ClaimVerdict:
        if time_of_day(claim.text):
            # a time of day is known only when a known claim gives it (of the same day, when
            # both name one); else it is the news (a more precise time than the story had)
            clocks = clock_times(claim.text)
            same = next(
                (
                    k
                    for k in self._known
                    if clocks <= clock_times(k.text) and not other_time(when, k.times)
                ),
                None,
            )
            status = SentenceStatus.KNOWN if same is not None else SentenceStatus.NEW
            return _verdict(claim, status, same, 1.0 if same is not None else 0.0)
        if not claim_words(claim.text):
            return _verdict(claim, SentenceStatus.KNOWN, None, 0.0)
        figures = extract_figures(without_clock(claim.text))
        mine = polarity(claim.text)
        # a name the story has never mentioned makes the claim news whatever its wording
        names = name_words(claim.text) - self._abbreviations(claim.text)
        # (a word the story has used in lower case, as "Crews" for "rescue crews", is none)
        unknown = {
            n for n in names - self._names - initials(claim.text) if word_stem(n) not in self._index
        }
        # (a known name misspelt is that name: "Harbor View Towers" of "Harbour View Towers")
        spelt = {n: k for n in unknown if (k := self._misspelt(n, claim.text)) is not None}
        unknown_names = unknown - spelt.keys()
        for closeness, known in scored:
            if known.whole:
                continue
            # what happened at another time is another event: it neither denies nor restates
            # the known claim (a figure of it may still be updated)
            if (
                mine != known.polarity
                and not other_time(when, known.times)
                and closeness >= CONTRADICT_SCORE
                and not unknown_names
                and self._denies(claim, known)
            ):
                return _verdict(claim, SentenceStatus.CONTRADICTING, known, closeness)
            if closeness >= UPDATE_SCORE and _revises(figures, known.figures):
                return _verdict(claim, SentenceStatus.UPDATED, known, closeness)
        if unknown_names:
            return _verdict(claim, SentenceStatus.NEW, None, scored[0][0])
        numbers, clocks = numbers_in(claim.text), clock_times(claim.text)
        for closeness, known in scored:
            if closeness < ANCHORED_SCORE:
                break
            if mine != known.polarity or numbers - known.numbers or other_time(when, known.times):
                continue
            # a time of day left inside a claim is a detail the known claim must give too
            if clocks - clock_times(known.text):
                continue
            # "sending more units" of a known "sent units" tells a change: the news itself
            if _changes(claim.text) and not _changes(known.text):
                continue
            # a statement by someone the known claim does not quote is news: a new quote
            if not attributed_to(claim.speaker, known.sentence):
                continue
            # a name the known sentence does not give (another place, another person) is news
            if any(_absent(spelt.get(n, n), known.sentence) for n in names - initials(claim.text)):
                continue
            # what the claim says of the names it shares with the known claim must be there too
            # ("the institute suspended two agents" is not "agents of the institute will patrol")
            if self._said_of(claim, names, known) < PREDICATE_SCORE:
                continue
            # names and figures that all stand in one known claim anchor it: the words around
            # them may change more ("an estimated 30,000 people were in attendance")
            # (a figure only when what it counts is there too: "more than 100 others were
            # accounted for" is not anchored to "a condo with more than 100 units")
            counted = frozenset(n for n in numbers if self._counts_the_same(n, figures, known))
            anchored = _anchored(counted, names, name_count(claim.text), known)
            if closeness >= KNOWN_SCORE or anchored:
                return _verdict(claim, SentenceStatus.KNOWN, known, closeness)
        cited = self._holds(claim, names, scored, when, spelt)
        if cited is not None:
            return _verdict(claim, SentenceStatus.KNOWN, cited, scored[0][0])
        cited = self._covered(claim, figures, scored, when)
        if cited is not None:
            return _verdict(claim, SentenceStatus.KNOWN, cited, scored[0][0])
        return _verdict(claim, SentenceStatus.NEW, None, scored[0][0])

    def _abbreviations(self, text: str) -> frozenset[str]:
        """The abbreviations a claim gives ("Gov.", "Ave.": a capitalised word and a full stop) of
        words the story knows ("governor", "avenue"): no new names."""
        found = set()
        for match in ABBREVIATION.finditer(text):
            short = fold_accents(match[1]).lower()
            if any(word.startswith(short) and word != short for word in self._vocabulary):
                found.add(short)
        return frozenset(found)

    def _misspelt(self, name: str, text: str) -> str | None:
        """The known name a name the story has not given misspells ("Harbor View Towers"
        of "Harbour View Towers"), else None: one known name alone is MISSPELT_LETTERS (and
        MISSPELT_SHARE of its letters) from it, with the same first letter, and either a
        neighbour of it in the text's run of capitalised words stands beside the known name in
        a known sentence too, or both are long (MISSPELT_LONG). Another known name ("Harbour
        View Towers North" of "... South") is none: its words are known, and "north" is two letters
        of five from "south"."""
        most = min(MISSPELT_LETTERS, MISSPELT_SHARE * len(name))
        close = [
            known
            for known in self._names
            if known[:1] == name[:1]
            and abs(len(known) - len(name)) <= MISSPELT_LETTERS
            and edit_distance(name, known) <= min(most, MISSPELT_SHARE * len(known))
        ]
        if len(close) != 1:
            return None
        (known,) = close
        if min(len(name), len(known)) >= MISSPELT_LONG:
            return known
        neighbours = {(b, known) for b, a in name_pairs(text) if a == name} | {
            (known, a) for b, a in name_pairs(text) if b == name
        }
        return known if neighbours & self._name_pairs else None

    def _holds(
        self,
        claim: Claim,
        names: frozenset[str],
        scored: list[tuple[float, _Known]],
        when: Times,
        spelt: dict[str, str],
    ) -> _Known | None:
        """The known claim this claim holds (CONTAIN_SCORE of its words) adding only light words
        of its own, else None: the inverse of the match above ("Almost three years after the
        festival left 10 attendees dead" holds "which left 10 concertgoers dead"; see
        ``_heavy`` for what is not light)."""
        if claim.speaker or _QUOTE.search(claim.text) or clock_times(claim.text):
            return None
        words = claim_words(claim.text)
        numbers, negated, changes = (
            numbers_in(claim.text),
            polarity(claim.text),
            _changes(claim.text),
        )
        mine = _as_known(claim.text)
        planned, adjectives = _planned(claim.text), adjectival(claim.text)
        for _, known in scored:
            if (
                known.whole
                or len(known.words) < CONTAIN_WORDS
                or negated != known.polarity
                or numbers - known.numbers
                or other_time(when, known.times)
                or (changes and not _changes(known.text))
                or self.found(known.words, mine) < CONTAIN_SCORE
            ):
                continue
            scores = self.word_scores(words, known)
            if not any(
                score < EVENT_SCORE
                and (w in planned or self._heavy(stem, w, names, adjectives, spelt.get(w)))
                for (stem, w), score in zip(words, scores, strict=True)
            ):
                return known
        return None

    def _heavy(
        self,
        stem: str,
        word: str,
        names: frozenset[str],
        adjectives: frozenset[str],
        spelt: str | None = None,
    ) -> bool:
        """Whether a word a claim adds to a known claim tells something of its own: a figure, a
        verb in the past (what happened; not a past form used as an adjective, ``adjectives``),
        a name the story gives seldom or never (a misspelt name: as the name ``spelt``), a word
        rare in English that the story has not used."""
        if word[0].isdigit() or happened(word, adjectives):
            return True
        held = len(self._index.get(word_stem(spelt) if spelt else stem, ()))
        if word in names:
            return held <= COVER_SELDOM
        return not held and zipf(word, "en") < CONTAIN_COMMON

    def _vocabulary_matrix(self) -> tuple[list[str], Vectors]:
        """Every word the known claims say, with its vector (extended as the story grows)."""
        import numpy as np

        words = list(self._vocabulary)
        done = 0 if self._vocabulary_vectors is None else len(self._vocabulary_vectors)
        if done < len(words):
            fresh = self._vectors_of(words[done:])
            self._vocabulary_vectors = (
                fresh if self._vocabulary_vectors is None
                else np.vstack([self._vocabulary_vectors, fresh])
            )  # fmt: skip
        assert self._vocabulary_vectors is not None
        return words, self._vocabulary_vectors

    def _found_in_sentences(self, words: tuple[tuple[str, str], ...]) -> list[dict[str, float]]:
        """For each word, the known sentences it is found in, and how far: 1 by its stem or an
        equal number, else its cosine with a known word at least COVER_WORD close in meaning."""
        known = self._known
        found: list[dict[str, float]] = []
        for stem, w in words:
            positions = self._number_positions.get(w, ()) if w[0].isdigit() else ()
            here = {known[p].sentence: 1.0 for p in (*self._index.get(stem, ()), *positions)}
            found.append(here)
        # a word not found by its stem (not a count: "hundreds" is no "dozens", a count as a
        # number is) is looked for by meaning among every word the story knows
        loose = [
            i for i, (_, w) in enumerate(words) if not found[i] and w.isalpha() and w not in _COUNTS
        ]
        if loose and self._vocabulary:
            vocabulary, matrix = self._vocabulary_matrix()
            cosines = self._vectors_of([words[i][1] for i in loose]) @ matrix.T
            for i, row in zip(loose, cosines, strict=True):
                for j in (row >= COVER_WORD).nonzero()[0]:
                    cosine = float(row[j])
                    for p in self._index.get(self._vocabulary[vocabulary[j]], ()):
                        sentence = known[p].sentence
                        if found[i].get(sentence, 0.0) < cosine:
                            found[i][sentence] = cosine
        # a count is found where what it counts is: "several thousand dollars" is not "tens of
        # thousands of cases" ("dozens of rescuers" is "dozens of rescue vehicles")
        for i, (_, w) in enumerate(words):
            if w in _COUNTS:
                counted = found[i + 1] if i + 1 < len(words) else {}
                found[i] = {s: score for s, score in found[i].items() if s in counted}
        return found

    def _says_of(
        self,
        names: set[str],
        words: tuple[tuple[str, str], ...],
        found: list[dict[str, float]],
        sentence: str,
    ) -> bool:
        """Whether a known sentence gives the names and says of them what the claim does: its
        verbs of what happened (a past form: "died", "filed") and PREDICATE_SCORE of its other
        weighted words."""
        if any(_absent(n, sentence) for n in names):
            return False
        said = [i for i, (_, w) in enumerate(words) if w not in names]
        if any(PAST.fullmatch(words[i][1]) and sentence not in found[i] for i in said):
            return False
        weights = self._weights(words)
        scores = [found[i].get(sentence, 0.0) for i in said]
        return _share([weights[i] for i in said], scores) >= PREDICATE_SCORE

    def _coverage(
        self, words: tuple[tuple[str, str], ...], found: list[dict[str, float]]
    ) -> tuple[float, list[float], list[str]]:
        """How much of the claim's weighted words at most COVER_SENTENCES known sentences hold
        together (each picked in turn for what it adds, each holding COVER_PART of them on its
        own), each word's score in them, and them (``found``: the claim's
        ``_found_in_sentences``)."""
        weights = self._weights(words)
        # a sentence that holds little of the claim on its own (a word or two) is no part of
        # what it restates: "leaders" of "Republican leaders said ..." for "the two leaders met"
        own: dict[str, float] = {}
        for weight, here in zip(weights, found, strict=True):
            for sentence, score in here.items():
                own[sentence] = own.get(sentence, 0.0) + weight * score
        part = COVER_PART * sum(weights)
        best = [0.0] * len(words)
        chosen: list[str] = []
        for _ in range(COVER_SENTENCES):
            gains: dict[str, float] = {}
            for weight, here, now in zip(weights, found, best, strict=True):
                for sentence, score in here.items():
                    if score > now and own[sentence] >= part:
                        gains[sentence] = gains.get(sentence, 0.0) + weight * (score - now)
            if not gains:
                break
            pick = max(gains, key=lambda sentence: gains[sentence])
            chosen.append(pick)
            best = [max(now, here.get(pick, 0.0)) for here, now in zip(found, best, strict=True)]
        return _share(weights, best), best, chosen

    def _covered(
        self,
        claim: Claim,
        figures: Sequence[Figure],
        scored: list[tuple[float, _Known]],
        when: Times,
    ) -> _Known | None:
        """The known claim to cite when a few known sentences taken together hold what the claim
        says (a restatement joining what they said), else None."""
        # a quotation or a named speaker's statement is someone's own words: known only when a
        # known claim holds them, never pieced together from what others said
        if not scored or scored[0][0] < COVER_CITED or claim.speaker or _QUOTE.search(claim.text):
            return None
        words = claim_words(claim.text)
        if len(words) < COVER_WORDS or clock_times(claim.text):
            return None
        found = self._found_in_sentences(words)
        share, scores, sentences = self._coverage(words, found)
        if share < COVER_SCORE:
            return None
        # what it says of its names is found as well as they are (names recur in every
        # sentence of a story: a claim of names and one verb is easily pieced together)
        names = name_words(claim.text)
        said = [i for i, (_, w) in enumerate(words) if w not in names]
        weights = self._weights(words)
        if _share([weights[i] for i in said], [scores[i] for i in said]) < COVER_SAID:
            return None
        # what happened (its verbs in a past form) is told by one of the sentences: "agreed to
        # pause the tariffs it had threatened" is not "threatened tariffs" and another's "agreed"
        # ("the reported cause" tells none: an adjective)
        adjectives = adjectival(claim.text)
        past = [i for i in said if happened(words[i][1], adjectives)]
        if past and not any(all(s in found[i] for i in past) for s in sentences):
            return None
        # what it says of a name the story seldom gives is said of it: a sentence giving that
        # name holds what the claim says of it (not "the family of a victim named once filed a
        # lawsuit" from the victim's death in one sentence and others' lawsuits in another)
        seldom = {
            part
            for name in _heads(claim.text)
            for part in name.split("-")
            if len(self._index.get(word_stem(part), ())) <= COVER_SELDOM
        }
        if seldom and not any(self._says_of(seldom, words, found, s) for s in sentences):
            return None
        # (a participle describing a noun is no detail of its own: "the crushing crowds")
        if any(
            not score and w.isalpha() and w not in adjectives and zipf(w, "en") < COVER_RARE
            for (_, w), score in zip(words, scores, strict=True)
        ):
            return None
        # each figure is known, with what it counts ("17 people" is not the age of a boy of 17)
        holding = [k for k in self._known if k.sentence in sentences]
        for number in numbers_in(claim.text):
            if not any(
                number in k.numbers and self._counts_the_same(number, figures, k) for k in holding
            ):
                return None
        # cited: the claim of the sentence that holds most of it, the one it must agree with
        cited = max(
            (k for k in holding if k.sentence == sentences[0]), key=lambda k: self.found(words, k)
        )
        if (
            polarity(claim.text) != cited.polarity
            or other_time(when, cited.times)
            or (_changes(claim.text) and not _changes(cited.text))
        ):
            return None
        return cited


def _as_known(text: str) -> _Known:
    """A claim as a known claim is held, to look for a known claim inside it."""
    words = claim_words(text)
    stems = frozenset(stem for stem, _ in words)
    return _Known(text, text, None, stems, words, 0, frozenset())


# The verb a modal governs ("will reopen", "could be demolished", "may not have been told")
_MODAL_VERB = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall)\s+(?:not\s+|also\s+|soon\s+)?"
    r"(?:be\s+|have\s+been\s+|have\s+)?([A-Za-z]+)"
)


@functools.lru_cache(maxsize=4096)
def _planned(text: str) -> frozenset[str]:
    """What a claim says will, would or may happen: the verbs its modals govern, lower-cased."""
    return frozenset(m[1].lower() for m in _MODAL_VERB.finditer(text))


def _heads(text: str) -> frozenset[str]:
    """The word each name of the text is known by: the last of a run of capitalised words (a
    surname, "Florida" of "South Florida"), lower-cased; a month or weekday is no name."""
    heads = (fold_accents(run.split()[-1]).lower() for run in NAME_RUN.findall(text))
    return frozenset(h for h in heads if h not in WEEKDAY_WORDS and h not in _MONTH_NAMES_LOWER)


_MONTH_NAMES_LOWER = frozenset(MONTHS)  # capitalised, but no name
# Words that give a count as a number does ("dozens more", "hundreds hurt"): found only as
# themselves, never by a word close in meaning (the vectors put "hundreds" beside "thousands").
_COUNTS = frozenset(
    (
        "dozen", "dozens", "scores", "tens", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "billions",
    )
)  # fmt: skip
_QUOTE = re.compile('["\u201c\u201d]')


@functools.lru_cache(maxsize=4096)
def _all_stems(text: str) -> frozenset[str]:
    """The stems of every word of a text, function words included."""
    return frozenset(word_stem(w) for w in WORD.findall(fold_accents(text).lower()))


# A change in amount or a repeat of what is known ("more", "fewer", "another", "additional",
# "again"): English grammar, not a story's words. "More than 100" is a bound, no change.
_CHANGE = re.compile(
    r"\b(?:more|fewer|less|another|additional|again|extra|further)\b(?!\s+than\b)",
    re.IGNORECASE,
)


def _changes(text: str) -> bool:
    """Whether the text tells a change in amount, or a repeat."""
    return bool(_CHANGE.search(text))


def _absent(name: str, sentence: str) -> bool:
    """Whether the sentence lacks the name (as a name, an acronym or a word it uses)."""
    return name not in _named_in(sentence) and word_stem(name) not in claim_tokens(sentence)


@functools.lru_cache(maxsize=4096)
def _named_in(sentence: str) -> frozenset[str]:
    """The names and acronyms a (known) sentence gives, once per sentence."""
    return name_words(sentence) | initials(sentence)


def _anchored(numbers: frozenset[str], names: frozenset[str], count: int, known: _Known) -> bool:
    """The claim names something (a figure past the smallest counts, or two names, ``count``
    runs of capitalised words: one alone is most often the story's own country or city, two
    words of one place name are one name) and every name of it is in the known claim (its
    figures are already)."""
    figures = {n for n in numbers if not (n.isdigit() and int(n) <= 2)}
    return bool(figures or count >= 2) and all(word_stem(n) in known.tokens for n in names)


def _share(weights: Sequence[float], scores: Sequence[float]) -> float:
    total = sum(weights)
    return sum(w * s for w, s in zip(weights, scores, strict=True)) / total if total else 0.0


def _revises(figures: Sequence[Figure], known: Sequence[Figure]) -> bool:
    """One of ``figures`` gives another value (or period) of a figure the known claim has."""
    for figure in figures:
        if figure.value <= 2 and figure.unit is None:
            continue
        old = match_figure(figure, known)
        if old is None:
            continue
        if not math.isclose(old.value, figure.value, rel_tol=0.01) or (
            old.period is not None and figure.period is not None and old.period != figure.period
        ):
            return True
    return False


def _verdict(
    claim: Claim, status: SentenceStatus, known: _Known | None, similarity: float
) -> ClaimVerdict:
    return ClaimVerdict(
        claim.text,
        status,
        known.text if known is not None else None,
        similarity,
        known.url if known is not None else None,
        claim.start,
        claim.end,
    )
