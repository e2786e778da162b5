"""A reader's ``not`` label teaches: a later article that reads like a rejected one is rejected.

Pure. TDT's trackers used negative exemplars (Rocchio's negative term, or nearest-neighbour
decisions against the labelled examples); here each article a reader labelled not a follow-up
is one. A later article the story model accepts is turned down when it reads more like a
rejected article than like any of the story's own texts (the baseline, its follow-ups accepted
or labelled), and close enough to it: its rare words and phrases (weighed as the story model
weighs its baseline's, headline first) have a cosine of at least ``bar`` with the rejected
article's. Bounded so that one label cannot hide the story's real follow-ups: a follow-up that
reads as much like the story as like the look-alike is kept, and so is one that reads no more
like the rejected article than the rejected article reads like the story's own texts (the two
may be alike only in what they share with the story: the same minister's other business, and
the story's next step under the same minister); the reason names the article that turned one
down ("reads like <title>, which a reader labelled not a follow-up").

A story without a ``not`` label has no exemplar and nothing here runs for it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from monitor import adaptation, dense, storymodel
from monitor.models import Assessment
from monitor.text import split_paragraphs

_TITLE_WEIGHT = 2  # a headline's words count twice, as the story model reads an article


@dataclass(frozen=True)
class Settings:
    """How close a later article must read to a rejected one to be turned down (chosen on
    bench.adaptation's ``--corrections`` rows: see its README, session 17)."""

    bar: float = 0.3  # the cosine of rare words with the rejected article, at least
    # ... or the dense similarity of the openings (static embeddings; 0: not compared). At 0.6
    # it turns down two more of the mission's false alarms, and costs it a follow-up those had
    # lifted (bench.adaptation --corrections 3): off
    dense_bar: float = 0.0
    # ... and above the closest of the story's own texts by this much (on the same measure)
    margin: float = 0.0
    lead_paragraphs: int = 3  # what is compared: the headline and this many paragraphs


DEFAULT = Settings()


@dataclass(frozen=True)
class Exemplar:
    """One text as the rule compares it: its rare words and phrases, weighed."""

    url: str
    title: str
    terms: Mapping[str, float]
    norm: float
    opening: str = ""  # its headline and opening, for the dense similarity

    def cosine(self, other: Exemplar) -> float:
        """The cosine of the two texts' rare words and phrases."""
        if not self.norm or not other.norm:
            return 0.0
        small, large = sorted((self.terms, other.terms), key=len)
        dot = sum(w * large[t] for t, w in small.items() if t in large)
        return dot / (self.norm * other.norm)

    def dense(self, other: Exemplar) -> float:
        """The dense similarity of the two texts' openings (``monitor.dense``)."""
        return dense.similarity(self.opening, other.opening)


def exemplar(url: str, title: str, text: str, settings: Settings = DEFAULT) -> Exemplar:
    """The article as compared: its headline and opening's rare words and phrases, each
    weighed by its rarity in the article's language and how often it occurs, without
    possessive endings, figures and dates (as a story model learns terms: ``adaptation``)."""
    lead = "\n".join(split_paragraphs(text)[: settings.lead_paragraphs])
    language = storymodel.language_of(f"{title}\n{lead}")
    parts = [(adaptation.without_possessives(title), _TITLE_WEIGHT)]
    parts.append((adaptation.without_possessives(lead), 1))
    terms = {
        t: w
        for t, w in storymodel.term_weights(language, parts).items()
        if adaptation.names_no_figure(t)
    }
    norm = math.sqrt(sum(w * w for w in terms.values()))
    return Exemplar(url, title, terms, norm, f"{title}\n{lead}")


@dataclass(frozen=True)
class Rejection:
    """Why an article was turned down: the rejected article it reads like, and how closely
    it reads like that one and like the closest of the story's own texts."""

    like: Exemplar
    closeness: float
    own: float
    own_title: str
    measure: str = "its rare words"  # or "its opening's word embeddings"

    def reason(self) -> str:
        title = self.like.title or self.like.url
        return (
            f"reads like {title!r}, which a reader labelled not a follow-up ({self.measure} "
            f"{self.closeness:.2f} alike, against {self.own:.2f} for the closest of the story's "
            f"own texts, {self.own_title!r}): not a follow-up"
        )


class Exemplars:
    """One story's texts as the rule compares them: the articles a reader rejected, and the
    story's own (its baseline, then the follow-ups accepted or labelled, in order). The story's
    own texts are read when an article is first compared (most runs accept none of a story's
    articles: they are never read)."""

    def __init__(self, settings: Settings = DEFAULT) -> None:
        self.settings = settings
        self.rejected: dict[str, Exemplar] = {}  # url -> exemplar
        self._own: dict[str, Exemplar | tuple[str, str]] = {}  # url -> exemplar, or its text

    def __bool__(self) -> bool:  # something to compare with: a rejected article
        return bool(self.rejected)

    @property
    def own(self) -> dict[str, Exemplar]:
        """The story's own texts as compared (read now if not yet)."""
        for url, held in self._own.items():
            if not isinstance(held, Exemplar):
                self._own[url] = exemplar(url, *held, self.settings)
        return {url: held for url, held in self._own.items() if isinstance(held, Exemplar)}

    def reject(self, url: str, title: str, text: str) -> None:
        """A reader labelled the article not a follow-up: it is no longer the story's."""
        self._own.pop(url, None)
        self.rejected[url] = exemplar(url, title, text, self.settings)

    def keep(self, url: str, title: str, text: str) -> None:
        """The article is the story's (the baseline, an accepted or labelled follow-up)."""
        if url not in self.rejected:
            self._own[url] = (title, text)

    def heard(self, url: str, title: str, text: str, *, follow_up: bool, by_reader: bool) -> None:
        """An article judged: a reader's ``not`` makes it an exemplar, a follow-up the story's."""
        if by_reader and not follow_up:
            self.reject(url, title, text)
        elif follow_up:
            self.keep(url, title, text)

    def rejection(self, title: str, text: str) -> Rejection | None:
        """Why an article is turned down, or None: it reads like a rejected article (at
        least ``bar`` by its rare words, or ``dense_bar`` by its opening's word embeddings)
        more than like any of the story's own texts (by ``margin``, on the same measure)."""
        if not self.rejected:
            return None
        article = exemplar("", title, text, self.settings)
        measures = [(Exemplar.cosine, self.settings.bar, "its rare words")]
        if self.settings.dense_bar > 0:
            measures.append((Exemplar.dense, self.settings.dense_bar, "its opening's embeddings"))
        for alike, bar, measure in measures:
            found = self._closer(article, alike, bar)
            if found is not None:
                return replace(found, measure=measure)
        return None

    def _closer(
        self, article: Exemplar, alike: Callable[[Exemplar, Exemplar], float], bar: float
    ) -> Rejection | None:
        like, closeness = max(
            ((r, alike(article, r)) for r in self.rejected.values()), key=lambda rc: rc[1]
        )
        if closeness < bar:
            return None
        own, near = max(
            ((o.title or o.url, alike(article, o)) for o in self.own.values()),
            key=lambda oc: oc[1],
            default=("", 0.0),
        )
        if closeness < near + self.settings.margin:
            return None
        # No nearer the rejected article than it is to the story's own texts, the article may
        # be like it through what both share with the story (a rejected article that reads
        # like the story is its field's nearest neighbour: its likeness tells nothing apart).
        kin = max((alike(like, o) for o in self.own.values()), default=0.0)
        if closeness <= kin:
            return None
        return Rejection(like, round(closeness, 2), round(near, 2), own)


def judge(assessment: Assessment, exemplars: Exemplars, title: str, text: str) -> Assessment:
    """The decision with the rejected articles heard: a follow-up that reads like one is not
    one, the rejected article named in its reasons (the score is kept, as said)."""
    if not assessment.follow_up or not exemplars:
        return assessment
    found = exemplars.rejection(title, text)
    if found is None:
        return assessment
    return replace(assessment, follow_up=False, reasons=(*assessment.reasons, found.reason()))


def of_rows(
    baseline: tuple[str, str, str],
    rejected: Iterable[tuple[str, str, str]],
    own: Iterable[tuple[str, str, str]],
    settings: Settings = DEFAULT,
) -> Exemplars:
    """A story's exemplars from stored texts, each (url, title, text): its baseline, the
    articles a reader labelled not a follow-up, and its follow-ups."""
    found = Exemplars(settings)
    for url, title, text in rejected:
        found.reject(url, title, text)
    found.keep(*baseline)
    for url, title, text in own:
        found.keep(url, title, text)
    return found
