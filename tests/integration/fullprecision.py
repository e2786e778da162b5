"""Full-precision scores of an invented story, for ``test_same_answer``: printed by a process
of its own (``python -m tests.integration.fullprecision LEXICON``) under each PYTHONHASHSEED.

Every float is printed in hex (``float.hex``), to the last bit: the relevance score and facets
with a lexicon and by the story model alone, and the story model's combined value, coverage
share and match. The lexicon's facet scales are large, so that a facet's strength keeps the
last bit of its mass (a saturated facet, near 1, hides it); its weights are arbitrary.
"""

from __future__ import annotations

import sys
from dataclasses import fields, replace
from datetime import UTC, date, datetime

from monitor import storymodel
from monitor.models import Story
from monitor.relevance import build_profile, score_article

LEXICON = """\
core = ["strike", "town"]
[facets.strike]
scale = 61.5
about = "the ferry strike"
[facets.town]
scale = 47.3
about = "the towns it cuts off"
[facets.officials]
scale = 41.1
weight = 1.391
[facets.money]
scale = 53.7
weight = 1.380
[[concepts]]
key = "strike"
kind = "term"
facets = ["strike"]
weight = 0.176
aliases = ["strike", "strikes", "walkout"]
[[concepts]]
key = "ferry"
kind = "term"
facets = ["strike"]
weight = 0.215
aliases = ["ferry", "ferries"]
[[concepts]]
key = "deckhands"
kind = "actor"
facets = ["strike"]
weight = 1.228
aliases = ["deckhands", "deckhand"]
[[concepts]]
key = "union"
kind = "actor"
facets = ["strike", "officials"]
weight = 1.094
aliases = ["union", "guild of deckhands"]
[[concepts]]
key = "picket"
kind = "term"
facets = ["strike"]
weight = 1.004
aliases = ["picket", "pickets", "picket line"]
[[concepts]]
key = "quarryton"
kind = "place"
facets = ["town"]
weight = 0.516
aliases = ["quarryton"]
[[concepts]]
key = "wrenfield"
kind = "place"
facets = ["town"]
weight = 0.918
aliases = ["wrenfield"]
[[concepts]]
key = "island"
kind = "place"
facets = ["town"]
weight = 0.919
aliases = ["island", "islanders"]
[[concepts]]
key = "pier"
kind = "place"
facets = ["town", "strike"]
weight = 0.885
aliases = ["pier", "piers", "landing"]
[[concepts]]
key = "council"
kind = "actor"
facets = ["officials", "town"]
weight = 0.314
aliases = ["council", "councillors"]
[[concepts]]
key = "mediator"
kind = "actor"
facets = ["officials"]
weight = 0.681
aliases = ["mediator", "arbitrator"]
[[concepts]]
key = "wages"
kind = "policy"
facets = ["money", "strike"]
weight = 0.631
aliases = ["wages", "pay", "overtime"]
[[concepts]]
key = "fares"
kind = "policy"
facets = ["money"]
weight = 1.076
aliases = ["fares", "fare", "tickets"]
[[concepts]]
key = "tug"
kind = "term"
facets = ["strike"]
weight = 1.443
aliases = ["tug", "tugs"]
[[concepts]]
key = "barge"
kind = "term"
facets = ["strike"]
weight = 1.382
aliases = ["barge", "barges"]
[[concepts]]
key = "wharf"
kind = "place"
facets = ["strike"]
weight = 0.835
aliases = ["wharf"]
"""

# An invented event, in our own words.
TITLE = "Deckhands Strike Halts the Quarryton Ferry, Stranding Wrenfield Islanders"
TEXT = """QUARRYTON - Deckhands walked off the Quarryton ferry on Monday, halting every crossing to
Wrenfield and leaving islanders without a way to the mainland, the union said.

The guild of deckhands wants overtime pay restored. The council said a mediator would meet both
sides on Thursday. Pickets stood at the Quarryton pier through the night.

Fares were refunded for the week, the ferry office said. A tug, a barge and the wharf crane
stood idle."""

ARTICLES = [
    (
        "Mediator meets deckhands as the Quarryton ferry strike enters its second week",
        """The mediator met the guild of deckhands and the council on Thursday as the strike that
halted the Quarryton ferry went on. Islanders in Wrenfield crossed by fishing boat.

Pickets at the pier said wages, overtime and pay for night crossings were the sticking points.
The union said the walkout would last until pay is restored; councillors said fares would stay
frozen. The arbitrator asked both sides for figures on wages and overtime by Monday. At the
wharf, one tug towed a barge of supplies across.""",
    ),
    (
        "Wrenfield islanders run their own boats while the ferry stays tied up",
        """With the Quarryton ferry idle for a tenth day, Wrenfield islanders have started a boat
rota from the island landing. The council said tickets bought before the strike would be honoured.

Deckhands on the picket line said the union would vote on the mediator's offer. A deckhand said
pay was the only question. Fares and fare refunds cost the council money it did not plan for.""",
    ),
    (
        "Ferry strike: council offers fares freeze and overtime pay",
        """The council offered the guild of deckhands a fares freeze and overtime pay on Friday, the
mediator said. Pickets at the Quarryton pier and the Wrenfield landing cheered.

The union said wages for night crossings were still open. A tug and a barge carried islanders'
post across the strait; the wharf at Quarryton stayed shut. Councillors said tickets would be
refunded. The walkout is the first since the ferry began in Quarryton.""",
    ),
    (
        "Wrenfield islanders vote on the deckhands' strike",
        """Islanders met at the Wrenfield landing on Saturday to vote on whether to back the
deckhands' walkout. The union and the arbitrator spoke; the council sent two councillors.
Wages, pay and overtime filled the evening. Fares, a barge service and the tug rota were
discussed, and the pier at Quarryton was picketed again.""",
    ),
    (
        "Council approves a new library for Quarryton",
        """Councillors in Quarryton voted to build a new library near the pier. The council said
wages for the library staff would come from the town budget.""",
    ),
]

PUBLISHED = date(2031, 5, 5)
READ_ON = datetime(2031, 5, 20, tzinfo=UTC)


def _hex(value: object) -> object:
    if isinstance(value, float):
        return value.hex()
    if isinstance(value, tuple):
        return tuple(_hex(v) for v in value)
    return value


def main(argv: list[str]) -> int:
    story = Story(
        slug="ferry-strike",
        title=TITLE,
        url="https://news.example/ferry-strike",
        published=PUBLISHED,
    )
    for lexicon in (argv[0], None):
        profile = build_profile(replace(story, lexicon=lexicon), TITLE, TEXT)
        assert profile.model is not None
        print(f"lexicon {lexicon is not None}: model total {profile.model.total.hex()}")
        for title, text in ARTICLES:
            scored = score_article(profile, title, text, READ_ON)
            facets = {name: value.hex() for name, value in scored.facets.items()}
            print(f"score {scored.score.hex()} facets {facets}")
            found = storymodel.match(profile.model, title, text, with_dense=True)
            share, terms = storymodel.coverage(profile.model, title, text)
            print(f"combined {storymodel.combined(found).hex()} coverage {share.hex()} {terms}")
            print([(f.name, _hex(getattr(found, f.name))) for f in fields(found)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
