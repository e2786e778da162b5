"""Unit tests for follow-up detection: profile, date gate, and the hard cases.

The profile is built from a short stand-in baseline written for these tests.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from monitor.models import ContentScore, Story
from monitor.relevance import (
    DEFAULT_THRESHOLD,
    DevelopmentDays,
    StoryProfile,
    assess,
    build_profile,
    decide,
    lone_term_needs,
    score_article,
    span,
)
from monitor.storymodel import StoryModel

STORY = Story(
    slug="us-mexico-enforcement-2021",
    title="US presses Mexico on migration",
    url="https://www.example.com/baseline-story",
    published=date(2021, 6, 3),
    lexicon="us-mexico-migration",
)
# A stand-in for the baseline, in our own words.
BASELINE_TITLE = "White House asks Mexico to do more to stop migrants heading for the US border"
BASELINE_TEXT = """Before Vice President Kamala Harris visits Mexico, the Biden administration wants
Mexican officials to take back more families expelled by US border agents under Title 42.
Homeland Security Secretary Alejandro Mayorkas will raise the requests, including tighter
controls at Mexican airports and a review of Mexico's visa policy for Brazilians.
Mexico has already flown migrants turned back at the border to southern Mexico and expanded
enforcement along its border with Guatemala, an analyst said.
More than 172,000 migrants crossed from Mexico in March. Harris met President Andrés Manuel
López Obrador virtually in May to discuss migration, the root causes of migration and trade."""

FOLLOW_UP = """Homeland Security Secretary Alejandro Mayorkas met Mexican Foreign Minister Marcelo
Ebrard in Mexico City on Tuesday and asked Mexico to detain and return more migrants.

A US official said Mexico agreed to keep National Guard troops at its southern border with
Guatemala and to take back more families expelled under Title 42. The two governments also
discussed checks at airports used by migrants flying in from South America.

Mexico's National Migration Institute has moved migrants from the US border to Tapachula."""


@pytest.fixture(scope="module")
def profile() -> StoryProfile:
    return build_profile(STORY, BASELINE_TITLE, BASELINE_TEXT)


def judge(
    profile: StoryProfile,
    title: str,
    text: str,
    published: datetime | None = datetime(2021, 6, 15, tzinfo=UTC),
    url: str = "https://news.example.org/a",
) -> tuple[bool, float, tuple[str, ...]]:
    a = assess(
        profile,
        url=url,
        title=title,
        text=text,
        published=published,
        date_source="feed" if published else "unknown",
    )
    assert 0.0 <= a.score <= 1.0
    return a.follow_up, a.score, a.reasons


def test_profile_marks_what_the_baseline_names(profile: StoryProfile) -> None:
    seen = {t.key for t in profile.terms if t.in_baseline}
    assert {"mayorkas", "harris", "title42", "airports", "visas", "mexico", "amlo"} <= seen
    related = {t.key for t in profile.terms if not t.in_baseline}
    assert "mpp" in related  # a later programme the baseline could not name
    assert "172,000" in profile.figures
    assert profile.threshold == DEFAULT_THRESHOLD
    assert profile.distinctive["mayorkas"] > profile.distinctive.get("administration", 0.0)


def test_clear_follow_up_with_readable_reasons(profile: StoryProfile) -> None:
    ok, score, reasons = judge(profile, "Mayorkas presses Mexico on migration", FOLLOW_UP)
    assert ok and score > 0.8
    text = " | ".join(reasons)
    assert "shared actors: " in text and "Mayorkas" in text
    assert "policy: Title 42" in text
    assert "Mexico's National Guard" in text  # related actor, named as such
    assert "12 days after the baseline (date from the feed)" in text


def test_story_threshold_and_call_threshold(profile: StoryProfile) -> None:
    a = assess(profile, url="u", title="Mayorkas in Mexico", text=FOLLOW_UP, published=None,
               date_source="unknown", threshold=0.999)  # fmt: skip
    assert not a.follow_up
    assert "no date known: judged on content" in a.reasons


def test_before_baseline_rejected_whatever_the_content(profile: StoryProfile) -> None:
    ok, score, reasons = judge(
        profile, "Mayorkas presses Mexico", FOLLOW_UP, datetime(2021, 5, 20, tzinfo=UTC)
    )
    assert score > 0.8 and not ok
    assert any("14 days before the baseline" in r for r in reasons)


def test_same_day_is_allowed(profile: StoryProfile) -> None:
    ok, _, reasons = judge(profile, "Mayorkas", FOLLOW_UP, datetime(2021, 6, 3, 18, tzinfo=UTC))
    assert ok and any("same day" in r for r in reasons)


def test_without_a_horizon_a_story_never_ends(profile: StoryProfile) -> None:
    assert profile.horizon_days is None  # the default: no end unless configured
    ok, _, reasons = judge(profile, "Mayorkas", FOLLOW_UP, datetime(2025, 12, 4, tzinfo=UTC))
    assert ok
    assert (
        "1645 days (4 years 6 months) after the baseline (date from the feed); "
        "the story has no end date"
    ) in reasons


def _dated(profile: StoryProfile, day: date, latest: date | None) -> tuple[bool, str]:
    a = assess(profile, url="u", title="Mayorkas presses Mexico on migration", text=FOLLOW_UP,
               published=datetime.combine(day, datetime.min.time(), tzinfo=UTC),
               date_source="feed", latest_development=latest)  # fmt: skip
    return a.follow_up, a.reasons[-2]  # the date gate's reason, before the verdict


def test_a_horizon_counts_from_the_latest_development(profile: StoryProfile) -> None:
    story = replace(profile, horizon_days=548)
    # Long after the baseline, nothing since: the story went quiet and ended.
    ok, why = _dated(story, date(2023, 12, 28), None)
    assert not ok
    assert why == (
        "published 938 days (2 years 7 months) after the baseline, beyond the story's "
        "548-day horizon (date from the feed)"
    )
    # The same article with a development three months before it: the story lives on.
    ok, why = _dated(story, date(2023, 12, 28), date(2023, 9, 20))
    assert ok
    assert why == (
        "938 days (2 years 7 months) after the baseline, 99 days (3 months) after the latest "
        "development (2023-09-20), within the story's 548-day horizon (date from the feed)"
    )
    # A development after the article does not count for it; one before the baseline neither.
    assert not _dated(story, date(2023, 12, 28), date(2024, 1, 5))[0]
    assert not _dated(story, date(2023, 12, 28), date(2020, 1, 5))[0]
    # Before the baseline stays out, whatever the developments.
    ok, why = _dated(story, date(2021, 5, 20), date(2021, 5, 19))
    assert not ok and why.startswith("published 14 days before the baseline")


def test_development_days_give_the_latest_on_or_before_an_article() -> None:
    days = DevelopmentDays([date(2022, 3, 1), date(2021, 7, 1)])
    days.add(datetime(2024, 2, 10, 23, 30, tzinfo=UTC))
    days.add(None)  # an undated follow-up says nothing about when the story lived
    assert days.latest(datetime(2021, 6, 30, tzinfo=UTC)) is None
    assert days.latest(datetime(2021, 7, 1, 5, tzinfo=UTC)) == date(2021, 7, 1)
    assert days.latest(datetime(2023, 1, 1, tzinfo=UTC)) == date(2022, 3, 1)
    assert days.latest(None) == date(2024, 2, 10)


def test_spans_read_as_a_reader_counts() -> None:
    assert [span(n) for n in (1, 12, 59, 99, 365, 938)] == [
        "1 day",
        "12 days",
        "59 days",
        "99 days (3 months)",
        "365 days (1 year)",
        "938 days (2 years 7 months)",
    ]


def test_unknown_date_judged_on_content(profile: StoryProfile) -> None:
    ok, _, reasons = judge(profile, "Mayorkas presses Mexico on migration", FOLLOW_UP, None)
    assert ok and "no date known: judged on content" in reasons


def test_decisions_that_share_a_day_keep_their_own_story_and_score(
    profile: StoryProfile,
) -> None:
    """The date gate and the score's reason are shared by the pairs that ask the same; a pair
    differing in any part (horizon, latest development, the score's sign) gets its own."""
    day = datetime(2021, 6, 20, tzinfo=UTC)

    def reasons(p: StoryProfile, score: float, latest: date | None = None) -> tuple[str, ...]:
        scored = ContentScore(score=score, facets={}, reasons=())
        return decide(
            p, scored, url="https://a.example/x", published=day, date_source="feed",
            latest_development=latest,
        ).reasons  # fmt: skip

    short = replace(profile, horizon_days=10)
    assert reasons(profile, 0.0)[0].endswith("the story has no end date")
    assert reasons(short, 0.0)[0].startswith("published 17 days after the baseline, beyond")
    assert "within the story's 10-day horizon" in reasons(short, 0.0, date(2021, 6, 15))[0]
    assert reasons(profile, 0.0)[-1] == "score 0.00 against threshold 0.56: not a follow-up"
    assert reasons(profile, -0.0)[-1] == "score -0.00 against threshold 0.56: not a follow-up"


def test_baseline_url_itself_is_not_a_follow_up(profile: StoryProfile) -> None:
    ok, _, reasons = judge(profile, BASELINE_TITLE, BASELINE_TEXT, url=STORY.url + "?utm=x")
    assert not ok and "this is the baseline article itself" in reasons


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Dozens die as migrant boat sinks in the English Channel",
            "An inflatable boat carrying migrants to Britain sank off Calais. France and the UK "
            "argued over patrols and asylum rules; smugglers charge thousands of euros.",
        ),
        (
            "Migrants stranded at Belarus-Poland border as troops deploy",
            "Thousands of migrants from Iraq camp in freezing forest. Poland sent troops and "
            "the EU accused Belarus of flying people to Minsk. Asylum seekers have died.",
        ),
        (
            "Record number of migrants cross the Darien Gap",
            "Haitians and Venezuelans crossed the jungle between Colombia and Panama this year. "
            "Panama asked other countries to help; many migrants hope to reach the United States.",
        ),
    ],
)
def test_migration_at_other_borders_rejected(profile: StoryProfile, title: str, text: str) -> None:
    ok, score, reasons = judge(profile, title, text * 3)
    assert not ok, (score, reasons)
    assert any("little about Mexico's role" in r for r in reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Immigration court backlog passes 1.3 million cases",
            "Immigration judges cannot keep up with asylum cases, and hearings are set years "
            "ahead. The Justice Department is hiring judges for immigrants' cases.",
        ),
        (
            "Judge rules DACA unlawful",
            "A federal judge barred new applications to the program that protects immigrants "
            "brought to the US as children. The Biden administration will appeal.",
        ),
        (
            "ICE told not to arrest immigrants for status alone",
            "Mayorkas issued new enforcement priorities for Immigration and Customs Enforcement "
            "officers. Deportations from the interior fell. Immigrant advocates reacted.",
        ),
    ],
)
def test_us_immigration_without_mexico_rejected(
    profile: StoryProfile, title: str, text: str
) -> None:
    ok, score, reasons = judge(profile, title, text * 3)
    assert not ok, (score, reasons)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "US and Mexico relaunch economic dialogue on supply chains",
            "Blinken and Mexico's foreign minister Marcelo Ebrard agreed to cooperate on "
            "semiconductors and investment. Harris spoke by video. Trade disputes remain.",
        ),
        (
            "López Obrador's electricity reform worries US investors",
            "Mexico's president sent Congress a bill favouring the state power company. The US "
            "ambassador said Washington was concerned about the USMCA trade agreement.",
        ),
        (
            "US sends vaccine doses to Mexico",
            "The White House shipped 1.35 million doses to Mexico, and Mexican officials "
            "thanked Harris. The doses will go to Mexican cities near the US.",
        ),
        (
            "US charges Mexican cartel leaders over fentanyl",
            "Prosecutors said the Sinaloa cartel shipped fentanyl into the United States. "
            "Mexico's attorney general promised cooperation with the DEA on extraditions.",
        ),
    ],
)
def test_us_mexico_without_migration_rejected(profile: StoryProfile, title: str, text: str) -> None:
    ok, score, reasons = judge(profile, title, text * 3)
    assert not ok, (score, reasons)
    assert any("little about migration" in r for r in reasons)


def test_short_feed_summaries(profile: StoryProfile) -> None:
    ok, _, _ = judge(
        profile,
        "Mexico agrees to restart of 'Remain in Mexico'",
        "Asylum seekers will again wait in Mexican border cities after Mexico accepted US terms.",
    )
    assert ok
    ok, _, _ = judge(profile, "Mexico's peso slides", "The peso fell 1% against the dollar.")
    assert not ok
    ok, _, _ = judge(profile, "Mexico", "")
    assert not ok


def test_syndicated_copy_gets_the_same_decision(profile: StoryProfile) -> None:
    title = "Mayorkas presses Mexico on migration"
    original = assess(profile, url="https://www.reuters.com/x", title=title, text=FOLLOW_UP,
                      published=None, date_source="unknown")  # fmt: skip
    copy = assess(profile, url="https://news.yahoo.com/y", title=title,
                  text="MEXICO CITY (Reuters) - " + FOLLOW_UP, published=None,
                  date_source="unknown", site="Yahoo News")  # fmt: skip
    assert copy.follow_up == original.follow_up is True
    assert abs(copy.score - original.score) < 0.02


def test_spanish_follow_up_counts_bilingual_keywords(profile: StoryProfile) -> None:
    text = (
        "La Guardia Nacional reforzó la frontera sur de México para contener a los migrantes "
        "que buscan llegar a Estados Unidos. El Instituto Nacional de Migración trasladó a "
        "familias expulsadas bajo el Título 42 a Tapachula, a petición del gobierno de Biden.\n"
        "El secretario Mayorkas pidió más detenciones en la frontera con Guatemala."
    )
    ok, score, reasons = judge(profile, "Refuerzan la frontera sur ante flujo de migrantes", text)
    assert ok, (score, reasons)
    joined = " | ".join(reasons)
    assert "Mexico's National Guard" in joined and "Title 42" in joined


def test_spanish_non_migration_rejected(profile: StoryProfile) -> None:
    text = (
        "La Guardia Nacional envió mil elementos a Michoacán tras enfrentamientos entre "
        "cárteles. El gobernador pidió apoyo federal y la Secretaría de Seguridad informó "
        "detenciones. Habitantes de la Ciudad de México y Michoacán denunciaron bloqueos."
    )
    ok, score, reasons = judge(profile, "Guardia Nacional refuerza Michoacán", text)
    assert not ok, (score, reasons)


def test_texas_national_guard_is_not_mexicos(profile: StoryProfile) -> None:
    scored = score_article(profile, "Texas National Guard deployed", "The Texas National Guard.")
    assert not any("Mexico's National Guard" in r for r in scored.reasons)


def test_score_ignores_url_and_site(profile: StoryProfile) -> None:
    a = assess(profile, url="https://a.example/1", title="t", text=FOLLOW_UP, published=None,
               date_source="unknown", site="A")  # fmt: skip
    b = assess(profile, url="https://b.example/2", title="t", text=FOLLOW_UP, published=None,
               date_source="unknown", site="B")  # fmt: skip
    assert a.score == b.score


def _shared() -> Path:
    root = Path(__file__).resolve().parents[2]
    return Path(os.environ.get("MONITOR_SHARED", root.parent / "shared"))


def test_real_baseline_scores_itself_high() -> None:
    directory = _shared() / "baseline"
    metas = sorted(directory.glob("*.json")) if directory.is_dir() else []
    if not metas:
        pytest.skip("shared baseline not available")
    meta = json.loads(metas[0].read_text(encoding="utf-8"))
    title, _, body = (directory / meta["text_file"]).read_text(encoding="utf-8").partition("\n")
    story = Story(
        meta["slug"],
        meta["title"],
        meta["url"],
        date.fromisoformat(meta["published"]),
        lexicon="us-mexico-migration",
    )
    real = build_profile(story, title, body)
    assert real.baseline_published == date(2021, 6, 3)
    assert score_article(real, title, body).score > 0.9
    a = assess(real, url="https://x.example/y", title="Mayorkas presses Mexico", text=FOLLOW_UP,
               published=datetime(2021, 6, 15, tzinfo=UTC), date_source="feed")  # fmt: skip
    assert a.follow_up


def test_border_enforcement_against_drugs_is_not_about_migration(profile: StoryProfile) -> None:
    text = (
        "NOGALES, Ariz. - Border Patrol agents and Customs and Border Protection officers seized a "
        "record load of fentanyl pills hidden in a tractor-trailer at the port of entry on "
        "Tuesday, officials said, and arrested the driver, a Mexican citizen. Homeland Security "
        "officials said the seizure followed a tip from Mexican authorities, and that "
        "enforcement at the southern border checkpoints had been stepped up after a crackdown on "
        "smuggling networks "
        "run by cartels in Sinaloa. The White House said cooperation with Mexico's government on "
        "the flow of drugs and guns would be on the agenda of next month's security talks. "
        "Agents have detained more than forty people in connection with the case, and officials "
        "in Washington and Mexico City said more arrests are expected."
    )
    ok, score, reasons = judge(profile, "Record fentanyl seizure at Nogales crossing", text)
    assert not ok, (score, reasons)
    assert any("little about migration" in r for r in reasons)


def test_a_follow_up_the_same_day_as_the_latest_development_says_so(profile: StoryProfile) -> None:
    ok, why = _dated(profile, date(2021, 6, 8), date(2021, 6, 8))
    assert ok
    assert why == (
        "5 days after the baseline, the same day as the latest development (2021-06-08) "
        "(date from the feed); the story has no end date"
    )


# A US-only measure that names Mexico only as a place (in our own words).
PLACE_ONLY = """The Department of Homeland Security said on Monday that Border Patrol agents will
quickly deport most migrants who cross the southern border from Mexico between ports of entry
and ask for asylum, under a new rule Secretary Alejandro Mayorkas announced in Washington.

The rule applies along the border with Mexico when daily arrests of migrants pass 2,500.
Migrants born in Mexico and in Central America made up most of those arrested in May, and
asylum lawyers said they would challenge the rule in court."""


def test_mexico_named_only_as_a_place_is_not_mexicos_role(profile: StoryProfile) -> None:
    follow_up, score, reasons = judge(
        profile, "US to deport most migrants who cross from Mexico", PLACE_ONLY
    )
    assert not follow_up, reasons
    assert "little about Mexico's role (0.30)" in reasons
    # The same measure with Mexico acting on it is the story.
    acting = PLACE_ONLY + "\nMexico agreed to take back non-Mexican migrants the US deports."
    follow_up, acting_score, reasons = judge(profile, "US to deport migrants to Mexico", acting)
    assert follow_up and acting_score > score, reasons
    assert any("actors" in r and "Mexico's government" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexican officials said they would detain migrants at checkpoints in Chiapas.",
        "Mexico's government will deploy troops to stop migrants heading north.",
        "Most are returned to Mexico, which has agreed to take migrants from Guatemala.",
        "Las autoridades mexicanas detuvieron a migrantes en Chiapas.",
        "México aceptará a migrantes devueltos por Estados Unidos.",
    ],
)
def test_mexico_acting_is_recognised(profile: StoryProfile, sentence: str) -> None:
    _, _, reasons = judge(profile, "Migrants", PLACE_ONLY + "\n" + sentence)
    assert not any("little about Mexico's role" in r for r in reasons), reasons


def test_new_mexico_is_not_mexico(profile: StoryProfile) -> None:
    text = "Border Patrol agents in New Mexico arrested migrants near Santa Teresa, New Mexico."
    _, _, reasons = judge(profile, "Arrests in New Mexico", text)
    (facets,) = [r for r in reasons if r.startswith("facets: ")]
    assert "Mexico 0.00" in facets, reasons


# Raids inside the US, and Mexico's government acting for its people there.
RAIDS = """Federal immigration agents detained dozens of workers at a meatpacking plant in
Nebraska on Tuesday, most of them migrants from Mexico and Guatemala, and took them to
detention centres to face deportation.

Mexico's president said the country's consulates were giving legal help to the detained
Mexicans, and Mexican officials asked Washington to respect their rights."""


def test_mexico_acting_for_its_people_abroad_is_another_story(profile: StoryProfile) -> None:
    follow_up, score, reasons = judge(
        profile, "Dozens detained in raid at meatpacking plant", RAIDS
    )
    assert not follow_up, reasons
    assert "little about Mexico's role (0.30)" in reasons
    # The same officials acting without a word of consulates or remittances act in the story.
    acting = RAIDS.replace(
        "the country's consulates were giving legal help to", "Mexico would take back"
    )
    _, acting_score, reasons = judge(profile, "Dozens detained in raid", acting)
    assert acting_score > score and not any("little about Mexico" in r for r in reasons), reasons
    # Beside consulates, Mexico's migration agency still acts in it.
    agency = RAIDS + "\nMexico's National Migration Institute said it would bus them south."
    _, _, reasons = judge(profile, "Dozens detained in raid", agency)
    assert not any("little about Mexico" in r for r in reasons), reasons


# A follow-up of the storyline's later years, in Spanish, in our own words: the only Mexican
# actor it names is a president the 2021 baseline could not know.
SPANISH_LATER = """La presidenta Claudia Sheinbaum dijo el martes que su gobierno detendrá a más
migrantes antes de que lleguen al norte de México, tras una llamada con la Casa Blanca.

Sheinbaum explicó que enviará agentes a los puntos de cruce hacia Estados Unidos y recibirá a
los solicitantes de asilo que Washington devuelva.

Según la Casa Blanca, el número de migrantes que llegan a la frontera con Estados Unidos bajó
este mes."""
SPANISH_LATER_TITLE = "Sheinbaum acuerda con la Casa Blanca frenar a los migrantes"


def test_a_lexicon_name_the_baseline_never_knew_lifts_a_spanish_follow_up(
    profile: StoryProfile,
) -> None:
    later = datetime(2025, 2, 4, tzinfo=UTC)
    model_only = build_profile(replace(STORY, lexicon=None), BASELINE_TITLE, BASELINE_TEXT)
    alone, alone_score, _ = judge(model_only, SPANISH_LATER_TITLE, SPANISH_LATER, later)
    assert not alone and alone_score < DEFAULT_THRESHOLD  # the baseline's English words miss it
    assert not any(t.in_baseline for t in profile.terms if t.key == "sheinbaum")
    ok, score, reasons = judge(profile, SPANISH_LATER_TITLE, SPANISH_LATER, later)
    assert ok and score >= DEFAULT_THRESHOLD, reasons
    assert "related actors from the lexicon, not in the baseline: Claudia Sheinbaum" in reasons
    # Without her name, Mexico is only a place in it: the lexicon's name is what lifts it.
    unnamed = SPANISH_LATER.replace("Claudia Sheinbaum", "").replace("Sheinbaum", "Ella")
    ok, _, reasons = judge(profile, "Acuerdo con la Casa Blanca", unnamed, later)
    assert not ok and any("little about Mexico's role" in r for r in reasons), reasons


LOOKALIKE_IN_BASELINE_WORDS = """Homeland Security Secretary Alejandro Mayorkas said on Monday
that border agents will keep expelling families under Title 42, as more than 170,000 migrants
crossed from Mexico last month.

The Biden administration also asked airlines to tighten controls at US airports for travellers
from Brazil, officials said. Vice President Kamala Harris backed the decision."""


def test_the_baseline_model_counts_beside_the_lexicon_only_within_its_rules(
    profile: StoryProfile,
) -> None:
    title = "Mayorkas extends Title 42 expulsions of families at the border"
    model_only = build_profile(replace(STORY, lexicon=None), BASELINE_TITLE, BASELINE_TEXT)
    ok, model_score, _ = judge(model_only, title, LOOKALIKE_IN_BASELINE_WORDS)
    assert ok and model_score > 0.9  # the baseline's words, US-only: the model alone takes it
    ok, score, reasons = judge(profile, title, LOOKALIKE_IN_BASELINE_WORDS)
    assert not ok and score < model_score, reasons
    assert reasons[0].endswith(
        "the model does not count, as the lexicon finds little about Mexico's role"
    ), reasons
    # A follow-up in the baseline's words: the higher of the two scores counts, and says so.
    follow = "Vice President Kamala Harris and Homeland Security Secretary Alejandro Mayorkas "
    follow += "asked Mexican officials to take back more families expelled under Title 42."
    scored = score_article(profile, "Harris and Mayorkas press Mexico on Title 42", follow)
    by_model = scored.facets["story model"]
    by_names = score_article(
        replace(profile, model=None), "Harris and Mayorkas press Mexico on Title 42", follow
    ).score
    assert by_model > 0 and scored.score == max(by_names, by_model)
    counts = "the model's counts" if by_model > by_names else "the lexicon's counts"
    assert f"the baseline's words {by_model:.2f}; {counts}" in scored.reasons[0], scored.reasons


def test_the_lone_term_guard_asks_one_concept_more_or_the_central_one() -> None:
    """``lone_term_needs``: under the share, one concept more where the baseline has no central
    concept, None where it has one the article does not say; at or over it, ``needs`` as is."""
    plain = StoryModel(language="en", concepts=("ostland", "ferry"))
    central = replace(plain, central="ostland")
    title, text = "Harbour strike ends", "Dockers in Brindle went back to work on Monday."
    assert lone_term_needs(plain, 1, 0.1, 0.3, title, text) == 2
    assert lone_term_needs(plain, 1, 0.3, 0.3, title, text) == 1
    assert lone_term_needs(plain, 0, 0.1, 0.3, title, text) == 0
    assert lone_term_needs(central, 1, 0.1, 0.3, title, text) is None
    assert lone_term_needs(central, 1, 0.5, 0.3, title, text) == 1
