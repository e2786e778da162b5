"""Pure follow-up detection: is an article a follow-up of a story's baseline, and why.

A story profile (actors, places, policies, figures, rare terms) is matched against an article.
"""

from __future__ import annotations

import bisect
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import lru_cache

from monitor import storymodel
from monitor.models import Assessment, ContentScore, Story
from monitor.text import fold, split_paragraphs, tokens
from monitor.wordlists import STOPWORDS, US_NAME

logger = logging.getLogger(__name__)

# Chosen by `python -m bench.judgement` on the "tune" split only (see bench/judgement/README.md).
DEFAULT_THRESHOLD = 0.56

# Facets of the story. A follow-up must be about migration AND about Mexico's role in it;
# the US government's side and specific policies add confidence.
MIGRATION = "migration"
MEXICO = "mexico"
US = "us"
POLICY = "policy"

# How many weighted mentions make a facet "strong" (1 - exp(-mentions / k)).
_FACET_SCALE = {MIGRATION: 2.5, MEXICO: 2.0, US: 2.0, POLICY: 1.5}
_TITLE_BOOST = 3.0  # a name in the headline counts this many times
_LEDE_BOOST = 1.5  # ... and in the first paragraph this many
_MENTION_CAP = 4  # beyond this, repeating a name adds nothing


@dataclass(frozen=True)
class Concept:
    """A name the story's domain knows, with its aliases in English and Spanish.

    The Spanish aliases are the bilingual keyword map for the Mexican press: "Guardia
    Nacional", "Quédate en México", "migrantes", "frontera" count like their English forms.
    Aliases are matched on folded text (lower case, no accents), on word boundaries.
    """

    key: str
    label: str
    kind: str  # "actor", "place", "policy" or "term"
    facets: tuple[str, ...]
    weight: float  # how specific the name is to this story (0-1.5)
    aliases: tuple[str, ...]


def _c(key: str, label: str, kind: str, facets: str, weight: float, *aliases: str) -> Concept:
    return Concept(key, label, kind, tuple(facets.split()), weight, aliases)


# The domain of the tracked story: US-Mexico cooperation on migration enforcement.
# build_profile() marks which of these the baseline itself names; the rest are related.
GAZETTEER: tuple[Concept, ...] = (
    # Mexico's actors and places
    _c("mexico", "Mexico", "place", "mexico", 1.0,
       "mexico", "mexican", "mexicans", "mexicano", "mexicanos", "mexicana", "mexicanas"),
    _c("amlo", "López Obrador", "actor", "mexico", 1.2,
       "lopez obrador", "amlo", "andres manuel"),
    _c("ebrard", "Marcelo Ebrard", "actor", "mexico", 1.2, "ebrard"),
    _c("national_guard", "Mexico's National Guard", "actor", "mexico", 1.3,
       r"(?<!texas )(?<!army )(?<!state )national guard", "guardia nacional"),
    _c("inm", "Mexico's National Migration Institute", "actor", "mexico migration", 1.3,
       "national migration institute", "national immigration institute",
       "instituto nacional de migracion", "inm"),
    _c("segob", "Mexico's Interior Ministry", "actor", "mexico", 0.8,
       "segob", "secretaria de gobernacion", "interior ministry", "gobernacion"),
    _c("mexico_foreign", "Mexico's Foreign Ministry", "actor", "mexico", 0.8,
       "cancilleria", "secretaria de relaciones exteriores", "sre"),
    _c("comar", "COMAR", "actor", "mexico migration", 1.2,
       "comar", "comision mexicana de ayuda a refugiados", "mexican refugee commission",
       "mexican commission for refugee assistance"),
    _c("mexico_city", "Mexico City", "place", "mexico", 0.6, "ciudad de mexico", "cdmx"),
    _c("southern_mexico", "southern Mexico", "place", "mexico", 1.0,
       "southern mexico", "sur de mexico", "sureste"),
    _c("tapachula", "Tapachula", "place", "mexico migration", 1.3, "tapachula"),
    _c("chiapas", "Chiapas", "place", "mexico", 1.0, "chiapas"),
    _c("suchiate", "Suchiate River", "place", "mexico migration", 1.2, "suchiate"),
    _c("tabasco", "Tabasco", "place", "mexico", 0.8, "tabasco", "villahermosa", "tenosique"),
    _c("border_cities", "Mexican border cities", "place", "mexico", 1.1,
       "tijuana", "ciudad juarez", "juarez", "matamoros", "reynosa", "nuevo laredo",
       "ciudad acuna", "acuna", "piedras negras", "mexicali", "nogales", "tamaulipas",
       "coahuila", "baja california", "chihuahua", "sonora", "monterrey", "nuevo leon",
       "rio grande", "rio bravo"),
    _c("cancun", "Mexican airports", "place", "mexico", 1.0, "cancun", "benito juarez airport"),
    _c("guatemala_border", "Mexico-Guatemala border", "place", "mexico migration", 1.4,
       "mexico-guatemala border", "mexico's southern border", "mexico's border with guatemala",
       "frontera sur", "frontera con guatemala", "southern border of mexico"),
    # The US government's side
    _c("biden", "Biden", "actor", "us", 0.7, "biden"),
    _c("harris", "Kamala Harris", "actor", "us", 1.0, "kamala harris", "harris"),
    _c("mayorkas", "Mayorkas", "actor", "us", 1.2, "mayorkas"),
    _c("blinken", "Blinken", "actor", "us", 0.8, "blinken"),
    _c("dhs", "Homeland Security", "actor", "us", 0.9,
       "homeland security", "dhs", "seguridad nacional de estados unidos"),
    _c("white_house", "the White House", "actor", "us", 0.6, "white house", "casa blanca"),
    _c("state_dept", "State Department", "actor", "us", 0.5,
       "state department", "departamento de estado"),
    _c("border_patrol", "Border Patrol", "actor", "us migration", 0.9,
       "border patrol", "border agents", "cbp", "customs and border protection",
       "patrulla fronteriza", "agentes fronterizos"),
    _c("ice", "ICE", "actor", "us migration", 0.5, "ice", "immigration and customs enforcement"),
    _c("usa", "the United States", "place", "us", 0.3,
       "united states", "estados unidos", "eu", "eua", "washington"),
    _c("trump", "Trump", "actor", "us", 0.3, "trump"),
    _c("cdc", "CDC", "actor", "us", 0.6, "cdc", "centers for disease control"),
    # Policies and programmes
    _c("title42", "Title 42", "policy", "policy migration", 1.5,
       "title 42", "titulo 42", "public health order", "public health law",
       "public health rule", "pandemic-era health order", "pandemic health order"),
    _c("mpp", "Remain in Mexico (MPP)", "policy", "policy migration mexico", 1.5,
       "remain in mexico", "migrant protection protocols", "mpp", "quedate en mexico",
       "permanece en mexico", "protocolos de proteccion a migrantes"),
    _c("expulsion", "expulsions", "policy", "policy migration", 1.2,
       "expel", "expels", "expelled", "expelling", "expulsion", "expulsions",
       "expulsar", "expulsados", "expulsadas", "expulsion", "expulsiones", "expulsa"),
    _c("deportation", "deportations and returns", "policy", "policy migration", 0.8,
       "deport", "deported", "deporting", "deportation", "deportations", "deportados",
       "deportacion", "deportaciones", "deporta", "returned to mexico", "sent back",
       "send back", "turned back", "turn back", "repatriation", "repatriated",
       "repatriacion", "retornados", "devueltos"),
    _c("visas", "visa requirements", "policy", "policy", 0.9,
       "visa", "visas", "visa requirement", "visa requirements", "visa policy",
       "visa policies", "visado", "visados"),
    _c("airports", "airports and air routes", "policy", "policy", 0.9,
       "airport", "airports", "aeropuerto", "aeropuertos", "air route", "air routes",
       "flights", "flight", "vuelo", "vuelos", "airline", "airlines", "aerolinea",
       "aerolineas"),
    _c("detention", "detention", "policy", "policy migration", 0.7,
       "detention", "detained", "detentions", "detain", "detenidos", "detenidas",
       "detencion", "detenciones", "estacion migratoria", "estaciones migratorias",
       "apprehensions", "apprehended", "arrests", "arrested", "arrest", "rescatados",
       "asegurados", "detiene", "detuvo"),
    _c("enforcement", "immigration enforcement", "policy", "policy migration", 0.8,
       "immigration enforcement", "enforcement", "crackdown", "checkpoints", "checkpoint",
       "control migratorio", "operativo", "operativos", "retenes", "contencion"),
    _c("root_causes", "root causes of migration", "policy", "policy migration", 1.1,
       "root causes", "causes of migration", "causas de raiz", "causas estructurales",
       "causas de la migracion", "sembrando vida", "jovenes construyendo el futuro"),
    _c("families", "families and children", "term", "migration", 0.6,
       "families", "family units", "unaccompanied children", "unaccompanied minors",
       "familias", "menores no acompanados", "ninos migrantes"),
    _c("smuggling", "smuggling", "term", "migration policy", 0.8,
       "smuggling", "smugglers", "smuggler", "human trafficking", "coyotes", "polleros",
       "trafico de personas", "traficantes", "trata de personas", "trafficking networks"),
    _c("caravan", "migrant caravans", "term", "migration", 1.1, "caravan", "caravans",
       "caravana", "caravanas"),
    _c("security_dialogue", "High-Level Security Dialogue", "policy", "policy", 1.0,
       "security dialogue", "bicentennial framework", "dialogo de alto nivel sobre seguridad",
       "entendimiento bicentenario"),
    _c("la_declaration", "Los Angeles Declaration", "policy", "policy migration", 1.3,
       "los angeles declaration", "declaration on migration and protection",
       "declaracion de los angeles"),
    _c("work_visas", "temporary work visas", "policy", "policy migration", 0.8,
       "work visas", "temporary workers", "guest workers", "h-2a", "h-2b", "visas de trabajo",
       "humanitarian visas", "visas humanitarias", "tarjetas de visitante"),
    # Migration itself
    _c("migrants", "migrants", "term", "migration", 0.7,
       "migrant", "migrants", "immigrant", "immigrants", "migration", "immigration",
       "migratory", "migrante", "migrantes", "migracion", "migratorio", "migratoria",
       "migratorios", "migratorias", "inmigrantes", "personas en movilidad"),
    _c("asylum", "asylum seekers", "term", "migration", 0.6,
       "asylum", "asylum seekers", "asylum-seekers", "refugees", "asilo",
       "solicitantes de asilo", "refugio", "refugiados"),
    _c("southern_border", "the southern border", "place", "migration mexico", 1.0,
       "southern border", "us-mexico border", "u.s.-mexico border", "mexico border",
       "border with mexico", "frontera norte", "frontera con estados unidos",
       "frontera entre mexico y estados unidos"),
    _c("crossings", "border crossings", "term", "migration", 0.7,
       "crossings", "border crossings", "crossed the border", "cross the border",
       "crossing the border", "encounters", "cruzar la frontera", "cruces"),
    _c("border", "border", "term", "migration", 0.2, "border", "frontera", "fronteriza"),
    # Where migrants come from
    _c("northern_triangle", "Central America", "place", "migration", 0.6,
       "guatemala", "guatemalan", "guatemalans", "honduras", "honduran", "hondurans",
       "el salvador", "salvadoran", "salvadorans", "central america", "central american",
       "centroamerica", "centroamericanos", "northern triangle", "triangulo del norte",
       "guatemaltecos", "hondurenos", "salvadorenos"),
    _c("south_america", "South American migrants", "place", "migration", 0.4,
       "brazil", "brazilian", "brazilians", "venezuela", "venezuelan", "venezuelans",
       "ecuador", "ecuadorian", "ecuadorians", "brasil", "brasilenos", "venezolanos",
       "ecuatorianos"),
    _c("haiti", "Haitian migrants", "place", "migration", 0.5,
       "haiti", "haitian", "haitians", "haitianos", "del rio"),
)  # fmt: skip

# The lexicons shipped with monitor, by the name a story's ``lexicon`` key gives.
LEXICONS: dict[str, tuple[Concept, ...]] = {"us-mexico-migration": GAZETTEER}
_CONCEPTS = {c.key: c for c in GAZETTEER}

# Names that only ever mean people on the move; the story's other migration words
# (border agents, arrests, enforcement, smuggling, the border) need one of these beside them.
_MIGRATION_ANCHORS = frozenset(
    {
        "migrants", "asylum", "caravan", "title42", "mpp", "expulsion", "deportation",
        "root_causes", "la_declaration", "inm", "comar", "work_visas", "crossings", "visas",
    }
)  # fmt: skip
# Names that are this story's only beside another name of a facet, in the same sentence: a
# "National Guard" sent to Los Angeles or to Texas's border is a US state's, not Mexico's.
_CONTEXT: dict[str, str] = {"national_guard": MEXICO}
_JOINT_FULL = 3  # sentences naming both core facets, plus one, that give the core in full
_JOINT_EXEMPT_OVERLAP = 0.35  # ... needed only below this share of the baseline's rare words
_AMBIGUOUS_SHARE = 0.7  # of the migration weight lost when no anchor is named
_UNANCHORED_MIGRATION_CAP = 0.3  # and never more than this: no people, no migration story
_KIND_NAMES = {"actor": "actors", "place": "places", "policy": "policy", "term": "terms"}


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
    # Set for a story that names no lexicon: it is judged by what its baseline alone says
    # (its rare words and phrases), with no code written for it.
    model: storymodel.StoryModel | None = None

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

    Every name of the domain gazetteer enters the profile; those the baseline itself uses
    keep their full weight, related ones (the baseline cannot name later programmes) a bit
    less. Rare words of the baseline, weighted by how rare they are in English, become
    its distinctive terms (``distinctive``: those terms as stored earlier, see
    :func:`distinctive_terms`).
    """
    counts = _mentions(_fold_for_match(baseline_title + "\n" + baseline_text))
    by_kind: dict[str, list[ProfileTerm]] = {"actor": [], "place": [], "policy": [], "term": []}
    for concept in GAZETTEER:
        seen = counts.get(concept.key, 0) > 0
        weight = concept.weight if seen else concept.weight * 0.85
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
    )
    if story.lexicon is not None:
        return profile
    return replace(profile, model=storymodel.build_model(baseline_title, baseline_text))


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
    scored = score_article(profile, title, text)
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
    reasons = list(scored.reasons)
    date_ok, date_reason = _date_gate(profile, published, date_source, latest_development)
    reasons.append(date_reason)
    if url and _same_url(url, profile.baseline_url):
        reasons.append("this is the baseline article itself")
        date_ok = False
    follow_up = scored.score >= limit and date_ok
    verdict = "follow-up" if follow_up else "not a follow-up"
    reasons.append(f"score {scored.score:.2f} against threshold {limit:.2f}: {verdict}")
    return Assessment(
        story=profile.story,
        url=url,
        follow_up=follow_up,
        score=scored.score,
        reasons=tuple(reasons),
        published=published,
        date_source=date_source,
    )


def score_article(profile: StoryProfile, title: str, text: str) -> ContentScore:
    """Score an article's title and text against the profile, dates aside."""
    if profile.model is not None:
        return _score_by_model(profile.model, title, text)
    weights = {t.key: t for t in profile.terms}
    paragraphs = split_paragraphs(text)
    parts = [
        _sentence_mentions(_fold_for_match(part))
        for part in (title, " ".join(paragraphs[:1]), "\n".join(paragraphs[1:]))
    ]
    title_counts, lede_counts, rest_counts = (
        Counter(key for named in part for key in named) for part in parts
    )
    joint = _joint_sentences((named for part in parts for named in part), (MIGRATION, MEXICO))
    # A feed summary has a headline and a sentence or two: judge it by what it names,
    # not by how often (it has no room to repeat anything).
    words = tokens(title + "\n" + text)
    short = len(words) < 80

    mass: dict[str, float] = {MIGRATION: 0.0, MEXICO: 0.0, US: 0.0, POLICY: 0.0}
    found: dict[str, float] = {}
    for key in set(title_counts) | set(lede_counts) | set(rest_counts):
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
        for facet in _CONCEPTS[key].facets:
            mass[facet] += hits * term.weight
    if not any(key in _MIGRATION_ANCHORS for key in found):
        # Border agents, arrests, checkpoints and smuggling are as much about drugs and
        # guns as about people: without one word about people on the move, they say little.
        mass[MIGRATION] -= _AMBIGUOUS_SHARE * sum(
            v for k, v in found.items() if MIGRATION in _CONCEPTS[k].facets
        )
    facets = {name: 1.0 - math.exp(-value / _FACET_SCALE[name]) for name, value in mass.items()}
    if not any(key in _MIGRATION_ANCHORS for key in found):
        facets[MIGRATION] = min(facets[MIGRATION], _UNANCHORED_MIGRATION_CAP)
    overlap = _distinctive_overlap(profile, set(words))
    core = math.sqrt(facets[MIGRATION] * facets[MEXICO])
    if overlap < _JOINT_EXEMPT_OVERLAP:
        # The core facets named only apart (in no sentence together, or in one) say less,
        # unless the article shares the baseline's rare words, which tie it to the story.
        core *= min(1.0, (joint + 1) / _JOINT_FULL)
    context = 0.5 * facets[US] + 0.3 * facets[POLICY] + 0.2 * overlap
    score = round(min(1.0, core * (0.6 + 0.4 * context)), 4)
    reasons = _content_reasons(profile, found, facets, overlap, text)
    return ContentScore(score=score, facets=facets, reasons=reasons)


def _score_by_model(model: storymodel.StoryModel, title: str, text: str) -> ContentScore:
    found = storymodel.match(model, title, text)
    score = storymodel.match_score(found)
    reasons = ("judged by the story's model from its baseline (no lexicon fits it)",)
    facets = {"baseline vocabulary": found.cosine, "headline": found.headline}
    if found.dense is not None:
        facets["dense similarity"] = found.dense
    return ContentScore(score=score, facets=facets, reasons=reasons + storymodel.reasons(found))


def _content_reasons(
    profile: StoryProfile,
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
            reasons.append(f"related {name} not in the baseline: {', '.join(related[:5])}")
    figures = [f for f in profile.figures if len(f) > 2 and f in text]
    if figures:
        reasons.append(f"figures shared with the baseline: {', '.join(figures[:3])}")
    for facet, label in ((MIGRATION, "migration"), (MEXICO, "Mexico's role")):
        if facets[facet] < 0.5:
            reasons.append(f"little about {label} ({facets[facet]:.2f})")
    reasons.append(
        f"facets: migration {facets[MIGRATION]:.2f}, Mexico {facets[MEXICO]:.2f}, "
        f"US government {facets[US]:.2f}, policy {facets[POLICY]:.2f}, "
        f"baseline vocabulary {overlap:.2f}"
    )
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
        if published is None:
            return self._days[-1] if self._days else None
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
    day = _utc_day(published)
    days = (day - profile.baseline_published).days
    source = f" (date from the {date_source})" if date_source not in ("", "unknown") else ""
    if days < 0:
        return False, f"published {span(-days)} before the baseline{source}: not a follow-up"
    if days == 0:
        return True, f"published the same day as the baseline{source}"
    said = f"{span(days)} after the baseline"
    anchor = profile.baseline_published
    if latest_development is not None and profile.baseline_published < latest_development <= day:
        anchor = latest_development
        gap = (day - anchor).days
        when = "the same day as" if gap == 0 else f"{span(gap)} after"
        said += f", {when} the latest development ({anchor:%Y-%m-%d})"
    if profile.horizon_days is None:
        return True, f"{said}{source}; the story has no end date"
    if (day - anchor).days > profile.horizon_days:
        return False, (
            f"published {said}, beyond the story's {profile.horizon_days}-day horizon{source}"
        )
    return True, f"{said}, within the story's {profile.horizon_days}-day horizon{source}"


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
    def bare(u: str) -> str:
        u = re.sub(r"^https?://(www\.)?", "", u.strip().lower())
        return u.split("#")[0].split("?")[0].rstrip("/")

    return bare(a) == bare(b)


_FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b")


def _alias_pattern(alias: str) -> str:
    # Aliases containing a regex construct (lookbehind) are used as written.
    if alias.startswith("(?"):
        return alias
    return re.escape(alias)


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, str]]:
    alias_to_key: dict[str, str] = {}
    patterns: list[tuple[str, str]] = []
    for concept in GAZETTEER:
        for alias in concept.aliases:
            plain = alias.split(")")[-1] if alias.startswith("(?") else alias
            alias_to_key[plain] = concept.key
            patterns.append((alias, plain))
    # Longest first, so "remain in mexico" wins over "mexico".
    patterns.sort(key=lambda p: -len(p[1]))
    body = "|".join(_alias_pattern(a) for a, _ in patterns)
    return re.compile(rf"\b(?<![\w-])(?:{body})(?![\w-])"), alias_to_key


def _mentions(folded: str) -> dict[str, int]:
    """How often each gazetteer concept is named in folded text."""
    counts: dict[str, int] = {}
    for named in _sentence_mentions(folded):
        for key in named:
            counts[key] = counts.get(key, 0) + 1
    return counts


def _sentence_mentions(folded: str) -> list[list[str]]:
    """The concepts each sentence (or clause after a semicolon) names, one per mention.

    A name of ``_CONTEXT`` counts only in a sentence that also names another concept of its
    facet: "Mexico's National Guard", not a US state's.
    """
    pattern, alias_to_key = _matcher()
    sentences: list[list[str]] = []
    for sentence in _CLAUSE_END.split(folded):
        found = [
            key
            for match in pattern.finditer(sentence)
            if (key := alias_to_key.get(match.group(0))) is not None
        ]
        sentences.append(
            [
                key
                for key in found
                if (facet := _CONTEXT.get(key)) is None
                or any(facet in _CONCEPTS[other].facets for other in found if other != key)
            ]
        )
    return sentences


def _joint_sentences(sentences: Iterable[list[str]], facets: tuple[str, str]) -> int:
    """How many sentences name both facets: a follow-up ties the story's core together in
    its sentences, where a look-alike names each somewhere in its text."""
    a, b = facets
    return sum(
        1
        for named in sentences
        if any(a in _CONCEPTS[k].facets for k in named)
        and any(b in _CONCEPTS[k].facets for k in named)
    )


_CLAUSE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def _fold_for_match(text: str) -> str:
    return fold(US_NAME.sub(" united states ", text))


def _zipf(word: str) -> float:
    # wordfreq ships its frequency tables in the wheel: no download at run time.
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


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
        zipf = _zipf(word)
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


def story_from_baseline_metadata(
    meta: Mapping[str, object], *, lexicon: str | None = "us-mexico-migration"
) -> Story:
    """A ``Story`` from the shared baseline JSON (slug, title, url, published), judged with
    the mission's lexicon unless told otherwise."""
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
