"""Any story from its baseline alone: the story model, written on an invented event."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest

from monitor import eventtime, storymodel, storyview, wordlists
from monitor.models import Story
from monitor.relevance import assess, build_profile
from monitor.text import tokens
from tests.unit.hashorder import InOrder

# An invented event, in our own words: no real article text.
BASELINE_TITLE = "Harbour Street Bridge Collapses Into the Alder River, Killing Four"
BASELINE_TEXT = """PORT ALDER — Part of the Harbour Street Bridge collapsed into the Alder River on
Tuesday evening during rush hour, sending two cars and a city bus into the water and killing at
least four people, the fire department said.

Divers pulled eleven people from the river. The 1962 steel truss bridge, which carries about
30,000 vehicles a day between Port Alder and Kelvin Point, had been rated in poor condition in
its last state inspection, records show.

Mayor Ingrid Solvang said the city would ask the National Transportation Safety Board to
investigate. "Families are waiting for news tonight, and we owe them answers," she said.

The bridge's eastern span fell just after 5:40 p.m., witnesses said."""

FOLLOW_UP = (
    "Corroded gusset plates blamed in Harbour Street Bridge collapse",
    """Federal investigators said on Friday that corroded gusset plates on the eastern span of
the Harbour Street Bridge probably gave way first, in the collapse that sent cars and a bus into
the Alder River in Port Alder last month.

The preliminary report by the National Transportation Safety Board found that the plates had
lost a third of their thickness. Mayor Ingrid Solvang said the city would replace the truss
bridge rather than repair it.""",
)
LOOK_ALIKE = (
    "Millbrook closes an ageing rail bridge after inspectors find cracks",
    """Inspectors in Millbrook closed the Ferris Lane rail bridge on Monday after finding cracks
in two steel beams, diverting freight trains for at least a month. The state transportation
department said the 1958 bridge was rated in poor condition last year and that repairs would
cost about $12 million. No one was hurt.""",
)
OFF_TOPIC = (
    "City council approves a new budget for parks",
    """The council voted 7 to 2 on Monday to approve next year's budget, which adds money for
parks, libraries and street lighting, and raises the property tax by one percent.""",
)

STORY = Story(
    slug="harbour-street-bridge",
    title=BASELINE_TITLE,
    url="https://news.example/port-alder/bridge-collapse",
    published=date(2026, 3, 3),
)


def test_the_model_keeps_what_tells_this_event_from_its_field() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    assert model.language == "en"
    top = list(model.terms)[:12]
    assert {"alder", "port alder", "harbour", "ingrid solvang"} <= set(top)
    # Common words and figures that change from report to report are not the story's.
    assert not {"said", "people", "tuesday", "30,000", "bridge"} & set(top)
    assert all(weight > 0 for weight in model.terms.values())


def test_spanish_baselines_are_weighed_in_spanish() -> None:
    model = storymodel.build_model(
        "Se desploma un tramo de la Línea 9 del tren ligero en Villa Cedro",
        "Un tramo elevado de la Línea 9 se desplomó la noche del martes en Villa Cedro, "
        "según las autoridades de la ciudad, que confirmaron cinco heridos.",
    )
    assert model.language == "es"
    assert "línea 9" in model.terms and "villa cedro" in model.terms


def _judge(title: str, text: str) -> tuple[bool, float, tuple[str, ...]]:
    profile = build_profile(STORY, BASELINE_TITLE, BASELINE_TEXT)
    assert profile.model is not None  # no lexicon named: judged by the story model
    a = assess(profile, url="https://other.example/a", title=title, text=text,
               published=datetime(2026, 4, 10, tzinfo=UTC), date_source="feed")  # fmt: skip
    return a.follow_up, a.score, a.reasons


@pytest.mark.parametrize(
    ("case", "expected"), [(FOLLOW_UP, True), (LOOK_ALIKE, False), (OFF_TOPIC, False)]
)
def test_a_story_without_a_lexicon_is_judged_by_its_model(
    case: tuple[str, str], expected: bool
) -> None:
    ok, score, reasons = _judge(*case)
    assert ok is expected, (score, reasons)
    assert reasons[0] == "judged by the story's model from its baseline (no lexicon fits it)"


def test_reasons_name_the_shared_words() -> None:
    _, _, reasons = _judge(*FOLLOW_UP)
    assert reasons[1].startswith("shares the baseline's rare words and phrases: ")
    assert "port alder" in reasons[1] and "of what the baseline's own opening scores)" in reasons[1]
    assert reasons[2].startswith("its headline names ") and "harbour" in reasons[2]
    assert reasons[3].startswith("its opening reads like the baseline's (dense similarity 0.")
    _, _, reasons = _judge(*OFF_TOPIC)
    assert reasons[1] == "shares none of the baseline's rare words and phrases"


# The same event named in passing, in an article about another one: the look-alike that
# coverage of the story's words alone would take for a follow-up.
IN_PASSING = (
    "Millbrook shuts the Ferris Lane rail line after inspectors find cracks",
    """Inspectors in Millbrook closed the Ferris Lane rail bridge on Monday after finding cracks
in two steel beams, diverting freight trains through Quarry Junction for at least a month.
Engineers said the cracks were found with the ultrasonic gauges the county bought after the
Harbour Street Bridge collapse in Port Alder. Repairs to the riveted girders will cost about
$12 million, the county's rail authority said; the freight operator will pay a share.""",
)


def test_the_story_named_in_passing_matches_less_than_a_follow_up() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    follow = storymodel.match(model, *FOLLOW_UP, with_dense=False)
    passing = storymodel.match(model, *IN_PASSING, with_dense=False)
    assert {"harbour", "port alder"} <= set(passing.found)  # it does name the event ...
    assert passing.in_headline == ()  # ... but not where it says what it is about
    assert follow.headline > 0.05 and follow.cosine > 2 * passing.cosine
    assert storymodel.combined(follow) > storymodel.DEFAULT_WEIGHTS.at_threshold
    assert storymodel.combined(passing) < storymodel.DEFAULT_WEIGHTS.at_threshold
    ok, _, reasons = _judge(*IN_PASSING)
    assert not ok and "its headline names none of them: the story is named in passing" in reasons


def test_the_baseline_opening_is_the_calibration() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    assert 0 < model.calibration < 1
    opening = BASELINE_TEXT.split("\n\n")[0]
    itself = storymodel.match(model, BASELINE_TITLE, opening, with_dense=False)
    assert itself.cosine == pytest.approx(1.0, abs=0.01)
    assert storymodel.match_score(itself) > 0.9


def test_score_crosses_the_default_threshold_at_the_calibrated_coverage() -> None:
    at = storymodel.score(storymodel.COVERAGE_AT_THRESHOLD)
    assert at == pytest.approx(0.56, abs=0.001)
    assert storymodel.score(0.0) == 0.0 and storymodel.score(1.0) > 0.99


def test_the_dense_similarity_is_computed_only_where_it_can_change_the_decision() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    assert storymodel.match(model, *LOOK_ALIKE).dense is None  # far below in words alone
    assert storymodel.match(model, *FOLLOW_UP).dense is not None
    assert storymodel.match(model, *LOOK_ALIKE, with_dense=True).dense is not None
    _, _, reasons = _judge(*LOOK_ALIKE)
    assert "too far from the story in words for its opening's likeness to count" in reasons


# Months after the collapse: one report names the event's time, a look-alike tells its own.
LOOKING_BACK = (
    "Harbour Street Bridge families sue the state",
    """Families of the four people killed when the Harbour Street Bridge fell into the Alder
River in March sued the state on Monday, saying inspectors ignored the corroded truss.""",
)
ITS_OWN_TIME = (
    "Harbour Street Bridge closed for a night of resurfacing",
    """Port Alder will close the Harbour Street Bridge from 10 p.m. this Friday for resurfacing,
the city said this week; buses will use the Kelvin Point ferry instead.""",
)


def test_a_late_article_that_refers_back_to_the_event_s_time_gains_the_time_weight() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT, STORY.published)
    assert model.event == STORY.published
    late = date(2026, 9, 1)
    back = storymodel.match(model, *LOOKING_BACK, with_dense=False, published=late)
    own = storymodel.match(model, *ITS_OWN_TIME, with_dense=False, published=late)
    early = storymodel.match(model, *ITS_OWN_TIME, with_dense=False, published=date(2026, 3, 9))
    assert (back.refers_back, own.refers_back, early.refers_back) == (True, False, None)
    timed, untimed = storymodel.Weights(time=0.1), storymodel.Weights(time=0.0)
    assert storymodel.combined(back, timed) == pytest.approx(
        storymodel.combined(back, untimed) + 0.1
    )
    assert storymodel.combined(own, timed) == storymodel.combined(own, untimed)
    assert (
        "published (or dated by its text) weeks after the event, it names the event's time"
        in storymodel.reasons(back)
    )
    # Without the baseline's date there is no event time to refer back to.
    undated = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    assert storymodel.match(undated, *LOOKING_BACK, published=late).refers_back is None


def test_the_profile_s_model_knows_the_baseline_s_day_and_reads_the_article_s() -> None:
    profile = build_profile(STORY, BASELINE_TITLE, BASELINE_TEXT)
    assert profile.model is not None and profile.model.event == STORY.published
    _, _, reasons = _judge(*LOOKING_BACK)  # published 2026-04-10: five weeks after
    assert (
        "published (or dated by its text) weeks after the event, it names the event's time"
        in reasons
    )


# The baseline's mayor on other business: her name repeated, nothing of the collapse.
SAME_PERSON_OTHER_BUSINESS = (
    "Ingrid Solvang wins a third term",
    """Ingrid Solvang won a third term on election night, taking 58 percent of the vote against
the council member Ravi Okafor. Solvang, who ran on lower property taxes and a new public
library, thanked volunteers at a downtown hotel. "Tonight the voters chose steady hands,"
Solvang said. Okafor conceded shortly after 11 p.m. Turnout was 41 percent, the county clerk
said.""",
)
# The event's own name, which the baseline's headline carries: the event itself.
THE_EVENT_S_NAME = (
    "Harbour Street Bridge to be rebuilt",
    "The Harbour Street Bridge will be rebuilt, the state said.",
)


def test_the_actors_are_the_names_only_the_baseline_s_text_carries() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    # Written capitalised in the text, and not named by the headline.
    assert {"ingrid", "solvang", "ingrid solvang"} <= model.actors
    # The headline names the event: its names are the story's identity, not its actors.
    assert not {"harbour", "alder", "port alder", "harbour street"} & model.actors
    # Words the text writes in lower case are no names.
    assert not {"divers", "truss", "gusset"} & model.actors


def test_the_same_people_on_other_business_are_no_follow_up() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    other = storymodel.match(model, *SAME_PERSON_OTHER_BUSINESS, with_dense=False)
    assert set(other.found) == {"ingrid", "solvang", "ingrid solvang"} and other.actors_only
    # Her name repeated scores like the baseline's own opening on words alone ...
    assert other.cosine + 3 * other.headline > 0.9
    # ... and counts no more than the cap: she has other business than the collapse.
    ok, score, reasons = _judge(*SAME_PERSON_OTHER_BUSINESS)
    assert not ok and score < 0.56
    assert any(r.startswith("names only people and bodies the baseline's text") for r in reasons)
    # An article that names her beside the event is not held down.
    follow = storymodel.match(model, *FOLLOW_UP, with_dense=False)
    assert "ingrid solvang" in follow.found and not follow.actors_only
    assert _judge(*FOLLOW_UP)[0]
    # Nor one that names only the event, which the headline names.
    event = storymodel.match(model, *THE_EVENT_S_NAME, with_dense=False)
    assert "harbour" in event.found and not event.actors_only


# The mayor's other business told in the baseline's field: a bridge, the river, inspectors. Its
# opening reads like the baseline's to the embeddings, and still names none of the event.
SAME_PERSON_SAME_FIELD = (
    "Ingrid Solvang opens a new footbridge in Kelvin Point",
    """Ingrid Solvang cut the ribbon on a new footbridge over the Kelvin Point marina on
Saturday. Solvang said the new span, paid for by a state grant, would carry cyclists and
walkers to the ferry. Inspectors signed off on the footbridge last week, Solvang said.""",
)


def test_the_actors_cap_bounds_the_whole_match_not_its_words_alone() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    found = storymodel.match(model, *SAME_PERSON_SAME_FIELD, with_dense=False)
    assert found.actors_only and "ingrid solvang" in found.found
    # However closely its opening reads like the baseline's (and however late it names the
    # event's time), it counts no more than the actors' cap: below any threshold the folds choose.
    alike = replace(found, dense=0.95, refers_back=True)
    assert storymodel.combined(alike) <= 0.3 < storymodel.DEFAULT_WEIGHTS.at_threshold
    # So the default match does not read its likeness at all (the embeddings cost time) ...
    assert storymodel.match(model, *SAME_PERSON_SAME_FIELD).dense is None
    # ... while an article that names the event beside her is weighed in full.
    follow = storymodel.match(model, *FOLLOW_UP, with_dense=False)
    assert storymodel.combined(replace(follow, dense=0.95)) > storymodel.combined(follow) > 0.3


# The event written in the other number: "the bridge collapse" of "Bridge Collapses".
OTHER_NUMBER = (
    "Inspectors blame corroded plates for the Harbour Street bridge collapse",
    "A diver found the plates on the river bed. The bridge collapse in Port Alder killed four.",
)


def test_the_headline_s_terms_match_in_the_other_number() -> None:
    model = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT)
    assert {"collapses", "bridge collapses", "harbour"} <= model.named
    assert "collapse" in model.forms["collapses"] and "bridges" in model.forms["bridge"]
    found = storymodel.match(model, *OTHER_NUMBER, with_dense=False)
    # "collapse" is the headline's "collapses": the event, named where the article says
    # what it is about.
    assert {"collapses", "bridge collapses"} <= set(found.in_headline)
    # A term the headline does not name keeps its one form: "diver" is not "divers".
    assert "divers" in model.terms and "divers" not in model.named
    assert "divers" not in model.forms and "divers" not in found.found


# A storyline, not one event (invented, our own words): its follow-ups say the headline's
# concepts in other words ("Icelandic" of "Iceland", "fishing" of "fishermen").
STORYLINE_TITLE = "Minister Dunmore Wants Iceland To Stop Fishermen Crossing Into The Protected Bay"
STORYLINE_TEXT = """Fisheries minister Aldo Dunmore asked Reykjavik on Monday to keep its fishermen
out of the protected bay, where cod stocks have fallen for a third year.

Dunmore said patrol boats had counted forty trawlers inside the line in March."""
STORYLINE_FOLLOW_UP = (
    "Icelandic coast guard turns fishing boats away from the bay",
    "The coast guard sent eleven boats back on Tuesday, officials in Reykjavik said.",
)
ONE_CONCEPT = (
    "Iceland raises its interest rate again",
    "The central bank in Reykjavik raised its main rate by half a point on Tuesday.",
)


def test_the_headline_s_concepts_are_its_content_words_whatever_their_rarity() -> None:
    model = storymodel.build_model(STORYLINE_TITLE, STORYLINE_TEXT)
    # "iceland" and "bay" are common words, never weighed by rarity, but they are what the
    # storyline is; "wants" frames any headline.
    assert {"dunmore", "iceland", "fishermen", "bay"} <= set(model.concepts)
    assert not {"wants", "stop", "into", "the"} & set(model.concepts)


def test_a_follow_up_saying_the_headline_s_concepts_in_other_words_covers_them() -> None:
    model = storymodel.build_model(STORYLINE_TITLE, STORYLINE_TEXT)
    follow = storymodel.match(model, *STORYLINE_FOLLOW_UP, with_dense=True)
    # Exactly ("bay"), and by a close word vector ("icelandic", "fishing").
    assert {"iceland", "fishermen", "bay"} <= set(follow.concepts)
    assert follow.concepts_of == len(model.concepts)
    # The first concept counts nothing: one concept alone is the field, not the story.
    share = (len(follow.concepts) - 1) / (len(model.concepts) - 1)
    assert follow.concept_share == pytest.approx(share) and share > 0
    other = storymodel.match(model, *ONE_CONCEPT, with_dense=True)
    assert other.concepts == ("iceland",) and other.concept_share == 0
    weighted, unweighted = storymodel.Weights(concepts=0.5), storymodel.Weights(concepts=0.0)
    lift = storymodel.combined(follow, weighted) - storymodel.combined(follow, unweighted)
    assert lift == pytest.approx(0.5 * share)
    assert storymodel.combined(other, weighted) == storymodel.combined(other, unweighted)
    said = [r for r in storymodel.reasons(follow) if r.startswith("its headline and opening say")]
    assert said and "of the baseline headline's" in said[0] and "iceland" in said[0]


def test_a_concept_is_said_by_a_word_of_the_other_number() -> None:
    """A word's vector is compared with the concept's in either number: "migrant" says
    "immigrants" as "migrants" does (the singular alone reads 0.68 like "immigrants", under
    the bar; "migrants" 0.75)."""
    model = storymodel.build_model(
        "Governor Renn Wants Ostland To Stop Immigrants Crossing The River",
        "Governor Alvaro Renn asked Ostland on Monday to keep people from crossing the river.",
    )
    assert "immigrants" in model.concepts
    said = storymodel.concepts_said(
        model,
        "Ostland police turn back a migrant convoy",
        "Officers stopped a migrant convoy of forty trucks near the capital on Tuesday.",
    )
    assert "immigrants" in said and "ostland" in said


def test_a_concept_is_said_by_a_word_of_its_family() -> None:
    """A word of the concept's family (the same first letters once an assimilated prefix is set
    aside) says it at a lower bar than another word: "migration" says "immigrants" (0.56), a
    word that only begins alike does not ("protection" ~ "protest", 0.07)."""
    model = storymodel.build_model(
        "Governor Renn Wants Ostland To Stop Immigrants Crossing The River",
        "Governor Alvaro Renn asked Ostland on Monday to keep people from crossing the river.",
    )
    said = storymodel.concepts_said(
        model,
        "Ostland tightens its migration checks",
        "Officers of Ostland began new checks on Tuesday.",
    )
    assert "immigrants" in said and "ostland" in said
    assert storymodel._said(("rescue",), ("rescuers",), by_vector=True) == ("rescue",)
    assert storymodel._said(("protest",), ("protection",), by_vector=True) == ()
    assert storymodel._said(("immigrants",), ("migration",), by_vector=False) == ()


def test_the_words_a_concept_is_looked_for_in_are_read_once_for_every_story() -> None:
    """Every configured story's model asks the same lead for its concepts: the words' reading
    (possessives dropped, content words, either number) is kept, and a list of the same words
    gets the same answer as their tuple."""
    words = ("the", "river's", "crossings", "ostland", "guards")
    storymodel._written.cache_clear()
    first = storymodel._said(("river", "crossing", "guard"), words, by_vector=False)
    again = storymodel._said(("ostland", "crossing"), words, by_vector=True)
    assert first == ("river", "crossing", "guard")
    assert again == ("ostland", "crossing")
    assert storymodel._written.cache_info().hits == 1
    assert storymodel._said(("river", "crossing", "guard"), list(words), by_vector=False) == first


def test_the_concepts_are_looked_for_only_where_they_can_count() -> None:
    model = storymodel.build_model(STORYLINE_TITLE, STORYLINE_TEXT)
    # At weights without concepts (nor the relation of two) nothing is looked for unless asked ...
    none = storymodel.Weights(concepts=0.0, relation=0.0)
    found = storymodel.match(model, *STORYLINE_FOLLOW_UP, with_dense=False, weights=none)
    assert found.concepts == ()
    # ... and with a weight but without the word vectors, only the concepts written as they are.
    weighted = storymodel.Weights(concepts=0.5)
    plain = storymodel.match(model, *STORYLINE_FOLLOW_UP, with_dense=False, weights=weighted)
    assert plain.concepts == ("bay",)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (BASELINE_TITLE, BASELINE_TEXT),
        # Characters whose lower case or normal form changes a split, at the join too.
        (
            "\u0130stanbul\u2019s \ufb01re: \u201cL\u00ednea 9\u201d",
            "\u0301Kelvin Point's 5:40 p.m. \u1e9e-bridge\n\n\u0130zmir",
        ),
        ("", "no headline"),
        ("Headline only", ""),
    ],
)
def test_an_article_is_read_once_as_its_headline_and_text_read_apart(title: str, text: str) -> None:
    # A page is tokenised once for every story model: its headline's words and its text's are
    # taken from the words of both joined by a line break, which must be the words of each.
    article = storymodel._article("en", None, title, text)
    assert list(article.words[: article.in_title]) == tokens(title)
    assert list(article.words[article.in_title :]) == tokens(text)
    parts = ((title, storymodel._ARTICLE_TITLE_WEIGHT), (text, 1))
    assert article.weights == storymodel.term_weights("en", parts)


def test_a_page_s_time_read_once_answers_every_story_as_read_alone() -> None:
    text = "A year after the bridge fell in March 2024, the city reopened it."
    times = eventtime.Times(text, tokens(text))
    for event in (date(2024, 3, 5), date(2023, 7, 1), date(2020, 1, 1)):
        for published in (date(2024, 3, 20), date(2025, 3, 5), None):
            assert times.refers_back(event, published) == eventtime.refers_back(
                text, event, published
            )


# An invented tram line, for another of the event's kind: the city's other lines.
TRAM_TITLE = "Tram derails on Line 7 near Quarry Gate, injuring 30 passengers"
TRAM_TEXT = """KELVIN POINT — A tram on Line 7 derailed on Sunday evening on the viaduct between
Quarry Gate and Osterfell stations, injuring 30 passengers, the transit authority said.

Mayor Ingrid Solvang went to the viaduct, where firefighters freed passengers trapped in the
second carriage. Line 7 was suspended between Quarry Gate and Osterfell.

Residents had warned that the viaduct's bearings were cracked."""
# Another line's crash, which names the event once, in passing: the same city, the same mayor,
# the same kind of crash, another event.
OTHER_LINE = (
    "Two trams collide in a tunnel in Kelvin Point",
    """Two trams collided on Sunday in a tunnel on Line 4 between Harrow Cross and Bellmead
stations, and 12 passengers were hurt, Mayor Ingrid Solvang said at the scene.

Line 4 will stay closed until Tuesday. Firefighters freed two passengers trapped in a carriage.
It is the worst crash on the network since a tram derailed on Line 7 near Quarry Gate, when
30 passengers were injured on the viaduct to Osterfell.""",
)
# A follow-up that names another line beside its own: it is about Line 7.
SAME_LINE = (
    "Line 7 viaduct reopens after the derailment",
    """Line 7 reopened on Monday between Quarry Gate and Osterfell, three months after a tram
derailed on the viaduct and injured 30 passengers. Line 7 trams now run at reduced speed over the
viaduct, and passengers can change to Line 4 at Osterfell.""",
)


def test_an_article_about_another_of_the_event_s_kind_counts_little() -> None:
    model = storymodel.build_model(TRAM_TITLE, TRAM_TEXT)
    assert ("line", "7") in model.numbered  # and "injuring 30": no name, never written as one
    other = storymodel.match(model, *OTHER_LINE, with_dense=False)
    assert (other.another, other.instead_of) == ("line 4", "line 7")
    # Its words alone would make it a follow-up: the city's places, the mayor, the crash ...
    assert other.cosine + 3 * other.headline >= storymodel.DEFAULT_WEIGHTS.at_threshold
    # ... but it is about another line, and counts at most the cap, with a reason that says so.
    assert storymodel.combined(other) <= 0.3 < storymodel.DEFAULT_WEIGHTS.at_threshold
    assert any(r.startswith("its text is about line 4 more than line 7") for r in
               storymodel.reasons(other))  # fmt: skip
    # A follow-up that names another line less often than its own is not held down.
    same = storymodel.match(model, *SAME_LINE, with_dense=False)
    assert same.another is None
    assert storymodel.combined(same) >= storymodel.DEFAULT_WEIGHTS.at_threshold
    # Nor are the stories whose headline names no numbered term (nothing is looked for).
    assert storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT).numbered == ()


# The mirror: a follow-up that shares little but the event's own numbered term, written as a name
# again and again (the engineers' report, the charges: people and words the baseline does not know).
LINE_REPORT = (
    "Engineers fault the welds of the fallen tram",
    """Engineers of the firm Halvorsen & Dray, hired by the transit authority, said in their final
report on Thursday that badly welded brackets and missing bolts caused the derailment on Line 7.

Prosecutors said they would charge four former officials of the works department, who signed
off on Line 7's viaduct in 2011 without the load tests its contract required.""",
)
# Another event that names the line once, in passing.
LINE_PASSING = (
    "Tram fares to rise in Kelvin Point",
    """Fares on the city's trams will rise by ten percent in June, the transit authority said, the
first rise since the derailment on Line 7. Season tickets for students stay the same.""",
)


def test_an_article_naming_the_event_s_numbered_term_again_and_again_counts_at_least_a_floor() -> (
    None
):
    model = storymodel.build_model(TRAM_TITLE, TRAM_TEXT)
    report = storymodel.match(model, *LINE_REPORT, with_dense=False)
    # Its words alone are far from the baseline's: few of the first night's words ...
    assert report.cosine + 3 * report.headline < storymodel.DEFAULT_WEIGHTS.at_threshold
    # ... but its text names Line 7 twice, and no other line: it is about the event.
    assert (report.repeats, report.another) == ("line 7", None)
    assert storymodel.combined(report) >= storymodel.DEFAULT_WEIGHTS.at_threshold
    # At any weights: the floor follows the threshold the weights were tuned with.
    for threshold in (0.3, 0.8, 1.2):
        weights = replace(storymodel.DEFAULT_WEIGHTS, at_threshold=threshold)
        assert storymodel.combined(report, weights) > threshold
    assert any(r.startswith("its text names line 7 again and again") for r in
               storymodel.reasons(report))  # fmt: skip
    # Named once, in passing, the line lifts nothing.
    passing = storymodel.match(model, *LINE_PASSING, with_dense=False)
    assert passing.repeats is None
    assert storymodel.combined(passing) < storymodel.DEFAULT_WEIGHTS.at_threshold
    # Another line's crash that names Line 7 once stays held down by the cap, and a follow-up
    # already above the floor keeps its own value.
    assert storymodel.match(model, *OTHER_LINE, with_dense=False).repeats is None
    same = storymodel.match(model, *SAME_LINE, with_dense=False)
    assert same.repeats == "line 7"
    assert storymodel.combined(same) == storymodel.combined(replace(same, repeats=None))


def test_a_headline_naming_the_event_s_numbered_term_counts_as_one_of_its_times() -> None:
    model = storymodel.build_model(TRAM_TITLE, TRAM_TEXT)
    charges = (
        "Four officials charged over the Line 7 derailment",
        """Prosecutors charged four former officials of the works department on Friday, saying
they signed off on the viaduct of Line 7 in 2011 without the load tests its contract required.""",
    )
    found = storymodel.match(model, *charges, with_dense=False)
    assert (found.repeats, found.another) == ("line 7", None)
    assert storymodel.combined(found) > storymodel.DEFAULT_WEIGHTS.at_threshold
    # The text alone naming it once is still a mention in passing.
    assert (
        storymodel.match(model, "Officials charged", charges[1], with_dense=False).repeats is None
    )


@pytest.mark.parametrize(
    ("number", "year"),
    [("1900", True), ("2031", True), ("2099", True), ("1899", False), ("2100", False),
     ("20311", False), ("203", False), ("42", False)],
)  # fmt: skip
def test_a_year_is_a_number_written_as_one_of_the_news(number: str, year: bool) -> None:
    # one pattern: the figures, the event's time and the numbered terms read years alike
    assert storymodel.a_year(number) is year
    assert (wordlists.YEAR.fullmatch(number) is not None) is year


def test_a_numbered_term_that_is_a_year_names_an_edition_and_lifts_nothing() -> None:
    """A headline naming an edition ("Riverton Expo 2031") names a whole field of news: an
    article naming the edition again and again, about anything else at it, is not lifted by
    the floor; another edition named more often is still another event."""
    model = storymodel.build_model(
        "Stage collapses at Riverton Expo 2031, injuring 12",
        "A temporary stage collapsed on Saturday at Riverton Expo 2031, injuring 12 visitors.",
    )
    assert ("expo", "2031") in model.numbered
    other_news = (
        "Ticket sales for Expo 2031 beat forecasts",
        "Organisers of Expo 2031 said ticket sales beat forecasts. Expo 2031 opens its gates to "
        "school groups next month, and Expo 2031 volunteers will be trained in May.",
    )
    # (its own words may still make it a follow-up: the floor just does not lift it)
    assert storymodel.match(model, *other_news, with_dense=False).repeats is None
    next_edition = (
        "Planning begins for the next fair",
        "Planners of Expo 2035 met in Riverton. Expo 2035 will be larger, and Expo 2035 will "
        "avoid the stage design used at Expo 2031.",
    )
    assert storymodel.match(model, *next_edition, with_dense=False).another == "expo 2035"


# An invented storm whose baseline's headline gives the event no name of its own: the next storm,
# heat wave or outage of the same valley is told in the same words, and only time tells them apart.
STORM_DAY = date(2031, 2, 10)
STORM_TITLE = "Massive ice storm leaves 300,000 valley households without electricity"
STORM_TEXT = """Freezing rain coated power lines across the valley on Monday, and Corvale Power cut
electricity to 300,000 households in rolling blackouts as demand for heating broke its record,
the grid operator said.

Corvale Power asked customers to conserve electricity until Wednesday. Mayor Ingrid Solvang said
warming centres would stay open overnight."""
# A year and a half later: Corvale Power's rolling blackouts in a heat wave, told in its own time.
HEAT_WAVE = (
    "Corvale Power orders rolling blackouts as heat drives record demand",
    """Corvale Power ordered rolling blackouts for 200,000 households on Tuesday as record heat
drove demand for electricity past the grid's limits. The grid operator asked customers to conserve
electricity until Thursday evening.""",
)
# Months later, a follow-up that says which event it means: its time.
STORM_INQUIRY = (
    "Inquiry blames frozen gas lines for the blackouts",
    """An inquiry into the February ice storm found that frozen gas lines forced Corvale Power's
plants offline, and that rolling blackouts left households without electricity for days.""",
)


def test_a_late_article_naming_none_of_the_time_of_an_event_told_by_its_time_counts_little() -> (
    None
):
    model = storymodel.build_model(STORM_TITLE, STORM_TEXT, STORM_DAY)
    # Its headline names no name of its own and no numbered term: the event is told by its time.
    assert model.told_by_time
    late = date(2032, 8, 4)
    heat = storymodel.match(model, *HEAT_WAVE, with_dense=False, published=late)
    # Its words alone would make it a follow-up: the utility, the blackouts, the households ...
    assert heat.cosine + 3 * heat.headline >= storymodel.DEFAULT_WEIGHTS.at_threshold
    # ... but weeks after the event it names none of its time: another of its kind, capped.
    assert heat.elsewhen
    assert storymodel.combined(heat) <= 0.3 < storymodel.DEFAULT_WEIGHTS.at_threshold
    assert any("gives no name of its own" in r for r in storymodel.reasons(heat))
    # A follow-up that names the event's time is not held down, nor any article in the event's
    # own weeks or undated (too early, or unknown, to tell).
    inquiry = storymodel.match(model, *STORM_INQUIRY, with_dense=False, published=date(2031, 6, 2))
    assert not inquiry.elsewhen and storymodel.combined(inquiry) > 0.3
    for published in (date(2031, 2, 20), None):
        early = storymodel.match(model, *HEAT_WAVE, with_dense=False, published=published)
        assert not early.elsewhen


def test_an_undated_look_alike_dated_by_its_text_after_an_event_told_by_its_time_is_capped() -> (
    None
):
    model = storymodel.build_model(STORM_TITLE, STORM_TEXT, STORM_DAY)
    title, text = HEAT_WAVE
    dated = text + " Demand beat the record set on August 2, 2032."
    heat = storymodel.match(model, title, dated, with_dense=False, published=None)
    # No feed date, but its text dates it well after the event, and it names none of its time.
    assert heat.refers_back is False and heat.elsewhen
    assert storymodel.combined(heat) <= 0.3
    # Another winter's cold snap that compares with the event once and tells its own dates.
    snap = storymodel.match(
        model,
        "Corvale Power asks households to conserve electricity as cold returns",
        "It is not the ice storm of 2031, but rolling blackouts are possible. Corvale Power "
        "asked customers to conserve electricity on January 15 and January 16.",
        with_dense=False,
        published=date(2034, 1, 14),
    )
    assert snap.refers_back is False and snap.elsewhen


def test_a_follow_up_naming_an_event_told_by_its_time_by_its_kind_and_time_is_taken() -> None:
    model = storymodel.build_model(STORM_TITLE, STORM_TEXT, STORM_DAY)
    # Months later, the bills: it shares only the utility with the first day's baseline, but
    # its opening names the event by its time and kind, as a follow-up of such an event does.
    bills = (
        "Judge orders refunds of bills sent after the freeze",
        "A judge ordered Corvale Power to refund the bills it sent after the February ice "
        "storm, ruling on Monday that the rates broke the state's law.",
    )
    found = storymodel.match(model, *bills, with_dense=False, published=date(2031, 9, 1))
    assert found.recalls == "february storm" and storymodel.floored(found)
    # Taken at any threshold, whatever its words weigh.
    strict = replace(storymodel.DEFAULT_WEIGHTS, at_threshold=3.0)
    assert storymodel.combined(found, strict) >= strict.at_threshold
    assert any("by its time and its kind (february storm)" in r for r in storymodel.reasons(found))
    # A later winter's look-alike compares with the event in passing, further down: not taken.
    snap = (
        "Corvale Power warns of rolling blackouts as the freeze returns",
        "Corvale Power asked households to conserve electricity on Tuesday as a new freeze "
        "arrived.\n\nCrews stood by overnight.\n\nUnlike the ice storm of 2031, the grid held.",
    )
    later = storymodel.match(model, *snap, with_dense=False, published=date(2034, 1, 10))
    assert later.refers_back and later.recalls is None and not storymodel.floored(later)
    # An event its headline names is told by its name: its articles are never asked.
    named = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT, date(2031, 2, 10))
    inquiry = (
        "Inquiry into the February bridge collapse blames the gusset plates",
        "The inquiry into the February collapse of the Harbour Street Bridge blamed its plates.",
    )
    assert (
        storymodel.match(named, *inquiry, with_dense=False, published=date(2031, 9, 1)).recalls
        is None
    )


def test_stories_show_says_an_event_is_told_by_its_time() -> None:
    story = Story(slug="valley-ice-storm", title=STORM_TITLE, url="https://news.example/storm",
                  published=STORM_DAY)  # fmt: skip
    record = storyview.describe(
        build_profile(story, STORM_TITLE, STORM_TEXT), title=STORM_TITLE, lexicon=None,
        followup_days=[],
    )  # fmt: skip
    assert record["told_by_time"] is True
    assert "it is told by its time" in storyview.as_text(record)


def test_an_event_its_headline_names_is_told_by_its_name_not_its_time() -> None:
    """A storyline's follow-ups go on for years without looking back; its headline names it
    (a name its text capitalises, or a numbered term), so its late articles are never capped."""
    named = storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT, date(2031, 2, 10))
    assert not named.told_by_time
    assert not storymodel.build_model(TRAM_TITLE, TRAM_TEXT, date(2031, 2, 10)).told_by_time
    follow_up = (
        "Harbour Street Bridge rebuilding contract signed",
        "Port Alder signed the contract to rebuild the Harbour Street Bridge over the Alder River.",
    )
    found = storymodel.match(named, *follow_up, with_dense=False, published=date(2033, 5, 1))
    assert found.refers_back is False and not found.elsewhen
    assert storymodel.combined(found) >= storymodel.DEFAULT_WEIGHTS.at_threshold


def test_a_headline_share_is_measured_against_the_baseline_s_own_headline() -> None:
    # Two stories whose baselines' headlines carry different shares of their models: a
    # follow-up's headline naming what the baseline's named counts alike for both.
    tram = storymodel.build_model(TRAM_TITLE, TRAM_TEXT)
    storm = storymodel.build_model(STORM_TITLE, STORM_TEXT)
    assert 0 < tram.headline_share < 1 and 0 < storm.headline_share < 1
    assert tram.headline_share != storm.headline_share
    for model, title in ((tram, TRAM_TITLE), (storm, STORM_TITLE)):
        found = storymodel.match(model, title, "Crews were at the scene.", with_dense=False)
        assert found.headline == pytest.approx(1.0, abs=1e-3)
    # A headline naming none of the story's terms carries nothing.
    assert storymodel.match(tram, "Fares rise", "Fares rise.", with_dense=False).headline == 0


# A story about one actor, named beside its kind in the headline ("developer Harrowgate Group"),
# and its field's other actors of that kind (another developer in default).
DEVELOPER_TITLE = "Angry savers protest at indebted developer Harrowgate Group"
DEVELOPER_TEXT = """Scores of savers crowded the lobby of Harrowgate Group's tower in Lindmouth on
Tuesday, demanding the money they had lent to the cash-strapped developer through its wealth
products.

Harrowgate owes lenders and suppliers more than it can pay, and its unfinished flats stand
idle across the province. Security guards kept the protesters from the lifts while Harrowgate
staff read out a plan to repay them in instalments.

A manager of Harrowgate's wealth division, Orla Vance, said the company was selling land."""
RIVAL = (
    "Kestrel, another indebted property developer, misses a bond payment as Harrowgate's crisis "
    "deepens",
    """Kestrel Estates failed to repay a bond on Monday, adding to fears for the province's
builders. Lenders had stopped trading Kestrel shares last week, and savers fear for the wealth
products of other developers.""",
)
WIND_UP = (
    "Court orders Harrowgate Group to wind up",
    """The Lindmouth High Court ordered the indebted developer Harrowgate Group to wind up on
Monday, after it failed to agree a plan with its lenders. Harrowgate's shares were suspended.

Savers who protested at its tower two years ago are still waiting, said Orla Vance.""",
)
EXCHANGE = (
    "Tallis Exchange delists Harrowgate after its shares stayed suspended",
    """The Tallis Exchange cancelled the listing on Friday, and the Tallis board said that savers
and lenders of Harrowgate, the indebted developer, still wait for their money.
A court in Lindmouth oversees its sale of land, the Tallis statement said.""",
)


def test_the_kind_is_the_headline_concept_beside_a_central_name() -> None:
    model = storymodel.build_model(DEVELOPER_TITLE, DEVELOPER_TEXT)
    assert (model.central, model.kind) == ("harrowgate", "developer")
    assert "harrowgate" in model.known and "kestrel" not in model.known
    # A central concept that is no name has no kind (a bridge's story dwells on "bridge").
    assert storymodel.build_model(BASELINE_TITLE, BASELINE_TEXT).kind is None


def test_an_article_about_another_actor_of_the_baseline_s_kind_counts_little() -> None:
    model = storymodel.build_model(DEVELOPER_TITLE, DEVELOPER_TEXT)
    weights = storymodel.DEFAULT_WEIGHTS
    rival = storymodel.match(model, *RIVAL, with_dense=False)
    assert (rival.rival, rival.instead_of) == ("kestrel, another developer", "harrowgate")
    # Its words alone would make it a follow-up: the developer, the savers, the debt ...
    assert rival.cosine + weights.headline * rival.headline >= weights.at_threshold
    # ... but it is about another developer, and counts at most the cap, with a reason.
    assert storymodel.combined(rival) <= 0.3 < weights.at_threshold
    assert any(
        r.startswith(
            "its text is about kestrel, another developer, named more often than harrowgate"
        )
        for r in storymodel.reasons(rival)
    )
    # The reason says whom the other is named before, and that it reads as a later article's.
    assert any(
        "than harrowgate (what the baseline dwells on), and before it:" in r
        for r in storymodel.reasons(rival)
    )
    late = storymodel.reasons(replace(rival, elsewhen=True, refers_back=False))
    assert any("or names its own time more often than the event's: another" in r for r in late)
    # Told by its time only when the story is: for another story, the remark lowers nothing.
    remark = storymodel.reasons(replace(rival, elsewhen=False, refers_back=False))
    assert not any("another of its kind" in r for r in remark)
    assert any(
        r.endswith("which lowers nothing, as the baseline's headline names what the story is")
        for r in remark
    )
    # A follow-up naming the story's own actor most is not held down.
    wind_up = storymodel.match(model, *WIND_UP, with_dense=False)
    assert wind_up.rival is None
    assert storymodel.combined(wind_up) >= weights.at_threshold
    # Nor is one whose new name, named more often and first, is no developer: its opening says
    # "developer" of the story's own actor, further from the new name than the reach.
    exchange = storymodel.match(model, *EXCHANGE, with_dense=False)
    assert exchange.rival is None
    assert storymodel.combined(exchange) >= weights.at_threshold


# A story with both a numbered term and a kind: an operator's line.
OPERATOR_TITLE = "Operator Brantline halts Line 7 trams after a derailment"
OPERATOR_TEXT = """Brantline stopped all trams on Line 7 on Sunday after a tram derailed.
Brantline said inspectors would check the track. Brantline runs the city's trams, and Brantline
engineers blamed a broken rail on Line 7."""
OTHER_OPERATOR_LINE = (
    "Corvel, another tram operator, suspends Line 4 after a fire",
    """Corvel halted Line 4 on Monday after a fire near Quarry Gate. Corvel said Line 4 would stay
shut, and Corvel engineers inspected Line 4 trams. Brantline was not affected.""",
)


def test_another_of_the_event_s_kind_and_another_actor_say_what_each_is_instead_of() -> None:
    model = storymodel.build_model(OPERATOR_TITLE, OPERATOR_TEXT)
    assert (model.kind, model.numbered) == ("operator", (("line", "7"),))
    other = storymodel.match(model, *OTHER_OPERATOR_LINE, with_dense=False)
    assert (other.another, other.instead_of) == ("line 4", "line 7")
    assert any(r.startswith("its text is about line 4 more than line 7") for r in
               storymodel.reasons(other))  # fmt: skip
    assert storymodel.combined(other) <= 0.3


def test_an_article_that_never_names_the_central_actor_has_no_rival_of_it() -> None:
    # A follow-up about the developer that names it only by its kind: the liquidator named
    # beside "developer" is no other developer (nothing is named instead of the story's).
    model = storymodel.build_model(DEVELOPER_TITLE, DEVELOPER_TEXT)
    liquidator = storymodel.match(
        model,
        "Liquidator named for indebted developer",
        "Tomas Brenn, the liquidator appointed for the indebted developer, said on Monday that "
        "savers who lent it money through wealth products would be repaid first.",
        with_dense=False,
    )
    assert liquidator.rival is None


# The same line's earlier episode, undated: its text dates nothing later than years before the
# event (the line's closure and reopening before the derailment).
TRAM_DAY = date(2031, 5, 4)
REOPENING = (
    "Line 7 reopens all its stations after twenty months",
    """Trams on Line 7 run again between Quarry Gate and Osterfell, twenty months after the
transit authority closed the viaduct in March 2027 over cracked bearings.

Mayor Ingrid Solvang rode the first tram on Line 7 across the viaduct.""",
)


def test_an_undated_article_its_text_dates_well_before_the_event_counts_little() -> None:
    model = storymodel.build_model(TRAM_TITLE, TRAM_TEXT, TRAM_DAY)
    weights = storymodel.DEFAULT_WEIGHTS
    reopening = storymodel.match(model, *REOPENING, with_dense=False)
    assert reopening.earlier == date(2027, 3, 1)
    # Its words would make it a follow-up (the line named again and again lifts it to the
    # floor) ...
    assert reopening.repeats == "line 7"
    assert storymodel.combined(replace(reopening, earlier=None)) >= weights.at_threshold
    # ... but it tells an earlier episode: capped, with a reason that says so.
    assert not storymodel.floored(reopening)
    assert storymodel.combined(reopening) <= 0.3 < weights.at_threshold
    assert any("dates nothing later than March 2027" in r for r in storymodel.reasons(reopening))
    # A follow-up that recounts the closure and dates the derailment too is not held down ...
    title, text = REOPENING
    recounts = storymodel.match(model, title, text + " It derailed in May 2031.", with_dense=False)
    assert recounts.earlier is None
    # ... nor one whose feed dates it (the date gate's business), nor one naming a bare year.
    dated = storymodel.match(model, *REOPENING, with_dense=False, published=date(2031, 9, 1))
    assert dated.earlier is None
    bare = storymodel.match(model, title, text.replace("March 2027", "2027"), with_dense=False)
    assert bare.earlier is None


def test_an_undated_follow_up_naming_the_event_s_year_is_no_earlier_episode() -> None:
    # It recounts the earlier closure by its month and year, and the derailment by its year
    # alone: its text dates it after the event, not before.
    model = storymodel.build_model(TRAM_TITLE, TRAM_TEXT, TRAM_DAY)
    title, text = REOPENING
    recounts = storymodel.match(
        model, title, text + " The 2031 derailment closed it again.", with_dense=False
    )
    assert recounts.earlier is None
    # An episode of the event's own year, months before it, still dates nothing later.
    january = storymodel.match(
        model, title, text.replace("March 2027", "January 2031"), with_dense=False
    )
    assert january.earlier == date(2031, 1, 1)


def _shown(slug: str, title: str, text: str) -> dict[str, Any]:
    story = Story(slug=slug, title=title, url=f"https://news.example/{slug}",
                  published=date(2031, 9, 23))  # fmt: skip
    return storyview.describe(
        build_profile(story, title, text), title=title, lexicon=None, followup_days=[]
    )


def test_stories_show_says_whose_story_it_is() -> None:
    record = _shown("harrowgate-savers", DEVELOPER_TITLE, DEVELOPER_TEXT)
    assert record["kind"] == {"central": "harrowgate", "kind": "developer"}
    assert "it is about harrowgate, a developer" in storyview.as_text(record)
    # "an" before a kind said with a vowel
    operator = _shown("brantline-derailment", OPERATOR_TITLE, OPERATOR_TEXT)
    assert "it is about brantline, an operator:" in storyview.as_text(operator)


def test_a_headline_without_text_still_makes_a_model() -> None:
    # The calibration looked at the first paragraph before asking whether there was one.
    model = storymodel.build_model("Flood closes the Marrowby ferry", "")
    assert "marrowby" in " ".join(model.terms)
    assert model.calibration == 1.0


# A storyline whose central concept is an actor: the country the baseline says most, and what
# its headline has that country act on.
ACTOR_TITLE = "Councillor Brask Wants Ostland To Stop Smugglers Crossing The River"
ACTOR_TEXT = """Ostland has been asked to do more at its western edge. Councillor Edda Brask said
Ostland must patrol the river, and officials of Ostland agreed to meet her in March.

Brask's office counted forty boats last month."""
ACTING = (
    "Ostland breaks up a smuggling ring on the river",
    "Ostland police arrested nine smugglers at a river landing on Tuesday, officials said.",
)
ACTED_UPON = (
    "River smugglers hide cash in grain barges, Ostland says",
    "Smugglers moved the cash by river, officials in Ostland said on Tuesday.",
)


def test_the_central_actor_acting_on_what_the_headline_has_it_act_on_relates() -> None:
    model = storymodel.build_model(ACTOR_TITLE, ACTOR_TEXT)
    assert model.central == "ostland"
    assert model.acted_on == ("smugglers", "crossing")
    acting = storymodel.match(model, *ACTING, with_dense=True)
    assert acting.relates == "ostland ... smugglers"
    assert any(
        r.startswith("one sentence of its headline or opening says ostland ... smugglers")
        for r in storymodel.reasons(acting)
    )
    # The same concepts, the actor named after them: both in one text, not the relation.
    acted_upon = storymodel.match(model, *ACTED_UPON, with_dense=True)
    assert {"ostland", "smugglers"} <= set(acted_upon.concepts)
    assert acted_upon.relates is None
    with_it, without = storymodel.Weights(relation=0.3), storymodel.Weights(relation=0.0)
    lift = storymodel.combined(acting, with_it) - storymodel.combined(acting, without)
    assert lift == pytest.approx(0.3)
    assert storymodel.combined(acted_upon, with_it) == storymodel.combined(acted_upon, without)


def test_no_relation_is_looked_for_when_the_central_concept_is_no_name() -> None:
    model = storymodel.build_model(
        "Ferry sinks off Calder Point: passengers rescued",
        "The ferry sank at dawn. The ferry carried ninety passengers, and the ferry's crew of "
        "six helped them into rafts before coastguards reached the scene.",
    )
    assert model.central == "ferry" and model.acted_on == ()
    found = storymodel.match(
        model, "Ferry operator says passengers will be compensated", "The ferry firm paid.",
        with_dense=True,
    )  # fmt: skip
    assert found.relates is None


def test_a_headline_naming_the_asker_but_never_the_central_actor_counts_nothing() -> None:
    model = storymodel.build_model(ACTOR_TITLE, ACTOR_TEXT)
    assert model.central == "ostland" and "brask" in model.terms
    # Brask's other business: her headline name, and no Ostland anywhere in the lead.
    other = storymodel.match(
        model, "Brask signs the harbour budget", "Councillor Brask signed the budget on Friday."
    )
    assert other.in_headline and other.off_centre == "ostland"
    assert other.headline == 0.0
    assert any("never say ostland" in r for r in storymodel.reasons(other))
    # The same headline name beside the central actor keeps its headline share.
    beside = storymodel.match(
        model, "Brask presses Ostland on the river", "Councillor Brask met Ostland's officials."
    )
    assert beside.in_headline and beside.off_centre is None and beside.headline > 0


@pytest.mark.usefixtures("ostland_speaks_spanish")
def test_an_article_that_never_says_the_central_country_is_capped() -> None:
    model = storymodel.build_model(ACTOR_TITLE, ACTOR_TEXT)
    # The asker acting on the storyline's concepts on her own ground: no Ostland anywhere.
    own = storymodel.match(
        model,
        "Brask's council bans smugglers' boats from crossing the river",
        "Councillor Edda Brask's council voted on Monday to stop smugglers crossing the river "
        "at night. Brask said the patrols would start in March.",
        with_dense=True,
    )
    assert own.absent == "ostland"
    assert storymodel.combined(own) <= storymodel._ABSENT_CAP
    assert any("never say ostland" in r and "at most 30%" in r for r in storymodel.reasons(own))
    # Named further down, the actor is in the story: not capped for absence.
    named = storymodel.match(
        model,
        "Brask's council bans smugglers' boats from crossing the river",
        "Councillor Edda Brask's council voted on Monday to stop smugglers crossing the river "
        "at night.\n\nOstland said it would help, and Ostland's police would patrol.",
        with_dense=True,
    )
    assert named.absent is None
    assert storymodel.combined(named) > storymodel.combined(own)
    assert storymodel.match(model, *ACTING, with_dense=True).absent is None


@pytest.mark.usefixtures("ostland_speaks_spanish")
def test_an_article_of_the_asker_naming_the_central_country_in_passing_is_capped() -> None:
    model = storymodel.build_model(ACTOR_TITLE, ACTOR_TEXT)
    assert model.concepts[: model.concepts.index("ostland")] == ("councillor", "brask")
    title = "Brask's council bans smugglers' boats from crossing the river"
    first = "Councillor Edda Brask's council voted on Monday to stop smugglers crossing the river."
    # The asker's own rules, the actor a place they touch: Ostland once, Brask twice.
    passing = storymodel.match(
        model, title, first + " Boats from the Ostland shore are exempt.", with_dense=True
    )
    assert passing.absent is None and passing.in_passing == "ostland"
    assert storymodel.combined(passing) <= storymodel._ABSENT_CAP
    assert any("once at most, the asker more often" in r for r in storymodel.reasons(passing))
    # The actor named twice, or once while the asker is named as often: not in passing.
    for head, text in (
        (title, first + " Ostland must patrol its shore, Ostland officials said."),
        ("Brask bans smugglers crossing the river", "Boats at the Ostland shore were stopped."),
    ):
        found = storymodel.match(model, head, text, with_dense=True)
        assert found.in_passing is None and found.absent is None
    # A headline that names the actor is its story, however often the asker is named.
    beside = storymodel.match(
        model, "Brask asks Ostland to stop smugglers crossing the river", first, with_dense=True
    )
    assert beside.in_passing is None


def test_a_storyline_s_concept_share_leaves_out_the_asker() -> None:
    model = storymodel.build_model(ACTOR_TITLE, ACTOR_TEXT)
    acting = storymodel.match(model, *ACTING, with_dense=True)
    assert acting.askers == ("councillor", "brask")
    assert acting.concepts_of == len(model.concepts) == 5
    # The actor and one thing it acts on, no asker: one of the storyline's two concepts past
    # the first (one of four, the asker counted).
    plain = storymodel.Match(
        0.1, 0.0, 0.5, (), (), concepts=("ostland", "smugglers"), concepts_of=5
    )
    assert plain.concept_share == pytest.approx(0.25)
    assert replace(plain, askers=acting.askers).concept_share == pytest.approx(0.5)
    # The asker said counts as any concept, the share at most 1.
    every = replace(plain, concepts=model.concepts, askers=acting.askers)
    assert every.concept_share == 1.0
    event = storymodel.build_model(
        "Ferry sinks off Calder Point: passengers rescued", "The ferry sank."
    )
    assert storymodel.match(event, "Ferry sinks", "The ferry sank.").askers == ()


def test_the_absence_of_an_actor_that_is_no_country_caps_nothing() -> None:
    # Ostland is no country of the table here: a person or a body is said in other ways
    # ("the minister", "she") than its name and the words close to it.
    model = storymodel.build_model(ACTOR_TITLE, ACTOR_TEXT)
    found = storymodel.match(
        model, "Brask's council bans smugglers' boats", "Brask's council voted on Monday."
    )
    assert model.acted_on and found.absent is None


def test_the_absence_of_an_actor_caps_nothing_without_a_storyline() -> None:
    model = storymodel.build_model(
        "Ferry sinks off Calder Point: passengers rescued",
        "The ferry sank at dawn. The ferry carried ninety passengers, and the ferry's crew of "
        "six helped them into rafts before coastguards reached the scene at Calder Point.",
    )
    found = storymodel.match(
        model, "Calder Point divers search for passengers", "Divers went down."
    )
    assert found.absent is None


def test_a_headline_without_the_central_actor_keeps_its_share_for_an_event() -> None:
    model = storymodel.build_model(
        "Ferry sinks off Calder Point: passengers rescued",
        "The ferry sank at dawn. The ferry carried ninety passengers, and the ferry's crew of "
        "six helped them into rafts before coastguards reached the scene at Calder Point.",
    )
    assert model.acted_on == ()
    found = storymodel.match(model, "Calder Point divers search the wreck", "Divers went down.")
    assert found.in_headline and found.off_centre is None and found.headline > 0


def test_the_story_s_actors_acting_as_its_headline_says_are_not_capped() -> None:
    # Only the baseline text's names shared (an actor's nationality), but the central actor
    # acting on what the headline has it act on: the storyline itself, read uncapped.
    acting = storymodel.Match(
        0.05, 0.0, 0.7, ("ostlandic",), (), actors_only=True, concepts=("ostland", "smugglers",
        "crossing"), concepts_of=4, relates="ostland ... smugglers",
    )  # fmt: skip
    assert storymodel.combined(acting) > storymodel._ACTORS_CAP
    assert any("so the match is not capped" in r for r in storymodel.reasons(acting))
    # The same names on other business, no relation: capped as before.
    other = replace(acting, relates=None)
    assert storymodel.combined(other) == storymodel._ACTORS_CAP
    assert any("at most 30%" in r for r in storymodel.reasons(other))


def test_a_place_or_body_named_after_the_concepts_is_no_relation() -> None:
    model = storymodel.build_model(ACTOR_TITLE, ACTOR_TEXT)
    # "West Ostland" is another place than Ostland; "Smugglers Bay" is a place, not smugglers.
    found = storymodel.match(
        model,
        "Storm floods West Ostland",
        "Rain flooded the roads of West Ostland and Smugglers Bay on Monday.",
        with_dense=True,
    )
    assert found.relates is None
    acting = storymodel.match(model, *ACTING, with_dense=True)
    assert acting.relates == "ostland ... smugglers"
    text = "They met in West Ostland. Ostland said no."
    assert (
        storymodel._names_before(text, "ostland"),
        storymodel._names_after(text, "ostland"),
    ) == (
        frozenset({"west"}),
        frozenset(),
    )
    # Written capitalised after the word, past a sentence's start: a body named after it.
    assert storymodel._names_after("They met the Ostland Police.", "ostland") == {"police"}
    assert storymodel._names_after("They met the ostland Police.", "ostland") == frozenset()


POSSESSIVE = (
    "Patrols at the river",
    "Officials credited Ostland's patrols, which stopped smugglers last month.",
)


def test_a_possessive_says_its_concept() -> None:
    model = storymodel.build_model(ACTOR_TITLE, ACTOR_TEXT)
    found = storymodel.match(model, *POSSESSIVE, with_dense=False)
    assert "ostland" in found.concepts
    assert found.relates == "ostland ... smugglers"


def test_the_weight_of_terms_met_in_the_other_number_does_not_depend_on_string_hashing() -> None:
    # The headline's terms met only in their other number ("ferry" of "ferries") add their
    # weights one by one: in the order a frozenset of them iterated, which follows the
    # process's string hashing, 5 of the 24 orders gave a sum one bit apart from the others'.
    terms = {"harbour": 4.1, "ferries": 2.3, "docks": 1.7, "piers": 3.3, "gates": 0.9}
    theirs = {"harbour": 2.2, "ferry": 1.3, "dock": 0.7, "pier": 1.1, "gate": 2.9}
    dots = {
        storymodel.StoryModel("en", terms, named=InOrder(order)).weight_in(theirs)
        for order in itertools.permutations(("ferries", "docks", "piers", "gates"))
    }
    assert len(dots) == 1
    assert dots.pop() == pytest.approx(4.1 * 2.2 + 2.3 * 1.3 + 1.7 * 0.7 + 3.3 * 1.1 + 0.9 * 2.9)


# A storyline of a country asked to act, told by an English baseline; the country's own press
# writes Spanish and names it as "the country", "national", "federal".
HOME_TITLE = "Councillor Brask Wants Ostland To Stop Migrants At The Border"
HOME_TEXT = """Ostland has been asked to do more at its border. Councillor Edda Brask said Ostland
must patrol the border, and officials of Ostland agreed to meet her in March."""
HOME_PRESS = (
    "Elementos de la Guardia Nacional llegan a la frontera",
    "Elementos de la Guardia Nacional detuvieron a cuarenta migrantes en la frontera norte, "
    "informó el gobierno federal este martes.",
)


@pytest.fixture
def ostland_speaks_spanish(monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor import crosslingual

    spoken = {"ostland": frozenset({"es"}), "norland": frozenset({"es"})}
    monkeypatch.setattr(crosslingual, "countries", lambda: spoken)


@pytest.mark.usefixtures("ostland_speaks_spanish")
def test_the_central_country_s_own_press_names_it_as_national() -> None:
    model = storymodel.build_model(HOME_TITLE, HOME_TEXT)
    assert model.central == "ostland" and "migrants" in model.acted_on
    found = storymodel.match(model, *HOME_PRESS, with_dense=True)
    assert found.home == "ostland"
    assert "ostland" in found.concepts
    assert found.relates is not None and found.relates.startswith("ostland ... ")
    assert any("ostland's own press" in r for r in storymodel.reasons(found))
    assert storymodel.says_central(model, *HOME_PRESS)


@pytest.mark.usefixtures("ostland_speaks_spanish")
def test_another_country_s_press_of_the_same_language_is_not_the_actor_s() -> None:
    model = storymodel.build_model(HOME_TITLE, HOME_TEXT)
    title, text = HOME_PRESS
    other = text + " Norland reforzó su frontera. El gobierno de Norland lo confirmó."
    found = storymodel.match(model, title, other, with_dense=True)
    assert found.home is None and found.relates is None
    assert "ostland" not in found.concepts


def test_a_country_the_data_does_not_know_has_no_own_press() -> None:
    model = storymodel.build_model(HOME_TITLE, HOME_TEXT)
    found = storymodel.match(model, *HOME_PRESS, with_dense=True)
    assert found.home is None and found.relates is None


# A storyline whose central actor is a country common enough to be no term of the model.
COMMON_ACTOR_TITLE = "Premier Holt Wants Canada To Stop Smugglers Crossing The Lake"
COMMON_ACTOR_TEXT = """Canada has been asked to do more on its lake shore. Premier Ilse Holt said
Canada must patrol the shore, and officials of Canada agreed to meet her in March. Canada said it
would send boats."""


def test_an_article_sharing_no_term_is_read_when_its_headline_has_the_actor_act() -> None:
    model = storymodel.build_model(COMMON_ACTOR_TITLE, COMMON_ACTOR_TEXT)
    assert model.central == "canada" and "canada" not in model.terms
    acting = storymodel.match(
        model, "Canada to require permits to curb smuggling", "The rule takes effect in May."
    )
    assert not acting.found and acting.relates == "canada ... smugglers"
    assert storymodel.match_score(acting) > 0
    # The actor named, acting on nothing the headline has it act on: unread, as before.
    other = storymodel.match(model, "Canada wins the hockey final", "The team won in overtime.")
    assert other.relates is None and storymodel.match_score(other) == 0


def test_an_article_datelined_in_the_central_country_is_its_own_press(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from monitor import crosslingual

    monkeypatch.setattr(crosslingual, "countries", lambda: {"canada": frozenset({"en"})})
    model = storymodel.build_model(COMMON_ACTOR_TITLE, COMMON_ACTOR_TEXT)
    title = "Officers sent to the lake"
    text = "CANADA CITY (Wire) — The national police sent forty officers to stop smugglers."
    found = storymodel.match(model, title, text, with_dense=True)
    assert found.home == "canada" and found.relates == "canada ... smugglers"
    elsewhere = storymodel.match(model, title, "PORT ALDER (Wire) — " + text[20:], with_dense=True)
    assert elsewhere.home is None and elsewhere.relates is None


def test_a_dateline_names_a_country_of_two_words() -> None:
    assert storymodel._datelined_in("EL NORTE CITY (Wire) — Officers were sent.", "el norte")
    assert not storymodel._datelined_in("NORTE CITY (Wire) — Officers were sent.", "el norte")
    assert not storymodel._datelined_in("EL NORTEÑO (Wire) — Officers were sent.", "el norte")


def test_a_country_of_two_words_has_its_own_press(monkeypatch: pytest.MonkeyPatch) -> None:
    """A concept is one word: the "ostland" of "Puerto Ostland" names that country."""
    from monitor import crosslingual

    spoken = {"puerto ostland": frozenset({"es"}), "norland": frozenset({"es"})}
    monkeypatch.setattr(crosslingual, "countries", lambda: spoken)
    model = storymodel.build_model(
        "Councillor Brask Wants Puerto Ostland To Stop Migrants At The Border",
        "Puerto Ostland has been asked to do more at its border. Councillor Edda Brask said "
        "Ostland must patrol the border, and officials of Puerto Ostland agreed to meet her in "
        "March. Ostland said it would.",
    )
    assert model.central == "ostland"
    found = storymodel.match(model, *HOME_PRESS, with_dense=True)
    assert found.home == "ostland" and found.relates is not None
    assert storymodel._country_of("ostland", spoken) == "puerto ostland"
    assert storymodel._country_of("puerto", {**spoken, "puerto verde": frozenset()}) is None


def test_word_rarities_kept_are_bounded_and_change_no_weight(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Kept in a plain dict emptied when full: the weights are those worked out afresh, and the
    # dict never holds more than its bound, whatever order the words come in.
    parts = [("Quilvane harbour ferry Quilvane 12 wardens", 1), ("harbour ferry wardens", 2)]
    monkeypatch.setattr(storymodel, "_RARITIES", {})
    fresh = storymodel.term_weights("en", parts)
    assert storymodel.term_weights("en", parts) == fresh  # every word's rarity kept
    monkeypatch.setattr(storymodel, "_RARITIES_CACHED", 2)
    monkeypatch.setattr(storymodel, "_RARITIES", {})
    for _ in range(2):
        assert storymodel.term_weights("en", parts) == fresh
        assert 0 < len(storymodel._RARITIES["en"]) <= 2
    assert fresh["quilvane"] > fresh["harbour"] > 0
