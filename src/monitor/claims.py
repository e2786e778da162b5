"""Claims: a sentence split into the facts it states, each matched against what the story knows.

A news sentence often restates a known fact and adds one ("Mayorkas said on Tuesday that talks
would resume, and Washington still wants Mexico to do more"): the sentence is new, but only one
of its claims is. ``split_claims`` cuts a sentence at coordination, semicolons, non-restrictive
relative clauses and appositives, keeping an attribution ("X said") with the claim it reports;
every claim's text is a substring of the sentence.

``ClaimBase`` holds the claims the story knows (the baseline's and the earlier follow-ups') and
marks a claim known, updated, contradicting or new, citing the known claim it matches. The
match carries to any story: no word list, but the meaning of words from offline static
embeddings (wordllama's, shipped in its wheel and loaded once per process, only when a claim is
first matched), aligned with what embeddings blur: numbers ("172,000 in March" against
"180,034 in May" is an update), names that the story never mentioned, and negation ("agreed"
against "did not agree" is a contradiction; "it is not yet known when" is an open question).
"""

from __future__ import annotations

import functools
import itertools
import logging
import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.figures import Figure, extract_figures, match_figure
from monitor.models import ClaimVerdict, SentenceStatus
from monitor.text import fold_accents
from monitor.wordlists import MONTHS, STOPWORDS, WEEKDAYS

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]
else:
    Vectors = Any

logger = logging.getLogger(__name__)

__all__ = ["Claim", "ClaimBase", "Embedder", "claim_tokens", "load_embedder", "split_claims"]

# How close a claim is to a known one: the cosine of their mean word vectors (meaning, any
# wording) weighted with the share of the claim's rarer words the known one holds (names,
# terms). Fitted on the team's tuning cases (bench/novelty, split "tune"): at 0.60, 73% of the
# claims of restatements match and none of the claims of new sentences does (0.56: 81% and
# 1.4%, and a new held-out fact lost).
COSINE_WEIGHT = 0.7
KNOWN_SCORE = 0.60
# A claim this close that gives another value of a known figure updates it.
UPDATE_SCORE = 0.45
# A denial of a known claim must be this close to it, and share this much of its words.
CONTRADICT_SCORE = 0.65
CONTRADICT_COVERAGE = 0.50
_MIN_CLAIM_WORDS = 3  # content words a claim needs to stand alone; shorter joins a neighbour

Embedder = Callable[[Sequence[str]], Vectors]


# ---------------------------------------------------------------------------------------------
# Splitting


@dataclass(frozen=True)
class Claim:
    """One fact a sentence states: ``text`` is ``sentence[start:end]``."""

    text: str
    start: int
    end: int


# Where one claim ends and another begins: the break keeps the conjunction or relative pronoun
# with the claim it opens. English and Spanish, the two languages the press is read in.
_BREAK = re.compile(
    r";\s+"
    r"|,\s+(?=(?:and|but|while|whereas|although|though|yet|which|who|whom|whose|where"
    r"|y|pero|mientras|aunque|que|quien|quienes|donde|cuyo|cuya)\s)"
    r"|\s+(?=(?:but|pero)\s)"
    r"|\s+(?=and\s+(?:he|she|it|they|we)\s+\w+)"
    r"|\s+[-\u2013\u2014]\s+"
)
# An appositive after a name: ", the agency's director," or ", a 42-year-old nurse,".
_APPOSITIVE = re.compile(
    r"(?<=[A-Za-z\u00c0-\u024f.']),\s+((?:the|a|an|el|la|los|las|un|una)\s[^,;]{3,80}?),(?=\s)"
)
# A fragment that only says who told it: "officials said", "said Jane Doe, a spokeswoman".
_ATTRIBUTION = re.compile(
    r"^(?:and\s+)?(?:(?:[\w.'\u00c0-\u024f-]+\s+){0,5}(?:said|says|told\s+\w+|added|noted"
    r"|stated|explained|announced|reported|confirmed|wrote|dijo|afirm[oó]|señal[oó]|indic[oó]"
    r"|inform[oó])(?:\s+(?:on\s+)?[\w.'\u00c0-\u024f-]+){0,3}"
    r"|(?:according\s+to|seg[uú]n)\s[^;,]{1,80})[.!?\"'\u201d]*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z\u00e0-\u024f]+(?:['-][a-z\u00e0-\u024f]+)*|\d+(?:[.,]\d+)*")
_NOT_CONTENT = frozenset((*STOPWORDS, *MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow"))


def _stem(word: str) -> str:
    """The same word in its usual English forms maps to one stem (a crude suffix stripper)."""
    if len(word) > 4:
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                return word[: -len(suffix)]
    return word


@functools.lru_cache(maxsize=16384)
def claim_tokens(text: str) -> frozenset[str]:
    """The content words of a claim, lower-cased and stemmed: no function words, no numbers."""
    words = _WORD.findall(fold_accents(text).lower())
    return frozenset(_stem(w) for w in words if not w[0].isdigit() and w not in _NOT_CONTENT)


def _spans(sentence: str) -> list[tuple[int, int]]:
    cuts = {0, len(sentence)}
    for match in _BREAK.finditer(sentence):
        cuts.update((match.start(), match.end()))
    for match in _APPOSITIVE.finditer(sentence):
        cuts.update((match.start(1), match.end(1) + 1))
    ordered = sorted(cuts)
    spans = []
    for start, end in itertools.pairwise(ordered):
        piece = sentence[start:end]
        lead = len(piece) - len(piece.lstrip(" ,;-\u2013\u2014"))
        trail = len(piece.rstrip(" ,;-\u2013\u2014"))
        if trail > lead:
            spans.append((start + lead, start + trail))
    return spans


def split_claims(sentence: str) -> list[Claim]:
    """The claims of a sentence, in order; a sentence with one claim gives itself.

    A fragment that only names who said it joins the claim before it (or after it, when it
    opens the sentence), and one too short to state a fact joins its neighbour, so each claim
    reads as a fact with its source.
    """
    spans = _spans(sentence)
    appositives = {m.start(1) for m in _APPOSITIVE.finditer(sentence)}
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        piece = sentence[start:end]
        short = len(claim_tokens(piece)) < _MIN_CLAIM_WORDS
        # the name an appositive describes stays with it: "Champlain Towers South, a condo"
        named = start in appositives and bool(merged) and merged[-1][1] - merged[-1][0] < 40
        if merged and (short or named or _ATTRIBUTION.match(piece)):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    if len(merged) > 1:
        first = sentence[merged[0][0] : merged[0][1]]
        if len(claim_tokens(first)) < _MIN_CLAIM_WORDS or _ATTRIBUTION.match(first):
            merged[1] = (merged[0][0], merged[1][1])
            merged.pop(0)
    if not merged:
        return [Claim(sentence, 0, len(sentence))] if sentence.strip() else []
    return [Claim(sentence[s:e], s, e) for s, e in merged]


# ---------------------------------------------------------------------------------------------
# Negation: generic, not a story's words

_NEGATION = re.compile(
    r"\b(?:not|never|no longer|neither|nor|n't|refus\w*|den(?:y|ied|ies)|reject\w*"
    r"|nunca|jam[aá]s|neg[oó]|rechaz\w*)\b|\bno\s+(?!one\b|doubt\b|longer\b)\w+",
    re.IGNORECASE,
)
# Not a denial: a question left open ("not yet known when", "did not say whether"), "not only".
_OPEN = re.compile(
    r"\b(?:not|n't)\s+(?:yet|immediately|clear|known|only|just|simply|merely)\b"
    r"|\b(?:not|n't)\s+(?:\w+\s+){0,2}(?:say|said|disclose|specify|confirm|know)\s+"
    r"(?:whether|if|when|how|why|what|who)\b"
    r"|\bno\s+(?:details?|date|word|timeline|information)\b",
    re.IGNORECASE,
)


def polarity(text: str) -> int:
    """1 when the claim denies, refuses or rejects something; an open question is no denial."""
    text = text.replace("n't", " n't")
    return 1 if _NEGATION.search(_OPEN.sub(" ", text)) else 0


_NAME = re.compile(r"(?<=[\w,;:] )[A-Z\u00c0-\u00de][\w'\u00c0-\u024f-]+")


def _names(text: str) -> frozenset[str]:
    """Capitalised words after the first: where any name must be."""
    return frozenset(fold_accents(n).lower() for n in _NAME.findall(text))


# ---------------------------------------------------------------------------------------------
# The embeddings


_MODEL_LOCK = threading.Lock()
_MODEL: list[Embedder] = []


def load_embedder() -> Embedder:
    """wordllama's static embeddings from its own wheel, loaded once per process (~3 s)."""
    with _MODEL_LOCK:
        if not _MODEL:
            import numpy as np
            import wordllama
            from wordllama import WordLlama

            model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)

            def embed(texts: Sequence[str]) -> Vectors:
                vectors = model.embed(list(texts), norm=True)
                return np.asarray(vectors, dtype=np.float32)

            _MODEL.append(embed)
            logger.debug("loaded wordllama's embeddings")
        return _MODEL[0]


# ---------------------------------------------------------------------------------------------
# Matching


@dataclass
class _Known:
    text: str
    sentence: str
    url: str | None
    tokens: frozenset[str]
    polarity: int
    figures: list[Figure]
    numbers: frozenset[str]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


@dataclass
class ClaimBase:
    """The claims a story knows, matched by meaning; embeddings are computed in batches."""

    embedder: Embedder | None = None
    _known: list[_Known] = field(default_factory=list)
    _vectors: Vectors | None = None
    _index: dict[str, list[int]] = field(default_factory=dict)
    _idf: dict[str, float] = field(default_factory=dict)
    _names: set[str] = field(default_factory=set)
    _sentence_of: dict[str, str] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self._known)

    def add(self, sentences: Sequence[str], url: str | None) -> None:
        """Add the claims of known sentences (``url`` None: the baseline's)."""
        for sentence in sentences:
            self._names.update(_names(sentence))
            for claim in split_claims(sentence):
                tokens = claim_tokens(claim.text)
                if not tokens:
                    continue
                figures = extract_figures(claim.text)
                position = len(self._known)
                self._known.append(
                    _Known(
                        claim.text, sentence, url, tokens, polarity(claim.text), figures,
                        _numbers(claim.text),
                    )
                )  # fmt: skip
                self._sentence_of.setdefault(claim.text, sentence)
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

    def _known_vectors(self) -> Vectors:
        import numpy as np

        done = 0 if self._vectors is None else len(self._vectors)
        if done < len(self._known):
            fresh = self._embed([k.text for k in self._known[done:]])
            self._vectors = fresh if self._vectors is None else np.vstack([self._vectors, fresh])
        assert self._vectors is not None
        return self._vectors

    def weight(self, token: str) -> float:
        """Inverse document frequency over the known claims: words all of them share say little."""
        idf = self._idf.get(token)
        if idf is None:
            df = len(self._index.get(token, ()))
            idf = self._idf[token] = math.log((len(self._known) + 1) / (df + 1)) + 1.0
        return idf

    def _nearest_in_words(self, tokens: frozenset[str]) -> int | None:
        scores: dict[int, float] = {}
        for token in tokens:
            weight = self.weight(token)
            for position in self._index.get(token, ()):
                scores[position] = scores.get(position, 0.0) + weight
        return max(scores, key=lambda p: (scores[p], -p)) if scores else None

    def _coverage(self, tokens: frozenset[str], known: _Known) -> float:
        total = sum(self.weight(t) for t in tokens)
        if not total:
            return 0.0
        return sum(self.weight(t) for t in tokens & known.tokens) / total

    def match(self, claims: Sequence[Claim]) -> list[ClaimVerdict]:
        """Each claim known, updated, contradicting or new, with the known claim it matches."""
        if not claims:
            return []
        if not self._known:
            return [_verdict(c, SentenceStatus.NEW, None, 0.0) for c in claims]
        known_vectors = self._known_vectors()
        cosines = self._embed([c.text for c in claims]) @ known_vectors.T
        return [self._judge(claim, row) for claim, row in zip(claims, cosines, strict=True)]

    def _judge(self, claim: Claim, cosines: Vectors) -> ClaimVerdict:
        tokens = claim_tokens(claim.text)
        if not tokens:
            return _verdict(claim, SentenceStatus.KNOWN, None, 0.0)
        # candidates: the nearest in meaning, and the nearest in words
        order = [int(i) for i in cosines.argsort()[::-1][:5]]
        by_words = max(
            range(len(self._known)), key=lambda i: self._coverage(tokens, self._known[i])
        )
        if by_words not in order:
            order.append(by_words)
        scored = []
        for i in order:
            known = self._known[i]
            coverage = self._coverage(tokens, known)
            cosine = float(cosines[i])
            closeness = COSINE_WEIGHT * cosine + (1 - COSINE_WEIGHT) * coverage
            scored.append((round(closeness, 4), coverage, known))
        scored.sort(key=lambda s: -s[0])
        figures = extract_figures(claim.text)
        mine = polarity(claim.text)
        # a name the story has never mentioned makes the claim news whatever its wording
        unknown_names = _names(claim.text) - self._names
        for closeness, coverage, known in scored:
            if (
                mine != known.polarity
                and closeness >= CONTRADICT_SCORE
                and coverage >= CONTRADICT_COVERAGE
                and not unknown_names
            ):
                return _verdict(claim, SentenceStatus.CONTRADICTING, known, closeness)
            if closeness >= UPDATE_SCORE and _revises(figures, known.figures):
                return _verdict(claim, SentenceStatus.UPDATED, known, closeness)
        closeness, coverage, known = scored[0]
        if (
            closeness >= KNOWN_SCORE
            and mine == known.polarity
            and not _numbers(claim.text) - known.numbers
            and not unknown_names
        ):
            return _verdict(claim, SentenceStatus.KNOWN, known, closeness)
        return _verdict(claim, SentenceStatus.NEW, None, closeness)


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
