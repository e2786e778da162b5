"""A reader's `not` label as a negative exemplar (monitor.exemplars), on team-written text: the
invented Harbour Street Bridge story of test_storymodel, and two look-alikes of its field (the
same town's other bridge, shut for repairs) that its story model accepts."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor import exemplars, relevance
from monitor.models import Assessment
from tests.unit.test_storymodel import BASELINE_TEXT, BASELINE_TITLE, FOLLOW_UP, STORY

LOOK_ALIKE_FIRST = (
    "Port Alder closes the Kelvin Point Bridge after inspectors find cracked beams",
    """PORT ALDER — The city closed the Kelvin Point Bridge over the Alder River on Wednesday
after state inspectors found cracked floor beams and rusted bearings under its western approach,
Mayor Ingrid Solvang said.

The 1958 concrete bridge, which carries Dunmore Road traffic toward the Marrow Creek industrial
park, will stay shut while engineers from the state transportation department decide whether the
beams can be braced. Drivers face a detour of about six miles through Kelvin Point.

"Nobody is going to drive over a bridge we are not sure of," Solvang told reporters at the
Dunmore Road barrier.""",
)
LOOK_ALIKE_SECOND = (
    "Kelvin Point Bridge to stay shut all summer as crews brace cracked beams",
    """PORT ALDER — Crews began bracing the cracked floor beams of the Kelvin Point Bridge on
Monday, and the state transportation department said the bridge over the Alder River would stay
shut to Dunmore Road traffic through the summer.

The rusted bearings under its western approach will be replaced first, engineers said, and
trucks bound for the Marrow Creek industrial park will keep using the detour through Kelvin
Point.

Mayor Ingrid Solvang said the city had asked the state for emergency money for the work.""",
)
BASELINE_URL = "https://news.example/port-alder/bridge-collapse"
FIRST_URL = "https://news.example/kelvin-point-closed"


def _assess(title: str, text: str) -> Assessment:
    profile = relevance.build_profile(STORY, BASELINE_TITLE, BASELINE_TEXT)
    return relevance.assess(
        profile, url="https://news.example/later", title=title, text=text,
        published=datetime(2026, 5, 4, tzinfo=UTC), date_source="feed",
    )  # fmt: skip


def _rejecting_the_first() -> exemplars.Exemplars:
    return exemplars.of_rows(
        (BASELINE_URL, BASELINE_TITLE, BASELINE_TEXT), [(FIRST_URL, *LOOK_ALIKE_FIRST)], []
    )


def test_the_story_model_alone_takes_both_look_alikes_for_follow_ups() -> None:
    # What the rule is for: the look-alikes name the story's town, river and mayor.
    assert _assess(*LOOK_ALIKE_FIRST).follow_up and _assess(*LOOK_ALIKE_SECOND).follow_up


def test_a_look_alike_like_a_rejected_article_is_rejected_naming_it() -> None:
    before = _assess(*LOOK_ALIKE_SECOND)
    after = exemplars.judge(before, _rejecting_the_first(), *LOOK_ALIKE_SECOND)
    assert not after.follow_up and after.score == before.score
    assert after.reasons[:-1] == before.reasons
    assert after.reasons[-1].startswith(
        f"reads like {LOOK_ALIKE_FIRST[0]!r}, which a reader labelled not a follow-up ("
    )
    assert f"the closest of the story's own texts, {BASELINE_TITLE!r}" in after.reasons[-1]


def test_a_follow_up_unlike_the_rejected_article_is_kept() -> None:
    # It shares the town and its mayor with the rejected article, and reads like the story.
    before = _assess(*FOLLOW_UP)
    assert before.follow_up
    assert exemplars.judge(before, _rejecting_the_first(), *FOLLOW_UP) is before


def test_an_article_reading_more_like_the_story_than_the_rejected_one_is_kept() -> None:
    negatives = _rejecting_the_first()
    second = exemplars.exemplar("", *LOOK_ALIKE_SECOND)
    closeness = second.cosine(negatives.rejected[FIRST_URL])
    assert closeness >= exemplars.DEFAULT.bar
    assert negatives.rejection(*LOOK_ALIKE_SECOND) is not None
    # Once a follow-up as like it as the rejected article is the story's, it is kept.
    negatives.keep("https://news.example/kelvin-point-follow-up", *LOOK_ALIKE_SECOND)
    assert negatives.rejection(*LOOK_ALIKE_SECOND) is None


def test_bars_above_the_closeness_keep_the_look_alike() -> None:
    negatives = _rejecting_the_first()
    second = exemplars.exemplar("", *LOOK_ALIKE_SECOND)
    words = second.cosine(negatives.rejected[FIRST_URL])
    embeddings = second.dense(negatives.rejected[FIRST_URL])
    negatives.settings = exemplars.Settings(bar=words - 0.01, dense_bar=embeddings - 0.01)
    assert negatives.rejection(*LOOK_ALIKE_SECOND) is not None
    negatives.settings = exemplars.Settings(bar=words + 0.01, dense_bar=embeddings + 0.01)
    assert negatives.rejection(*LOOK_ALIKE_SECOND) is None


def test_without_a_rejected_article_nothing_is_compared() -> None:
    negatives = exemplars.Exemplars()
    negatives.keep(BASELINE_URL, BASELINE_TITLE, BASELINE_TEXT)
    assert not negatives
    before = _assess(*LOOK_ALIKE_SECOND)
    assert exemplars.judge(before, negatives, *LOOK_ALIKE_SECOND) is before
    # (The story's own texts are read only when an article is compared.)
    assert negatives._own[BASELINE_URL] == (BASELINE_TITLE, BASELINE_TEXT)


def test_a_label_decides_what_a_judged_article_is() -> None:
    negatives = exemplars.Exemplars()
    negatives.heard(FIRST_URL, *LOOK_ALIKE_FIRST, follow_up=True, by_reader=False)
    assert FIRST_URL in negatives.own and not negatives
    negatives.heard(FIRST_URL, *LOOK_ALIKE_FIRST, follow_up=False, by_reader=True)
    assert FIRST_URL not in negatives.own and FIRST_URL in negatives.rejected
    negatives.heard("https://news.example/x", *FOLLOW_UP, follow_up=False, by_reader=False)
    assert "https://news.example/x" not in negatives.own  # the program's own no: nothing


def test_dates_and_figures_do_not_make_two_articles_alike() -> None:
    dated = exemplars.exemplar("", "August 17: the council meets", "On August 17, 2026, 40 met.")
    assert all(not any(ch.isdigit() for ch in term) for term in dated.terms)
    assert "august" not in " ".join(dated.terms)


def test_the_openings_word_embeddings_are_a_second_measure_when_asked_for() -> None:
    negatives = _rejecting_the_first()
    words = exemplars.exemplar("", *LOOK_ALIKE_SECOND).cosine(negatives.rejected[FIRST_URL])
    embeddings = exemplars.exemplar("", *LOOK_ALIKE_SECOND).dense(negatives.rejected[FIRST_URL])
    # The rare words out of reach: the embeddings alone turn the look-alike down ...
    negatives.settings = exemplars.Settings(bar=words + 0.01, dense_bar=embeddings - 0.01)
    found = negatives.rejection(*LOOK_ALIKE_SECOND)
    assert found is not None and found.measure == "its opening's embeddings"
    assert f"(its opening's embeddings {embeddings:.2f} alike, against " in found.reason()
    # ... and with them off (0), nothing does.
    negatives.settings = exemplars.Settings(bar=words + 0.01, dense_bar=0.0)
    assert negatives.rejection(*LOOK_ALIKE_SECOND) is None


# A story whose baseline's rare words are mostly its governor's name, and an article a reader
# rejected that is her other business: it reads like the story itself (the name).
GOVERNOR_BASELINE = (
    "Governor Adaeze Okonkwo orders the Tarrow Dam spillway shut after engineers find cracks",
    "TARROW — Governor Adaeze Okonkwo ordered the spillway of the Tarrow Dam shut on Monday "
    "after engineers found cracks in its concrete chute.\n"
    "The reservoir will be drawn down by ten feet, the water authority said.",
)
GOVERNOR_REJECTED = (
    "Governor Adaeze Okonkwo signs the Tarrow school budget",
    "TARROW — Governor Adaeze Okonkwo signed the school budget on Friday, and Okonkwo said "
    "teachers would be paid more.\nOkonkwo spoke at a Tarrow high school gym.",
)
GOVERNOR_FOLLOW_UP = (
    "Governor Adaeze Okonkwo asks federal engineers to inspect Tarrow's dams",
    "TARROW — Governor Adaeze Okonkwo asked the Army Corps of Engineers on Thursday to inspect "
    "every dam upstream, Okonkwo said in a letter.\nOkonkwo cited the cracked chute.",
)
GOVERNOR_LOOK_ALIKE = (
    "Tarrow teachers get their raise from the school budget Governor Adaeze Okonkwo signed",
    "TARROW — Teachers in Tarrow received the first raise of the school budget that Governor "
    "Adaeze Okonkwo signed last month.\nThe teachers' union thanked Okonkwo at a high school gym.",
)


def test_an_article_alike_only_as_the_story_is_alike_is_kept() -> None:
    negatives = exemplars.of_rows(
        ("https://news.example/dam", *GOVERNOR_BASELINE),
        [("https://news.example/budget", *GOVERNOR_REJECTED)],
        [],
    )
    rejected = negatives.rejected["https://news.example/budget"]
    baseline = exemplars.exemplar("", *GOVERNOR_BASELINE)
    follow_up = exemplars.exemplar("", *GOVERNOR_FOLLOW_UP)
    # The follow-up reads more like the rejected article than like the baseline (the
    # governor's name, said four times in each) ...
    assert follow_up.cosine(rejected) > follow_up.cosine(baseline) >= exemplars.DEFAULT.bar
    # ... but no more than the rejected article itself reads like the baseline: their likeness
    # is the story's own, and the label cannot tell the follow-up from the story.
    assert follow_up.cosine(rejected) <= rejected.cosine(baseline)
    assert negatives.rejection(*GOVERNOR_FOLLOW_UP) is None
    # The rejected article's next chapter (the budget's raise) reads nearer to it: turned down.
    look_alike = exemplars.exemplar("", *GOVERNOR_LOOK_ALIKE)
    assert look_alike.cosine(rejected) > rejected.cosine(baseline)
    found = negatives.rejection(*GOVERNOR_LOOK_ALIKE)
    assert found is not None and found.like.title == GOVERNOR_REJECTED[0]
