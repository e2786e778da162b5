"""What a follow-up adds: each sentence marked known, updated, new or contradicting.

Measured against the baseline story and every earlier follow-up in a ``KnowledgeBase``.
"""

from __future__ import annotations

import functools
import hashlib
import heapq
import json
import logging
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from importlib import resources
from typing import Any

from monitor.boilerplate import NO_COMMENT, boilerplate_kind, is_boilerplate
from monitor.claims import ClaimBase, restating_phrase
from monitor.claimsplit import Claim, claim_spans, split_claims, time_of_day
from monitor.claimwords import Times, claim_times
from monitor.entities import Entity, extract_entities, new_entities
from monitor.figures import Figure, extract_figures, match_figure, normalised, sentence_dates
from monitor.models import ClaimVerdict, SentenceStatus, SentenceVerdict
from monitor.text import DIGIT, fingerprint, fold_accents, may_hold, smoothed_idf
from monitor.wordlists import MONTHS, US_WORD, WEEKDAYS, YEAR

logger = logging.getLogger(__name__)

__all__ = [
    "KnowledgeBase",
    "KnownSentence",
    "claim_rows",
    "content_tokens",
    "development_key",
    "is_boilerplate",
    "mark_sentences",
    "strip_attribution",
]

# A sentence whose weighted words are this much covered by one known sentence restates it.
KNOWN_COVERAGE = 0.58
# ... or this much by the union of its three nearest known sentences (a merged paraphrase).
KNOWN_UNION_COVERAGE = 0.70
# Above this, a sentence with a changed figure, date, place or actor is an update.
UPDATE_COVERAGE = 0.45
# A sentence this close to the story that revises a reported figure is an update.
FIGURE_UPDATE_COVERAGE = 0.15
# An update or a denial names the known sentence it changes, so the two must be about the same
# thing: this share of the sentence's weight (leaving out the nouns its figures count) must occur
# in the known sentence, in at least two words, one of them not among the story's every-line
# words (the country and the people every sentence names) ...
SAME_FACT_SHARE = 0.25
SAME_FACT_WORDS = 2
# ... and this share of the known sentence's weight must occur in the sentence.
SAME_FACT_REVERSE = 0.12
_CANDIDATES = 3
_RANKING_TOKENS = 8  # the rarest known words of a sentence pick its candidate matches


@dataclass(frozen=True)
class KnownSentence:
    """A sentence the story already knows; ``source_url`` is None for the baseline."""

    text: str
    source_url: str | None


# ---------------------------------------------------------------------------------------------
# Tokens: light stemming and synonym folding, so that paraphrases share their words.

# Not ``wordlists.STOPWORDS`` (relevance's): this list is English only and longer (pronouns,
# reporting verbs, number words, "us"...), tuned to what tells two sentences apart; merging
# the two would change what novelty and relevance decide.
_STOPWORDS = frozenset(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
        "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
        "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
        "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
        "would", "you", "your", "yours", "said", "says", "say", "saying", "according", "told",
        "tell", "added", "adding", "stated", "may", "might", "must", "shall", "one", "ones",
        "it's", "that's", "there's", "many", "much", "several", "also", "however", "still",
        "even", "though", "although", "since", "like", "around", "s", "t", "don", "didn", "won",
        "isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "doesn", "upon", "per", "via",
        "among", "amid", "yet", "well", "way", "ways", "part", "parts", "lot", "new", "recent",
        "recently", "this", "week", "month", "year", "years", "months", "weeks", "day", "days",
        "time", "times", "made", "make", "makes", "making", "set", "get", "got", "go", "goes",
        "going", "went", "gone", "us", "earlier", "previously", "already", "long", "often",
        "still", "again", "currently", "reportedly", "ahead", "later", "little", "insist",
        "insists", "insisted", "stress", "stressed", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "million", "come",
        "came", "comes", "coming", "take", "takes", "took", "taken", "taking", "put", "puts",
        "putting", "use", "uses", "used", "using", "whose"
    ]
)  # fmt: skip
_MONTH_WORDS = frozenset((*MONTHS, *WEEKDAYS, "today", "yesterday", "tomorrow"))


def _load_vocabulary(name: str) -> dict[str, Any]:
    """A story's paraphrase folding, shipped as data beside its lexicon (no code names a story)."""
    folder = resources.files("monitor").joinpath("lexicons")
    data: dict[str, Any] = json.loads(folder.joinpath(f"{name}.novelty.json").read_text("utf-8"))
    return data


# The mission story's words, as the word match has always folded them (for every story: it
# reads no lexicon yet). Claims need none of it.
_VOCABULARY = _load_vocabulary("us-mexico-migration")
# Phrases folded before tokenising (order matters: longest first within each concept).
_PHRASES: tuple[tuple[str, str], ...] = tuple((p, r) for p, r in _VOCABULARY["phrases"])
_PHRASE_REPLACEMENT = {f"p{i}": f" {r} " for i, (_, r) in enumerate(_PHRASES)}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        if char == "(" and pattern[i - 1 : i] != "\\":
            depth += 1
        elif char == ")" and pattern[i - 1 : i] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _literal_prefixes(pattern: str) -> list[str]:
    """Literal starts one of which any match of ``pattern`` begins with ("" when unknown)."""
    if pattern.startswith("(?:"):
        depth, end = 0, 0
        for i, char in enumerate(pattern):
            depth += (char == "(") - (char == ")")
            if depth == 0:
                end = i
                break
        if pattern[end + 1 : end + 2] in ("?", "*", "{"):
            return [""]
        return [p for a in _alternatives(pattern[3:end]) for p in _literal_prefixes(a)]
    # (an escaped full stop is a literal one: r"x\.y\. z" starts with "x.y. z", looked for
    # where a word "x" opens, not with "x", a start of one letter looked for in every sentence)
    match = re.match(r"(?:[a-z0-9' -]|\\\.)*", pattern)
    written = match.group(0) if match else ""
    prefix = written.replace("\\.", ".")
    # a quantifier after the prefix makes its last character optional
    return [prefix[:-1] if pattern[len(written) : len(written) + 1] in ("?", "*", "{") else prefix]


# Which phrases can occur in a sentence at all, told cheaply. Each phrase's pattern follows a
# \b (see ``_phrase_regex``), so a match opens a word with one of the pattern's literal starts:
# the starts are filed by how a word opening with them begins (``_HEAD``: two word characters,
# or one before a non-word character), and only those filed under the heads of the sentence's
# words are looked for. A start of one character or none, or opening on no word character, is
# looked for in every sentence.
_HEAD = re.compile(r"\w\w?")
_WORD_HEAD = re.compile(r"\b\w\w?")
_TRIGGERS_ANYWHERE: list[tuple[str, int]] = []
_TRIGGERS_BY_HEAD: dict[str, list[tuple[str, int]]] = {}
for _i, (_pattern, _) in enumerate(_PHRASES):
    _starts = {p for a in _alternatives(_pattern) for p in _literal_prefixes(a)}
    for _start in sorted(_starts):
        # a start that opens with another of the phrase's opens a word only where that one does
        if any(q != _start and _start.startswith(q) for q in _starts):
            continue
        _head = _HEAD.match(_start) if len(_start) > 1 else None
        if _head is None:
            _TRIGGERS_ANYWHERE.append((_start, _i))
        else:
            _TRIGGERS_BY_HEAD.setdefault(_head.group(), []).append((_start, _i))
_TRIGGER_HEADS = frozenset(_TRIGGERS_BY_HEAD)


def _phrases_in(text: str) -> set[int]:
    """The phrases whose literal starts the text holds where a word opens: every phrase that
    can match in it, and a few more (each pattern decides)."""
    which = {i for start, i in _TRIGGERS_ANYWHERE if start in text}
    by_head = _TRIGGERS_BY_HEAD
    for head in _TRIGGER_HEADS.intersection(_WORD_HEAD.findall(text)):
        for start, i in by_head[head]:
            if start in text:
                which.add(i)
    return which


@functools.cache
def _phrase_regex(i: int) -> re.Pattern[str]:
    # the leading \b lets the engine skip mid-word positions cheaply
    return re.compile(r"\b(?:" + _PHRASES[i][0] + ")")


def _fold_phrases(text: str) -> str:
    """The phrases replaced as one alternation of them in order would (leftmost first, the
    first phrase where two start together), from one pattern per phrase: an alternation of the
    phrases a sentence may hold took ~0.5 ms to compile for each new set of them (405 sets in
    the 8,034 sentences of the shared corpus: 0.19 s of a process's first pass over them)."""
    which = _phrases_in(text)
    if not which:
        return text
    found = {i: m for i in which if (m := _phrase_regex(i).search(text)) is not None}
    pieces: list[str] = []
    done = 0
    while found:
        i = min(found, key=lambda i: (found[i].start(), i))
        pieces += (text[done : found[i].start()], _PHRASE_REPLACEMENT[f"p{i}"])
        done = found[i].end()
        for j in [j for j, m in found.items() if m.start() < done]:  # overlapped: look further
            m = _phrase_regex(j).search(text, done)
            if m is None:
                del found[j]
            else:
                found[j] = m
    return "".join(pieces) + text[done:]


_SYNONYMS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _VOCABULARY["synonyms"].items()}

_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d+(?:[.,]\d+)*")
_STEM_CACHE: dict[str, str] = {}
# Words whose stem is kept: a long-running process reads ever new words (names, misspellings),
# and the cache is emptied when it holds this many (a stem is cheap to find again).
_STEMS_KEPT = 1 << 16
_SYNONYM_OF: dict[str, str] = {}


def _stem(word: str) -> str:
    """A crude suffix stripper: the same word in its usual forms maps to one stem."""
    cached = _STEM_CACHE.get(word)
    if cached is not None:
        return cached
    w = word
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4:
        if w.endswith("ies"):
            w = w[:-3] + "y"
        elif w.endswith(("sses", "shes", "ches", "xes")):
            w = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        for suffix in ("ations", "ation", "ments", "ment", "ingly", "ing", "edly", "ed", "ly"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                w = w[: -len(suffix)]
                if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                    w = w[:-1]  # stopped -> stop
                break
        if w.endswith("e") and len(w) > 4:
            w = w[:-1]
        if w.endswith("i") and len(w) > 4:
            w = w[:-1] + "y"
    if len(_STEM_CACHE) >= _STEMS_KEPT:
        _STEM_CACHE.clear()
    _STEM_CACHE[word] = w
    return w


def _inflections(word: str) -> set[str]:
    """A word's usual inflected forms, so a synonym list needs only the plain form."""
    base = word[:-1] if word.endswith("e") else word
    forms = {word, word + "s", word + "es", base + "ed", base + "ing", word + "d", base + "er"}
    return forms


for _canonical, _words in _SYNONYMS.items():
    for _w in _words:
        for _form in _inflections(_w):
            _SYNONYM_OF.setdefault(_form, _canonical)
            _SYNONYM_OF.setdefault(_stem(_form), _canonical)
    _SYNONYM_OF[_canonical] = _canonical


# A dateline ("CAPITAL CITY (Continental Wire) - ") and the attribution of a retold report ("the
# report said", "according to the documents") name the messenger, not the news.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'\u00c0-\u00de-]{2,40}(?:\([^()]{1,40}\))?\s+-\s+")
_SOURCE = (
    r"(?:the|a|that|this|their|its|his|her)\s+(?:new\s+|draft\s+|original\s+)?(?:report|"
    r"story|article|documents?|memo|draft|outlet|news\s+site|publication)"
)
_ATTRIBUTION = re.compile(
    r",?\s*\b(?:according\s+to\s+[^,;]{1,90}?(?=[,;]|\.?$)"
    r"|" + _SOURCE + r"\s+(?:said|says|say|showed|shows|show|added|reported|found)(?:\s+that)?"
    r"|as\s+" + _SOURCE + r"\s+(?:put|puts)\s+it)\b,?",
    re.IGNORECASE,
)


# words without one of which _ATTRIBUTION cannot match (a substring test before its scan)
_ATTRIBUTION_HINTS = ("accord", "report", "document", "memo", "draft", "article", "story", "site",
                      "outlet")  # fmt: skip


@functools.lru_cache(maxsize=4096)
def strip_attribution(sentence: str) -> str:
    """The sentence without its dateline and without "the report said"-style attribution."""
    text = _DATELINE.sub("", sentence) if " - " in sentence[:60] else sentence
    if may_hold(text, text.lower(), _ATTRIBUTION_HINTS):
        text = _ATTRIBUTION.sub(" ", text)
    return text


@functools.lru_cache(maxsize=16384)
def content_tokens(sentence: str) -> frozenset[str]:
    """The folded content words of a sentence: no stopwords, numbers or dates (once per text:
    a follow-up's sentences are read again when it is added to what the story knows)."""
    text = fold_accents(strip_attribution(normalised(sentence)))
    if "U" in text:
        text = US_WORD.sub(" unitedstates ", text)
    text = text.lower()
    text = _fold_phrases(text)
    # (each word's token added in order, as a loop would: the same set, laid out the same)
    return frozenset(set(filter(None, map(_token_of, _WORD.findall(text)))))


# each word's content token, once per process: words recur from page to page
@functools.lru_cache(maxsize=65536)
def _token_of(word: str) -> str:
    """The folded content token of one word of ``_WORD``, or "" for a stopword, a number, a
    date word or a single letter."""
    if word[0].isdigit() or word in _STOPWORDS or word in _MONTH_WORDS or len(word) < 2:
        return ""
    folded = _SYNONYM_OF.get(word)
    if folded is None:
        stem = _stem(word)
        folded = _SYNONYM_OF.get(stem, stem)
    return folded


# ---------------------------------------------------------------------------------------------
# Negation and reversal

_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|no longer|n't|without|refus\w*|declin\w*|den(?:y|ied|ies|ial)"
    r"|reject\w*|revers\w*|halt\w*|suspend\w*|scrap\w*|cancel\w*|abandon\w*|end(?:ed|s)"
    r"|back(?:ed|s)? (?:away|off|down)|drop(?:ped|s) (?:the|its|a) \w+|walk(?:ed|s)? back"
    r"|rescind\w*|withdr[ae]w\w*|paus(?:e|ed|es)|stopped|false|untrue|defend(?:ed|s|ing)?)\b"
)


_NOT_NEGATION = re.compile(
    r"\bnot (?:\w+ ){0,2}?(?:only|just|simply|merely|solely|entirely|least)\b"
    # "she did not say whether the country would ...": a question left open, not a denial
    r"|\b(?:did|would|could|do|does) not (?:say|disclose|specify|indicate) (?:whether|if)\b"
    r"|\bdeclin\w* to (?:say|disclose|specify) (?:whether|if)\b"
)


# "fly without a visa", "those stopped at the border": descriptions, not denials
_NOT_REVERSAL = re.compile(
    r"\bwithout (?:a|an|any)\b|\b(?:those|people|migrants|families|travell?ers|who were) stopped\b"
)


def _polarity(sentence: str) -> int:
    """1 when the sentence denies, refuses or reverses something (clauses are not counted)."""
    text = normalised(sentence).lower().replace("n't", " n't")
    if "not " in text:
        text = _NOT_NEGATION.sub(" ", text)
    if "without" in text or "stopped" in text:
        text = _NOT_REVERSAL.sub(" ", text)
    return 1 if _NEGATION.search(text) else 0


# ---------------------------------------------------------------------------------------------
# The knowledge base


_CAPITAL = re.compile(r"(?<=[\w,;:] )[A-Z\u00c0-\u00de][\w'-]*")


def _capitalised(text: str) -> frozenset[str]:
    """Capitalised words after the first: where any name must be."""
    return frozenset(_CAPITAL.findall(text))


@dataclass
class _Entry:
    known: KnownSentence
    tokens: frozenset[str]
    polarity: int
    dates: frozenset[str]
    capitalised: frozenset[str]
    fingerprint: str
    context_dates: frozenset[str] = frozenset()  # its own and the previous sentence's dates
    times: Times = frozenset()  # the days its dates and the previous sentence's can mean
    _figures: list[Figure] | None = None
    _entities: list[Entity] | None = None

    @property
    def figures(self) -> list[Figure]:
        if self._figures is None:
            self._figures = extract_figures(self.known.text)
        return self._figures

    @property
    def entities(self) -> list[Entity]:
        if self._entities is None:
            self._entities = extract_entities(self.known.text)
        return self._entities


# sentences whose word match is kept while nothing is added: a follow-up's, marked twice when it
# is judged, with room for many pages (the median page of bench.claims.cost has 30 sentences)
_WORD_VERDICTS_KEPT = 4096


class KnowledgeBase:
    """What the story knows: the baseline's sentences and those of every follow-up added."""

    def __init__(
        self, baseline_sentences: Sequence[str], published: datetime | None = None
    ) -> None:
        self._entries: list[_Entry] = []
        self._index: dict[str, list[int]] = {}
        self._seen: set[str] = set()
        self._developments: dict[str, str | None] = {}  # url -> development key
        self._urls: list[str] = []
        self._idf: dict[str, float] = {}  # cleared whenever sentences are added
        self._totals: dict[int, float] = {}
        self._claims: ClaimBase | None = None  # built on first use: it loads the embeddings
        # sentences marked known (with their claims) by fingerprint, then by the dates they
        # name: the same sentence again, in a copy of an article, is known the same way
        # whatever was added since
        self._echoes: dict[str, dict[frozenset[str], SentenceVerdict]] = {}
        # each sentence's word match (by its text and date) while nothing is added
        self._word_verdicts: dict[tuple[str, datetime | None], SentenceVerdict | None] = {}
        self._extend(None, baseline_sentences, published)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def sentences(self) -> list[KnownSentence]:
        return [e.known for e in self._entries]

    @property
    def urls(self) -> list[str]:
        """The follow-ups added, oldest first."""
        return list(self._urls)

    def development_of(self, url: str) -> str | None:
        """The development key the follow-up at ``url`` carried when it was added."""
        return self._developments.get(url)

    def add(self, url: str, sentences: Sequence[str], published: datetime | None = None) -> None:
        """Add an earlier follow-up, so later articles are measured against it too.

        ``published`` resolves its relative dates ("later this month").
        """
        if url in self._developments:
            return
        # the development key needs no claims: adding stays free of the embeddings
        verdicts = mark_sentences(self, sentences, published=published, claims=False)
        self._developments[url] = development_key(verdicts, self)
        self._urls.append(url)
        self._extend(url, sentences, published)

    @property
    def claims(self) -> ClaimBase:
        """The claims of every known sentence, matched by meaning (built when first asked)."""
        if self._claims is None:
            self._claims = ClaimBase()
            for entry in self._entries:
                self._claims.add([entry.known.text], entry.known.source_url, [entry.times])
        return self._claims

    def _extend(
        self, url: str | None, sentences: Sequence[str], published: datetime | None = None
    ) -> None:
        first = len(self._entries)
        previous_dates: frozenset[str] = frozenset()
        previous_times: Times = frozenset()
        for sentence in sentences:
            text = normalised(sentence)
            times = claim_times(text, published)
            times, previous_times = times | previous_times, times
            # "X would not comment" is never news, yet a later clause may restate it
            if boilerplate_kind(text) not in (None, NO_COMMENT):
                continue
            tokens = content_tokens(text)
            key = fingerprint(text)
            if not tokens or key in self._seen:
                continue
            self._seen.add(key)
            position = len(self._entries)
            dates = _dates(text, published)
            entry = _Entry(
                KnownSentence(text, url),
                tokens,
                _polarity(text),
                dates,
                _capitalised(text),
                key,
                # "In April, the president said ... " followed by his quote: the date carries over
                dates | previous_dates,
                times,
            )
            previous_dates = dates
            self._entries.append(entry)
            for token in tokens:
                self._index.setdefault(token, []).append(position)
        if self._claims is not None:
            fresh = self._entries[first:]
            self._claims.add([e.known.text for e in fresh], url, [e.times for e in fresh])
        self._idf.clear()
        self._totals.clear()
        self._word_verdicts.clear()

    def word_verdict(
        self, index: int, text: str, tokens: frozenset[str], published: datetime | None
    ) -> SentenceVerdict | None:
        """The sentence's word match (``_verdict``), once per text and date until sentences are
        added: judging marks a follow-up with its claims, then its news again without them when
        it adds it (for its development key). The last ``_WORD_VERDICTS_KEPT`` texts read are
        kept: a stream that marks articles without adding any would otherwise grow it forever."""
        key = (text, published)
        if key not in self._word_verdicts:
            if len(self._word_verdicts) >= _WORD_VERDICTS_KEPT:  # the oldest read goes
                del self._word_verdicts[next(iter(self._word_verdicts))]
            self._word_verdicts[key] = _verdict(self, index, text, tokens, published)
        verdict = self._word_verdicts[key]
        if verdict is None or verdict.index == index:
            return verdict
        return replace(verdict, index=index)

    def weight(self, token: str) -> float:
        """Inverse document frequency: words every sentence shares say little."""
        idf = self._idf.get(token)
        if idf is None:
            holding = len(self._index.get(token, ()))
            idf = self._idf[token] = smoothed_idf(len(self._entries), holding)
        return idf

    def _figure_holders(self, quantity: str, words: frozenset[str]) -> list[_Entry]:
        """Known sentences with a figure for ``quantity`` (once for each such figure, in the
        order they were added) that hold at least SAME_FACT_WORDS of ``words``: only theirs
        are read (a known sentence's figures are read when first asked, and kept)."""
        index = self._index
        held: defaultdict[int, int] = defaultdict(int)
        for token in words:
            for position in index.get(token, ()):
                held[position] += 1
        holders = []
        for position in sorted(p for p, n in held.items() if n >= SAME_FACT_WORDS):
            entry = self._entries[position]
            holders += [entry for figure in entry.figures if figure.quantity == quantity]
        return holders

    def _total(self, position: int) -> float:
        total = self._totals.get(position)
        if total is None:
            idf, weight = self._idf, self.weight
            total = self._totals[position] = sum(
                [
                    w if (w := idf.get(t)) is not None else weight(t)
                    for t in sorted(self._entries[position].tokens)  # as _nearest sums
                ]
            )
        return total


# ---------------------------------------------------------------------------------------------
# Marking sentences


@dataclass(frozen=True)
class _Match:
    entry: _Entry
    coverage: float  # share of the sentence's weight found in the known sentence
    reverse: float  # share of the known sentence's weight found in the sentence


def _nearest(
    kb: KnowledgeBase, tokens: frozenset[str]
) -> tuple[list[_Match], dict[str, float], float]:
    """The few known sentences nearest the sentence's words (``_CANDIDATES``, nearest first),
    its words' weights and their total (``_union_coverage`` reads how much of it they hold
    together: only a sentence near enough asks)."""
    # In sorted order: a frozenset's order changes with each process's string hashing, and
    # ties below (equal posting lengths, equal scores) must not depend on it.
    idf, weight = kb._idf, kb.weight
    weights = {t: w if (w := idf.get(t)) is not None else weight(t) for t in sorted(tokens)}
    total = sum(weights.values())
    if total == 0:
        return [], weights, total
    # Rank by the rarer words only (long posting lists cost time and rank nothing), then
    # measure the few best candidates exactly.
    index = kb._index
    common = max(8, len(kb) // 6)
    ranking = sorted(
        (t for t in weights if 0 < len(index.get(t, ())) <= common),
        key=lambda t: (len(index[t]), t),
    )[:_RANKING_TOKENS] or [t for t in weights if t in index]
    scores: defaultdict[int, float] = defaultdict(float)
    for token in ranking:
        w = weights[token]
        for position in index[token]:
            scores[position] += w
    if not scores:
        return [], weights, total
    ranked = heapq.nlargest(_CANDIDATES * 4, scores, key=scores.__getitem__)
    matches: list[_Match] = []
    totals = kb._totals
    for position in ranked:
        entry = kb._entries[position]
        # (the shared words in sorted order, as ``weights`` holds them: the same sum as over
        # sorted(tokens & entry.tokens), without the set and the sort)
        held = entry.tokens
        score = sum([w for t, w in weights.items() if t in held])
        known_total = totals.get(position)
        if known_total is None:
            known_total = kb._total(position)
        matches.append(_Match(entry, score / total, score / known_total if known_total else 0.0))
    matches.sort(key=lambda m: (-(round(m.coverage, 6)), -m.reverse))
    return matches[:_CANDIDATES], weights, total


def _union_coverage(top: list[_Match], weights: dict[str, float], total: float) -> float:
    """The share of the sentence's weight (``_nearest``'s ``weights``, in sorted order) that
    its nearest known sentences hold together."""
    union: set[str] = set()
    for m in top:
        union |= m.entry.tokens
    return sum([w for t, w in weights.items() if t in union]) / total


# What a figure counts when it is a length of time ("within six months", "three years"): a
# duration, not a statistic the story reports.
_DURATIONS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "time", "figure"}
)


def _is_statistic(figure: Figure) -> bool:
    """A figure the story could report a new value of: no duration, no bare small count."""
    if figure.unit is not None:
        return True  # "$130 million over three years" counts dollars, not years
    return figure.quantity not in _DURATIONS and figure.value > 2


def _changes(figure: Figure, old: Figure) -> bool:
    """``figure`` gives ``old`` another value, or the value of another period."""
    if not math.isclose(old.value, figure.value, rel_tol=0.01):
        return True
    return old.period is not None and figure.period is not None and old.period != figure.period


def _ubiquitous(kb: KnowledgeBase, token: str) -> bool:
    """One of the story's every-line words (its country, its people): it pairs nothing."""
    return len(kb._index.get(token, ())) >= 3 and kb.weight(token) < _UBIQUITOUS_WEIGHT


def _same_fact(
    kb: KnowledgeBase,
    tokens: frozenset[str],
    entry: _Entry,
    figures: Sequence[Figure] = (),
    *,
    reverse: float | None = None,
) -> bool:
    """The sentence and the known one are about the same thing, not just the same count.

    The nouns the given figures count are left out first, so that "1,200 people moved to
    shelters" and "172,000 encounters in March" share nothing by both counting migrants.
    """
    left = set(tokens)
    for figure in figures:
        left -= _name_tokens(figure.text)
    rest = sorted(left)  # summed below: in one order in every process (see _nearest)
    shared = [t for t in rest if t in entry.tokens]
    if len(shared) < SAME_FACT_WORDS:
        return False
    if all(_ubiquitous(kb, t) for t in shared):
        return False
    if reverse is not None and reverse < SAME_FACT_REVERSE:
        return False
    total = sum(kb.weight(t) for t in rest)
    return sum(kb.weight(t) for t in shared) >= SAME_FACT_SHARE * total


def _changed_figure(figures: Sequence[Figure], kb_figures: Sequence[Figure]) -> list[Figure]:
    """Pairs of figures (new, old) where ``figures`` revise one of ``kb_figures``, flattened."""
    changed: list[Figure] = []
    for figure in figures:
        if not _is_statistic(figure):
            continue
        old = match_figure(figure, kb_figures)
        if old is not None and _changes(figure, old):
            changed += [figure, old]
    return changed


def _revised_figure(
    kb: KnowledgeBase, tokens: frozenset[str], figures: list[Figure]
) -> _Entry | None:
    """The known sentence holding an earlier value of one of these figures, if any.

    Sharing a counted noun is not enough: "1,200 people moved to shelters" does not revise
    "172,000 encounters in March". The holder must share topic words besides the figure.
    """
    best: tuple[float, _Entry] | None = None
    for figure in figures:
        if not _is_statistic(figure):
            continue
        # Only a known sentence that shares SAME_FACT_WORDS words with the sentence, leaving
        # out those the figure names, can pass ``_same_fact`` below (it leaves out the nouns of
        # both figures, then needs that many shared words): the others' figures are not read
        # (reading every known sentence's was ~5% of a new page, ~10% of a short one).
        for entry in kb._figure_holders(figure.quantity, tokens - _name_tokens(figure.text)):
            old = match_figure(figure, entry.figures)
            if old is None or not _changes(figure, old):
                continue
            if not _same_fact(kb, tokens, entry, (figure, old)):
                continue
            weight = sum(kb.weight(t) for t in sorted(tokens & entry.tokens))
            if best is None or weight > best[0]:
                best = (weight, entry)
    return best[1] if best is not None else None


# "said on Monday": when the news was told, not when it happens
_TOLD_ON = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|told reporters)\s+(?:on\s+|late\s+|early\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b"
)
_RELATIVE_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}
_RELATIVE_MONTHS = {"this month": 0, "next month": 1, "last month": -1}
_RELATIVE_WEEKS = {"this week": 0, "next week": 7, "last week": -7}


def _dates(text: str, published: datetime | None, *, told: bool = True) -> frozenset[str]:
    """Date expressions of a sentence, relative ones resolved against ``published``.

    ``told=False`` leaves out when the news was told ("said on Monday", "the report said").
    """
    dates = sentence_dates(text if told else _TOLD_ON.sub(" ", strip_attribution(text)))
    if published is None or not dates:
        return dates
    resolved = set()
    for date in dates:
        if date in _RELATIVE_MONTHS:
            month = (published.month - 1 + _RELATIVE_MONTHS[date]) % 12
            resolved.add(MONTHS[month])
        elif date in _RELATIVE_WEEKS:
            resolved.add(MONTHS[(published + timedelta(days=_RELATIVE_WEEKS[date])).month - 1])
        elif date in _RELATIVE_DAYS:
            day = published + timedelta(days=_RELATIVE_DAYS[date])
            resolved.add(f"{MONTHS[day.month - 1]} {day.day}")
        elif date == "this year":
            resolved.add(str(published.year))
        else:
            resolved.add(date)
    return frozenset(resolved)


def _date_key(dates: frozenset[str]) -> frozenset[str]:
    return frozenset(d for d in dates if not YEAR.fullmatch(d))


def _within(date: str, known: frozenset[str]) -> bool:
    """The date is known, or a less precise form of a known one ("June" for "June 7")."""
    return date in known or any(k.startswith(date + " ") for k in known)


def _changed_date(dates: frozenset[str], known: frozenset[str]) -> bool:
    if not dates:
        return False
    a, k = _date_key(dates), _date_key(known)
    if a and not all(_within(d, k) for d in a):
        return True  # a different date, or a more precise one ("June 22" for "later in June")
    years_a = dates - a
    years_k = known - k
    return bool(years_a and years_k and not years_a <= years_k)


# Names outlets use for one actor: swapping one for another changes nothing.
_ACTOR_FOLD: dict[str, str] = dict(_VOCABULARY["actor_fold"])
_UBIQUITOUS_WEIGHT = 2.0


def _actors(kb: KnowledgeBase, entities: Sequence[Entity]) -> list[Entity]:
    """People and places that say something: not governments, not the story's every-line names."""
    actors = []
    for e in entities:
        if e.kind not in ("person", "place"):
            continue
        name = _ACTOR_FOLD.get(fold_accents(e.name).lower(), e.name)
        tokens = _name_tokens(name)
        if tokens and max(kb.weight(t) for t in tokens) < _UBIQUITOUS_WEIGHT:
            continue
        actors.append(Entity(name, e.kind))
    return actors


@functools.lru_cache(maxsize=4096)
def _name_tokens(name: str) -> frozenset[str]:
    return content_tokens(name)


def _changed_actor(kb: KnowledgeBase, entities: list[Entity], known: list[Entity]) -> bool:
    """A person or place stands where the known sentence had another of the same kind."""
    mine, theirs = _actors(kb, entities), _actors(kb, known)
    fresh = new_entities(mine, theirs)
    if not fresh:
        return False
    missing = new_entities(theirs, mine)
    return any(f.kind == m.kind for f in fresh for m in missing)


# Where a sentence splits into clauses that may each restate a different known sentence.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:]|\s-\s|,\s+(?:and|but|while|although|though|whose|who|which|where|when)?\b"
    r"|\s+and\s+(?=to\s|has\s|have\s|is\s|was\s))\s*"
)
_MIN_CLAUSE_TOKENS = 2
CLAUSE_FLOOR = 0.30  # below this best coverage, clauses are not even tried
CLAUSE_COVERAGE = 0.50  # a clause this much covered by one known sentence restates it
CLAUSE_UNION_COVERAGE = 0.90  # ... or this much by its three nearest


def _clauses(text: str) -> list[tuple[str, frozenset[str]]]:
    """Each clause and its content tokens; a clause too short to judge joins its neighbour."""
    clauses: list[tuple[str, frozenset[str]]] = []
    for part in _CLAUSE_BREAK.split(strip_attribution(text)):
        tokens = content_tokens(part) if part else frozenset()
        if not tokens:
            continue
        if clauses and len(tokens) < _MIN_CLAUSE_TOKENS:
            before, known = clauses[-1]
            clauses[-1] = (f"{before}, {part}", known | tokens)
        else:
            clauses.append((part, tokens))
    if len(clauses) > 1 and len(clauses[0][1]) < _MIN_CLAUSE_TOKENS:
        part, tokens = clauses.pop(0)
        clauses[0] = (f"{part}, {clauses[0][0]}", tokens | clauses[0][1])
    return clauses


def _clauses_known(kb: KnowledgeBase, text: str) -> bool:
    """Every clause restates some known sentence, denying nothing it says (a merged paraphrase)."""
    clauses = _clauses(text)
    if len(clauses) < 2:
        return False
    for clause, tokens in clauses:
        top, weights, total = _nearest(kb, tokens)
        if not top or (
            top[0].coverage < CLAUSE_COVERAGE
            and _union_coverage(top, weights, total) < CLAUSE_UNION_COVERAGE
        ):
            return False
        if _polarity(clause) and not top[0].entry.polarity:
            return False  # a denial no known sentence makes
    return True


def _verdict(
    kb: KnowledgeBase,
    index: int,
    text: str,
    tokens: frozenset[str],
    published: datetime | None = None,
) -> SentenceVerdict | None:
    top, weights, total = _nearest(kb, tokens)
    if not top:
        return SentenceVerdict(index, text, SentenceStatus.NEW, None, 0.0)
    best = top[0]
    if (
        best.coverage > 0.999
        and best.reverse > 0.999
        and fingerprint(text) == best.entry.fingerprint
    ):
        known = best.entry.known
        return SentenceVerdict(index, text, SentenceStatus.KNOWN, known.text, 1.0, known.source_url)
    similarity = round(min(1.0, 0.8 * best.coverage + 0.2 * best.reverse), 4)
    # (figures and negation matter only to a sentence this close: most are far, and new)
    figures = extract_figures(text) if best.coverage >= FIGURE_UPDATE_COVERAGE else []
    polarity_differs = best.coverage >= CLAUSE_FLOOR and _polarity(text) != best.entry.polarity
    # ... and what the nearest hold together, only to one this close: below CLAUSE_FLOOR no
    # clause is tried and the sentence is new or revises a figure (returned below, before
    # ``is_known``), so the 0.0 is never read
    union_coverage = _union_coverage(top, weights, total) if best.coverage >= CLAUSE_FLOOR else 0.0
    # Clauses are tried when the whole sentence is neither plainly known nor plainly new, or
    # when its denial may belong to a clause that restates a known denial.
    clauses_known = (
        best.coverage >= CLAUSE_FLOOR
        and (
            polarity_differs
            or (best.coverage < KNOWN_COVERAGE and union_coverage < KNOWN_UNION_COVERAGE)
        )
        and _clauses_known(kb, text)
    )
    if best.coverage < UPDATE_COVERAGE and not clauses_known:
        # A new sentence, unless it revises a figure the story already reported.
        old = (
            _revised_figure(kb, tokens, figures)
            if best.coverage >= FIGURE_UPDATE_COVERAGE
            else None
        )
        if old is not None:
            return SentenceVerdict(
                index, text, SentenceStatus.UPDATED, old.known.text, similarity,
                old.known.source_url,
            )  # fmt: skip
        return SentenceVerdict(index, text, SentenceStatus.NEW, None, similarity, None)
    known = best.entry.known
    if figures:
        # the nearest known sentence that holds an earlier value and is about the same thing
        for m in top:
            pair = _changed_figure(figures, m.entry.figures)
            if pair and _same_fact(kb, tokens, m.entry, pair, reverse=m.reverse):
                return SentenceVerdict(
                    index, text, SentenceStatus.UPDATED, m.entry.known.text, similarity,
                    m.entry.known.source_url,
                )  # fmt: skip
    dates = _dates(text, published, told=False)
    near_dates = frozenset().union(*(m.entry.context_dates for m in top))
    changed = _changed_date(dates, near_dates)
    told = strip_attribution(text)  # the messenger is no actor of the news
    if not changed and not _capitalised(told) <= best.entry.capitalised:
        changed = _changed_actor(kb, extract_entities(told), best.entry.entities)
    new_figure = any(
        (f.value > 2 or f.unit or (f.period or "").startswith("per"))
        and match_figure(f, best.entry.figures) is None
        and all(f.value != k.value for k in best.entry.figures)
        for f in figures
    )
    # several known sentences together restate it only if it does not deny what they say
    is_known = (
        best.coverage >= KNOWN_COVERAGE
        or (not polarity_differs and union_coverage >= KNOWN_UNION_COVERAGE)
        or clauses_known
    )
    if polarity_differs and best.coverage >= KNOWN_COVERAGE and not clauses_known:
        if not _same_fact(kb, tokens, best.entry, reverse=best.reverse):
            # "Do not come," the minister said: one shared name is no claim denied
            return SentenceVerdict(index, text, SentenceStatus.NEW, None, similarity, None)
        status = SentenceStatus.CONTRADICTING
    elif changed or new_figure:
        if not _same_fact(kb, tokens, best.entry, figures, reverse=best.reverse):
            # a changed date or name beside a sentence about something else: news, not a revision
            return SentenceVerdict(index, text, SentenceStatus.NEW, None, similarity, None)
        status = SentenceStatus.UPDATED
    elif is_known:
        status = SentenceStatus.KNOWN
    else:
        return SentenceVerdict(index, text, SentenceStatus.NEW, None, similarity, None)
    return SentenceVerdict(index, text, status, known.text, similarity, known.source_url)


def mark_sentences(
    kb: KnowledgeBase,
    sentences: Sequence[str],
    *,
    published: datetime | None = None,
    claims: bool = True,
) -> list[SentenceVerdict]:
    """Each non-boilerplate sentence marked known, updated, new or contradicting.

    ``published``, the article's date, resolves its relative dates ("later this month").
    With ``claims``, each sentence also carries its claims, each marked the same way against
    the known claims, and its status follows them (see ``_with_claims``).
    """
    verdicts: list[SentenceVerdict] = []
    for index, sentence in enumerate(sentences):
        text = normalised(sentence)
        if is_boilerplate(text):
            continue
        tokens = content_tokens(text)
        if not tokens:
            continue
        # (a sentence's dates are read only when its fingerprint was marked known before)
        if claims and kb._echoes and (by_dates := kb._echoes.get(fingerprint(text))) is not None:
            echo = by_dates.get(_echo_dates(text, published))
            if echo is not None:
                verdicts.append(replace(echo, index=index))
                continue
        verdict = kb.word_verdict(index, text, tokens, published)
        if verdict is not None:
            verdicts.append(verdict)
    if claims and verdicts:
        verdicts = _with_claims(kb, verdicts, published)
        for v in verdicts:
            if v.status is SentenceStatus.KNOWN:
                by_dates = kb._echoes.setdefault(fingerprint(v.text), {})
                by_dates.setdefault(_echo_dates(v.text, published), v)
    logger.debug(
        "marked %d of %d sentences against %d known: %d not known",
        len(verdicts),
        len(sentences),
        len(kb),
        sum(v.status is not SentenceStatus.KNOWN for v in verdicts),
    )
    return verdicts


def development_key(
    verdicts: Sequence[SentenceVerdict], kb: KnowledgeBase | None = None
) -> str | None:
    """A stable id for the development an article carries; None when it carries nothing new.

    An article whose news is mostly known from one earlier follow-up carries that follow-up's
    development (pass ``kb`` to look it up); otherwise the key is made from the fingerprint of
    its first new or updated sentence, the lede of the news.
    """
    fresh = [
        v for v in verdicts
        if v.status in (SentenceStatus.NEW, SentenceStatus.UPDATED, SentenceStatus.CONTRADICTING)
    ]  # fmt: skip
    echoed: dict[str, int] = {}
    for v in verdicts:
        if v.source_url is not None and v.status is not SentenceStatus.NEW:
            echoed[v.source_url] = echoed.get(v.source_url, 0) + 1
    if echoed:
        url = max(echoed, key=lambda u: echoed[u])
        if echoed[url] >= len(fresh):
            carried = kb.development_of(url) if kb is not None else None
            if carried is not None:
                return carried
            # without the knowledge base: the first sentence it echoes stands for the news
            first = next(v for v in verdicts if v.source_url == url)
            return _key_of(first.baseline or first.text)
    if not fresh:
        return None
    return _key_of(fresh[0].text)


def _key_of(text: str) -> str:
    return hashlib.sha256(("development:" + fingerprint(text)).encode()).hexdigest()[:16]


_FRESH = (SentenceStatus.NEW, SentenceStatus.UPDATED, SentenceStatus.CONTRADICTING)


def _with_claims(
    kb: KnowledgeBase, verdicts: list[SentenceVerdict], published: datetime | None = None
) -> list[SentenceVerdict]:
    """The sentences with their claims, and each sentence's status as its claims say.

    A sentence the word match calls known stays known, and so do its claims. Otherwise a
    sentence is new when any claim is new; one whose claims all restate known claims is known
    (a restatement in other words), and a denial is a contradiction only when one of its claims
    denies a known claim (not a sentence that merely shares words with one).
    """
    # where each claim stands; who told it (``split_claims``) only for the claims matched
    spans = {v.index: claim_spans(v.text) for v in verdicts}
    # a sentence far from all the story knows is matched only for the claims it holds beside
    # its news (one claim alone is as far as its sentence)
    judged = {
        v.index
        for v in verdicts
        if not v.claims
        and not _plainly_known(v)
        and (not _plainly_new(v) or (len(spans[v.index]) > 1 and v.similarity >= CLAIMS_FLOOR / 2))
    }
    parts = {v.index: split_claims(v.text) for v in verdicts if v.index in judged}
    # ... and of those claims, only the ones whose words the story mostly has (cheap to tell)
    pending = [
        (v.index, i, c)
        for v in verdicts
        if v.index in judged
        for i, c in enumerate(parts[v.index])
        if not _plainly_new(v) or kb.claims.overlap(c.text) >= CLAIMS_OVERLAP
    ]
    # when each sentence tells its claims happened: a meeting of 2023 is not the one of 2021
    # (asked only of a sentence with a claim to match: a judged one may have none left)
    texts = {v.index: v.text for v in verdicts}
    when = {i: claim_times(texts[i], published) for i in dict.fromkeys(i for i, _, _ in pending)}
    times = [when[index] for index, _, _ in pending]
    verdicts_of = kb.claims.match([c for _, _, c in pending], times) if pending else []
    matched = {(index, i): cv for (index, i, _), cv in zip(pending, verdicts_of, strict=True)}
    framed = _framed(kb, matched, when)
    out = []
    for v in verdicts:
        if v.claims:  # an echo of a sentence marked before
            out.append(v)
            continue
        if _plainly_new(v) and v.index not in judged:
            out.append(
                replace(v, claims=tuple(_new_claim(v.text[s:e], s, e) for s, e in spans[v.index]))
            )
            continue
        if v.index not in judged:
            known = tuple(
                ClaimVerdict(
                    v.text[s:e], SentenceStatus.KNOWN, v.baseline, v.similarity, v.source_url,
                    s, e,
                )
                for s, e in spans[v.index]
            )  # fmt: skip
            out.append(replace(v, claims=known))
            continue
        claims = tuple(
            piece
            for i, c in enumerate(parts[v.index])
            for piece in framed.get((v.index, i))
            or (matched.get((v.index, i)) or _new_claim(c.text, c.start, c.end),)
        )
        out.append(_status_from_claims(kb, v, _timed(kb, claims)))
    return out


def _new_piece(claim: ClaimVerdict, start: int, end: int) -> ClaimVerdict | None:
    """The part of a claim between two of its sentence's offsets, as a new claim, without the
    spaces around it (None when it holds no word)."""
    text = claim.text[start - claim.start : end - claim.start]
    if not any(ch.isalnum() for ch in text):
        return None
    start += len(text) - len(text.lstrip())
    text = text.strip()
    return ClaimVerdict(text, SentenceStatus.NEW, None, 0.0, None, start, start + len(text))


def _framed(
    kb: KnowledgeBase, matched: dict[tuple[int, int], ClaimVerdict], when: dict[int, Times]
) -> dict[tuple[int, int], tuple[ClaimVerdict, ...]]:
    """New claims that retell a known event in a noun phrase inside a new frame ("As the
    stories of the eight people killed in the crush at the festival began to emerge, ..."):
    the phrase shown as the known claim it is, the frame around it new."""
    phrases = {
        key: Claim(cv.text[s:e], cv.start + s, cv.start + e)
        for key, cv in matched.items()
        if cv.status is SentenceStatus.NEW and (span := restating_phrase(cv.text)) is not None
        for s, e in (span,)
    }
    if not phrases:
        return {}
    keys = list(phrases)
    verdicts = kb.claims.match([phrases[k] for k in keys], [when[index] for index, _ in keys])
    framed = {}
    for key, phrase in zip(keys, verdicts, strict=True):
        if phrase.status is not SentenceStatus.KNOWN:
            continue
        claim = matched[key]
        head = _new_piece(claim, claim.start, phrase.start)
        tail = _new_piece(claim, phrase.end, claim.end)
        framed[key] = tuple(p for p in (head, phrase, tail) if p is not None)
    return framed


def _timed(kb: KnowledgeBase, claims: tuple[ClaimVerdict, ...]) -> tuple[ClaimVerdict, ...]:
    """A time of day is known only as the time of what its sentence restates: the known
    sentence that gives it must be one another claim of the sentence is known from ("took the
    stage at 9:00 p.m." is not "the crowd surged shortly after 9 p.m.")."""
    sentence_of = kb.claims.sentence_of
    restated = {
        sentence_of(c.baseline or "")
        for c in claims
        if c.status is SentenceStatus.KNOWN and not time_of_day(c.text)
    }
    return tuple(
        _new_claim(c.text, c.start, c.end)
        if c.status is SentenceStatus.KNOWN
        and time_of_day(c.text)
        and sentence_of(c.baseline or "") not in restated
        else c
        for c in claims
    )


def _echo_dates(text: str, published: datetime | None) -> frozenset[str]:
    """The dates a sentence names, resolved ("later this month" in June is not July's): with its
    fingerprint, what makes it the echo of a sentence marked known."""
    return _dates(text, published, told=False)


# A sentence this far from all the story knows (the word match's similarity) has no claim that
# restates a known one: its claims are new without being matched.
CLAIMS_FLOOR = 0.20
# ... unless it holds several claims: those of them whose weighted words the story's known
# claims hold this much are matched (a restated clause beside the news: "and one person was
# dead" after two new counts).
CLAIMS_OVERLAP = 0.4


def _new_claim(text: str, start: int, end: int) -> ClaimVerdict:
    """A claim's text at its offsets in its sentence, new."""
    return ClaimVerdict(text, SentenceStatus.NEW, None, 0.0, None, start, end)


def _plainly_new(v: SentenceVerdict) -> bool:
    return v.status is SentenceStatus.NEW and v.similarity < CLAIMS_FLOOR


def _plainly_known(v: SentenceVerdict) -> bool:
    """Known to the word match, with no number its known sentence lacks ("more than 130
    units" against "more than 100 units" is for the claims to judge)."""
    if v.status is not SentenceStatus.KNOWN:
        return False
    values = {f.value for f in extract_figures(v.text) if _is_statistic(f)}
    return not values or values <= {f.value for f in extract_figures(v.baseline or "")}


def _status_from_claims(
    kb: KnowledgeBase, v: SentenceVerdict, claims: tuple[ClaimVerdict, ...]
) -> SentenceVerdict:
    statuses = [c.status for c in claims]
    if v.status is SentenceStatus.UPDATED:
        # The word match saw a change claims are blind to (a month, a name, a revised figure
        # beside a fresh detail): the sentence stays an update, and the claim that carries it
        # is the nearest one not known (holding a figure if one does), else the least close.
        if SentenceStatus.UPDATED not in statuses and claims:
            i = min(
                range(len(claims)),
                key=lambda i: (
                    claims[i].status is SentenceStatus.KNOWN,
                    not DIGIT.search(claims[i].text),
                    -claims[i].similarity if claims[i].status is SentenceStatus.NEW else 0.0,
                    claims[i].similarity,
                ),
            )
            claims = (
                *claims[:i],
                replace(
                    claims[i], status=SentenceStatus.UPDATED, baseline=v.baseline,
                    source_url=v.source_url, similarity=v.similarity,
                ),
                *claims[i + 1 :],
            )  # fmt: skip
        return replace(v, claims=claims)
    if SentenceStatus.NEW in statuses:
        return replace(v, status=SentenceStatus.NEW, baseline=None, source_url=None, claims=claims)
    # no claim is new: the sentence takes the status of its most telling claim
    for status in (SentenceStatus.CONTRADICTING, SentenceStatus.UPDATED, SentenceStatus.KNOWN):
        claim = next((c for c in claims if c.status is status), None)
        if claim is None:
            continue
        if status is v.status:
            return replace(v, claims=claims)  # the sentence's own match stands
        baseline = kb.claims.sentence_of(claim.baseline or "") or claim.baseline
        return replace(
            v, status=status, baseline=baseline, source_url=claim.source_url, claims=claims
        )
    return replace(v, claims=claims)


def claim_rows(verdict: SentenceVerdict, *, stored: bool = False) -> list[dict[str, object]]:
    """A sentence's claims as `monitor assess` prints them (``stored``: as ``sentences.claims``
    holds them, with where each matched claim came from, its similarity and offsets)."""
    rows: list[dict[str, object]] = []
    for c in verdict.claims:
        row: dict[str, object] = {"text": c.text, "status": c.status.value, "baseline": c.baseline}
        if stored:
            row.update(baseline_url=c.source_url, similarity=c.similarity, start=c.start, end=c.end)
        rows.append(row)
    return rows
