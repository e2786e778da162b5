"""Pure follow-up detection: is an article a follow-up of a story's baseline, and why.

A story profile is matched against an article. Every story has its story model, learned from
its baseline alone (``monitor.storymodel``). A story that names a lexicon is also judged by the
lexicon's names (actors, places, policies in every language its press writes in, later-year
names its baseline cannot know): the lexicon adds weight to what the model would miss, and its
facets' rules decide when the model may count at all (:func:`score_article`).
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import lru_cache

from monitor import lexicon as lexicons
from monitor import storymodel
from monitor.lexicon import Facet, Lexicon
from monitor.models import Assessment, ContentScore, Story
from monitor.text import article_words, fold, split_paragraphs, tokens
from monitor.wordlists import STOPWORDS, US_NAME

logger = logging.getLogger(__name__)

# Chosen by `python -m bench.judgement` on the "tune" split only (see bench/judgement/README.md).
DEFAULT_THRESHOLD = 0.56

_TITLE_BOOST = 3.0  # a name in the headline counts this many times
_LEDE_BOOST = 1.5  # ... and in the first paragraph this many
_MENTION_CAP = 4  # beyond this, repeating a name adds nothing
_IN_BASELINE_ONLY = 0.85  # a related name the baseline does not use keeps this share of weight
_OVERLAP_WEIGHT = 0.2  # the baseline's rare words' share of the context score
_JOINT_FULL = 3  # sentences naming both core facets, plus one, that give the core in full
_JOINT_EXEMPT_OVERLAP = 0.35  # ... needed only below this share of the baseline's rare words
_AMBIGUOUS_SHARE = 0.7  # of the anchored facet's weight lost when no anchor is named
_UNANCHORED_CAP = 0.3  # and never more than this (no people on the move, no migration story)
_NO_ACTOR_CAP = 0.3  # a facet that needs an actor, named only as a place, never more than this
_KIND_NAMES = {"actor": "actors", "place": "places", "policy": "policy", "term": "terms"}
# With a lexicon, the story model's score counts only when the lexicon finds each of its core
# facets at least this strong: an article the lexicon finds little about one side of the story
# (a country named only as a place where the lexicon needs it acting, one core facet without
# the other) may share the baseline's words without being a follow-up. The level at which the
# reasons say "little about"; any level from 0.35 to 0.7 decides the same on the tune split
# (bench/judgement).
_MODEL_GUARD = 0.5


@dataclass(frozen=True)
class ProfileTerm:
    """One name of the story's profile and how specific it is."""

    key: str
    label: str
    kind: str
    weight: float
    in_baseline: bool  # the baseline names it; otherwise it is a related name of the domain


@dataclass(frozen=True)
class StoryProfile:
    """What a follow-up of one story talks about: built once from the baseline."""

    story: str
    baseline_url: str
    baseline_published: date
    horizon_days: int | None  # None: the story has no end while it develops
    threshold: float
    actors: tuple[ProfileTerm, ...]
    places: tuple[ProfileTerm, ...]
    policies: tuple[ProfileTerm, ...]
    figures: tuple[str, ...]  # numbers the baseline gives, as written ("172,000")
    distinctive: Mapping[str, float] = field(default_factory=dict)  # rare word -> weight
    # What its baseline alone says (its rare words and phrases), with no code written for the
    # story; None only for a profile built by hand.
    model: storymodel.StoryModel | None = None
    # The lexicon of the story's domain, when it names one: its names make the terms above,
    # and its score is weighed beside the model's.
    lexicon: Lexicon | None = None
    # The baseline's model when ``model`` is adapted (``monitor.adaptation``): learned terms
    # may lift an article's score, never lower it (see :func:`score_article`).
    baseline_model: storymodel.StoryModel | None = None
    # ... and only in an article whose headline and first paragraph say at least this many of
    # the baseline headline's concepts (``storymodel.concepts_said``; 0: any article).
    learned_needs_concepts: int = 0
    # ... and only when they lift its score by at least this much (0: any lift).
    learned_min_lift: float = 0.0
    # ... and where the baseline's model alone scores under this share of the threshold (the
    # learned terms would make nearly all of its score), only in an article saying the
    # baseline's central concept (``storymodel.StoryModel.central``; one concept more when it
    # has none; 0: never).
    learned_alone_below: float = 0.0
    # ... and where the baseline's model alone scores under this share of the threshold, only
    # when what they lift it by does not come from one learned name alone (the heaviest the
    # article carries, with its parts: ``storymodel.one_name``): a name learned from a
    # storyline's follow-ups has other business, and alone it admits that (0: never asked).
    learned_one_name_below: float = 0.0
    # ... and only in an article whose headline or first paragraph carries one of them (False:
    # anywhere in it): a learned name further down is a person or place the article meets,
    # not what it tells.
    learned_in_lead: bool = False

    @property
    def terms(self) -> tuple[ProfileTerm, ...]:
        return self.actors + self.places + self.policies


def build_profile(
    story: Story,
    baseline_title: str,
    baseline_text: str,
    *,
    distinctive: Mapping[str, float] | None = None,
) -> StoryProfile:
    """The story's profile from its baseline's title and text.

    With a lexicon (``story.lexicon``), every name of the lexicon enters the profile; those
    the baseline itself uses keep their full weight, related ones (the baseline cannot name
    later programmes) a bit less. Every story has its story model from the baseline; without a
    lexicon, it alone judges the story.
    Rare words of the baseline, weighted by how rare they are in English, become its
    distinctive terms (``distinctive``: those terms as stored earlier, see
    :func:`distinctive_terms`).
    """
    lexicon = lexicons.load(story.lexicon) if story.lexicon is not None else None
    by_kind: dict[str, list[ProfileTerm]] = {kind: [] for kind in lexicons.KINDS}
    counts: dict[str, int] = {}
    if lexicon is not None:
        counts = _mentions(lexicon, _fold_for_match(baseline_title + "\n" + baseline_text))
    for concept in lexicon.concepts if lexicon is not None else ():
        seen = counts.get(concept.key, 0) > 0
        weight = concept.weight if seen else concept.weight * _IN_BASELINE_ONLY
        by_kind[concept.kind].append(
            ProfileTerm(concept.key, concept.label, concept.kind, round(weight, 3), seen)
        )
    figures = tuple(dict.fromkeys(m.group(0) for m in _FIGURE.finditer(baseline_text)))
    threshold = story.threshold if story.threshold is not None else DEFAULT_THRESHOLD
    profile = StoryProfile(
        story=story.slug,
        baseline_url=story.url,
        baseline_published=story.published,
        horizon_days=story.horizon_days,
        threshold=threshold,
        actors=tuple(by_kind["actor"]),
        places=tuple(by_kind["place"]),
        policies=tuple(by_kind["policy"] + by_kind["term"]),
        figures=figures,
        distinctive=(
            dict(distinctive)
            if distinctive is not None
            else distinctive_terms(baseline_title, baseline_text)
        ),
        lexicon=lexicon,
        model=storymodel.build_model(baseline_title, baseline_text, story.published),
    )
    return profile


def assess(
    profile: StoryProfile,
    *,
    url: str,
    title: str,
    text: str,
    published: datetime | None,
    date_source: str,
    site: str | None = None,
    threshold: float | None = None,
    latest_development: date | None = None,
) -> Assessment:
    """Whether the article is a follow-up of the profile's story, with score and reasons.

    The score (0-1) depends on the title and text only, never on the URL or site, so
    a wire story gets the same decision on every outlet that carries it. The article is
    a follow-up when the score reaches the threshold and the date gate passes (see
    :func:`decide`).
    """
    scored = score_article(profile, title, text, published)
    logger.debug("scored %s (site %s): %.3f", url, site, scored.score)
    return decide(
        profile,
        scored,
        url=url,
        published=published,
        date_source=date_source,
        threshold=threshold,
        latest_development=latest_development,
    )


def decide(
    profile: StoryProfile,
    scored: ContentScore,
    *,
    url: str,
    published: datetime | None,
    date_source: str,
    threshold: float | None = None,
    latest_development: date | None = None,
) -> Assessment:
    """The decision on a scored article: score against threshold, and the date gate.

    The date gate: published on or after the baseline's day (or of unknown date) and, when
    the story has a horizon, within ``horizon_days`` of its latest confirmed development
    published before the article (``latest_development``; the baseline when there is none).
    Without a horizon a story never ends: it lives as long as it develops.
    """
    limit = profile.threshold if threshold is None else threshold
    date_ok, date_reason = _date_gate(profile, published, date_source, latest_development)
    dated: tuple[str, ...] = (date_reason,)
    if url and _same_url(url, profile.baseline_url):
        dated = (date_reason, "this is the baseline article itself")
        date_ok = False
    follow_up = scored.score >= limit and date_ok
    return Assessment(
        story=profile.story,
        url=url,
        follow_up=follow_up,
        score=scored.score,
        reasons=(
            *scored.reasons,
            *dated,
            _verdict(scored.score, limit, follow_up, math.copysign(1.0, scored.score)),
        ),
        published=published,
        date_source=date_source,
    )


@functools.lru_cache(maxsize=4096)  # most pairs of a cycle with many stories score alike
def _verdict(score: float, limit: float, follow_up: bool, sign: float) -> str:
    """The score's reason; ``sign`` is the score's (0.0 and -0.0 are one key otherwise, and
    are written apart)."""
    verdict = "follow-up" if follow_up else "not a follow-up"
    return f"score {score:.2f} against threshold {limit:.2f}: {verdict}"


def score_article(
    profile: StoryProfile, title: str, text: str, published: datetime | None = None
) -> ContentScore:
    """Score an article's title and text against the profile, dates aside.

    Without a lexicon, the story model judges alone. With one, the article scores the higher
    of the lexicon's score and the model's, the model's counting only when the lexicon finds
    both core facets (``_MODEL_GUARD``, after its rules: an actor where one is needed, an
    anchor for ambiguous names): the lexicon's names lift what the baseline's words cannot
    reach (a Spanish article naming a president the baseline never knew), and the baseline's
    words lift a follow-up the lexicon's list does not cover, never a look-alike its rules
    turn down. A story model reads ``published`` to tell a late article that refers back to
    the event's time.

    With an adapted model, the article scores the higher of the adapted and the baseline's
    model: the learned terms add evidence, and the weight they add to the model must not
    dilute what an article that names only the baseline's terms scores. They add it only
    where the article says ``learned_needs_concepts`` of the baseline headline's concepts: a
    name the story learned has other business too (a president's tariffs), and the story is
    the conjunction of its headline's concepts."""
    scored = _score_article(profile, title, text, published)
    if profile.baseline_model is None or profile.baseline_model is profile.model:
        return scored
    plain = replace(profile, model=profile.baseline_model, baseline_model=None)
    by_baseline = _score_article(plain, title, text, published)
    if by_baseline.score > scored.score:
        return by_baseline
    needs = lone_term_needs(
        profile.baseline_model,
        profile.learned_needs_concepts,
        by_baseline.score,
        profile.learned_alone_below * profile.threshold,
        title,
        text,
    )
    if needs is None:
        return by_baseline
    if needs > 0 and len(storymodel.concepts_said(profile.baseline_model, title, text)) < needs:
        return by_baseline
    if profile.learned_in_lead and not learned_in_lead(profile, title, text):
        return by_baseline
    if (
        by_baseline.score < profile.learned_one_name_below * profile.threshold
        and profile.model is not None
    ):
        scored = _without_one_name(profile, profile.model, scored, title, text, published)
    if scored.score - by_baseline.score < profile.learned_min_lift:
        return by_baseline
    return scored


def _without_one_name(
    profile: StoryProfile,
    model: storymodel.StoryModel,
    scored: ContentScore,
    title: str,
    text: str,
    published: datetime | None,
) -> ContentScore:
    """The article's score by the adapted model without the heaviest learned name it carries
    (the TDT tracker's drift: one name that entered from a few follow-ups then admits its
    other business alone)."""
    name = one_learned_name(profile, model, title, text)
    if not name:
        return scored
    rest = replace(model, terms={t: w for t, w in model.terms.items() if t not in name})
    return _score_article(replace(profile, model=rest), title, text, published)


# A news lead's length at most, in words (one to three sentences): the first paragraph of a
# text printed without paragraph breaks is all of it. Development figures (session 24): 40, 60
# and 80 measured the same; without it a leader quoted 109 words in lifted a look-alike.
_LEAD_WORDS = 60


def learned_in_lead(profile: StoryProfile, title: str, text: str) -> bool:
    """Whether the article's headline or first paragraph (its first :data:`_LEAD_WORDS`
    words: a text without paragraph breaks is one paragraph) carries a term the adapted model
    learned beyond the baseline's (matched as the model matches its terms)."""
    if profile.model is None:
        return False
    lead = " ".join(" ".join(split_paragraphs(text)[:1]).split()[:_LEAD_WORDS])
    _, carried = storymodel.coverage(
        only_learned(profile.model, profile.baseline_model), title, lead
    )
    return bool(carried)


def only_learned(
    model: storymodel.StoryModel, baseline: storymodel.StoryModel | None
) -> storymodel.StoryModel:
    """``model`` with only the terms it learned beyond ``baseline``'s (all of them without
    one): matched as the model matches its terms."""
    return replace(
        model,
        terms={t: w for t, w in model.terms.items() if baseline is None or t not in baseline.terms},
    )


def one_learned_name(
    profile: StoryProfile, model: storymodel.StoryModel, title: str, text: str
) -> frozenset[str]:
    """The heaviest name ``model`` learned beyond the profile's baseline model that the article
    carries, with its parts (``storymodel.one_name``); empty when it carries none."""
    baseline = profile.baseline_model
    learned = [t for t in model.terms if baseline is None or t not in baseline.terms]
    return storymodel.one_name(model, learned, title, text)


def lone_term_needs(
    baseline: storymodel.StoryModel,
    needs: int,
    plain: float,
    alone_under: float,
    title: str,
    text: str,
) -> int | None:
    """How many of the baseline headline's concepts an article must say for learned terms to
    count, after the lone-term guard: where the baseline's model alone scores it (``plain``)
    under ``alone_under`` (the learned terms would make nearly all of its score), the article
    must say what the baseline dwells on (its central concept; None: it does not), or one
    concept more than ``needs`` when the baseline has none. ``needs`` 0: no guard."""
    if needs > 0 and plain < alone_under:
        if baseline.central is None:
            return needs + 1
        if not storymodel.says_central(baseline, title, text):
            return None
    return needs


def _score_article(
    profile: StoryProfile, title: str, text: str, published: datetime | None
) -> ContentScore:
    if profile.lexicon is None:
        model = profile.model or storymodel.StoryModel(language="en")
        return _score_by_model(model, title, text, published)
    by_lexicon = _score_by_lexicon(profile, profile.lexicon, title, text)
    if profile.model is None:
        return by_lexicon
    return _with_model(profile.model, profile.lexicon, by_lexicon, title, text, published)


def _with_model(
    model: storymodel.StoryModel,
    lexicon: Lexicon,
    by_lexicon: ContentScore,
    title: str,
    text: str,
    published: datetime | None,
) -> ContentScore:
    """The lexicon's score beside the story model's, the higher counting when the lexicon's
    core facets let the model count at all."""
    weak = [name for name in lexicon.core if by_lexicon.facets[name] < _MODEL_GUARD]
    said = f"judged by the lexicon {lexicon.name} and the story model from the baseline"
    if weak:
        about = " and ".join(lexicon.facet(name).about for name in weak)
        head = f"{said}: the lexicon's names score {by_lexicon.score:.2f}; the model does not "
        head += f"count, as the lexicon finds little about {about}"
        return replace(by_lexicon, reasons=(head, *by_lexicon.reasons))
    found = storymodel.match(model, title, text, published=published)
    by_model = storymodel.match_score(found)
    decides = "the model's" if by_model > by_lexicon.score else "the lexicon's"
    head = (
        f"{said}: the lexicon's names score {by_lexicon.score:.2f}, the baseline's words "
        f"{by_model:.2f}; {decides} counts"
    )
    facets = {**by_lexicon.facets, "story model": by_model}
    return ContentScore(
        score=max(by_lexicon.score, by_model),
        facets=facets,
        reasons=(head, *by_lexicon.reasons, *storymodel.reasons(found)),
    )


def _score_by_lexicon(
    profile: StoryProfile, lexicon: Lexicon, title: str, text: str
) -> ContentScore:
    """The article's score by the lexicon's names alone (its facets, their rules)."""
    weights = {t.key: t for t in profile.terms}
    paragraphs = split_paragraphs(text)
    parts = [
        _sentence_mentions(lexicon, _fold_for_match(part))
        for part in (title, " ".join(paragraphs[:1]), "\n".join(paragraphs[1:]))
    ]
    title_counts, lede_counts, rest_counts = (
        Counter(key for named in part for key in named) for part in parts
    )
    joint = _joint_sentences(lexicon, (named for part in parts for named in part))
    # A feed summary has a headline and a sentence or two: judge it by what it names,
    # not by how often (it has no room to repeat anything).
    words = article_words(title, text)
    short = len(words) < 80

    mass: dict[str, float] = {facet.name: 0.0 for facet in lexicon.facets}
    found: dict[str, float] = {}
    # In sorted order: a set's order follows the process's string hashing, and the masses
    # below are float sums (in set order, facets of 23 and 29 of the mission's 332 cases with
    # its lexicon differed in their last bit under PYTHONHASHSEED 9 and 10 from seed 0's).
    for key in sorted(title_counts.keys() | lede_counts.keys() | rest_counts.keys()):
        term = weights.get(key)
        if term is None:
            continue
        hits = (
            _TITLE_BOOST * min(title_counts.get(key, 0), 1)
            + _LEDE_BOOST * lede_counts.get(key, 0)
            + rest_counts.get(key, 0)
        )
        hits = min(hits, _MENTION_CAP + _TITLE_BOOST)
        if short:
            hits = max(hits, 2.0)
        found[key] = hits * term.weight
        for facet in lexicon.concept(key).facets:
            mass[facet] += hits * term.weight
    anchored = lexicon.anchored
    unanchored = bool(anchored) and not any(key in lexicon.anchors for key in found)
    if unanchored:
        # The facet's ambiguous names (words of enforcement that are as much about goods as
        # about the facet's subject) say little without one of its anchors beside them.
        mass[anchored] -= _AMBIGUOUS_SHARE * sum(
            v for k, v in found.items() if anchored in lexicon.concept(k).facets
        )
    facets = {f.name: 1.0 - math.exp(-mass[f.name] / f.scale) for f in lexicon.facets}
    if unanchored:
        facets[anchored] = min(facets[anchored], _UNANCHORED_CAP)
    for side in lexicon.facets:
        if side.needs_actor and not _acting(lexicon, side, found):
            # Named only as a place ("at the border with it", "born there"), not acting.
            facets[side.name] = min(facets[side.name], _NO_ACTOR_CAP)
    overlap = _distinctive_overlap(profile, set(words))
    first, second = lexicon.core
    core = math.sqrt(facets[first] * facets[second])
    if overlap < _JOINT_EXEMPT_OVERLAP:
        # The core facets named only apart (in no sentence together, or in one) say less,
        # unless the article shares the baseline's rare words, which tie it to the story.
        core *= min(1.0, (joint + 1) / _JOINT_FULL)
    context = sum(f.weight * facets[f.name] for f in lexicon.facets) + _OVERLAP_WEIGHT * overlap
    score = round(min(1.0, core * (0.6 + 0.4 * context)), 4)
    reasons = _content_reasons(profile, lexicon, found, facets, overlap, text)
    return ContentScore(score=score, facets=facets, reasons=reasons)


def _acting(lexicon: Lexicon, side: Facet, found: Iterable[str]) -> bool:
    """Whether one of the facet's actors acts in the article. Beside a name of its people
    abroad (consulates helping nationals caught in raids, remittances), only an actor that
    names the other core facet itself does: the country acts for its emigrants, not in the story.
    """
    named = set(found)
    actors = [c for c in map(lexicon.concept, named) if c.kind == "actor" and side.name in c.facets]
    if named & set(side.abroad):
        actors = [c for c in actors if set(lexicon.core) <= set(c.facets)]
    return bool(actors)


def _score_by_model(
    model: storymodel.StoryModel, title: str, text: str, published: datetime | None
) -> ContentScore:
    found = storymodel.match(model, title, text, published=published)
    score = storymodel.match_score(found)
    reasons = ("judged by the story's model from its baseline (no lexicon fits it)",)
    facets = {"baseline vocabulary": found.cosine, "headline": found.headline}
    if found.dense is not None:
        facets["dense similarity"] = found.dense
    return ContentScore(score=score, facets=facets, reasons=reasons + storymodel.reasons(found))


def _content_reasons(
    profile: StoryProfile,
    lexicon: Lexicon,
    found: Mapping[str, float],
    facets: Mapping[str, float],
    overlap: float,
    text: str,
) -> tuple[str, ...]:
    reasons: list[str] = []
    ranked = sorted(found, key=lambda k: (-found[k], k))
    terms = {t.key: t for t in profile.terms}
    for kind in ("actor", "place", "policy"):
        shared = [terms[k].label for k in ranked if terms[k].kind == kind and terms[k].in_baseline]
        related = [
            terms[k].label for k in ranked if terms[k].kind == kind and not terms[k].in_baseline
        ]
        name = _KIND_NAMES[kind]
        if shared:
            prefix = "policy" if kind == "policy" else f"shared {name}"
            reasons.append(f"{prefix}: {', '.join(shared[:5])}")
        if related:
            reasons.append(
                f"related {name} from the lexicon, not in the baseline: {', '.join(related[:5])}"
            )
    figures = [f for f in profile.figures if len(f) > 2 and f in text]
    if figures:
        reasons.append(f"figures shared with the baseline: {', '.join(figures[:3])}")
    for name in lexicon.core:
        if facets[name] < 0.5:
            reasons.append(f"little about {lexicon.facet(name).about} ({facets[name]:.2f})")
    said = ", ".join(f"{f.label} {facets[f.name]:.2f}" for f in lexicon.facets)
    reasons.append(f"facets: {said}, baseline vocabulary {overlap:.2f}")
    return tuple(reasons)


def label_reason(follow_up: bool, labelled_at: datetime) -> str:
    """The reason a reader's label adds to a decision."""
    what = "a follow-up" if follow_up else "not a follow-up"
    return f"a reader labelled it {what} ({labelled_at:%Y-%m-%d}): the label decides"


def apply_label(assessment: Assessment, follow_up: bool, labelled_at: datetime) -> Assessment:
    """The decision with a reader's label standing for the program's (score kept, as said)."""
    reasons = (*assessment.reasons, label_reason(follow_up, labelled_at))
    return replace(assessment, follow_up=follow_up, reasons=reasons)


class DevelopmentDays:
    """The days of a story's confirmed follow-ups, in order: what its horizon counts from."""

    def __init__(self, days: Iterable[date] = ()) -> None:
        self._days = sorted(set(days))

    def latest(self, published: datetime | None) -> date | None:
        """The latest follow-up day on or before ``published`` (the latest of all when the
        article is undated), or None when the story has had none yet."""
        if not self._days:  # (most stories, most runs: no need to read the date)
            return None
        if published is None:
            return self._days[-1]
        at = bisect.bisect_right(self._days, _utc_day(published))
        return self._days[at - 1] if at else None

    def add(self, published: datetime | None) -> None:
        """Record a confirmed follow-up (an undated one says nothing about the story's life)."""
        if published is None:
            return
        day = _utc_day(published)
        at = bisect.bisect_left(self._days, day)
        if at == len(self._days) or self._days[at] != day:
            self._days.insert(at, day)


@functools.lru_cache(maxsize=4096)  # each article's date is read for every story
def _utc_day(moment: datetime) -> date:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).date()


def _date_gate(
    profile: StoryProfile,
    published: datetime | None,
    date_source: str,
    latest_development: date | None = None,
) -> tuple[bool, str]:
    if published is None:
        return True, "no date known: judged on content"
    return _gate(
        profile.baseline_published,
        profile.horizon_days,
        _utc_day(published),
        date_source,
        latest_development,
    )


# Every (article, story) pair passes the gate, and a cycle's pages fall on a few days: the
# stories' pairs share their decisions and reasons (a cycle with 50 stories: ~25,000 pairs).
@functools.lru_cache(maxsize=16384)
def _gate(
    baseline_published: date,
    horizon_days: int | None,
    day: date,
    date_source: str,
    latest_development: date | None,
) -> tuple[bool, str]:
    """The date gate for an article published on ``day`` (UTC), see :func:`decide`."""
    days = (day - baseline_published).days
    source = f" (date from the {date_source})" if date_source not in ("", "unknown") else ""
    if days < 0:
        return False, f"published {span(-days)} before the baseline{source}: not a follow-up"
    if days == 0:
        return True, f"published the same day as the baseline{source}"
    said = f"{span(days)} after the baseline"
    anchor = baseline_published
    if latest_development is not None and baseline_published < latest_development <= day:
        anchor = latest_development
        gap = (day - anchor).days
        when = "the same day as" if gap == 0 else f"{span(gap)} after"
        said += f", {when} the latest development ({anchor:%Y-%m-%d})"
    if horizon_days is None:
        return True, f"{said}{source}; the story has no end date"
    if (day - anchor).days > horizon_days:
        return False, (f"published {said}, beyond the story's {horizon_days}-day horizon{source}")
    return True, f"{said}, within the story's {horizon_days}-day horizon{source}"


@functools.lru_cache(maxsize=4096)  # every (article, story) pair's reasons say one or two
def span(days: int) -> str:
    """A number of days as a reader reads it: "12 days", "914 days (2 years 6 months)"."""
    plain = f"{days} day" if days == 1 else f"{days} days"
    if days < 60:
        return plain
    years, months = divmod(round(days / 30.4375), 12)
    parts = [_count(n, unit) for n, unit in ((years, "year"), (months, "month")) if n]
    return f"{plain} ({' '.join(parts)})"


def _count(n: int, unit: str) -> str:
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


def _same_url(a: str, b: str) -> bool:
    return _bare_url(a) == _bare_url(b)


@functools.lru_cache(maxsize=4096)  # each article is compared with every story's baseline
def _bare_url(u: str) -> str:
    u = re.sub(r"^https?://(www\.)?", "", u.strip().lower())
    return u.split("#")[0].split("?")[0].rstrip("/")


_FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b")


_LOOKAROUND = re.compile(r"\(\?<?[!=][^)]*\)")


@dataclass(frozen=True)
class _Matcher:
    """Every alias of a lexicon in one pattern, and which concept a match names.

    The pattern has no groups, so Python's regex engine can try its thousand alternatives
    fast (named groups made it 25 times slower); a match is then looked up among the plain
    aliases, or among the few written as regular expressions, in the pattern's own order.
    """

    pattern: re.Pattern[str]
    plain: Mapping[str, tuple[int, str]]  # alias -> (order, concept key)
    written: tuple[tuple[int, re.Pattern[str], str], ...]  # (order, alias, concept key)

    def key(self, text: str, match: re.Match[str]) -> str:
        start, end = match.span()
        found = [(n, key) for n, alias, key in self.written if alias.fullmatch(text, start, end)]
        if (hit := self.plain.get(match.group(0))) is not None:
            found.append(hit)
        return min(found)[1]


@lru_cache(maxsize=16)
def _matcher(lexicon: Lexicon) -> _Matcher:
    """The lexicon's matcher. An alias starting ``(?`` is a regular expression, used as
    written ("(?<!new )york", "ontario (?:will |has )?(?:agreed|deployed)")."""
    patterns: list[tuple[str, int, str, bool]] = []
    for concept in lexicon.concepts:
        for alias in concept.aliases:
            written = alias.startswith("(?")
            plain = _LOOKAROUND.sub("", alias) if written else alias
            patterns.append((alias, len(plain), concept.key, written))
    # Longest first, so a programme named after a place wins over the place's own name.
    patterns.sort(key=lambda p: -p[1])
    body = "|".join(alias if written else re.escape(alias) for alias, _, _, written in patterns)
    plain_aliases: dict[str, tuple[int, str]] = {}
    for n, (alias, _, key, written) in enumerate(patterns):
        if not written:
            plain_aliases.setdefault(alias, (n, key))
    return _Matcher(
        pattern=re.compile(rf"\b(?<![\w-])(?:{body})(?![\w-])"),
        plain=plain_aliases,
        written=tuple(
            (n, re.compile(alias), key)
            for n, (alias, _, key, written) in enumerate(patterns)
            if written
        ),
    )


def _mentions(lexicon: Lexicon, folded: str) -> dict[str, int]:
    """How often each concept of the lexicon is named in folded text."""
    counts: dict[str, int] = {}
    for named in _sentence_mentions(lexicon, folded):
        for key in named:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _sentence_mentions(lexicon: Lexicon, folded: str) -> list[list[str]]:
    """The concepts each sentence (or clause after a semicolon) names, one per mention.

    A name of the lexicon's ``context`` counts only in a sentence that also names another
    concept of its facet (a "National Guard" is a country's only beside its other names).
    """
    matcher = _matcher(lexicon)
    sentences: list[list[str]] = []
    for sentence in _CLAUSE_END.split(folded):
        found = [matcher.key(sentence, match) for match in matcher.pattern.finditer(sentence)]
        sentences.append(
            [
                key
                for key in found
                if (facet := lexicon.context.get(key)) is None
                or any(facet in lexicon.concept(other).facets for other in found if other != key)
            ]
        )
    return sentences


def _joint_sentences(lexicon: Lexicon, sentences: Iterable[list[str]]) -> int:
    """How many sentences name both core facets: a follow-up ties the story's core together
    in its sentences, where a look-alike names each somewhere in its text."""
    a, b = lexicon.core
    return sum(
        1
        for named in sentences
        if any(a in lexicon.concept(k).facets for k in named)
        and any(b in lexicon.concept(k).facets for k in named)
    )


_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def _fold_for_match(text: str) -> str:
    return fold(US_NAME.sub(" united states ", text))


# Bump when distinctive_terms changes: stored terms of another version are recomputed.
DISTINCTIVE_VERSION = 1


def distinctive_terms(baseline_title: str, baseline_text: str) -> dict[str, float]:
    """Rare content words of the baseline, weighted by rarity (Zipf frequency < 5).

    Loading the word-frequency table costs ~0.8 s, so a run stores the result with the
    baseline (:func:`encode_distinctive`) and later runs read it back.
    """
    text = baseline_title + "\n" + baseline_text
    counts: dict[str, int] = {}
    for token in tokens(text):
        if len(token) < 4 or token in STOPWORDS or any(ch.isdigit() for ch in token):
            continue
        counts[token] = counts.get(token, 0) + 1
    weights: dict[str, float] = {}
    for word in counts:
        zipf = storymodel.zipf(word, "en")
        if zipf < 5.0:
            weights[word] = round((5.0 - zipf) / 5.0, 3)
    return weights


def encode_distinctive(terms: Mapping[str, float]) -> str:
    """Distinctive terms as stored beside the baseline (JSON with their version)."""
    return json.dumps({"version": DISTINCTIVE_VERSION, "terms": dict(terms)}, sort_keys=True)


def decode_distinctive(stored: str | None) -> dict[str, float] | None:
    """Stored distinctive terms, or None when absent, unreadable or of another version."""
    if not stored:
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("version") != DISTINCTIVE_VERSION:
        return None
    terms = data.get("terms")
    if not isinstance(terms, dict):
        return None
    return {str(word): float(weight) for word, weight in terms.items()}


def _distinctive_overlap(profile: StoryProfile, words: set[str]) -> float:
    """Share of the baseline's distinctive vocabulary (by weight) the article uses."""
    if not profile.distinctive:
        return 0.0
    got = sum(w for word, w in profile.distinctive.items() if word in words)
    # A long follow-up uses perhaps a quarter of the baseline's rare words; saturate there.
    total = sum(profile.distinctive.values())
    return min(1.0, got / (0.25 * total)) if total else 0.0


def story_from_baseline_metadata(meta: Mapping[str, object], *, lexicon: str | None) -> Story:
    """A ``Story`` from the shared baseline JSON (slug, title, url, published), judged with
    ``lexicon`` (a shipped name or a file's path; None: its story model)."""
    published = date.fromisoformat(str(meta["published"]))
    return Story(
        slug=str(meta["slug"]),
        title=str(meta["title"]),
        url=str(meta["url"]),
        published=published,
        lexicon=lexicon,
    )


def labels(terms: Iterable[ProfileTerm]) -> list[str]:
    """The labels of some profile terms, for display."""
    return [t.label for t in terms]
