"""A story model that follows its story: terms learned from confident follow-ups.

Pure: changes in, changes out; time is always a parameter. A story moves on: new people,
places and programmes appear that its baseline could not name. As TDT's tracking systems did,
the model adapts on its own confident decisions (a follow-up scoring well above its threshold)
and on a reader's ``follow-up`` labels: the rare words and phrases of the follow-up's headline
and opening that the model lacks are noticed, and learned (at a fraction of their weight) once
``min_sightings`` confident follow-ups carry them: the storyline's new names recur, one
headline's wording does not. A reader's label is the strongest evidence: what one labelled
follow-up carries is learned at once (``label_sightings``). Learned terms lift an article's
score, never lower it (``StoryProfile.baseline_model``: the baseline's model judges beside
the adapted one).

Bounded and decaying, so that it cannot drift to the whole field:

- at most ``max_terms`` learned terms, and at most ``max_share`` of the model's total weight
  (learned weights are scaled down together past that); past ``max_terms`` a new term
  displaces the one that counts least, each counted as far as recurrence earned its weight
  (:func:`recurred`: a reader's label lets a term weigh in full, not displace a name that
  recurred);
- a learned term weighs in proportion to the confident follow-ups it was seen in, in full
  from ``full_sightings`` of them (:func:`recurrence`);
- a learned term's weight halves every ``half_life_days`` without being seen again in a
  confident follow-up (seen again, it is refreshed), and it is dropped (``decayed``) below
  ``1 / 2 ** drop_after_halvings`` of its weight;
- a reader's ``not`` label withdraws what that article taught: the terms it taught are
  ``removed``, and its sightings of terms others taught no longer refresh them.

Every change is a :class:`Change` (noticed, learned, refreshed, decayed, removed), stored by
the caller in order (``story_model_changes``); :func:`replay` rebuilds the terms from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from monitor import relevance, storymodel
from monitor.lexicon import Lexicon
from monitor.models import Assessment
from monitor.relevance import StoryProfile
from monitor.text import fold, split_paragraphs, tokens
from monitor.wordlists import MONTHS, SPANISH_MONTHS, WEEKDAYS

NOTICED = "noticed"  # seen once: weighs nothing yet
LEARNED = "learned"
REFRESHED = "refreshed"
DECAYED = "decayed"
REMOVED = "removed"
KINDS = (NOTICED, LEARNED, REFRESHED, DECAYED, REMOVED)
BY_READER = "a follow-up a reader labelled"  # in the reason of what a label taught


@dataclass(frozen=True)
class Settings:
    """How far and how fast a story model adapts (chosen on bench.adaptation, see its README)."""

    # Learned terms at most: a story that lives for years learns a storyline's names for
    # each of its chapters (30 since session 18, 20 before: the mission's story filled 20 by
    # 2022 and its later chapters displaced the earlier ones' names)
    max_terms: int = 30
    max_noticed: int = 200  # terms noticed and not yet learned, at most (the oldest leave)
    min_sightings: int = 2  # confident follow-ups that must carry a term before it weighs
    # A learned term weighs in proportion to the follow-ups it was seen in, in full from
    # this many (0: in full once learned)
    full_sightings: int = 3
    # ... follow-ups a reader labelled: a reader's word is the strongest evidence there is
    label_sightings: int = 1
    # A story with a lexicon: its learned terms weigh in its model (beside the lexicon), or
    # are only shown (measured on bench.adaptation --lexicon: see its README)
    lexicon_weighs: bool = False
    max_share: float = 0.25  # of the adapted model's total weight, at most
    per_article: int = 5  # new terms one follow-up teaches, at most (its heaviest)
    learn_factor: float = 0.5  # a learned term weighs this share of its weight in the article
    # Weaker candidates (common words, lone numbers) are not learned (1.5 until session 18:
    # "visas", "expulsions" were not; recurrence, min_sightings, keeps one-off words out)
    min_weight: float = 1.0
    # Unseen this long, a learned term weighs half: a storyline's names come back after
    # months (a president's next deal); the concepts' conjunction below, not forgetting, keeps
    # them from their other business
    half_life_days: float = 365.0
    drop_after_halvings: int = 3  # ... and is dropped after this many halvings
    confident_margin: float = 0.0  # confident: score >= threshold + margin * (1 - threshold)
    # Learned terms lift only an article whose headline and first paragraph say this many of
    # the baseline headline's concepts (storymodel's ``concepts``; 0: any article): one
    # concept alone is the story's field, a learned name alone its other business
    lift_concepts: int = 2
    # ... and on the baseline's own evidence: the article scores at least this share of the
    # threshold by the baseline's model alone, so that learned terms cannot teach themselves
    # (0: any score). 1.0 since session 24 (h24n): a follow-up that only what was learned
    # made confident teaches nothing more; the guards on the learned terms' lift had made it
    # cost nothing (the six stories unchanged), and the mission's stream keeps one false alarm
    # fewer (0 until then: before those guards it cost finds)
    baseline_floor: float = 1.0
    # Learned terms count only when they lift the article's score by at least this much: a
    # passing mention of a learned name only nudges a look-alike that the baseline's model
    # already scores near the threshold (0: any lift)
    min_lift: float = 0.1
    # ... and where the baseline's model alone scores under this share of the threshold (the
    # learned terms would make nearly all of the score), the concept the baseline's text
    # dwells on (``storymodel.StoryModel.central``; one concept more than ``lift_concepts``
    # when it has none; 0: never)
    alone_below: float = 0.5
    # ... and where the baseline's model alone scores under this share of the threshold, only
    # when they lift it without the heaviest learned name it carries: one name alone is the
    # storyline's people's other business (a new leader's every speech; 0: never asked)
    one_name_below: float = 0.5
    # ... and only in an article whose headline or first paragraph carries one of them: a
    # learned name further down is a person or place the article meets (a leader quoted in
    # its third paragraph), not what it tells (session 24, h24n; False: anywhere)
    lift_in_lead: bool = True
    lead_paragraphs: int = 3  # a follow-up's opening: headline and this many paragraphs
    # A word and its number ("title 42", "line 7") may be learned, as the baseline's model
    # holds one: a name, unlike a figure ("97 died"), recurs from report to report, and
    # ``min_sightings`` asks for that (off until session 18)
    numbered_names: bool = True


DEFAULT = Settings()


@dataclass(frozen=True)
class Change:
    """One change to a story model: a term learned, refreshed, decayed or removed."""

    term: str
    kind: str
    weight: float  # the term's full weight after the change (0 when it left the model)
    url: str | None  # the article that taught, refreshed or (by its label) removed it
    at: datetime  # story time: the publication of that article, or when the change was made
    reason: str = ""

    def row(self, story: str, recorded_at: datetime) -> dict[str, Any]:
        """The change as a row of the ``model_changes`` table."""
        return {
            "story": story,
            "term": self.term,
            "kind": self.kind,
            "weight": self.weight,
            "url": self.url,
            "seen_at": self.at,
            "reason": self.reason,
            "recorded_at": recorded_at,
        }


@dataclass(frozen=True)
class LearnedTerm:
    """A term noticed or learned: its full weight, the articles that taught it (noticed it,
    then made it learned), and every confident follow-up it was seen in."""

    term: str
    weight: float
    active: bool  # learned: it weighs in the model; else only noticed
    teachers: tuple[str, ...]
    since: datetime  # when it was noticed, then when it was learned
    sightings: Mapping[str, datetime] = field(default_factory=dict)  # url -> when
    by_reader: bool = False  # a follow-up a reader labelled carried it: it weighs in full

    @property
    def last_seen(self) -> datetime:
        return max(self.sightings.values(), default=self.since)

    @property
    def learned_from(self) -> str | None:
        return self.teachers[-1] if self.teachers else None


def replay(changes: Iterable[Change]) -> dict[str, LearnedTerm]:
    """The noticed and learned terms after these changes, applied in order."""
    terms: dict[str, LearnedTerm] = {}
    for c in changes:
        _apply(terms, c)
    return terms


def _apply(terms: dict[str, LearnedTerm], c: Change) -> None:
    known = terms.get(c.term)
    seen = {c.url: c.at} if c.url else {}
    teacher: tuple[str, ...] = (c.url,) if c.url else ()
    by_reader = c.kind in (NOTICED, LEARNED, REFRESHED) and BY_READER in c.reason
    if c.kind in (NOTICED, LEARNED):
        active = c.kind == LEARNED
        if known is None:
            terms[c.term] = LearnedTerm(c.term, c.weight, active, teacher, c.at, seen, by_reader)
        else:
            teachers = known.teachers + tuple(u for u in teacher if u not in known.teachers)
            terms[c.term] = replace(
                known,
                weight=c.weight,
                active=active or known.active,
                teachers=teachers,
                since=c.at if active and not known.active else known.since,
                sightings={**known.sightings, **seen},
                by_reader=known.by_reader or by_reader,
            )
    elif c.kind == REFRESHED and known is not None:
        terms[c.term] = replace(
            known,
            weight=c.weight,
            sightings={**known.sightings, **seen},
            by_reader=known.by_reader or by_reader,
        )
    elif c.kind == DECAYED:
        terms.pop(c.term, None)
    elif c.kind == REMOVED and known is not None:
        if c.url is None or c.url in known.teachers:
            del terms[c.term]
        else:  # the article only refreshed it: that sighting no longer counts
            sightings = {u: t for u, t in known.sightings.items() if u != c.url}
            terms[c.term] = replace(known, sightings=sightings)


def decayed_weight(term: LearnedTerm, at: datetime, settings: Settings = DEFAULT) -> float:
    """The term's weight at ``at``: halved for every ``half_life_days`` unseen."""
    days = max(0.0, (at - term.last_seen).total_seconds() / 86400)
    return float(term.weight * 0.5 ** (days / settings.half_life_days))


def recurrence(term: LearnedTerm, settings: Settings = DEFAULT) -> float:
    """The share of its weight a learned term carries: in proportion to the follow-ups it
    was seen in, in full from ``full_sightings`` (a storyline's names recur, and the more
    they recur the more they say), or once a follow-up a reader labelled carried it."""
    return 1.0 if term.by_reader else recurred(len(term.sightings), settings)


def recurred(sightings: int, settings: Settings = DEFAULT) -> float:
    """The share of its weight a term carried by this many follow-ups has earned by recurring
    (a reader's label aside): in full from ``full_sightings``."""
    full = settings.full_sightings
    return 1.0 if full <= 0 else min(1.0, sightings / full)


def learned_weights(
    model: storymodel.StoryModel | None,
    terms: Mapping[str, LearnedTerm],
    at: datetime,
    settings: Settings = DEFAULT,
) -> dict[str, float]:
    """The learned terms' weights at ``at``: decayed, and scaled down together so that they
    make at most ``max_share`` of the adapted model's total (of the learned terms alone
    for a lexicon story, which has no model)."""
    weights = {
        t: w * recurrence(term, settings)
        for t, term in terms.items()
        if term.active and (w := decayed_weight(term, at, settings)) > 0
    }
    base = model.total if model is not None else 0.0
    learned = sum(weights.values())
    if base > 0 and learned > 0:
        most = settings.max_share / (1 - settings.max_share) * base
        if learned > most:
            weights = {t: w * most / learned for t, w in weights.items()}
    return {t: round(w, 3) for t, w in weights.items()}


def adapted_model(
    model: storymodel.StoryModel,
    terms: Mapping[str, LearnedTerm],
    at: datetime,
    settings: Settings = DEFAULT,
) -> storymodel.StoryModel:
    """The baseline model with the learned terms added (the baseline's own terms keep their
    weight; a term learned that the baseline has is left to the baseline)."""
    learned = learned_weights(model, terms, at, settings)
    extra = {t: w for t, w in learned.items() if t not in model.terms}
    if not extra:
        return model
    return replace(model, terms={**model.terms, **extra})


def adapted_profile(
    profile: StoryProfile,
    terms: Mapping[str, LearnedTerm],
    at: datetime,
    settings: Settings = DEFAULT,
) -> StoryProfile:
    """The profile judged with the adapted model; the same profile when nothing changes (a
    lexicon story, or nothing learned): its learned names are shown, not weighed."""
    weighed = weighed_model(profile, settings)
    if weighed is None or not any(t.active for t in terms.values()):
        return profile
    model = adapted_model(weighed, terms, at, settings)
    if model is weighed:
        return profile
    return replace(
        profile,
        model=model,
        baseline_model=weighed,
        learned_needs_concepts=settings.lift_concepts,
        learned_min_lift=settings.min_lift,
        learned_alone_below=settings.alone_below,
        learned_one_name_below=settings.one_name_below,
        learned_in_lead=settings.lift_in_lead,
    )


def weighed_model(
    profile: StoryProfile, settings: Settings = DEFAULT
) -> storymodel.StoryModel | None:
    """The model that learned terms are weighed in: a lexicon story's model (which counts
    beside its lexicon) learns nothing unless ``lexicon_weighs``, its learned names are shown
    only."""
    if profile.lexicon is None or settings.lexicon_weighs:
        return profile.model
    return None


def explain(
    assessment: Assessment, base: StoryProfile, used: StoryProfile, title: str, text: str
) -> Assessment:
    """The decision with a reason naming the learned terms the article carries, when it was
    judged with an adapted model (before the verdict, which stays the last reason)."""
    if used is base or used.model is None or base.model is None:
        return assessment
    # Only the learned terms, matched as the decision matched them (an article of the other
    # language brought across: a Spanish article carries "nacional" as "national").
    _, learned = storymodel.coverage(relevance.only_learned(used.model, base.model), title, text)
    if not learned:
        return assessment
    said = [f"carries terms the story learned since its baseline: {', '.join(learned[:6])}"]
    needs, alone, central = used.learned_needs_concepts, "", None
    if needs > 0 and used.learned_alone_below > 0:
        plain = relevance.score_article(base, title, text).score
        share = used.learned_alone_below
        guarded = relevance.lone_term_needs(
            base.model, needs, plain, share * used.threshold, title, text
        )
        if guarded is None:
            central = (
                f"the baseline's words score it {plain:.2f}, under {share:.0%} of the "
                "threshold: learned terms count only where its headline and opening say "
                f"what the baseline dwells on, {base.model.central}; this one does not"
            )
        elif guarded > needs:
            needs = guarded
            alone = (
                f", one more than where the baseline's words score it {share:.0%} of the "
                f"threshold or more (they score it {plain:.2f})"
            )
    if central is not None:
        said.append(central)
    elif needs > 0 and len(concepts := storymodel.concepts_said(base.model, title, text)) < needs:
        says = f"says only {', '.join(concepts)}" if concepts else "says none of them"
        said.append(
            f"learned terms count only where the headline and opening say {needs} of the "
            f"baseline headline's concepts ({', '.join(base.model.concepts)}){alone}: "
            f"this one {says}"
        )
    elif used.learned_in_lead and not relevance.learned_in_lead(used, title, text):
        said.append(
            f"its learned terms ({', '.join(learned[:6])}) come only after its headline and "
            "first paragraph, and count only there: a person or place the article meets, "
            "not what it tells"
        )
    elif (least := used.learned_min_lift) > 0 or used.learned_one_name_below > 0:
        lift = _lift(base, used, title, text)
        if 0 < lift < least:
            said.append(
                f"learned terms lift its score by only {lift:.2f}, and count from {least:.2f}: "
                "a passing mention of the story's later names, not evidence enough"
            )
        elif lift > 0 and (name := _one_name(base, used, title, text)):
            said.append(
                f"learned terms lift it only by one learned name, {name}, where the "
                f"baseline's words score it under {used.learned_one_name_below:.0%} of the "
                "threshold: a name the story learned has other business too"
            )
    *before, verdict = assessment.reasons or ("",)
    return replace(assessment, reasons=(*before, *said, verdict))


def _lift(base: StoryProfile, used: StoryProfile, title: str, text: str) -> float:
    """How much the learned terms raise the article's score, whatever ``min_lift``."""
    ungated = replace(used, learned_min_lift=0.0, learned_one_name_below=0.0)
    adapted = relevance.score_article(ungated, title, text)
    return adapted.score - relevance.score_article(base, title, text).score


def _one_name(base: StoryProfile, used: StoryProfile, title: str, text: str) -> str | None:
    """The learned name whose lift alone the one-name rule turned down (``one_name_below``),
    heaviest form first; None when the rule did not turn the article down."""
    plain = relevance.score_article(base, title, text).score
    if used.model is None or base.model is None:
        return None
    if plain >= used.learned_one_name_below * used.threshold:
        return None
    if relevance.score_article(used, title, text).score > plain:
        return None
    # (``used.baseline_model`` is ``base.model``: ``adapted_profile`` weighs in it)
    name = relevance.one_learned_name(used, used.model, title, text)
    return max(name, key=lambda t: (len(t), t)) if name else None


def rows(story: str, changes: Iterable[Change], recorded_at: datetime) -> list[dict[str, Any]]:
    """Changes as rows of the ``model_changes`` table."""
    return [c.row(story, recorded_at) for c in changes]


def is_confident(score: float, threshold: float, settings: Settings = DEFAULT) -> bool:
    """A decision sure enough to learn from: the score well above the threshold."""
    return score >= threshold + settings.confident_margin * (1 - threshold)


def candidates(title: str, text: str, settings: Settings = DEFAULT) -> dict[str, float]:
    """The rare words and phrases of an article's headline and opening, weighed as a story
    model weighs its baseline's, without the weak ones, figures and dates (a figure changes
    from report to report; a date is no name); a word and its number is a name
    (:func:`numbered_name`, with ``numbered_names``)."""
    lead = "\n".join(split_paragraphs(text)[: settings.lead_paragraphs])
    found = storymodel.build_model(without_possessives(title), without_possessives(lead)).terms
    return {
        t: w
        for t, w in found.items()
        if w >= settings.min_weight
        and (names_no_figure(t) or (settings.numbered_names and numbered_name(t, lead)))
    }


def numbered_name(term: str, text: str) -> bool:
    """Whether a term is a word and its number, no date, that the text writes as a name
    ("Title 42", "Line 7", "COVID-19": the word capitalised or in capitals): a name, which
    recurs from report to report as a figure does not ("the toll reaches 97"). The text, not
    a headline, which may be written in title case."""
    word, _, number = term.partition(" ")
    if not _NUMBERED.fullmatch(term) or word in _DATE_WORDS or storymodel.a_year(number):
        return False
    names = "|".join(re.escape(w) for w in (word[:1].upper() + word[1:], word.upper()))
    return re.search(rf"\b(?:{names})[\s-]+{number}\b", text) is not None


def without_possessives(text: str) -> str:
    """The text with its possessive endings dropped: "the city's" is the city, as common."""
    return _POSSESSIVE.sub("", text)


def names_no_figure(term: str) -> bool:
    """Whether a term names no figure or date: a figure changes from report to report, a
    date is no name ("august 17" is a day, whatever happened on it)."""
    return not any(_is_figure_or_date(word) for word in tokens(term))


# A possessive ending ("the city's"): a word's possessive is the word, as common as it.
_NUMBERED = re.compile(r"[^\W\d_]{3,} \d{1,4}")
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b")
_DATE_WORDS = frozenset(MONTHS) | frozenset(SPANISH_MONTHS) | frozenset(WEEKDAYS)
_DATE_WORDS |= frozenset(m[:3] for m in MONTHS)


def _is_figure_or_date(word: str) -> bool:
    return word in _DATE_WORDS or any(ch.isdigit() for ch in word)


def known_to(profile: StoryProfile, term: str, settings: Settings = DEFAULT) -> bool:
    """Whether the story knew the term before it learned anything: a term of its model, or
    for a lexicon story a rare word of its baseline or a term naming one of the lexicon's
    names ("a minister's name", "the country detains")."""
    if (weighed := weighed_model(profile, settings)) is not None:
        return (
            term in weighed.terms
            or _without_possessive(term) in weighed.terms
            or storymodel.says_concept(weighed, term)
        )
    words = _lexicon_words(profile.lexicon) if profile.lexicon is not None else frozenset()
    return term in profile.distinctive or any(w in words for w in fold(term).split())


def _without_possessive(term: str) -> str:
    """The term without its words' possessive ending: "city's" is the model's "city"."""
    return " ".join(storymodel.without_possessive(w) for w in term.split())


@lru_cache(maxsize=8)
def _lexicon_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(
        word
        for concept in lexicon.concepts
        for alias in concept.aliases
        if not alias.startswith("(?")
        for word in fold(alias).split()
    )


def learn(
    profile: StoryProfile,
    terms: Mapping[str, LearnedTerm],
    *,
    url: str,
    title: str,
    text: str,
    at: datetime,
    why: str,
    settings: Settings = DEFAULT,
    sightings: int | None = None,
) -> list[Change]:
    """What a confident follow-up teaches. Learned terms it carries are refreshed; noticed
    ones it carries are learned once ``sightings`` articles carried them (``min_sightings``
    unless given; while there is room for them, or they outweigh the lightest learned term,
    which then leaves); of the terms the model lacks, its heaviest ``per_article`` are
    noticed."""
    found = candidates(title, text, settings)
    found = {t: round(w * settings.learn_factor, 3) for t, w in found.items()}
    needed = settings.min_sightings if sightings is None else sightings
    current = dict(terms)
    changes: list[Change] = []

    def make(change: Change) -> None:
        changes.append(change)
        _apply(current, change)

    fresh: list[tuple[str, float]] = []
    for term, weight in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
        held = current.get(term)
        if held is None:
            if not known_to(profile, term, settings):
                fresh.append((term, weight))
            continue
        if url in held.sightings:
            continue
        full = max(weight, held.weight)
        earlier = len(held.sightings)
        if held.active:
            make(Change(term, REFRESHED, full, url, at, f"seen again: {why}"))
        elif earlier + 1 >= needed and _room(current, term, full, earlier + 1, at, settings, make):
            said = f"taught by {why} and {earlier} earlier one{'s' if earlier > 1 else ''}"
            make(Change(term, LEARNED, full, url, at, said + _named(term)))
        else:  # too few sightings yet, or no room: the sighting is kept for when it recurs
            make(Change(term, NOTICED, full, url, at, f"noticed again: {why}"))
    for term, weight in fresh[: settings.per_article]:
        if needed <= 1 and _room(current, term, weight, 1, at, settings, make):
            make(Change(term, LEARNED, weight, url, at, f"taught by {why}{_named(term)}"))
            continue
        make(Change(term, NOTICED, weight, url, at, f"noticed in {why}"))
        waiting = sorted(
            (t for t in current.values() if not t.active), key=lambda t: (t.last_seen, t.term)
        )
        for old in waiting[: max(0, len(waiting) - settings.max_noticed)]:
            make(Change(old.term, REMOVED, 0.0, None, at, "noticed once, long ago: room for newer"))
    return changes


def _named(term: str) -> str:
    """What a learned term's reason adds when it holds a number: a word and its number is a
    name ("title 42"), which recurred, where a figure would not have."""
    return "" if names_no_figure(term) else ": a word and its number, a name that recurs"


def _room(
    current: Mapping[str, LearnedTerm],
    term: str,
    weight: float,
    sightings: int,
    at: datetime,
    settings: Settings,
    make: Callable[[Change], None],
) -> bool:
    """Whether ``term`` (of ``weight``, carried by ``sightings`` follow-ups) can be learned:
    there is room, or the learned term that counts least now counts less and is displaced
    (``make`` records that). Both count their weight as far as recurrence earned it
    (:func:`recurred`): a storyline's name that came back in many follow-ups is not pushed
    out by one headline's wording, though a reader labelled that headline's article (a
    label says the article is a follow-up, not that each of its words will recur)."""
    active = [t for t in current.values() if t.active]
    if len(active) < settings.max_terms:
        return True

    def counts(t: LearnedTerm) -> float:
        return decayed_weight(t, at, settings) * recurred(len(t.sightings), settings)

    least = min(active, key=lambda t: (counts(t), t.term))
    if counts(least) >= weight * recurred(sightings, settings):
        return False
    why = f"displaced by {term}, which counts more (at most {settings.max_terms} learned terms)"
    make(Change(least.term, REMOVED, 0.0, None, at, why))
    return True


def decay(
    terms: Mapping[str, LearnedTerm], at: datetime, settings: Settings = DEFAULT
) -> list[Change]:
    """The learned terms unseen so long that they leave the model."""
    return [
        Change(
            t.term,
            DECAYED,
            0.0,
            None,
            at,
            f"not seen in a confident follow-up since {t.last_seen:%Y-%m-%d}",
        )
        for t in terms.values()
        if t.active and expired(t, at, settings)
    ]


def expired(term: LearnedTerm, at: datetime, settings: Settings = DEFAULT) -> bool:
    """Whether the term has decayed below ``1 / 2 ** drop_after_halvings`` of its weight."""
    return decayed_weight(term, at, settings) < 0.5**settings.drop_after_halvings * term.weight


def unlearn(terms: Mapping[str, LearnedTerm], url: str, at: datetime) -> list[Change]:
    """A reader labelled ``url`` not a follow-up: withdraw what it taught or refreshed."""
    return [
        Change(t.term, REMOVED, 0.0, url, at, "a reader labelled the article not a follow-up")
        for t in terms.values()
        if url in t.sightings or url in t.teachers
    ]


class Adaptation:
    """One story's learned terms during a run, with the changes made to them."""

    def __init__(self, changes: Iterable[Change] = (), settings: Settings = DEFAULT) -> None:
        self.settings = settings
        self.terms = replay(changes)

    @classmethod
    def from_rows(
        cls, rows: Iterable[Mapping[str, Any]], settings: Settings = DEFAULT
    ) -> Adaptation:
        """From stored ``model_changes`` rows, in the order they were made."""
        return cls((change_of(r) for r in rows), settings)

    def profile_for(self, profile: StoryProfile, at: datetime) -> StoryProfile:
        """The profile an article published at ``at`` is judged with."""
        return adapted_profile(profile, self.terms, at, self.settings)

    def observe(
        self,
        profile: StoryProfile,
        *,
        url: str,
        title: str,
        text: str,
        score: float,
        at: datetime,
        labelled: bool | None = None,
    ) -> list[Change]:
        """Learn from a follow-up when it is confident or a reader labelled it one; first
        let go of the terms that decayed by ``at``. Returns the changes made."""
        changes = decay(self.terms, at, self.settings)
        self._apply_all(changes)
        # A term noticed once and not again for as long goes quietly: it never weighed.
        for term in [t for t, v in self.terms.items() if expired(v, at, self.settings)]:
            del self.terms[term]
        if labelled is True:
            why = BY_READER
            needed = self.settings.label_sightings
        elif labelled is None and is_confident(score, profile.threshold, self.settings):
            if not self._on_baseline_evidence(profile, title, text, at):
                return changes
            why = f"a confident follow-up (score {score:.2f})"
            needed = self.settings.min_sightings
        else:
            return changes
        taught = learn(
            profile, self.terms, url=url, title=title, text=text, at=at, why=why,
            settings=self.settings, sightings=needed,
        )  # fmt: skip
        self._apply_all(taught)
        return changes + taught

    def _on_baseline_evidence(
        self, profile: StoryProfile, title: str, text: str, at: datetime
    ) -> bool:
        """Whether the article scores ``baseline_floor`` of the threshold without what the
        model learned: drift cannot feed itself when only the baseline's evidence teaches. A
        story whose learned terms only are shown (a lexicon story) is not asked: they lift
        nothing, so they cannot teach themselves."""
        floor = self.settings.baseline_floor * profile.threshold
        if floor <= 0 or weighed_model(profile, self.settings) is None:
            return True
        return relevance.score_article(profile, title, text, at).score >= floor

    def forget(self, url: str, at: datetime) -> list[Change]:
        """A ``not`` label on ``url``: its teaching withdrawn."""
        changes = unlearn(self.terms, url, at)
        self._apply_all(changes)
        return changes

    def _apply_all(self, changes: Iterable[Change]) -> None:
        for change in changes:
            _apply(self.terms, change)


def change_of(row: Mapping[str, Any]) -> Change:
    """A stored ``model_changes`` row as a :class:`Change`."""
    return Change(
        term=str(row["term"]),
        kind=str(row["kind"]),
        weight=float(row["weight"]),
        url=row["url"],
        at=row["seen_at"],
        reason=str(row.get("reason") or ""),
    )


def describe_learned(
    profile: StoryProfile,
    terms: Mapping[str, LearnedTerm],
    now: datetime,
    settings: Settings = DEFAULT,
    *,
    latest: datetime | None = None,
) -> list[dict[str, Any]]:
    """The learned terms as ``monitor stories show`` lists them, heaviest first: the weight
    each had at the story's latest development (``latest``, or when the model last learned:
    ``weight``, as of ``as_of``) and the weight an article published ``now`` meets (decayed
    since), the article that taught it, how many follow-ups carried it, when it was learned
    and last seen."""
    active = [t for t in terms.values() if t.active]
    as_of = max([t.last_seen for t in active] + ([latest] if latest else []), default=now)
    weighed = weighed_model(profile, settings)
    then = learned_weights(weighed, terms, as_of, settings)
    later = learned_weights(weighed, terms, max(now, as_of), settings)
    return [
        {
            "term": t.term,
            "weight": then.get(t.term, 0.0),
            "as_of": as_of.isoformat(),
            "weight_now": later.get(t.term, 0.0),
            "learned_from": t.learned_from,
            "taught_by": list(t.teachers),
            "seen_in": len(t.sightings),  # the confident (or labelled) follow-ups carrying it
            "learned_at": t.since.isoformat(),
            "last_seen": t.last_seen.isoformat(),
            "weighed": weighed is not None,
        }
        for t in sorted(active, key=lambda t: (-then.get(t.term, 0.0), t.term))
    ]
