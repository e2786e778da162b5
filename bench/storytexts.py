"""Baselines for the bench's extra stories, written by the team: invented events, no real text.

``python -m bench --stories 50`` configures 49 stories besides the mission's, each judged by
its story model (no lexicon), to measure what many stories cost a cycle. Their baselines are
put together here from our own sentences and invented names, so that each story has its own
rare words (a town, a person, a company, a kind of event) as a real one would.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

_TOWNS = (
    "Port Alder", "Kelvin Point", "Marrowby", "Eastwick Falls", "Tollan Bay", "Greyhaven",
    "Soltera", "Bramford", "Quarrington", "Vellmoor", "Ashcombe", "Lindqvist Harbour",
    "Oristown", "Caddon", "Fennick",
)  # fmt: skip
_PEOPLE = (
    "Ingrid Solvang", "Tomas Okafor", "Maribel Quintero", "Hollis Varga", "Anneke Brandt",
    "Desmond Achterberg", "Priya Ramaswell", "Colm Feeney", "Juniper Oyelaran",
    "Radomir Kessling", "Beatrix Lund", "Idris Pennacott", "Solenne Marchetti",
)  # fmt: skip
_COMPANIES = (
    "Harrowgate Logistics", "Pellucid Chemicals", "Northwind Rail", "Corvane Mining",
    "Sablefish Ferries", "Tidemark Energy", "Quillon Foods", "Ravelstone Steel",
)  # fmt: skip
_EVENTS = (
    ("fire", "A fire tore through", "the blaze", "firefighters", "smoke"),
    ("collapse", "Part of a warehouse roof collapsed at", "the collapse", "rescuers", "rubble"),
    ("derailment", "A freight train derailed near", "the derailment", "crews", "tank cars"),
    ("spill", "A chemical tank ruptured at", "the spill", "hazmat teams", "fumes"),
    ("flood", "Floodwater broke through a levee protecting", "the flood", "volunteers", "sandbags"),
    ("explosion", "An explosion shook", "the blast", "investigators", "debris"),
    ("sinking", "A passenger ferry sank off", "the sinking", "divers", "lifeboats"),
)  # fmt: skip


@dataclass(frozen=True)
class ExtraStory:
    """One invented story: its configuration fields and its baseline text."""

    slug: str
    title: str
    url: str
    published: date
    text: str


def extra_stories(count: int, *, start: date = date(2021, 3, 1)) -> list[ExtraStory]:
    """``count`` invented stories, each a different event, town, person and company."""
    combos = itertools.product(_EVENTS, _TOWNS, _PEOPLE, _COMPANIES)
    stories = []
    for n, (event, town, person, company) in enumerate(itertools.islice(combos, 0, None, 97)):
        if n == count:
            break
        kind, opening, the_event, responders, remains = event
        slug = f"bench-{kind}-{n:02d}"
        title = f"{kind.capitalize()} at {company} site in {town} leaves dozens hurt"
        text = "\n\n".join(
            [
                f"{opening} the {company} site in {town} early on Tuesday, injuring dozens of "
                f"workers and forcing the evacuation of nearby streets, officials said.",
                f"{responders.capitalize()} worked through the night among the {remains}. "
                f"{person}, who leads the town's emergency office, said {the_event} was the "
                f"worst the district had seen in a generation.",
                f"{company} said it was cooperating with the inquiry and had stopped work at "
                f"its other plants while engineers checked them. Unions in {town} asked why "
                f"warnings raised last year had not been acted on.",
                f'"We will find out what happened and who knew," {person} said. The regional '
                f"safety board is expected to open a formal investigation into {the_event}.",
            ]
        )
        stories.append(
            ExtraStory(
                slug=slug,
                title=title,
                url=f"https://bench-stories.example/{slug}",
                published=start + timedelta(days=n),
                text=text,
            )
        )
    if len(stories) < count:
        raise ValueError(f"at most {len(stories)} extra stories can be invented, not {count}")
    return stories


def write_baselines(stories: list[ExtraStory], folder: Path) -> list[tuple[ExtraStory, Path]]:
    """Each story's baseline as a text file (headline on the first line) under ``folder``."""
    if not stories:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for story in stories:
        path = folder / f"{story.slug}.txt"
        path.write_text(f"{story.title}\n\n{story.text}\n", encoding="utf-8")
        out.append((story, path))
    return out
