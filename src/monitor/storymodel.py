"""A story model learned from its baseline alone: the baseline's rare words and phrases.

Pure. Any story works from its baseline without code written for it: the words and two-word
phrases of its headline and opening paragraphs that are rare in its language (word frequency
from ``wordfreq``, whose tables ship in its wheel), weighted by rarity and by how often the
baseline uses them, headline first: "Port Alder", "Harbour Street Bridge", "Línea 9" tell one event
from another of its field.

A later article is matched (:func:`match`) three ways, each normalised by the story itself so
that one threshold serves every story:

- ``cosine``: its own rare words, weighted the same way, against the model's, as a share of
  what the baseline's own headline and first paragraph score (the model's ``calibration``).
  An article about another event of the field carries the story's names but many more of its
  own, and scores low where mere coverage of the story's words would not;
- ``headline``: the share of the model's weight its headline carries. A follow-up names the
  event where it says what it is about; a look-alike names it in passing;
- ``dense``: the cosine of static embeddings (``monitor.dense``) of its opening and the
  baseline's, which sees paraphrase the words miss (computed only when it can change the
  decision);
- ``refers_back``: an article published weeks after the event that names the event's time
  (its year, its month, "a year after", "aniversario") looks back at it; a look-alike of a
  later season tells its own time ("this week", "Aug. 24") and names none of the event's, or
  names its own more often (see :mod:`monitor.eventtime`). For an event its baseline's
  headline gives no name of its own, that caps a late article, and naming the event by its
  time and kind ("the February storm") in the headline or opening floors it (``recalls``);
- whose story it is: an article whose text names another actor of the baseline's kind (another
  developer, where the baseline's headline says "developer Port Alder Group") more often than
  the story's central name, and first, is that actor's story (``rival``); an undated article
  its text dates well before the event tells an earlier episode (``earlier``). Both count
  little.

An article in another language than the model's (a Spanish follow-up of an English baseline,
or the other way round) is read in its own: its words weighed by their rarity there, then
article and model brought into one language, the one :mod:`monitor.crosslingual` writes into
(cognates, names with accents folded on both sides).

:data:`DEFAULT_WEIGHTS` combines them; they were chosen leaving one story out on the
development sets (``python -m bench.stories`` prints the held-out table).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from monitor import crosslingual, dense, eventtime
from monitor.text import (
    DIGIT,
    article_words,
    fold,
    fold_accents,
    normalise,
    split_paragraphs,
    split_sentences,
    tokens,
)
from monitor.wordfrequency import zipf as zipf  # re-exported: relevance weighs by it
from monitor.wordlists import STOPWORDS, YEAR

_TOP = 50  # the baseline's heaviest terms make the model
_LEAD_PARAGRAPHS = 8  # a baseline's opening: later paragraphs are background
_TITLE_WEIGHT = 3  # a headline word counts this many times
_COMMON = 4.8  # Zipf frequency at and above which a word says nothing about one event
_PHRASE_DAMPING = 1.3  # a phrase's weight is its words' rarity over this
_ARTICLE_TITLE_WEIGHT = 2  # an article's headline, matched against the model
_SHORT_NUMBER = 2.5  # rarity of a short number in a phrase ("Line 9", "Flight 370")
_RARITIES_CACHED = 1 << 15  # words whose rarity is kept: the vocabulary of many articles
_ARTICLES_CACHED = 8  # articles whose terms are kept while every story judges them
_OPENING_PARAGRAPHS = 3  # what the dense similarity compares: headline and opening
_LANGUAGE_SAMPLE = 2000  # characters of an article's text that tell its language
# Coverage of the model's weight at which an article is as likely a follow-up as not, for
# :func:`score`: the first model's calibration, kept for callers of ``coverage``.
COVERAGE_AT_THRESHOLD = 0.045
_DEFAULT_SCORE = 0.56  # relevance.DEFAULT_THRESHOLD: a combined value at the weights' own
# threshold maps there

# What an article naming only the story's actors counts for at most (its whole combined value:
# words, likeness, time; in units of what the baseline's own opening scores): an
# article that repeats a minister's name can score far above the baseline's own calibration
# (1.8 times it on the mission's story), and without this, the same people's other business
# (an election, a trade dispute, another department's rules) passed as a follow-up. Measured
# on bench.stories (leave one story out) and the mission's tune split: 0.3 moves no story of
# the six, 0.15-0.2 turn one more tune false alarm down but change what one fold tunes. Since
# session 17 the cap bounds the whole value, not the words alone: the dense similarity of the
# same people's other business (0.65 for another rule of the mission's minister's department)
# lifted a capped article over the threshold; no development story's decision moves.
_ACTORS_CAP = 0.3

# An article about another of the event's kind (another line of the same metro, another flight
# of the same airline: "Line 4" where the baseline's headline named "line 7") names the
# event's places and reads like its baseline, but it is another event: it counts at most this
# (its whole combined value, in the same units as the actors' cap). Measured leave one story out
# (bench.stories): it turns down one development story's look-alike (another line's crash that
# names the event once), and no follow-up of any story is about another of its kind.
_ANOTHER_CAP = _ACTORS_CAP
# The mirror of the cap: an article whose text writes the event's own numbered term as a name
# again and again ("Line 7 ... Line 7", at least ``_OWN_REPEATED`` times) and no other of its kind
# more often is about the event, however few of the first night's words it shares (a prosecutor's
# charges, an engineering firm's report: people and words the baseline does not know yet): its
# whole combined value counts at least this share of the weights' threshold (it is taken for a
# follow-up at any weights). Once is a mention in passing (another line's works "after the
# accident on Line 7"). Measured leave one story out (bench.stories): it finds three more of one
# story's follow-ups and lifts none of its look-alikes. Until session 18 the floor was a fixed
# 0.5 (1.11 times the shipped threshold 0.45); a fold that tuned a threshold above it (0.51 on
# the rebuilt texts) then lost the four follow-ups the rule was written for.
_OWN_FLOOR = 1.1
_OWN_REPEATED = 2
# An event whose baseline's headline gives it no name of its own (no name its text writes
# capitalised, no numbered term: "massive ice storm drives demand", not "Harbour Street", "Line 7")
# is told from the next one of its kind only by its time: weeks later, a follow-up says which
# one it means ("the February storm", "a year after"), and an article that names none of the
# event's time is about another of its kind (the field's next storm, heat wave or outage), told
# in the same words. Its whole combined value counts at most this (the other caps' units).
_ELSEWHEN_CAP = _ACTORS_CAP
# The mirror of that cap, as the own-term floor mirrors another-of-its-kind's: such an event's own
# name is its kind and time together ("the February storm", "the 2031 ice storm", "five years
# after the storm": a concept of the baseline's headline beside the event's month, year or a span
# looked back). An article whose headline or opening (``_RECALL_PARAGRAPHS``) names it so is a
# follow-up however few of the first day's words it shares (the death toll, the bills, the
# inquiries, the laws: consequences the first day's baseline does not know); its whole combined
# value counts at least the own-term floor. A look-alike compares with the event in passing, and
# further down ("unlike two years ago during the storm"), or by another word ("not quite the
# big freeze of 2031").
_RECALL_PARAGRAPHS = 2
# Another actor of the baseline's kind: where the baseline's headline calls its central concept, a
# name, by what it is ("developer Port Alder Group": the kind, a headline concept beside it), an
# article whose text names another name the baseline never writes more often than the central
# one, and first, and writes it within ``_KIND_REACH`` words of the kind in its headline or
# opening (``_RECALL_PARAGRAPHS``: "Harrow, another indebted property developer, defaults ... as
# Port Alder's crisis rolls on") is about that other's story, told in the same field's words:
# its whole combined value counts at most ``_RIVAL_CAP``. The same idea as the elsewhen cap, for
# actors instead of times. Measured on bench.stories (leave one story out, development figures):
# at 6 words it turns down one look-alike of one story and no follow-up of any (3: none; 10: the
# same as 6).
_KIND_REACH = 6
_RIVAL_CAP = _ACTORS_CAP
# The mirror of an undated article dated later by its text (:meth:`eventtime.Times.refers_back`):
# an undated article whose text dates nothing later than a month and year well before the event
# ("in March 2027", the latest it names) tells an earlier episode (the same line's closure and
# reopening years before its collapse); its whole combined value counts at most this. Bare
# years do not date it (a follow-up recounts a company's founding year, a festival's
# previous edition). Measured on bench.stories (development figures): four undated cases of the six
# stories date themselves so, all look-alikes, one of them let through before.
_EARLIER_CAP = _ACTORS_CAP
# A storyline is its central actor acting on what the baseline's headline has it act on ("Brask
# wants Ostland to stop smugglers"): an article whose whole text never says that actor
# (:attr:`Match.absent`) tells what the others do on their own ground (Brask's own rules on
# smugglers), the field the storyline sits in; its whole combined value counts at most this.
_ABSENT_CAP = _ACTORS_CAP
# So is an article whose headline names the one who asks and never the actor, and whose text
# names the actor this often or less, and the asker more often (:attr:`Match.in_passing`): the
# asker's own rules, the actor a place they touch ("the Ostland border"). Development figures
# (bench/judgement, session 24): once turns down two look-alikes and no follow-up; the nearest
# follow-up names actor and asker once each (twice, with the asker as often, turns down one
# look-alike more and that follow-up).
_PASSING = 1
_NAMED_NUMBER = re.compile(r"[^\W\d_]+ \d{1,4}")  # "line 7", "flight 370": a word and its number
_NAME_PATTERNS_CACHED = 256  # the numbered terms' words of every story, as names

_SHORTEST_NUMBERED = 4  # a shorter word has no other number here ("bus", "gas", "tax")
_VOWELS = frozenset("aeiouáéíóú")
# The headline's concepts (:attr:`StoryModel.concepts`): its words of three letters or more that
# are no function word and less common than this (Zipf): "wants", "trying", "live", "show" frame
# a headline in any story; "iceland", "bay", "storm" are what this one is about, however
# common (they are never weighted by rarity). Measured leave one story out (bench.stories) with
# 5.0, 5.3 and 5.5: 5.0 the best mean (5.5 keeps "wants" and "trying" of the mission's headline).
_CONCEPT_COMMON = 5.0
# Where an article says what it is about: its headline and first paragraph (headline alone, or
# with three paragraphs: a worse leave-one-out mean).
_CONCEPT_PARAGRAPHS = 1
# Word-vector cosine at which two words say one concept (fishing ~ fishermen 0.78, icelandic ~
# iceland 0.97, farming ~ farmers 0.74; stop ~ halt 0.61, cod ~ fish 0.34). 0.8 measured the same.
_CLOSE_WORD = 0.7
# A word of the concept's own family says it at a lower cosine: one that begins with the same
# letters, this many, once an assimilated prefix is set aside ("im-migrants", "migration";
# "rescue", "rescuers"), and whose vector is this close. Their vectors often fall short of
# _CLOSE_WORD (immigrants ~ migration 0.56, rescue ~ rescued 0.54, electricity ~ electrical
# 0.65), while words that only begin alike read far apart (protest ~ protection 0.07, underway
# ~ underground 0.41, households ~ houses 0.46). Development figures (session 23): no bar at all
# also let those in; 0.5 keeps every family pair of the six stories and the mission's cases.
_FAMILY_STEM = 5
_CLOSE_FAMILY = 0.5
_ASSIMILATED = frozenset({"im", "in", "il", "ir"})
_WORD_VECTORS_CACHED = 1 << 14  # words whose vectors are kept: the openings of many articles
_WRITTEN_CACHED = 1 << 12  # word sequences whose reading _said keeps (leads, headlines, words)
# Words whose other number is kept: every story's concepts, looked for in every article's lead.
_NUMBERS_CACHED = 1 << 14
# Concepts said that count nothing: one concept alone is the field (the country of a trade
# dispute, the bay of another fleet's catch); the story is their conjunction.
_CONCEPTS_FREE = 1
_CASED_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['-][A-Za-z\u00c0-\u024f]+)*")
# The words a country's own press names it by without its name ("el gobierno federal", "la
# Policía Nacional", "el Instituto Nacional de Estadística"), as an article's words read once
# brought into the model's language (monitor.crosslingual: "nacional" is "national").
_HOME_WORDS = frozenset({"national", "federal", "nationwide"})
# Nouns that name it after a definite article ("el país", "del país": "el country").
_HOME_NOUNS = frozenset({"country", "nation"})
_DEFINITE = frozenset({"el", "del", "al", "the", "this"})
# A wire dateline: the place in capitals, then a comma, the agency in brackets or a dash.
_DATELINE = re.compile(r"([A-Z][A-Z .'-]*?)(?:,| \(| \u2014| -)")
# Another country of the article's language named this often or less says where people come
# from or go ("turistas de Norland y de Sudland"), not whose press it is.
_ORIGINS_NAMED = 1
_SPANISH_MARKERS = frozenset(["el", "la", "los", "las", "del", "que", "por", "para", "una", "con"])


@dataclass(frozen=True)
class StoryModel:
    """The story's rare words and phrases (a phrase is two words joined by a space) with their
    weights, and the language they were weighed in."""

    language: str
    terms: Mapping[str, float] = field(default_factory=dict)
    # The cosine of the baseline's own headline and first paragraph against ``terms``: what
    # an article that is plainly about the story scores (1.0 when unknown).
    calibration: float = 1.0
    # The baseline's headline and opening paragraphs, for the dense similarity.
    opening: str = ""
    # The share of ``terms``' weight the baseline's own headline carries: what an article's
    # headline share is measured against (:attr:`Match.headline`), as the cosine is against
    # ``calibration`` (1.0 when unknown).
    headline_share: float = 1.0
    # The baseline's day: the event's time, which later follow-ups refer back to.
    event: date | None = None
    # Its actors: terms that are names in the baseline's text (written capitalised wherever
    # a sentence uses them) and that its headline does not name. The headline names what the
    # event is (a developer in default, a bridge); the names only its text carries are people
    # and bodies that have other business too (a minister, a department, a nationality).
    actors: frozenset[str] = frozenset()
    # The terms its headline names (sharing a word with it): what the event is. An article
    # may write them in the other number ("the barrier's float" of "river floats"), and
    # matches them so (:attr:`forms`).
    named: frozenset[str] = frozenset()
    # The headline's concepts: its content words, whatever their rarity ("Minister wants Iceland
    # to stop fishermen crossing into the bay": minister, iceland, fishermen, crossing, bay). A
    # follow-up of a storyline says several of them at once, often in other words (Icelandic,
    # fishing).
    concepts: tuple[str, ...] = ()
    # The concept its baseline's text says most often (as written or in its other number):
    # what the story dwells on (the country of "Minister wants Iceland to stop fishermen
    # crossing into the bay", when its text names it more than the fishermen or the bay); None
    # when none is said more often than every other (a short baseline naming each once or twice).
    central: str | None = None
    # When the central concept is a name the baseline's text writes as one, and its headline
    # says what it is with a concept beside it ("developer" of "indebted developer Port Alder
    # Group"): that concept, the kind of actor the story is about; else None.
    kind: str | None = None
    # When the central concept is a name the baseline's text writes as one (an actor: a country,
    # a company, a person), the concepts its headline says after it: what the baseline has that
    # actor act on ("smugglers" and "crossing" of "Councillor Brask wants Ostland to stop
    # smugglers crossing the river"); () otherwise (:attr:`Match.relates`).
    acted_on: tuple[str, ...] = ()
    # The names the baseline writes (its text's names and its headline's words): an article's
    # name outside them is someone the baseline does not know (:func:`_rival`).
    known: frozenset[str] = frozenset()

    @property
    def total(self) -> float:
        return sum(self.terms.values())

    # Worked out once per model, not once per article it is matched with (``terms`` is never
    # changed in place: adaptation builds a new model with ``dataclasses.replace``).
    @functools.cached_property
    def norm(self) -> float:
        return math.sqrt(sum(v * v for v in self.terms.values()))

    def across(self, language: str, rules: str) -> StoryModel:
        """The model as an article of another language is matched with: its terms in
        ``language``, each word brought there as a word of ``rules`` would be
        (:func:`crosslingual.counterpart`), accents folded, weights kept ("inés ródenas" of an
        English baseline is "Inés Ródenas" or "Ines Rodenas" in a Spanish article, "ines
        rodenas" once brought across). An English model is read with the Spanish rules too:
        its English words stay as they are (no rewriting makes them commoner English words),
        and the Spanish terms it learned from Spanish follow-ups ("nacional") are brought
        across as a Spanish article's words are ("national")."""
        brought = self._across.get((language, rules))
        if brought is None:
            terms: dict[str, float] = {}
            for term, weight in self.terms.items():
                key = _brought(term, language, rules)
                terms[key] = max(terms.get(key, 0.0), weight)
            brought = replace(
                self,
                terms=terms,
                actors=frozenset(_brought(t, language, rules) for t in self.actors),
                named=frozenset(_brought(t, language, rules) for t in self.named),
                concepts=tuple(dict.fromkeys(_brought(w, language, rules) for w in self.concepts)),
                central=_brought(self.central, language, rules) if self.central else None,
                acted_on=tuple(dict.fromkeys(_brought(w, language, rules) for w in self.acted_on)),
            )
            self._across[language, rules] = brought
        return brought

    @functools.cached_property
    def forms(self) -> Mapping[str, tuple[str, ...]]:
        """The terms an article may write otherwise, and how: a term the headline names, in
        the other number (each other term is matched as it is).

        Measured leave one story out (bench.stories): the other number for the headline's
        terms only lifts two stories (F1 0.886 -> 0.960 and 0.949 -> 0.967) and moves no
        other; for every term, it makes the field's words match more look-alikes too (a
        grid story's blackouts and outages), and the folds tune worse weights (mean
        held-out F1 0.879 -> 0.826)."""
        # In the terms' order, not ``named``'s: a frozenset's order follows the process's string
        # hashing, and :meth:`weight_in` sums these terms' weights in this order (as
        # :func:`_covered` lists them, ties of equal weight in it).
        return {t: _in_other_number(t) for t in self.terms if t in self.named}

    @functools.cached_property
    def numbered(self) -> tuple[tuple[str, str], ...]:
        """The terms its headline names that are a word and a number ("line 7", "route 9"),
        as (word, number): what tells the event from others of its kind (the metro's other
        lines, the airline's other flights)."""
        return tuple(
            (word, number)
            for word, number in (
                t.split(" ") for t in sorted(self.named) if _NAMED_NUMBER.fullmatch(t)
            )
        )

    @functools.cached_property
    def told_by_time(self) -> bool:
        """Whether its headline gives the event no name of its own: no term it names is a name
        (every word of it written capitalised wherever the baseline's opening uses it past a
        sentence's first word) and none is numbered. Such an event ("a massive ice storm drives
        demand for electricity") is one of its kind, told from the next by its time; one the
        headline names ("Harbour Street Bridge", "Port Alder", "line 7") is told by its name,
        and its follow-ups may go on for years without looking back (a storyline)."""
        if self.numbered or not self.opening:
            return False
        _, _, text = self.opening.partition("\n")
        names = {fold(w) for w in _names(text)}
        return not any(
            all(fold(w) in names for w in words)
            for words in ([w for w in t.split(" ") if not w.isdigit()] for t in self.named)
            if words
        )

    @functools.cached_property
    def written(self) -> frozenset[str]:
        """Every way of writing every term."""
        return frozenset(self.terms).union(*self.forms.values())

    def weight_in(self, theirs: Mapping[str, float]) -> float:
        """The dot product of the model's weights with an article's (``theirs``), each term
        met in the first of its ways an article writes."""
        dot = sum(v * theirs[k] for k, v in self.terms.items() if k in theirs)
        for term, others in self.forms.items():
            if term not in theirs:
                # A plain loop, not a generator per term: a term written no other way adds
                # nothing (0.0) and is passed over.
                for other in others:
                    if other in theirs:
                        dot += self.terms[term] * theirs[other]
                        break
        return dot

    @functools.cached_property
    def _across(self) -> dict[tuple[str, str], StoryModel]:
        return {}


def language_of(text: str) -> str:
    """ "es" when Spanish function words make up a good share of the text, else "en"."""
    words = tokens(text)
    if not words:
        return "en"
    share = sum(1 for w in words if w in _SPANISH_MARKERS) / len(words)
    return "es" if share > 0.06 else "en"


def build_model(title: str, text: str, published: date | None = None) -> StoryModel:
    """The model of a story from its baseline's headline and text (and its date, the
    event's time, when known)."""
    language = language_of(title + "\n" + text)
    headline = frozenset(tokens(title))
    paragraphs = split_paragraphs(text)
    lead = "\n".join(paragraphs[:_LEAD_PARAGRAPHS])
    weights = term_weights(language, ((title, _TITLE_WEIGHT), (lead, 1)))
    top = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:_TOP])
    opening = paragraphs[0] if paragraphs else ""  # a headline alone is a model too
    first = term_weights(language, ((title, _ARTICLE_TITLE_WEIGHT), (opening, 1)))
    calibration = _cosine(first, top) if paragraphs else 0.0
    model = StoryModel(
        language=language,
        terms=top,
        calibration=round(calibration, 4) if calibration > 0 else 1.0,
        opening=_opening(title, text),
        event=published,
        actors=_actors(top, title, lead),
        named=frozenset(t for t in top if not headline.isdisjoint(t.split(" "))),
        concepts=_concepts(title, language),
        central=_central(_concepts(title, language), text),
    )
    names = frozenset(without_possessive(w) for w in _names(text))
    model = replace(
        model,
        kind=_kind(model, title, names),
        known=names | {without_possessive(w) for w in tokens(title)},
        acted_on=_acted_on(model, names),
    )
    own, _ = _covered(model, _phrased(tokens(title), None))
    return replace(model, headline_share=round(own, 4)) if own > 0 else model


def _concepts(title: str, language: str) -> tuple[str, ...]:
    """The headline's content words (:attr:`StoryModel.concepts`), in its order."""
    return tuple(
        dict.fromkeys(
            w for w in tokens(title) if _is_content(w) and zipf(w, language) < _CONCEPT_COMMON
        )
    )


def _central(concepts: tuple[str, ...], text: str) -> str | None:
    """The concept the text says more often than any other (:attr:`StoryModel.central`)."""
    said = Counter(without_possessive(w) for w in tokens(text))
    counts = sorted(
        ((said[c] + sum(said[o] for o in _other_number(c)), c) for c in concepts), reverse=True
    )
    if not counts or counts[0][0] == 0 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


def _acted_on(model: StoryModel, names: frozenset[str]) -> tuple[str, ...]:
    """The headline's concepts after the central one, when that is a name of the baseline's
    text (:attr:`StoryModel.acted_on`)."""
    central = model.central
    if central is None or central not in names:
        return ()
    return model.concepts[model.concepts.index(central) + 1 :]


def _kind(model: StoryModel, title: str, names: frozenset[str]) -> str | None:
    """The headline concept beside the central one in the baseline's headline, when the
    central concept is a name of the baseline's text (:attr:`StoryModel.kind`)."""
    central = model.central
    if central is None or central not in names:
        return None
    words = [without_possessive(w) for w in tokens(title)]
    forms = {central, *_other_number(central)}
    for i, word in enumerate(words):
        if word in forms:
            for j in (i - 1, i + 1):
                if 0 <= j < len(words) and words[j] in model.concepts and words[j] not in forms:
                    return words[j]
    return None


def _rival(model: StoryModel, article: _Article) -> str | None:
    """Another actor of the baseline's kind the article is about (:attr:`Match.rival`): a name
    of its text the baseline never writes, named more often than the central concept (either
    number) and before it, and within ``_KIND_REACH`` words of the kind in the article's
    headline or opening; None when there is none (or the model has no kind, or the article
    never names the central concept)."""
    if model.kind is None or model.central is None:
        return None
    words = [without_possessive(w) for w in article.words]
    forms = {model.central, *_other_number(model.central)}
    central = sum(1 for w in words if w in forms)
    if not central:  # nothing to be named instead of: "another" of the kind is unknown
        return None
    first = next(i for i, w in enumerate(words) if w in forms)
    lead = [without_possessive(w) for w in article.recall_words]
    kinds = {model.kind, *_other_number(model.kind)}
    at_kind = [i for i, w in enumerate(lead) if w in kinds]
    if not at_kind:
        return None
    others = {without_possessive(w) for w in _names(article.text)} - model.known - forms
    counted = Counter(w for w in words[:first] if w in others)
    for name, _ in counted.most_common():
        if sum(1 for w in words if w == name) > central and any(
            abs(i - k) <= _KIND_REACH for i, w in enumerate(lead) if w == name for k in at_kind
        ):
            return name
    return None


def without_possessive(word: str) -> str:
    """The word without its possessive ending ("city's", "city\u2019s": "city")."""
    return word.removesuffix("'s").removesuffix("\u2019s")


def _is_content(word: str) -> bool:
    """A word that can say what a text is about: three letters or more, letters only, no
    function word."""
    return word not in STOPWORDS and len(word) >= 3 and word.isalpha()


def _said(concepts: Iterable[str], words: Iterable[str], *, by_vector: bool) -> tuple[str, ...]:
    """The concepts the words say: each concept written as it is, in its other number, or (when
    ``by_vector``) as a word whose vector is close to its own (icelandic ~ iceland, fishing ~
    fishermen). A possessive says its word ("Iceland's patrols" say iceland, as
    :func:`_central` counts it; session 21: one more development follow-up relates, no
    development story's decision moves)."""
    written, content, candidates = _written(words if isinstance(words, tuple) else tuple(words))
    said = []
    unmet = []
    for concept in concepts:
        if concept in written or not written.isdisjoint(_other_number(concept)):
            said.append(concept)
        else:
            unmet.append(concept)
    if unmet and by_vector:
        for concept in unmet:
            if any(_close(concept, w) for w in candidates) or any(
                _of_family(concept, w) for w in content
            ):
                said.append(concept)
    return tuple(c for c in concepts if c in said)


@functools.lru_cache(maxsize=_WRITTEN_CACHED)
def _written(words: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """What :func:`_said` reads of some words, kept: an article's lead is asked for concepts
    by every configured story's model (50 stories: the same words 50 times). The words without
    possessives; those of them that can say a concept (:func:`_is_content`); and those in either
    number, as each is compared with a concept (a singular may read just under the bar against
    a plural concept that its plural reads over: a cosine moves with the number, not the
    concept)."""
    written = frozenset(without_possessive(w) for w in words)
    content = tuple(w for w in written if _is_content(w))
    return written, content, tuple(f for w in content for f in (w, *_other_number(w)))


def _of_family(concept: str, word: str) -> bool:
    """Whether the word is of the concept's family (:data:`_FAMILY_STEM`): the same first
    letters, once an assimilated prefix is set aside, and vectors close enough
    (:data:`_CLOSE_FAMILY`)."""
    stem, other = _unprefixed(concept), _unprefixed(word)
    return (
        len(stem) > _FAMILY_STEM
        and len(word) > _FAMILY_STEM
        and other[:_FAMILY_STEM] == stem[:_FAMILY_STEM]
        and float(_word_vector(concept) @ _word_vector(word)) >= _CLOSE_FAMILY
    )


def _unprefixed(word: str) -> str:
    """The word without an assimilated prefix, one whose consonant doubles the stem's first
    ("im-migrants", "in-novation", "il-legal", "ir-regular"): the rest begins the stem."""
    if len(word) > _FAMILY_STEM and word[:2] in _ASSIMILATED and word[2] == word[1]:
        return word[2:]
    return word


def says_concept(model: StoryModel, term: str) -> bool:
    """Whether a term is a word of one of the baseline headline's concepts' families (its same
    first letters and a close vector: "migrants" for "immigrants"), which the model already
    reads as the concept: learned, it would count the concept twice. (Its other number and
    close vectors are left to be learned: "buoy" for "buoys" lifts the buoys' follow-ups.)"""
    words = term.split()
    return len(words) == 1 and any(
        words[0] != c and _of_family(c, words[0]) for c in model.concepts
    )


def concepts_said(model: StoryModel, title: str, text: str) -> tuple[str, ...]:
    """What an article says of the baseline's headline: the headline's concepts its headline
    and first paragraph say, as :func:`match` finds them with its word vectors, and then one of
    the headline's rare terms (:attr:`StoryModel.named`, "harbour street") it carries anywhere, when
    that term is not one of those concepts (an article of the other language brought across
    first)."""
    model, article, _ = _read(model, title, text)
    said = _said(model.concepts, _lead_of(model, article).words, by_vector=True)
    _, found = _covered(model, article.present)
    named = [t for t in found if t in model.named and set(said).isdisjoint(t.split(" "))]
    return said + tuple(named[:1])


def says_central(model: StoryModel, title: str, text: str) -> bool:
    """Whether the article's headline and first paragraph say the baseline's central concept
    (:attr:`StoryModel.central`), as :func:`concepts_said` finds concepts; True when the
    baseline has none."""
    model, article, _ = _read(model, title, text)
    if model.central is None:
        return True
    return bool(_said((model.central,), _lead_of(model, article).words, by_vector=True))


def _close(a: str, b: str) -> bool:
    return float(_word_vector(a) @ _word_vector(b)) >= _CLOSE_WORD


@functools.lru_cache(maxsize=_WORD_VECTORS_CACHED)
def _word_vector(word: str) -> Any:
    return dense.model().embed([word], norm=True)[0]


def _brought(term: str, language: str, rules: str) -> str:
    """The term with each word brought into ``language`` as a word of ``rules`` would be."""
    return " ".join(crosslingual.counterpart(w, rules, language) for w in term.split(" "))


def _in_other_number(term: str) -> tuple[str, ...]:
    """The term with one or more of its words in the other grammatical number."""
    options = [(w, *_other_number(w)) for w in term.split(" ")]
    return tuple(" ".join(words) for words in itertools.product(*options))[1:]


@functools.lru_cache(maxsize=_NUMBERS_CACHED)
def _other_number(word: str) -> tuple[str, ...]:
    """The word's singular if it looks plural, else its plurals, as English and Spanish
    write them ("floats" / "float", "líneas" / "línea", "crashes" / "crash", "cities" /
    "city"); names with apostrophes or figures have none."""
    if len(word) < _SHORTEST_NUMBERED or not word.isalpha():
        return ()
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return (word[:-2], word[:-1])
    if word.endswith("s"):
        return () if word.endswith("ss") else (word[:-1],)
    if word.endswith("y") and word[-2] not in _VOWELS:
        return (word + "s", word[:-1] + "ies")
    if word[-1] not in _VOWELS:
        return (word + "s", word + "es")
    return (word + "s",)


def _actors(terms: Iterable[str], title: str, text: str) -> frozenset[str]:
    """The terms that are names in ``text`` and share no word with ``title``: every word of
    the term is written capitalised wherever a sentence uses it past its first word (a
    sentence's first word is capitalised whatever it is), and at least once so."""
    names = _names(text)
    headline = set(tokens(title))
    return frozenset(
        term for term in terms if all(w in names and w not in headline for w in term.split(" "))
    )


def _names(text: str) -> set[str]:
    """The words (lower case) the text writes capitalised wherever a sentence uses them past its
    first word (a sentence's first word is capitalised whatever it is), and at least once so."""
    capitalised: set[str] = set()
    lowercase: set[str] = set()
    for sentence in split_sentences(text):
        for word in _CASED_WORD.findall(normalise(sentence))[1:]:
            (capitalised if word[0].isupper() else lowercase).add(word.lower())
    return capitalised - lowercase


def term_weights(
    language: str, parts: Iterable[tuple[str, int]], *, source: str | None = None
) -> dict[str, float]:
    """The rare words and phrases of some text, each weighted by its rarity in ``language``
    and by how often it occurs (a part counts its given number of times).

    ``source``, the text's own language, when its words are to be brought into ``language``
    (:func:`crosslingual.counterpart`: accents folded, and cognates where ``crosslingual``
    knows the pair): each word becomes its counterpart there, weighed by its rarity in
    ``source``."""
    return _weighted(language, ((tokens(part), weight) for part, weight in parts), source)


def _weighted(
    language: str, parts: Iterable[tuple[Iterable[str], int]], source: str | None
) -> dict[str, float]:
    """:func:`term_weights` of parts already split into words (``tokens``)."""
    words_counted: Counter[str] = Counter()
    phrases: Counter[tuple[str, str]] = Counter()
    rarity: dict[str, float] = {}
    for part, weight in parts:
        words = [None if w in STOPWORDS else w for w in part]
        if source is not None:
            words = [_bring(w, source, language, rarity) for w in words]
        # Counted per part, in the order first met: the same counts, in the same order, as
        # adding ``weight`` once per occurrence.
        for word, n in Counter(words).items():
            if word is not None:
                words_counted[word] += n * weight
        for (a, b), n in Counter(itertools.pairwise(words)).items():
            if a is not None and b is not None:
                phrases[a, b] += n * weight
    if source is None:
        rarity = _rarity(language, words_counted)
    weights: dict[str, float] = {}
    # The conditions in their cheapest order (none has a side effect), and each count's
    # growth worked out once per count: a page has ~1,000 words and phrases to weigh.
    growth: dict[int, float] = {}
    for word, n in words_counted.items():
        r = rarity[word]
        if r > 0 and len(word) >= 3 and not _has_digit(word):
            if n not in growth:
                growth[n] = 1 + math.log(n)
            weights[word] = round(r * growth[n], 3)
    for (a, b), n in phrases.items():
        ra, rb = rarity[a], rarity[b]
        # A phrase counts when both words are rare, or one is a short number beside a rare
        # word: "harbour street", "línea 9"; not "said monday".
        if (ra <= 0 or rb <= 0) and not (a.isdigit() or b.isdigit()):
            continue
        if _has_digit(a) and _has_digit(b):  # "5 40" of "5:40 p.m.": a time, no name
            continue
        value = (ra + rb) / _PHRASE_DAMPING
        if value > 0:
            if n not in growth:
                growth[n] = 1 + math.log(n)
            weights[f"{a} {b}"] = round(value * growth[n], 3)
    return weights


def _bring(word: str | None, source: str, language: str, rarity: dict[str, float]) -> str | None:
    """The word's counterpart in ``language``, its rarity noted: the word's own in ``source``.

    Measured against the counterpart's rarity in ``language`` (which would keep weights
    comparable with the model's, but weighs every word without a cognate, "frontera", as a
    rare English one): the mission's tune split without lexicon accepts 0 of its 3 Spanish 2021
    follow-ups instead of 3, and a development story's Spanish press (bench.crosslingual) scores
    F1 0.400 instead of 0.857; the higher of the two 3 of 3 and 0.500, the lower 3 of 3 and
    0.800."""
    if word is None:
        return None
    there = crosslingual.counterpart(word, source, language)
    rarity[there] = max(rarity.get(there, 0.0), _word_rarity(word, source))
    return there


# Each language's words' rarities as met: a plain dict, emptied when it holds
# _RARITIES_CACHED words: an lru_cache's look-up costs twice as much (the words of the 310 of
# 500 captured pages some model shares a term with: 64 / 32 ms). The rarity is pure: what is
# kept, and when it is let go, changes no value.
_RARITIES: dict[str, dict[str, float]] = {}


def _rarity(language: str, words: Collection[str]) -> dict[str, float]:
    known = _RARITIES.get(language)
    if known is not None:
        try:
            return {word: known[word] for word in words}
        except KeyError:  # a word met for the first time
            pass
    return {word: _word_rarity(word, language) for word in words}


def _word_rarity(word: str, language: str) -> float:
    known = _RARITIES.setdefault(language, {})
    rarity = known.get(word)
    if rarity is None:
        if len(known) >= _RARITIES_CACHED:
            known.clear()
        rarity = known[word] = _rarity_of(word, language)
    return rarity


def _rarity_of(word: str, language: str) -> float:
    if _has_digit(word):  # figures change from report to report; "Line 9" does not
        return _SHORT_NUMBER if word.isdigit() and len(word) <= 3 else 0.0
    return max(0.0, _COMMON - zipf(word, language))


def _has_digit(word: str) -> bool:
    # A word of letters alone (most words) has no digit: no regular expression needed.
    return not word.isalpha() and DIGIT.search(word) is not None


def coverage(model: StoryModel, title: str, text: str) -> tuple[float, list[str]]:
    """The share of the model's weight an article carries, and the terms it carries,
    heaviest first (as :func:`match` reads it: an article of the other language is brought
    across, and the terms are then named as the shared language writes them)."""
    model, article, _ = _read(model, title, text)
    return _covered(model, article.present)


def _read(model: StoryModel, title: str, text: str) -> tuple[StoryModel, _Article, str | None]:
    """The model and the article in one language, and the article's own language when it is
    not the model's."""
    source = _language(title, text)
    if source == model.language:
        return model, _article(model.language, None, title, text), None
    # Another language: brought into one of the two (crosslingual's rules say which way),
    # accents folded on both sides; the article weighed in its own language.
    into, rules = _across_of(model, source)
    return model.across(into, rules), _article(into, source, title, text), source


def _across_of(model: StoryModel, source: str) -> tuple[str, str]:
    """The language an article of ``source`` and the model are read in, and the rules the
    words are brought there by (``StoryModel.across``'s arguments)."""
    into = source if crosslingual.supported(model.language, source) else model.language
    return into, model.language if into == source else source


def one_name(model: StoryModel, among: Iterable[str], title: str, text: str) -> frozenset[str]:
    """The model's terms of ``among`` that make the heaviest name the article carries: the
    heaviest of them it carries and every other it carries sharing a word with it ("claudia
    ruiz" beside "ruiz"), as the model writes them (whatever the article's language)."""
    wanted = set(among)
    _, article, source = _read(model, title, text)
    across = None if source is None else _across_of(model, source)
    read = {t: (_brought(t, *across) if across else t) for t in model.terms if t in wanted}
    carried = [t for t, key in read.items() if key in article.present]
    if not carried:
        return frozenset()
    heaviest = max(carried, key=lambda t: model.terms[t])
    words = set(fold(read[heaviest]).split())
    return frozenset(t for t in carried if words & set(fold(read[t]).split()))


def _phrased(words: Sequence[str], across: tuple[str, str] | None) -> frozenset[str]:
    """A text's words (``tokens``) and two-word phrases; ``across`` (its language, the
    model's), as the model's language writes them."""
    if across is not None:
        words = [crosslingual.counterpart(w, *across) for w in words]
    return frozenset(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def _covered(model: StoryModel, present: frozenset[str]) -> tuple[float, list[str]]:
    found = [t for t in model.terms if t in present]
    found += [
        t
        for t, others in model.forms.items()
        if t not in present and not present.isdisjoint(others)
    ]
    found.sort(key=lambda t: -model.terms[t])
    total = model.total
    return (sum(model.terms[t] for t in found) / total if total else 0.0), found


def score(coverage_share: float) -> float:
    """Coverage as a 0-1 score that crosses the default threshold (0.56) at
    ``COVERAGE_AT_THRESHOLD``."""
    return _to_score(coverage_share, COVERAGE_AT_THRESHOLD)


@dataclass(frozen=True)
class Weights:
    """How :func:`combined` weighs a match, and the combined value at which an article is
    as likely a follow-up as not (it then scores the default threshold)."""

    headline: float = 0.9
    dense: float = 0.2
    at_threshold: float = 0.42
    time: float = 0.0  # added when a late article refers back to the event's time
    # Times the share of the headline's concepts (past the first) the article's headline and
    # first paragraph say (:attr:`Match.concept_share`).
    concepts: float = 0.2
    # Added when a sentence of its headline or first paragraph says the central concept and,
    # after it, a concept the baseline's headline says after it (:attr:`Match.relates`). The
    # folds of bench.stories cannot choose it: none of the six development stories has a central
    # concept that is a name with concepts after it. Chosen on the mission's `tune` cases
    # (bench/judgement, no lexicon): F1 0.768 at 0, 0.804 at 0.1, 0.881 at 0.15, 0.891 from 0.2
    # to 0.4 with the same five false alarms; the least value of that plateau (session 20).
    relation: float = 0.2


# Chosen leaving one story out on the six development stories (bench/stories): tuned on five
# stories, minimising their summed detection cost, these were the choice of four folds out of six
# (and of tuning on all six) on the texts rebuilt in session 18, with the headline share measured
# against the baseline's own headline's. (Session 12-17: headline 3 on the share itself, dense
# 0.3, time 0.1, concepts 0, threshold 0.45.)
DEFAULT_WEIGHTS = Weights()


@dataclass(frozen=True)
class Match:
    """What an article shares with the story model (see the module's docstring)."""

    cosine: float  # normalised by the model's calibration: about 1 for the baseline's opening
    # The share of the model's weight its headline carries, against the baseline's own
    # headline's (:attr:`StoryModel.headline_share`): about 1 for a headline that names what
    # the baseline's did. (Until session 18 the share itself: a story whose baseline's headline
    # carries a small share of its model, 0.12-0.16 for two of the six development stories
    # against 0.42 for another, gained little from a follow-up's headline.)
    headline: float
    dense: float | None  # None when not computed
    found: tuple[str, ...]  # the model's terms the article carries, heaviest first
    in_headline: tuple[str, ...]  # those of its headline, heaviest first
    # Published weeks after the event, it names the event's time (None: too early to tell,
    # or a date is missing).
    refers_back: bool | None = None
    # The article's language when it is not the model's: both were brought into one.
    across: str | None = None
    # Every term it shares is one of the model's actors (:attr:`StoryModel.actors`): it
    # names the story's people, not its event: the same people on other business.
    actors_only: bool = False
    # The headline's concepts its headline and first paragraph say (:func:`_said`), of how
    # many the headline has; () when not looked for.
    concepts: tuple[str, ...] = ()
    concepts_of: int = 0
    # Another of the event's kind that its text names more often than the event itself ("line
    # 4" of a story whose headline names "line 7"; :func:`_of_its_kind`), or None.
    another: str | None = None
    # The term of the model's headline it stands beside ("line 7").
    instead_of: str | None = None
    # The numbered term of the model's headline that its text writes as a name again and again,
    # naming no other of its kind more often (:func:`_of_its_kind`), or None.
    repeats: str | None = None
    # Published weeks after an event its baseline's headline gives no name of its own
    # (:attr:`StoryModel.told_by_time`), it names none of the event's time, or its own time more
    # often (:meth:`eventtime.Times.name`): another of its kind.
    elsewhen: bool = False
    # For such an event, the time's word and the headline's concept beside it that its headline
    # or opening names the event by ("february storm"), or None: taken for a follow-up.
    recalls: str | None = None
    # Another actor of the baseline's kind its text names more often than the central concept
    # (then ``instead_of``), and first, beside the kind ("harrow, another developer" of a story
    # about developer Port Alder; :func:`_rival`), or None: another actor's story.
    rival: str | None = None
    # Undated, the latest month its text dates anything to, when that is well before the event
    # (an earlier episode), or None.
    earlier: date | None = None
    # A sentence of its headline or first paragraph says the baseline's central concept and,
    # after it, a concept its headline says after the central one (:func:`_relates`): the
    # story's actor acting on what the baseline has it act on ("Ostland breaks up a smuggling
    # ring" of "Brask wants Ostland to stop smugglers"), not merely both in one text: the two
    # ("ostland ... smugglers"), or None.
    relates: str | None = None
    # Its headline carries the model's terms, but its headline and first paragraph never say
    # the central actor of a storyline (:func:`_off_centre`): its headline share (``headline``)
    # was set to 0. That actor, or None.
    off_centre: str | None = None
    # Written in the language of the country that is the storyline's central actor, not the
    # baseline's, it is that country's own press, which names the country as "the country",
    # "national", "federal" (:func:`_lead_of`): that actor, read so; else None.
    home: str | None = None
    # A storyline's central actor (:attr:`StoryModel.acted_on`) that its whole text never says,
    # in any of its forms (:func:`_absent`): the field the story's asker acts in, not the
    # storyline; else None.
    absent: str | None = None
    # That actor, when its headline says the one who asks in the baseline's headline and never
    # the actor, and its text says the actor at most once, the asker more often
    # (:func:`_in_passing`): the asker's own business; else None.
    in_passing: str | None = None
    # Of ``concepts_of``, the concepts the baseline's headline says before a storyline's
    # central actor (the one who asks, :func:`_askers`): the storyline is the actor acting on
    # what is asked, told without the asker as often as with it (the asker changes: a new
    # government asks). The share needs none of them; one said counts as any other concept.
    askers: tuple[str, ...] = ()

    @property
    def concept_share(self) -> float:
        """The share of the headline's concepts it says, past the first (which counts nothing:
        one concept alone is the story's field, not the story); of a storyline, the share of
        its own concepts, the asker's left out (``askers``), at most 1."""
        beyond = self.concepts_of - len(self.askers) - _CONCEPTS_FREE
        said = max(0, len(self.concepts) - _CONCEPTS_FREE)
        return min(1.0, said / beyond) if beyond > 0 else 0.0


_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


def match(
    model: StoryModel,
    title: str,
    text: str,
    *,
    with_dense: bool | None = None,
    weights: Weights = DEFAULT_WEIGHTS,
    published: date | None = None,
) -> Match:
    """How the article's headline and text match the model. The dense similarity (which
    loads the static embeddings, once per process) is computed when ``with_dense`` is True,
    never when False, and by default only when it can change the decision at ``weights``:
    an article whose words put it further below the threshold than the dense similarity
    can lift it is not a follow-up whatever it says, and most of a feed's articles are such.

    What depends on the article alone (its terms, their norm) is kept for the next stories
    of the same language: with many stories, an article is read once, not once per story.
    ``published`` (the article's date) tells whether it is late enough to refer back to the
    event's time (:attr:`Match.refers_back`)."""
    model, article, across = _read(model, title, text)
    lead: _Lead | None = None
    if with_dense is not True and model.written.isdisjoint(article.present):
        lead = _unshared_but_acting(model, article)
        if lead is None:
            # Nothing of the story's: the same zero match as below, without its arithmetic
            # (with many stories, most articles share nothing with most of them).
            return Match(0.0, 0.0, None, (), (), across=across)
    back = article.times.refers_back(model.event, published) if model.event is not None else None
    another, instead_of, repeats = (
        _of_its_kind(model, article) if model.numbered else (None, None, None)
    )
    elsewhen = back is False and model.told_by_time
    recalls = None
    if model.told_by_time and model.event is not None and not elsewhen:
        own = eventtime.day_of(published) if published is not None else article.times.latest
        beside = eventtime.named_beside(article.recall_words, model.event, own, model.concepts)
        recalls = " ".join(beside) if beside is not None else None
    # Read in the model's language only: a name and its kind are not brought across. Another
    # of the event's kind caps it as much, and keeps what it names instead (its reason's).
    rival = _rival(model, article) if across is None and another is None else None
    if rival is not None:
        rival, instead_of = f"{rival}, another {model.kind}", model.central
    earlier = _earlier(model.event, article.times) if published is None else None
    _, found = _covered(model, article.present)
    headline_share, in_headline = (
        (0.0, [])
        if model.written.isdisjoint(article.headline)
        else _covered(model, article.headline)
    )
    theirs = article.weights
    dot = model.weight_in(theirs)
    norm = article.norm * model.norm
    cosine = round((dot / norm if norm else 0.0) / model.calibration, 4)
    headline = round(headline_share / model.headline_share, 4)
    if lead is None:  # (read already when the article shares no term)
        lead = _lead_of(model, article)
    off_centre = (
        _off_centre(model, lead) if headline > 0 and model.named.issuperset(in_headline) else None
    )
    if off_centre is not None:
        headline = 0.0
    actors_only = bool(found) and model.actors.issuperset(found)
    wants_concepts = (
        with_dense is True
        or weights.concepts > 0
        or (weights.relation > 0 and bool(model.acted_on))
    )
    concepts: tuple[str, ...] = ()
    relates = None
    read_by_vector = actors_only and wants_concepts and bool(model.acted_on)
    if read_by_vector:
        # The story's actors, acting as its headline has them act: the storyline itself, not
        # the same people's other business; read as any article is (its likeness, no cap).
        # Development figures (bench/judgement, no lexicon, session 21): four follow-ups of
        # tune, heldout and fresh2 ("the actor moves the migrants from the border" beside only
        # the baseline text's names) are found; two look-alikes it let in named a place after
        # the actor or a body after the acted-on concept, which ``_relates`` now passes over.
        concepts = _said(model.concepts, lead.words, by_vector=True)
        relates = _relates(model, article, lead, concepts, by_vector=True)
    capped_actors = actors_only and relates is None
    absent = _absent(model, article)
    in_passing = _in_passing(model, article) if absent is None else None
    if with_dense is None:
        words_only = _words(cosine, headline, capped_actors, weights) + (
            weights.time if back else 0.0
        )
        # The word vectors (the dense similarity, concepts said in other words) only where
        # what they can add reaches the threshold.
        lift = weights.dense + weights.concepts + (weights.relation if model.acted_on else 0.0)
        capped = (
            another is not None
            or elsewhen
            or rival is not None
            or earlier is not None
            or absent is not None
            or in_passing is not None
        )
        with_dense = (
            not capped
            and lift > 0
            and words_only >= weights.at_threshold - lift
            # An article of the actors alone counts at most their cap, whatever its likeness.
            and not (capped_actors and weights.at_threshold > _ACTORS_CAP)
        )
    similarity = None
    if with_dense and model.opening:
        similarity = round(dense.similarity(*_openings(model, article)), 4)
    if wants_concepts and relates is None and not (read_by_vector and with_dense):
        # (read by vector above already, the same reading would give the same None)
        concepts = _said(model.concepts, lead.words, by_vector=with_dense)
        relates = _relates(model, article, lead, concepts, by_vector=with_dense)
    return Match(
        cosine,
        headline,
        similarity,
        tuple(found),
        tuple(in_headline),
        back,
        across,
        actors_only,
        concepts,
        len(model.concepts),
        another,
        instead_of,
        repeats,
        elsewhen,
        recalls,
        rival,
        earlier,
        relates,
        off_centre,
        model.central if lead.home else None,
        absent,
        in_passing,
        _askers(model),
    )


def _relates(
    model: StoryModel,
    article: _Article,
    lead: _Lead,
    concepts: tuple[str, ...],
    *,
    by_vector: bool,
) -> str | None:
    """The central concept and one of the concepts the baseline's headline says after it
    (``concepts``: those the article's lead says at all), when one sentence of its headline and
    first paragraph says them in that order ("ostland ... smugglers"); else None."""
    central = model.central
    wanted = tuple(c for c in model.acted_on if c in concepts)
    if central is None or central not in concepts or not wanted:
        return None
    folded = fold_accents(article.text)  # (read for the actor and each concept it acts on)
    before = _names_before(folded, central)
    named = {c: _names_after(folded, c) for c in wanted}
    for sentence in lead.sentences:
        for i, word in enumerate(sentence):
            if i > 0 and sentence[i - 1] in before:
                continue  # "West Ostland": another place's name, not the actor
            if _said((central,), (word,), by_vector=by_vector):
                rest = sentence[i + 1 :]
                # "River Police": a body's name, not what the actor acts on.
                plain = [
                    w
                    for j, w in enumerate(rest)
                    if not (w in named and j + 1 < len(rest) and rest[j + 1] in named[w])
                ]
                after = _said(wanted, plain, by_vector=by_vector)
                if after:
                    return f"{central} ... {after[0]}"
                break
    return None


def _absent(model: StoryModel, article: _Article) -> str | None:
    """The storyline's central actor (:attr:`StoryModel.acted_on`), a country
    (:func:`crosslingual.countries`), when the article's headline and text never say it in any
    of its forms (its name, a word whose vector is close: "Ostlandic" of "Ostland"; its own
    press's "national", "the country"); else None. A country is said by these forms; a person
    is not (a follow-up writes "the minister", "she"), and a storyline whose central concept is
    a person is never read so."""
    central = _central_country(model)
    if central is None or central in article.present:  # (its words, brought: cheap first)
        return None
    return None if _said((central,), _text_read(model, article), by_vector=True) else central


def _in_passing(model: StoryModel, article: _Article) -> str | None:
    """The storyline's central actor, a country (as :func:`_absent`), when the article's
    headline says one of the baseline headline's concepts before it (the one who asks: "Brask"
    of "Brask wants Ostland to stop smugglers") and never the actor, and its text says the
    actor at most ``_PASSING`` times and the asker more often: the asker's own business, the
    actor named in passing (a place, "the Ostland border"); else None."""
    central = _central_country(model)
    if central is None:
        return None
    askers = _askers(model)
    headline = article._brought(article.words[: article.in_title])
    if not askers or not _said(askers, headline, by_vector=True):
        return None
    if _said((central,), headline, by_vector=True):
        return None
    words = _text_read(model, article)
    says = {
        w: (
            bool(_said((central,), (w,), by_vector=True)),
            bool(_said(askers, (w,), by_vector=True)),
        )
        for w in set(words)
    }
    actor = sum(says[w][0] for w in words)
    asker = sum(says[w][1] for w in words)
    return central if actor <= _PASSING and asker > actor else None


def _askers(model: StoryModel) -> tuple[str, ...]:
    """The concepts the baseline's headline says before a storyline's central actor
    (:attr:`StoryModel.acted_on`): the one who asks ("councillor", "brask" of "Councillor Brask
    Wants Ostland To Stop Smugglers"); () for any other story."""
    central = model.central
    if not model.acted_on or central is None:
        return ()
    return model.concepts[: model.concepts.index(central)]


def _central_country(model: StoryModel) -> str | None:
    """The storyline's central actor (:attr:`StoryModel.acted_on`) when it is a country of
    :func:`crosslingual.countries`, else None."""
    central = model.central
    if not model.acted_on or central is None:
        return None
    return central if _country_of(central, crosslingual.countries()) is not None else None


def _text_read(model: StoryModel, article: _Article) -> tuple[str, ...]:
    """The article's headline and text words, brought into the model's language, its own
    press's words for the central country read as it (:func:`_home_press`)."""
    words = article._brought(article.words)
    central = model.central
    if central is not None and _home_press(model, article):
        return _as_home(words, central)
    return words


def _names_before(folded: str, word: str) -> frozenset[str]:
    """The words (lower-cased) the text (its accents folded) writes capitalised, past a
    sentence's start, directly before ``word`` ("west" of "West Ostland"): two-word names that
    name another place or body than the word alone (a province named after the country, the
    actor). A headline's capitals say nothing (title case): the text alone is read."""
    before = re.compile(rf"(?<![.!?:] )(?<=[ (])([A-Z][a-z]+) {re.escape(word)}\b", re.IGNORECASE)
    return frozenset(
        m.group(1).lower()
        for m in before.finditer(folded)
        if m.group(1)[0].isupper() and m.group(1)[1:].islower()
    )


def _names_after(folded: str, word: str) -> frozenset[str]:
    """The words (lower-cased) the text (its accents folded) writes capitalised directly after
    ``word`` written capitalised, past a sentence's start ("police" of "River Police"): a force
    named after the river, not what the actor acts on (as :func:`_names_before`)."""
    after = re.compile(rf"(?<![.!?:] )(?<=[ (]){re.escape(word)} ([A-Z][a-z]+)\b", re.IGNORECASE)
    cased = word[:1].upper() + word[1:]
    return frozenset(
        m.group(1).lower()
        for m in after.finditer(folded)
        if m.group(0).startswith(cased) and m.group(1)[0].isupper() and m.group(1)[1:].islower()
    )


def _off_centre(model: StoryModel, lead: _Lead) -> str | None:
    """The central concept, when the baseline is a storyline of an actor (its central concept
    is a name with concepts after it: :attr:`StoryModel.acted_on`) and the article's headline
    and first paragraph never say that actor in any of its forms (the vectors' "Ostlandic" of
    "Ostland"); else None. The baseline's headline names the actor who asks beside the one the
    story dwells on ("Brask wants Ostland to stop smugglers"): an article whose headline names
    Brask and never Ostland is Brask's other business (a refugee cap, a budget), and the share
    of the model its headline carries counts nothing (:attr:`Match.off_centre`; asked only when
    every term its headline shares is one of the baseline headline's own, not terms a story
    learned from its follow-ups). Its words, likeness and concepts still count: a court ruling
    on Brask's expulsions that names no Ostland stays a follow-up by them. Chosen on the
    mission's development cases (bench/judgement, session 21): it turns down two false alarms
    and no follow-up; no development story of bench.stories has such a central actor (applied
    to any central concept, it cost one of them a follow-up)."""
    if not model.acted_on or model.central is None:
        return None
    if _said((model.central,), lead.words, by_vector=True):
        return None
    return model.central


@dataclass(frozen=True)
class _Lead:
    """An article's headline and first paragraph as a story reads them: their words and their
    sentences' (:attr:`_Article.lead_words`, :attr:`_Article.lead_sentences`), and whether
    the words its own press names the story's central actor by were read as that actor."""

    words: tuple[str, ...]
    # its sentences, or the article whose :attr:`_Article.lead_sentences` they are: split only
    # when asked (most stories have no central actor, and never ask)
    read: tuple[tuple[str, ...], ...] | _Article
    home: bool = False

    @property
    def sentences(self) -> tuple[tuple[str, ...], ...]:
        return self.read.lead_sentences if isinstance(self.read, _Article) else self.read


def _lead_of(model: StoryModel, article: _Article) -> _Lead:
    """The article's lead (:class:`_Lead`); for the central actor's own press
    (:func:`_home_press`), with the words it names its own country by ("el país", "el gobierno
    federal", "la Policía Nacional", :data:`_HOME_WORDS`) read as the central actor."""
    central = model.central
    if central is None or not _home_press(model, article):
        return _Lead(article.lead_words, article)
    words = article.lead_words
    home = _as_home(words, central)
    if home == words:
        return _Lead(words, article)
    return _Lead(home, tuple(_as_home(s, central) for s in article.lead_sentences), home=True)


def _as_home(words: tuple[str, ...], central: str) -> tuple[str, ...]:
    return tuple(
        central
        if w in _HOME_WORDS or (w in _HOME_NOUNS and i > 0 and words[i - 1] in _DEFINITE)
        else w
        for i, w in enumerate(words)
    )


def _unshared_but_acting(model: StoryModel, article: _Article) -> _Lead | None:
    """The lead (:func:`_lead_of`) of an article that shares no term with the model when it is
    read all the same (:func:`match` reads it once), else None (it scores 0 unread): it is the
    central country's own press (:func:`_home_press`, its lead naming the actor as "the
    country" or "national"), or its headline writes the storyline's central actor (a concept
    common enough to be no term of the model: a country) acting on what the baseline's
    headline has it act on (:func:`_relates`, on the headline alone: "Ostland to require
    permits to curb smuggling"). Development figures (bench/judgement, no
    lexicon, session 22): two follow-ups found (tune), no false alarm; the same reading for any
    lead sentence (h21a's idea) also lets in a look-alike whose body has the actor act."""
    central = model.central
    if not model.acted_on or central is None:
        return None
    # The cheap tests first: most articles share nothing with most stories. Without a term,
    # only the relation can bring an article to the threshold (concepts, relation and likeness
    # weigh 0.6 at most, under 0.42 without the relation's 0.2): it is asked first.
    lead = _lead_of(model, article)  # (its own press read as such only when it is home press)
    if lead.home:
        concepts = _said(model.concepts, lead.words, by_vector=True)
        return (
            lead if _relates(model, article, lead, concepts, by_vector=True) is not None else None
        )
    headline = article._brought(article.words[: article.in_title])
    if central not in headline:
        return None
    head = _Lead(headline, (headline,))
    concepts = _said(model.concepts, head.words, by_vector=True)
    return lead if _relates(model, article, head, concepts, by_vector=True) is not None else None


def _home_press(model: StoryModel, article: _Article) -> bool:
    """Whether the article reads as the own press of the storyline's central actor, a country
    (:attr:`StoryModel.acted_on`; :func:`crosslingual.countries`): written in a language of that
    country's that the baseline is not written in (a Spanish article of a story an English
    baseline tells of a Spanish-speaking country), and naming no other country of its language
    more often than the actor (the press of another country of the same language names its own);
    or, in the baseline's language, datelined there (:func:`_datelined_in`)."""
    central = model.central
    if not model.acted_on or central is None:
        return False
    known = crosslingual.countries()
    country = _country_of(central, known)
    if country is None:
        return False
    if article.source is None:
        return _datelined_in(article.text, country)
    spoken = known[country]
    if article.source not in spoken or model.language in spoken:
        return False
    # The names of the countries of the article's language, longest first ("guinea ecuatorial"
    # before a shorter name it holds), read from the data on every call (it is small).
    names = tuple(
        sorted((n for n, by in known.items() if article.source in by), key=lambda n: (-len(n), n))
    )
    counts = _countries_named(fold(article.title + "\n" + article.text), names)
    own = counts.get(country, 0)
    return all(n <= max(own, _ORIGINS_NAMED) for name, n in counts.items() if name != country)


def _country_of(central: str, known: Mapping[str, frozenset[str]]) -> str | None:
    """The country of :func:`crosslingual.countries` the central concept names: the one whose
    name it is, else the one name of several words that holds it (a concept is one word: the
    "ostland" of "Puerto Ostland"); None when no name, or more than one, holds it."""
    word = fold_accents(central)
    if word in known:
        return word
    holding = [name for name in known if word in name.split()]
    return holding[0] if len(holding) == 1 else None


def _datelined_in(text: str, country: str) -> bool:
    """Whether the text opens with a wire dateline ("OSTBURG CITY (Reuters) —", "OSTBURG CITY,
    May 2 -") whose place names the country (a name of :func:`crosslingual.countries`, as
    :func:`_country_of` gives it): written from there, in the baseline's own language."""
    found = _DATELINE.match(text)
    # The country's name as whole words of the place: a name of two words ("el norte") is
    # found as such, not among the place's single words.
    return found is not None and f" {country} " in f" {' '.join(fold(found.group(1)).split())} "


@functools.lru_cache(maxsize=_ARTICLES_CACHED)
def _countries_named(text: str, names: tuple[str, ...]) -> Mapping[str, int]:
    """How often the text (folded) names each of the countries ``names``."""
    return Counter(_country_pattern(names).findall(text))


@functools.lru_cache(maxsize=_NAME_PATTERNS_CACHED)
def _country_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """The names as one pattern, in their order."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b")


def _openings(model: StoryModel, article: _Article) -> tuple[str, str]:
    """The baseline's opening and the article's, in the one language their terms were
    brought into (:func:`_read`), for the dense similarity: the embeddings read one language,
    and an opening of another, compared as it is, reads as unlike the story as an article of
    another field (session 20: a Spanish follow-up's opening 0.25-0.38 against the English
    baseline's, its look-alikes' 0.18-0.30; brought word for word, 0.35-0.70 and 0.13-0.49)."""
    ours, theirs = model.opening, article.opening
    if model.language != article.language:  # the model was brought into the article's
        ours = crosslingual.word_for_word(ours, model.language, article.language)
    if article.source is not None and article.source != article.language:
        theirs = crosslingual.word_for_word(theirs, article.source, article.language)
    return ours, theirs


def _earlier(event: date | None, times: eventtime.Times) -> date | None:
    """The latest month an undated text dates anything to, when it is well before the event
    and the text names no later year ("the 2031 derailment": a bare year does not date it,
    but dates it no earlier) (:attr:`Match.earlier`); else None."""
    latest = times.latest
    if event is None or latest is None or not eventtime.is_late(latest, event):
        return None
    if any(year > latest.year for year in times.years):
        return None
    return latest


def _of_its_kind(model: StoryModel, article: _Article) -> tuple[str | None, str | None, str | None]:
    """What the article's text says of the event's kind, read from the numbered terms of the
    model's headline ("line 7"), each word written as a name ("Line 4", capitalised) with its
    number. The text alone is read: a headline may be written in title case ("Crowd Surge
    Leaves 10 Dead").

    Returns (the other, the term, None) for another of the event's kind that the text names
    more often than the article names the term itself (headline and text); else (None, None,
    the term) when the text writes the term as a name, and the headline names it, at least
    ``_OWN_REPEATED`` times in all and its number is no year (:func:`a_year`); else (None,
    None, None). Measured leave one story out (bench.stories, session 18): counting the
    headline finds three more of one story's follow-ups ("... by the collapse on Line 7" in the
    headline, Line 7 once in the text) held out, and lifts none of its look-alikes."""
    repeats = None
    for word, number in model.numbered:
        written = Counter(_written_as_name(word).findall(article.text))
        as_name = written.pop(number, 0)
        if written:
            other, times = written.most_common(1)[0]
            own = sum(1 for a, b in itertools.pairwise(article.words) if a == word and b == number)
            if times > own:
                return f"{word} {other}", f"{word} {number}", None
        # Its headline naming the term counts as one time (a headline's case says nothing).
        named = as_name + (f"{word} {number}" in article.headline)
        if repeats is None and named >= _OWN_REPEATED and not a_year(number):
            repeats = f"{word} {number}"
    return None, None, repeats


def a_year(number: str) -> bool:
    """Whether a numbered term's number reads as a year ("Expo 2025", "Paris 2024"): such a
    term names an edition, a whole field of news (every story of those Games), not one event
    of a kind, so naming it again and again is no sign of the event (the floor); another
    edition named more often still is another event (the cap). Nor is it a name a story learns
    (``adaptation.numbered_name``)."""
    return YEAR.fullmatch(number) is not None


@functools.lru_cache(maxsize=_NAME_PATTERNS_CACHED)
def _written_as_name(word: str) -> re.Pattern[str]:
    """A pattern that finds the word written as a name ("Línea", "Flight") and its number."""
    return re.compile(rf"\b{re.escape(word[:1].upper() + word[1:])}\s+(\d{{1,4}})\b")


@dataclass(frozen=True)
class _Article:
    language: str  # the language its terms are written in
    source: str | None  # its own, when it is another: its words are brought into ``language``
    title: str
    text: str
    present: frozenset[str]  # its words and two-word phrases
    headline: frozenset[str]  # those of its headline
    # Its headline's and text's words as written (``tokens`` of both, the headline's first),
    # and how many are the headline's: read once for every use and every story.
    words: tuple[str, ...]
    in_title: int

    # Worked out when a story shares a term with the article, once for every story: with many
    # stories, most articles share nothing with any, and their rare words' weights (~2 ms an
    # article) are never needed.
    @functools.cached_property
    def weights(self) -> Mapping[str, float]:
        title, text = self.words[: self.in_title], self.words[self.in_title :]
        return _weighted(self.language, ((title, _ARTICLE_TITLE_WEIGHT), (text, 1)), self.source)

    @functools.cached_property
    def norm(self) -> float:
        return math.sqrt(sum(v * v for v in self.weights.values()))

    @functools.cached_property
    def times(self) -> eventtime.Times:  # what it says of time, for every story's event
        return eventtime.Times(self.title + "\n" + self.text, self.words)

    @functools.cached_property
    def opening(self) -> str:  # its headline and opening paragraphs
        return _opening(self.title, self.text)

    @functools.cached_property
    def lead_words(self) -> tuple[str, ...]:  # its headline's and first paragraph's words
        return self._lead(_CONCEPT_PARAGRAPHS)

    @functools.cached_property
    def recall_words(self) -> tuple[str, ...]:  # where it names the event it recalls
        return self._lead(_RECALL_PARAGRAPHS)

    @functools.cached_property
    def lead_sentences(self) -> tuple[tuple[str, ...], ...]:  # the same, sentence by sentence
        paragraphs = split_paragraphs(self.text)[:_CONCEPT_PARAGRAPHS]
        sentences = [self.title, *(s for p in paragraphs for s in split_sentences(p))]
        return tuple(self._brought(tokens(s)) for s in sentences)

    def _lead(self, paragraphs: int) -> tuple[str, ...]:
        lead = "\n".join([self.title, *split_paragraphs(self.text)[:paragraphs]])
        return self._brought(tokens(lead))

    def _brought(self, words: Sequence[str]) -> tuple[str, ...]:
        if self.source is None:
            return tuple(words)
        return tuple(crosslingual.counterpart(w, self.source, self.language) for w in words)


@functools.lru_cache(maxsize=_ARTICLES_CACHED)
def _article(language: str, source: str | None, title: str, text: str) -> _Article:
    across = (source, language) if source is not None else None
    # The headline's words and then the text's are the words of both joined by a line break:
    # no word spans a line break, and none of ``tokens``' normalisation joins across one.
    words = article_words(title, text)
    in_title = len(tokens(title))
    present = _phrased(words, across)
    headline = _phrased(words[:in_title], across)
    return _Article(language, source, title, text, present, headline, words, in_title)


@functools.lru_cache(maxsize=_ARTICLES_CACHED)
def _language(title: str, text: str) -> str:
    # Its headline and opening tell an article's language as well as its whole text, and an
    # article is read once more for it: the opening keeps that read short.
    return language_of(title + "\n" + text[:_LANGUAGE_SAMPLE])


def combined(found: Match, weights: Weights = DEFAULT_WEIGHTS) -> float:
    """The match as one number: the cosine plus the weighted headline share and dense
    similarity, and the time weight when the article refers back to the event's time; at most
    ``_ANOTHER_CAP`` for an article about another of the event's kind and ``_ACTORS_CAP`` for
    one that shares only the story's actors (unless it has the central actor act as the
    baseline's headline does: :attr:`Match.relates`), at least ``_OWN_FLOOR`` times the threshold
    for one whose text names the event's own numbered term again and again."""
    value = (
        _words(found.cosine, found.headline, found.actors_only and found.relates is None, weights)
        + weights.dense * (found.dense or 0)
        + (weights.time if found.refers_back else 0.0)
        + weights.concepts * found.concept_share
        + (weights.relation if found.relates is not None else 0.0)
    )
    if found.another is not None:
        return min(value, _ANOTHER_CAP)
    if found.elsewhen:
        return min(value, _ELSEWHEN_CAP)
    if found.rival is not None:
        return min(value, _RIVAL_CAP)
    if found.earlier is not None:
        return min(value, _EARLIER_CAP)
    if found.absent is not None or found.in_passing is not None:
        return min(value, _ABSENT_CAP)
    if found.actors_only and found.recalls is None and found.relates is None:
        # The cap bounds the whole value, not its words alone: the same people on other
        # business read like the baseline to the embeddings too (same people, same field).
        return min(value, _ACTORS_CAP)
    if floored(found):
        return max(value, _OWN_FLOOR * weights.at_threshold)
    return value


def floored(found: Match) -> bool:
    """Whether :func:`combined` lifts the match to its floor (``_OWN_FLOOR`` times the
    threshold): it is then taken for a follow-up at any weights and threshold."""
    return (
        (found.repeats is not None or found.recalls is not None)
        and found.another is None
        and not found.elsewhen
        and found.rival is None
        and found.earlier is None
        and found.absent is None
        and found.in_passing is None
        and (not found.actors_only or found.recalls is not None)
    )


def _words(cosine: float, headline: float, actors_only: bool, weights: Weights) -> float:
    """What the shared words weigh: the cosine and the weighted headline share, at most
    ``_ACTORS_CAP`` for an article that shares only the story's actors."""
    value = cosine + weights.headline * headline
    return min(value, _ACTORS_CAP) if actors_only else value


def match_score(found: Match, weights: Weights = DEFAULT_WEIGHTS) -> float:
    """The combined match as a 0-1 score that crosses the default threshold (0.56) at
    ``weights.at_threshold``, so one threshold serves lexicon and model alike."""
    return _to_score(combined(found, weights), weights.at_threshold)


def _to_score(value: float, at_threshold: float) -> float:
    scale = at_threshold / math.log(1 / (1 - _DEFAULT_SCORE))
    return round(1.0 - math.exp(-max(0.0, value) / scale), 4)


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _opening(title: str, text: str) -> str:
    return "\n".join([title, *split_paragraphs(text)[:_OPENING_PARAGRAPHS]])


_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _count(n: int) -> str:
    return _NUMBERS[n] if n < len(_NUMBERS) else str(n)


def _listed(words: tuple[str, ...]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _capped(cap: float) -> str:
    """How a cap's reason ends: what the match counts at most."""
    return f"so the match counts at most {cap:.0%} of what the baseline's opening scores"


def reasons(found: Match) -> tuple[str, ...]:
    """What the match says, in words: the names it shares, where they sit, how close it reads."""
    said: list[str] = []
    if found.across is not None:
        language = _LANGUAGE_NAMES.get(found.across, found.across)
        said.append(
            f"written in {language}: its words and the baseline's compared as English writes "
            "them (cognates, a glossary of common words, names without accents)"
        )
    if not found.found:
        return (*said, "shares none of the baseline's rare words and phrases")
    said += [
        f"shares the baseline's rare words and phrases: {', '.join(found.found[:6])} "
        f"({found.cosine:.0%} of what the baseline's own opening scores)"
    ]
    if found.actors_only and found.relates is not None:
        said.append(
            "names only people and bodies the baseline's text names beside its event, none its "
            "headline names, but has the story's actor act as the baseline's headline does: "
            "the storyline itself, so the match is not capped"
        )
    elif found.actors_only:
        said.append(
            "names only people and bodies the baseline's text names beside its event, none its "
            f"headline names: the same people may be on other business, {_capped(_ACTORS_CAP)}"
        )
    if found.another is not None:
        said.append(
            f"its text is about {found.another} more than {found.instead_of}, which the "
            f"baseline's headline names: another of the event's kind, {_capped(_ANOTHER_CAP)}"
        )
    if found.elsewhen:
        said.append(
            "published (or dated by its text) weeks after an event the baseline's headline "
            "gives no name of its own, it names none of the event's time, or names its own "
            f"time more often than the event's: another of its kind, {_capped(_ELSEWHEN_CAP)}"
        )
    if found.rival is not None:
        said.append(
            f"its text is about {found.rival}, named more often than {found.instead_of} (what "
            f"the baseline dwells on), and before it: another actor's story, {_capped(_RIVAL_CAP)}"
        )
    if found.earlier is not None:
        said.append(
            "undated, its text dates nothing later than "
            f"{found.earlier.strftime('%B %Y')}, well before the event: an earlier episode, "
            f"{_capped(_EARLIER_CAP)}"
        )
    if found.absent is not None:
        said.append(
            f"its headline and text never say {found.absent}, the actor the baseline's storyline "
            f"has act: what the others do on their own ground, {_capped(_ABSENT_CAP)}"
        )
    if found.in_passing is not None:
        said.append(
            f"its headline names the one who asks in the baseline's headline and never "
            f"{found.in_passing}, the actor its storyline has act, and its text names "
            f"{found.in_passing} once at most, the asker more often: the asker's own business, "
            f"{_capped(_ABSENT_CAP)}"
        )
    if found.repeats is not None:
        said.append(
            f"its text names {found.repeats} again and again, the event the baseline's headline "
            "names, and no other of its kind more often: it is taken for a follow-up, "
            "whatever else it shares"
        )
    if found.recalls is not None:
        said.append(
            f"its headline or opening names the event by its time and its kind ({found.recalls}),"
            " as the follow-ups of an event the baseline's headline gives no name of its own "
            "do: it is taken for a follow-up, whatever else it shares"
        )
    if found.in_headline and found.off_centre is not None:
        said.append(
            f"its headline names {', '.join(found.in_headline[:4])}, but its headline and "
            f"opening never say {found.off_centre}, the actor the baseline dwells on: the same "
            "people's other business, so its headline counts nothing"
        )
    elif found.in_headline:
        said.append(f"its headline names {', '.join(found.in_headline[:4])}")
    else:
        said.append("its headline names none of them: the story is named in passing")
    if found.dense is not None:
        said.append(f"its opening reads like the baseline's (dense similarity {found.dense:.2f})")
    else:
        said.append("too far from the story in words for its opening's likeness to count")
    if len(found.concepts) > _CONCEPTS_FREE:
        said.append(
            f"its headline and opening say {_listed(found.concepts)}, {_count(len(found.concepts))}"
            f" of the baseline headline's {_count(found.concepts_of)} concepts"
        )
    if found.home is not None:
        said.append(
            f"read as {found.home}'s own press (written in its language, not the baseline's, or "
            f'datelined there): where it says "the country", "national" or "federal", it is read '
            f"as saying {found.home}"
        )
    if found.relates is not None:
        said.append(
            f"one sentence of its headline or opening says {found.relates}, in the order the "
            "baseline's headline has its central actor act"
        )
    if found.refers_back:
        said.append(
            "published (or dated by its text) weeks after the event, it names the event's time"
        )
    elif found.refers_back is False and not found.elsewhen:
        # Said, not weighed: only an event its headline gives no name of its own is told by
        # its time (``elsewhen``, said above); for any other story (a storyline that runs for
        # years) an article of another time loses nothing, and the reason says so.
        said.append(
            "published (or dated by its text) weeks after the event, it names none of the "
            "event's time, or names its own time more often than the event's: which lowers "
            "nothing, as the baseline's headline names what the story is"
        )
    return tuple(said)
