"""The story model adapting on confident follow-ups: bounded, decaying, undone by a label."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from monitor import adaptation, relevance, storymodel
from monitor.adaptation import DEFAULT, Adaptation, Settings
from monitor.models import Story
from monitor.relevance import StoryProfile, build_profile

START = datetime(2021, 6, 24, tzinfo=UTC)
BASELINE_TITLE = "Champlain Towers South condominium collapses in Surfside"
BASELINE_TEXT = (
    "A twelve-storey condominium in Surfside, Florida, partly collapsed overnight.\n"
    "Rescuers searched the rubble of Champlain Towers South for survivors."
)


def _profile(lexicon: str | None = None) -> StoryProfile:
    story = Story(
        slug="surfside",
        title=BASELINE_TITLE,
        url="https://example.org/surfside",
        published=date(2021, 6, 24),
        lexicon=lexicon,
    )
    return build_profile(story, BASELINE_TITLE, BASELINE_TEXT)


def _followup(n: int, names: str) -> tuple[str, str, str]:
    url = f"https://example.org/f{n}"
    title = f"Surfside collapse: {names} speak at the Champlain Towers site"
    text = f"{names} said the Surfside rescue at Champlain Towers South goes on.\nMore later."
    return url, title, text


def _observe(
    a: Adaptation, profile: StoryProfile, n: int, names: str, at: datetime, **kw: object
) -> list[adaptation.Change]:
    url, title, text = _followup(n, names)
    score = kw.pop("score", 0.95)
    assert isinstance(score, float)
    labelled = kw.pop("labelled", None)
    assert labelled is None or isinstance(labelled, bool)
    return a.observe(
        profile, url=url, title=title, text=text, score=score, at=at, labelled=labelled
    )


def _active(a: Adaptation) -> set[str]:
    return {t for t, v in a.terms.items() if v.active}


def test_a_term_weighs_once_two_confident_followups_carry_it() -> None:
    profile, a = _profile(), Adaptation()
    first = _observe(a, profile, 1, "Mayor Cavalier Levine", START)
    assert {c.kind for c in first} == {adaptation.NOTICED}
    assert _active(a) == set()
    assert a.profile_for(profile, START) is profile  # nothing learned: the baseline decides
    second = _observe(a, profile, 2, "Mayor Cavalier Levine", START + timedelta(days=2))
    learned = {c.term for c in second if c.kind == adaptation.LEARNED}
    assert "cavalier" in learned
    model = a.profile_for(profile, START + timedelta(days=2)).model
    assert model is not None and profile.model is not None
    assert "cavalier" in model.terms and "cavalier" not in profile.model.terms
    # The baseline's own terms are never learned again, nor reweighed.
    assert all(model.terms[t] == w for t, w in profile.model.terms.items())
    assert not learned & set(profile.model.terms)


def test_an_unsure_followup_teaches_nothing_and_a_label_does() -> None:
    profile, a = _profile(), Adaptation()
    # Accepted, but not confidently: below the threshold plus ``confident_margin``.
    unsure = Adaptation(settings=replace(DEFAULT, confident_margin=0.15))
    assert _observe(unsure, profile, 1, "Mayor Cavalier Levine", START, score=0.6) == []
    # Turned down, and a reader labels it a follow-up.
    assert _observe(a, profile, 1, "Mayor Cavalier Levine", START, score=0.5) == []
    taught = _observe(a, profile, 2, "Mayor Cavalier Levine", START, score=0.5, labelled=True)
    # A reader's word is the strongest evidence: what one labelled follow-up carries weighs at
    # once (``label_sightings``), where a confident decision only notices it.
    assert {c.kind for c in taught} == {adaptation.LEARNED}
    assert "cavalier" in _active(a) and adaptation.recurrence(a.terms["cavalier"]) == 1.0
    assert Adaptation.from_rows(c.row("surfside", START) for c in taught).terms == a.terms
    b = Adaptation(settings=replace(DEFAULT, label_sightings=2))
    taught = _observe(b, profile, 2, "Mayor Cavalier Levine", START, score=0.5, labelled=True)
    assert {c.kind for c in taught} == {adaptation.NOTICED}
    assert _observe(a, profile, 3, "Mayor Cavalier Levine", START, labelled=False) == []


def test_learned_weight_is_capped_in_terms_and_in_share() -> None:
    settings = replace(DEFAULT, max_terms=3)
    profile, a = _profile(), Adaptation(settings=settings)
    names = ["Cavalier Levine", "Guerrero Morgado", "Quintana Burkett", "Zelaya Hernandez"]
    for i in range(6):
        for j, name in enumerate(names):
            _observe(a, profile, 10 * i + j, name, START + timedelta(days=i))
    assert len(_active(a)) == 3
    model = a.profile_for(profile, START + timedelta(days=6)).model
    assert model is not None and profile.model is not None
    learned = sum(w for t, w in model.terms.items() if t not in profile.model.terms)
    assert learned <= settings.max_share * model.total + 0.01
    assert learned > 0


def _named_in(a: Adaptation, profile: StoryProfile, n: int, names: str, **kw: object) -> None:
    """A follow-up whose only new words are ``names`` (and a phrase every one of them has)."""
    title = f"{names} at Champlain Towers South in Surfside"
    text = f"{names} spoke in Surfside.\nRescuers searched the rubble of Champlain Towers South."
    labelled = kw.get("labelled")
    assert labelled is None or isinstance(labelled, bool)
    score = 0.5 if labelled else 0.95
    at = START + timedelta(days=n)
    url = f"https://example.org/n{n}"
    a.observe(profile, url=url, title=title, text=text, score=score, at=at, labelled=labelled)


def test_a_recurring_name_is_not_displaced_by_one_labelled_headlines_wording() -> None:
    # Room for one learned term: the storyline's name, carried by three follow-ups.
    profile, a = _profile(), Adaptation(settings=replace(DEFAULT, max_terms=1))
    for n in (1, 2, 3):
        _named_in(a, profile, n, "Mayor Cavalier Levine")
    assert _active(a) == {"cavalier levine"}
    # A reader labels a follow-up whose rarest word weighs more than the name, but that one
    # article carried it: a label says the article is a follow-up, not that its words recur.
    _named_in(a, profile, 4, "inspector Tolliver", labelled=True)
    assert _active(a) == {"cavalier levine"}
    assert a.terms["tolliver"].weight > a.terms["cavalier levine"].weight
    assert len(a.terms["tolliver"].sightings) == 1
    # Carried by as many follow-ups as the name, the heavier word takes its place.
    for n in (5, 6):
        _named_in(a, profile, n, "inspector Tolliver")
    assert _active(a) == {"tolliver"}


def test_a_term_with_no_room_yet_keeps_its_sightings_until_it_recurs_enough() -> None:
    profile, a = _profile(), Adaptation(settings=replace(DEFAULT, max_terms=1))
    for n in (1, 2, 3):
        _named_in(a, profile, n, "Mayor Cavalier Levine")
    # Two confident follow-ups carry a heavier new name: learned from two it would count two
    # thirds of its weight (``full_sightings`` 3), less than the name seen three times.
    for n in (4, 5):
        _named_in(a, profile, n, "inspector Tolliver")
    assert _active(a) == {"cavalier levine"}
    assert a.terms["tolliver"].weight > a.terms["cavalier levine"].weight
    assert len(a.terms["tolliver"].sightings) == 2  # each sighting kept, not learned yet
    _named_in(a, profile, 6, "inspector Tolliver")
    assert _active(a) == {"tolliver"}
    gone = a.terms.get("cavalier levine")
    assert gone is None or not gone.active


def test_an_unseen_term_halves_every_half_life_and_then_leaves() -> None:
    profile, a = _profile(), Adaptation()
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    term = a.terms["cavalier"]
    half = START + timedelta(days=DEFAULT.half_life_days)
    assert adaptation.decayed_weight(term, half) == pytest.approx(term.weight / 2)
    # Seen again, it is refreshed: full weight from then on.
    _observe(a, profile, 3, "Mayor Cavalier Levine", half)
    assert adaptation.decayed_weight(a.terms["cavalier"], half) == pytest.approx(term.weight)
    late = half + timedelta(days=DEFAULT.half_life_days * DEFAULT.drop_after_halvings + 1)
    changes = _observe(a, profile, 4, "nobody new", late, score=0.6)
    assert ("cavalier", adaptation.DECAYED) in {(c.term, c.kind) for c in changes}
    assert "cavalier" not in a.terms


def test_a_not_label_removes_what_the_article_taught_and_keeps_the_rest() -> None:
    profile, a = _profile(), Adaptation()
    _observe(a, profile, 1, "Mayor Cavalier Levine", START)
    _observe(a, profile, 2, "Mayor Cavalier Levine", START)
    _observe(a, profile, 3, "Mayor Cavalier Levine", START)  # only refreshes
    removed = a.forget(_followup(2, "")[0], START + timedelta(days=1))
    assert "cavalier" in {c.term for c in removed}
    assert {c.kind for c in removed} == {adaptation.REMOVED}
    assert "cavalier" not in a.terms
    # A label on an article that only refreshed a term withdraws that sighting alone.
    b = Adaptation()
    for n in (1, 2, 3):
        _observe(b, profile, n, "Mayor Cavalier Levine", START + timedelta(days=n))
    b.forget(_followup(3, "")[0], START + timedelta(days=5))
    assert "cavalier" in _active(b)
    assert b.terms["cavalier"].last_seen == START + timedelta(days=2)


def test_replaying_the_stored_changes_gives_the_same_terms() -> None:
    profile, a = _profile(), Adaptation()
    changes: list[adaptation.Change] = []
    for n, names in enumerate(["Cavalier Levine", "Cavalier Morgado", "Levine Morgado"]):
        changes += _observe(a, profile, n, names, START + timedelta(days=n))
    changes += a.forget(_followup(1, "")[0], START + timedelta(days=9))
    recorded = START + timedelta(days=10)
    again = Adaptation.from_rows(c.row("surfside", recorded) for c in changes)
    assert again.terms == a.terms


def test_a_lexicon_story_shows_learned_names_and_judges_as_before() -> None:
    profile, a = _profile(lexicon="us-mexico-migration"), Adaptation()
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    assert "cavalier" in _active(a)
    assert a.profile_for(profile, START) is profile
    shown = adaptation.describe_learned(profile, a.terms, START)
    (row,) = [r for r in shown if r["term"] == "cavalier"]
    assert row["weighed"] is False and row["weight"] > 0
    assert row["seen_in"] == 2  # the two follow-ups that carried it
    assert row["learned_from"] == _followup(2, "")[0]


def test_figures_and_dates_are_never_learned() -> None:
    found = adaptation.candidates(
        "Surfside toll rises to 97 on July 23", "Officials in Surfside said on Friday 97 died."
    )
    assert not [t for t in found if any(ch.isdigit() for ch in t) or "july" in t]


def test_settings_bound_what_one_article_teaches() -> None:
    settings = Settings(per_article=1)
    profile, a = _profile(), Adaptation(settings=settings)
    changes = _observe(a, profile, 1, "Mayor Cavalier Levine and Burkett", START)
    assert len([c for c in changes if c.kind == adaptation.NOTICED]) == 1


# Any lift counts: how large a lift must be is test_a_small_lift_does_not_count's.
# Each rule apart: no least lift, and one learned name may lift alone (tested on its own)
ANY_LIFT = Settings(min_lift=0.0, one_name_below=0.0)


def test_learned_terms_lift_a_score_and_never_lower_one() -> None:
    profile, a = _profile(), Adaptation(settings=ANY_LIFT)
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    adapted = a.profile_for(profile, START)
    assert adapted is not profile and adapted.baseline_model is profile.model
    # Names only the baseline's terms: the learned weight added to the model must not dilute it.
    title = "Champlain Towers South: Surfside condominium rubble searched again"
    text = "Rescuers in Surfside searched the rubble of Champlain Towers South overnight."
    plain = relevance.score_article(profile, title, text).score
    assert relevance.score_article(adapted, title, text).score == plain
    # Names a learned term besides: it scores higher than the baseline alone scores it.
    title = "Mayor Cavalier Levine visits the Surfside site"
    text = "Mayor Cavalier Levine spoke to rescuers at Champlain Towers South in Surfside."
    assert (
        relevance.score_article(adapted, title, text).score
        > relevance.score_article(profile, title, text).score
    )


def test_a_possessive_of_a_baseline_word_is_nothing_new() -> None:
    profile, a = _profile(), Adaptation()
    for n in (1, 2):
        _observe(a, profile, n, "Surfside's Mayor Cavalier", START)
    assert profile.model is not None and "surfside" in profile.model.terms
    assert "surfside's" not in a.terms and "cavalier" in _active(a)


def test_a_word_of_a_headline_concepts_family_is_nothing_new() -> None:
    profile, a = _profile(), Adaptation()
    assert profile.model is not None and "collapsing" not in profile.model.terms
    assert storymodel.says_concept(profile.model, "collapsing")  # of "collapses"' family
    assert not storymodel.says_concept(profile.model, "cavalier")
    for n in (1, 2):
        _observe(a, profile, n, "Collapsing Cavalier", START)
    # The model reads it as its concept already: learned, it would count the concept twice.
    assert "collapsing" not in a.terms and "cavalier" in _active(a)


def test_learned_terms_lift_only_an_article_whose_lead_carries_one() -> None:
    """A learned name further down is a person the article meets, not what it tells."""
    profile, a = _profile(), Adaptation(settings=ANY_LIFT)
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    adapted = a.profile_for(profile, START)
    assert adapted.learned_in_lead and DEFAULT.lift_in_lead
    title = "Surfside condominium towers: engineers return"
    lead = "Engineers returned to the Surfside site of Champlain Towers South."
    later = "Mayor Cavalier Levine spoke to them."
    further_down = f"{lead}\nThe work goes on.\n{later}"
    ungated = replace(adapted, learned_in_lead=False)
    plain = relevance.score_article(profile, title, further_down).score
    assert relevance.score_article(adapted, title, further_down).score == plain
    assert not relevance.learned_in_lead(adapted, title, further_down)
    # A text printed without paragraph breaks: its lead is its first words, not all of it.
    unbroken = f"{lead} {'The crews measured the site again. ' * 12}{later}"
    assert not relevance.learned_in_lead(adapted, title, unbroken)
    assert relevance.learned_in_lead(adapted, title, f"{lead} {later}")
    # Without the rule, the learned name lifts it; said in the first paragraph, it does.
    assert relevance.score_article(ungated, title, further_down).score > plain
    in_lead = f"{lead} {later}\nThe work goes on."
    assert relevance.learned_in_lead(adapted, title, in_lead)
    assert (
        relevance.score_article(adapted, title, in_lead).score
        > relevance.score_article(profile, title, in_lead).score
    )


def test_a_floor_on_the_baseline_evidence_keeps_learned_terms_from_teaching_themselves() -> None:
    settings, off = replace(DEFAULT, baseline_floor=1.0), replace(DEFAULT, baseline_floor=0.0)
    assert DEFAULT.baseline_floor == 1.0  # on by default since session 24
    profile = _profile()
    # About the learned name alone, nothing of the baseline: confident only by what was learned.
    title, text = "Mayor Cavalier Levine opens a library", "Cavalier Levine cut the ribbon."
    assert relevance.score_article(profile, title, text).score < profile.threshold
    for settings_used, teaches in ((off, True), (settings, False)):
        a = Adaptation(settings=settings_used)
        changes = a.observe(
            profile, url="https://example.org/x", title=title, text=text, score=0.95, at=START
        )
        assert bool(changes) is teaches
    # A follow-up on the baseline's own evidence still teaches under the floor.
    a = Adaptation(settings=settings)
    assert _observe(a, profile, 1, "Mayor Cavalier Levine", START)


def test_a_lexicon_story_weighs_its_learned_names_when_set_to() -> None:
    settings = replace(DEFAULT, lexicon_weighs=True, baseline_floor=0.0)  # the floor aside
    profile, a = _profile(lexicon="us-mexico-migration"), Adaptation(settings=settings)
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    adapted = a.profile_for(profile, START)
    assert adapted is not profile and adapted.model is not None
    assert "cavalier" in adapted.model.terms and adapted.lexicon is profile.lexicon
    shown = adaptation.describe_learned(profile, a.terms, START, settings)
    assert [r["weighed"] for r in shown if r["term"] == "cavalier"] == [True]


def test_a_learned_term_weighs_more_as_more_followups_carry_it() -> None:
    profile, a = _profile(), Adaptation()
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    model = a.profile_for(profile, START).model
    assert model is not None
    twice = model.terms["cavalier"]
    _observe(a, profile, 3, "Mayor Cavalier Levine", START)
    model = a.profile_for(profile, START).model
    assert model is not None
    assert twice == pytest.approx(model.terms["cavalier"] * 2 / DEFAULT.full_sightings, abs=0.01)
    _observe(a, profile, 4, "Mayor Cavalier Levine", START)  # in full from full_sightings on
    again = a.profile_for(profile, START).model
    assert again is not None and again.terms["cavalier"] == model.terms["cavalier"]


def test_a_spanish_article_is_told_the_learned_terms_it_carries() -> None:
    """The reason naming learned terms reads the article as the decision did: a Spanish
    article is brought across to the English model, so a learned word it carries in Spanish
    ("evacuación", learned as "evacuation") is named."""
    profile, a = _profile(), Adaptation()
    for n in (1, 2, 3):
        _observe(a, profile, n, "Evacuation coordinators", START)
    adapted = a.profile_for(profile, START)
    title = "Derrumbe en Surfside: la evacuación de las Torres Champlain"
    text = (
        "La evacuación del edificio de Surfside sigue, dijeron los rescatistas.\n"
        "La búsqueda de los desaparecidos continúa entre los escombros de la torre."
    )
    judged = relevance.score_article(adapted, title, text)
    told = adaptation.explain(judged, profile, adapted, title, text)
    said = [r for r in told.reasons if r.startswith("carries terms the story learned")]
    assert "evacuation" in _active(a)
    assert said and "evacuation" in said[0]


def test_a_possessive_is_as_common_as_its_word() -> None:
    """A possessive is its word, as common as it: "the army's" is the army, however rare
    "army's" is as written (wordfreq: Zipf 3.45, "army" 5.06). Learned, a possessive of a
    common word would lift every article naming the common word so."""
    found = adaptation.candidates(
        "The army's engineers shore up Champlain Towers",
        "The army's engineers arrived at Champlain Towers South at dawn.",
    )
    assert found and not [t for t in found if "army" in t]


def test_learned_terms_lift_only_an_article_saying_the_headlines_concepts() -> None:
    """A learned name has other business too (a mayor's library): it lifts only an article
    whose headline and first paragraph say two of the baseline headline's concepts (here
    champlain, towers, condominium, collapses, surfside); one alone is the story's field."""
    profile, a = _profile(), Adaptation(settings=ANY_LIFT)
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    adapted = a.profile_for(profile, START)
    assert adapted.learned_needs_concepts == DEFAULT.lift_concepts == 2
    other_business = (
        ("Mayor Cavalier Levine opens a library", "Cavalier Levine cut the ribbon."),
        ("Mayor Cavalier Levine opens a Surfside library", "Cavalier Levine cut the ribbon."),
    )
    for title, text in other_business:
        assert (
            relevance.score_article(adapted, title, text).score
            == relevance.score_article(profile, title, text).score
        )
        # Without the rule, the learned name lifts it.
        ungated = replace(adapted, learned_needs_concepts=0)
        assert (
            relevance.score_article(ungated, title, text).score
            > relevance.score_article(profile, title, text).score
        )
    title = "Mayor Cavalier Levine visits the collapsed Surfside condo towers"
    text = "Mayor Cavalier Levine spoke to families near the site."
    assert (
        relevance.score_article(adapted, title, text).score
        > relevance.score_article(profile, title, text).score
    )
    # The headline's rare terms said anywhere count once more: the Surfside library of the
    # second look-alike, where the text recalls the night Champlain Towers South fell.
    title = other_business[1][0]
    text = "Cavalier Levine cut the ribbon.\nHe recalled the night Champlain Towers South fell."
    assert (
        relevance.score_article(adapted, title, text).score
        > relevance.score_article(profile, title, text).score
    )
    # The decision says why the learned name did not count.
    title, text = other_business[0]
    told = adaptation.explain(
        relevance.assess(
            adapted,
            url="https://example.org/l",
            title=title,
            text=text,
            published=START,
            date_source="feed",
        ),
        profile,
        adapted,
        title,
        text,
    )
    assert any("this one says none of them" in r for r in told.reasons), told.reasons


def test_a_followup_teaches_from_the_opening_its_settings_read() -> None:
    profile = _profile()
    title = "Surfside collapse: rescuers return to Champlain Towers South"
    text = (
        "Rescuers returned to the Surfside site.\nThe search went on.\nInspector Quintanilla spoke."
    )
    noticed = {}
    for paragraphs in (1, 3):
        a = Adaptation(settings=replace(DEFAULT, lead_paragraphs=paragraphs))
        changes = a.observe(
            profile, url="https://example.org/f1", title=title, text=text, score=0.95, at=START
        )
        noticed[paragraphs] = {c.term for c in changes}
    assert "quintanilla" in noticed[3]
    assert "quintanilla" not in noticed[1]


def test_a_long_storys_first_chapter_keeps_its_names_through_a_dozen_more() -> None:
    profile, a = _profile(), Adaptation()
    chapters = ["Quillmarsh", "Brenwick", "Tolvane", "Marrowby", "Castellune", "Oderhaze"]
    chapters += ["Pennistow", "Wraybeck", "Ulmsgard", "Fenlowe", "Gristane", "Havelorn"]
    for i, name in enumerate(chapters):
        for n in (1, 2):
            _observe(a, profile, 10 * i + n, f"Receiver {name}", START + timedelta(days=30 * i))
    assert len(_active(a)) > 20
    assert "quillmarsh" in _active(a) and "havelorn" in _active(a)


def test_a_word_and_its_number_is_learned_as_a_name_and_a_figure_is_not() -> None:
    profile, a = _profile(), Adaptation()
    changes: list[adaptation.Change] = []
    for n in (1, 2):
        url = f"https://example.org/p{n}"
        title = "Surfside collapse: Ordinance 7 returns as the toll reaches 97"
        text = "Ordinance 7 of Surfside is back at Champlain Towers South; the toll reaches 97."
        changes += a.observe(profile, url=url, title=title, text=text, score=0.95, at=START)
    assert "ordinance 7" in _active(a)
    assert not [t for t in a.terms if "97" in t]  # a figure: never even noticed
    (learned,) = [c for c in changes if c.kind == adaptation.LEARNED and c.term == "ordinance 7"]
    assert "a word and its number" in learned.reason and "1 earlier one" in learned.reason
    assert not adaptation.numbered_name("july 23", "On July 23")
    assert not adaptation.numbered_name("election 2021", "the Election 2021 results")


def test_a_small_lift_does_not_count() -> None:
    """Learned terms count only when they lift the article's score by ``min_lift``: a
    passing mention of a learned name only nudges an article the baseline's model already
    scores near the threshold, a look-alike as often as a follow-up. The decision says so."""
    profile, a = _profile(), Adaptation(settings=ANY_LIFT)
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    adapted = a.profile_for(profile, START)
    title = "Mayor Cavalier Levine visits the Surfside site"
    text = "Mayor Cavalier Levine spoke to rescuers at Champlain Towers South in Surfside."
    plain = relevance.score_article(profile, title, text).score
    lifted = relevance.score_article(adapted, title, text).score
    assert lifted > plain
    lift = lifted - plain
    above = replace(adapted, learned_min_lift=round(lift + 0.01, 3))
    below = replace(adapted, learned_min_lift=round(lift - 0.01, 3))
    assert relevance.score_article(above, title, text).score == plain
    assert relevance.score_article(below, title, text).score == lifted
    # The settings carry it to the profile.
    shipped = Adaptation()
    for n in (1, 2):
        _observe(shipped, profile, n, "Mayor Cavalier Levine", START)
    assert shipped.profile_for(profile, START).learned_min_lift == DEFAULT.min_lift == 0.1

    def reasons(judged_with: StoryProfile) -> tuple[str, ...]:
        judged = relevance.assess(
            judged_with, url="https://example.org/v", title=title, text=text, published=START,
            date_source="feed",
        )  # fmt: skip
        return adaptation.explain(judged, profile, judged_with, title, text).reasons

    said = f"learned terms lift its score by only {lift:.2f}"
    assert any(r.startswith(said) for r in reasons(above))
    assert not any("lift its score by only" in r for r in reasons(below))


def test_an_article_the_baseline_barely_reads_needs_one_concept_more() -> None:
    """Where the baseline's model alone scores an article under ``alone_below`` of the
    threshold, learned terms would make nearly all of its score: they count only when it says
    one of the baseline headline's concepts more than ``lift_concepts``. Here towers and
    collapses (two of five) and the learned mayor; the baseline's words score it 0.38."""
    profile, a = _profile(), Adaptation(settings=ANY_LIFT)
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine", START)
    adapted = a.profile_for(profile, START)
    assert adapted.learned_alone_below == DEFAULT.alone_below == 0.5
    title = "Mayor Cavalier Levine orders checks of old towers"
    text = "Cavalier Levine said no building collapses."
    plain = relevance.score_article(profile, title, text).score
    assert 0.5 * profile.threshold < plain < profile.threshold
    # Over half the threshold: two concepts are enough, the mayor lifts it.
    assert relevance.score_article(adapted, title, text).score > plain
    # Read as barely as that (the share raised above its score): three are needed.
    barely = replace(adapted, learned_alone_below=1.0)
    assert relevance.score_article(barely, title, text).score == plain
    judged = relevance.assess(
        barely, url="https://example.org/t", title=title, text=text, published=START,
        date_source="feed",
    )  # fmt: skip
    told = adaptation.explain(judged, profile, barely, title, text).reasons
    assert any("say 3 of the baseline headline's concepts" in r and "one more" in r for r in told)


def test_one_learned_name_alone_does_not_lift_an_article_the_baseline_barely_reads() -> None:
    """Where the baseline's words barely read an article (under ``one_name_below`` of the
    threshold), the learned terms count only when they lift it without the heaviest learned
    name it carries, with its parts ("cavalier levine", "levine"): the mayor's other business
    says the story's concepts too. A second learned name lifts it."""
    profile, a = _profile(), Adaptation(settings=ANY_LIFT)
    for n in (1, 2):
        _observe(a, profile, n, "Mayor Cavalier Levine and Engineer Oskarina Belvedere", START)
    adapted = a.profile_for(profile, START)
    assert adapted.learned_one_name_below == 0.0 and DEFAULT.one_name_below == 0.5
    # Read as barely as that (the share raised above any score): the rule is asked.
    guarded = replace(adapted, learned_one_name_below=2.0)
    alone = ("Cavalier Levine says towers collapses rare", "Levine spoke on Monday.")
    plain = relevance.score_article(profile, *alone).score
    assert relevance.score_article(adapted, *alone).score > plain
    assert relevance.score_article(guarded, *alone).score == plain
    judged = relevance.assess(
        guarded, url="https://example.org/l", title=alone[0], text=alone[1], published=START,
        date_source="feed",
    )  # fmt: skip
    told = adaptation.explain(judged, profile, guarded, *alone).reasons
    assert any(r.startswith("learned terms lift it only by one learned name, ") for r in told)
    assert adapted.model is not None
    learned = [t for t in adapted.model.terms if t not in (profile.model or adapted.model).terms]
    assert storymodel.one_name(adapted.model, learned, *alone) == {
        t for t in learned if "levine" in t
    }
    both = (
        "Cavalier Levine and Oskarina Belvedere say towers collapses rare",
        "Levine and Belvedere spoke on Monday.",
    )
    plain = relevance.score_article(profile, *both).score
    assert relevance.score_article(guarded, *both).score > plain


# A storyline whose baseline dwells on one of its headline's concepts (invented, our words).
CENTRAL_TITLE = "Governor Renn Wants Ostland To Stop Smugglers Crossing The River"
CENTRAL_TEXT = (
    "Governor Alvaro Renn asked Ostland on Monday to do more against smugglers.\n"
    "Ostland's border police should patrol the river banks, the governor's letter says, and "
    "Ostland should share its records. Officials in Ostland said they would reply this week.\n"
    "Ostland has doubled its river patrols since March."
)


def test_an_article_the_baseline_barely_reads_must_say_what_the_baseline_dwells_on() -> None:
    """Where the baseline's words barely read an article, learned terms count only where it
    says the baseline's central concept (the headline concept its text says most, here
    Ostland): three other concepts do not do, two with it do."""
    story = Story(
        slug="ostland",
        title=CENTRAL_TITLE,
        url="https://example.org/ostland",
        published=date(2021, 6, 24),
    )
    profile = build_profile(story, CENTRAL_TITLE, CENTRAL_TEXT)
    assert profile.model is not None and profile.model.central == "ostland"
    a = Adaptation(settings=ANY_LIFT)
    for n in (1, 2):
        a.observe(
            profile,
            url=f"https://example.org/o{n}",
            title="Ostland smugglers: Inspector Halvard Brisk speaks at the river",
            text="Inspector Halvard Brisk said Ostland patrols the river.\nMore later.",
            score=0.95,
            at=START,
        )
    # Read as barely as that (the share raised above any score): the central concept is asked.
    adapted = replace(a.profile_for(profile, START), learned_alone_below=2.0)
    elsewhere = (
        "Governor Renn: smugglers crossing the river, says Inspector Halvard Brisk",
        "Inspector Halvard Brisk counted smugglers crossing the river near the governor farm.",
    )
    there = (
        "Ostland stops smugglers, says Inspector Halvard Brisk",
        "Inspector Halvard Brisk said Ostland stopped smugglers on Tuesday.",
    )
    said = storymodel.concepts_said(profile.model, *elsewhere)
    assert len(said) >= 3 and "ostland" not in said
    plain = relevance.score_article(profile, *elsewhere).score
    assert relevance.score_article(adapted, *elsewhere).score == plain
    assert (
        relevance.score_article(adapted, *there).score
        > relevance.score_article(profile, *there).score
    )
    judged = relevance.assess(
        adapted, url="https://example.org/e", title=elsewhere[0], text=elsewhere[1],
        published=START, date_source="feed",
    )  # fmt: skip
    told = adaptation.explain(judged, profile, adapted, *elsewhere).reasons
    assert any("what the baseline dwells on, ostland; this one does not" in r for r in told)


def test_a_baseline_that_dwells_on_no_one_concept_has_no_central_one() -> None:
    """A short baseline naming each concept once or twice has none (ties): one concept more
    is then asked, as before."""
    assert _profile().model is not None and _profile().model.central is None
