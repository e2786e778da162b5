"""The offline demo's news web: four fictional outlets, three feeds and their articles per tick.

Pure content and rendering (HTML pages, RSS 2.0, Atom 1.0, JSON Feed 1.1); no I/O, no clock.

The outlets (Borderline News, Gulf Herald, Capitol Daily, Continental Wire) and their reporters
are invented. The articles retell real events of June 2021 to March 2022, and (tick 4) of the
storyline's later years, 2023 to 2025, beside look-alikes of those years, in our own words,
simplified for a demo: some figures are rounded or approximate. Direct quotes from heads of
government and cabinet members are well-known public remarks; the INM coordinator quoted in
the Tapachula story, and her words, are invented for the demo.
"""

from __future__ import annotations

import enum
import hashlib
import html
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape as xml_escape

logger = logging.getLogger(__name__)

TICKS = 4

# The simulated clock: every item served at a tick is published before that tick's "now".
TICK_NOW: dict[int, datetime] = {
    1: datetime(2021, 6, 5, 12, 0, tzinfo=UTC),
    2: datetime(2021, 6, 20, 12, 0, tzinfo=UTC),
    3: datetime(2022, 3, 15, 12, 0, tzinfo=UTC),
    4: datetime(2025, 6, 20, 12, 0, tzinfo=UTC),  # the storyline's later years
}


class Role(enum.StrEnum):
    """What an article is for in the demo: the outcome the monitor should reach."""

    BASELINE = "baseline"
    PRE_BASELINE = "pre-baseline"
    FOLLOW_UP = "follow-up"
    RESTATEMENT = "restatement"  # a follow-up that only retells what the baseline said
    NEAR_MISS = "near-miss"
    OFF_TOPIC = "off-topic"


@dataclass(frozen=True)
class Outlet:
    """A fictional news site served under ``/<key>/`` on the demo server."""

    key: str
    name: str
    tagline: str
    feed_path: str


@dataclass(frozen=True)
class Revision:
    """A later text of an article, served from ``tick`` on."""

    tick: int
    updated: datetime
    body: tuple[str, ...]
    correction: str


@dataclass(frozen=True)
class Article:
    """One article page, the tick from which it is served, and its intended outcome."""

    outlet: str
    slug: str
    published: datetime
    title: str
    author: str
    summary: str
    body: tuple[str, ...]
    role: Role
    tick: int
    development: str | None = None  # articles sharing a development should give one alert
    wire_credit: str | None = None  # set on syndicated copies of wire text
    revision: Revision | None = None

    @property
    def path(self) -> str:
        return f"/{self.outlet}/{self.published:%Y/%m/%d}/{self.slug}"

    def body_at(self, tick: int) -> tuple[str, ...]:
        if self.revision is not None and tick >= self.revision.tick:
            return self.revision.body
        return self.body

    def updated_at(self, tick: int) -> datetime:
        if self.revision is not None and tick >= self.revision.tick:
            return self.revision.updated
        return self.published


@dataclass(frozen=True)
class FeedSpec:
    """One feed of the demo web and the outlets whose articles it lists."""

    path: str
    kind: str  # "rss", "atom" or "json"
    title: str
    home: str
    outlets: tuple[str, ...]


OUTLETS: dict[str, Outlet] = {
    o.key: o
    for o in (
        Outlet(
            "borderline",
            "Borderline News",
            "Reporting from both sides of the line",
            "/borderline/feed.rss",
        ),
        Outlet(
            "gulf-herald",
            "The Gulf Herald",
            "News for the Gulf Coast since 1911",
            "/herald-media/feed.atom",
        ),
        Outlet(
            "capitol-daily",
            "Capitol Daily",
            "Politics and policy from Washington",
            "/herald-media/feed.atom",
        ),
        Outlet("wire", "Continental Wire", "The news agency of the Americas", "/wire/feed.json"),
    )
}

FEEDS: tuple[FeedSpec, ...] = (
    FeedSpec("/borderline/feed.rss", "rss", "Borderline News", "/borderline/", ("borderline",)),
    FeedSpec(
        "/herald-media/feed.atom",
        "atom",
        "Herald Media: The Gulf Herald and Capitol Daily",
        "/gulf-herald/",
        ("gulf-herald", "capitol-daily"),
    ),
    FeedSpec("/wire/feed.json", "json", "Continental Wire", "/wire/", ("wire",)),
)


def _t(text: str) -> str:
    return " ".join(text.split())


def _at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# The wire text that two outlets carry under their own headlines (the syndicated pair).
_GUARD_WIRE = (
    _t("""MEXICO CITY (Continental Wire) — Mexico is sending more National Guard units to its
    border with Guatemala, officials said on Monday, adding checkpoints along the highways that
    lead north from Chiapas and Tabasco as Washington asks its neighbour to slow the number of
    migrants reaching the US border."""),
    _t("""The security ministry said the reinforcements would bring the number of Guard members
    and soldiers assigned to migration control in the south to more than 12,000, up from roughly
    10,000 in April, when the White House first said Mexico had agreed to keep troops along the
    frontier. New posts will be set up near Tapachula, Palenque and Tenosique, where migrants
    from Honduras, Guatemala and El Salvador usually begin the journey north."""),
    _t("""Agents of the National Migration Institute, the INM, will travel with the Guard patrols
    and run document checks on buses, officials said. The institute reported detaining about
    73,000 migrants between January and May, more than three times the figure for the same
    months of 2020, when the pandemic had shut down most travel in the region."""),
    _t("""The announcement came a day before Homeland Security Secretary Alejandro Mayorkas was due
    to meet Mexican cabinet members in Mexico City, and a week after Vice President Kamala Harris
    visited the capital. US officials have asked Mexico to take back more of the families
    expelled at the border and to watch its airports more closely."""),
    _t("""Human rights groups in Chiapas said the extra patrols would push migrants towards more
    dangerous routes through the jungle and into the hands of smugglers, who charge several
    thousand dollars a person for the trip. Mexico's government said the deployment was meant to
    protect migrants from criminal groups as much as to enforce the law."""),
    _t("""Mexico first sent the National Guard to the southern border in 2019, after the Trump
    administration threatened tariffs on Mexican goods. President Andrés Manuel López Obrador
    has said his government acts on migration out of its own interest, not at the request of
    the United States."""),
)

_MEXICO_CITY_A = (
    _t("""Vice President Kamala Harris and Mexican President Andrés Manuel López Obrador signed an
    agreement on Tuesday to work together on the economic and social causes of migration from
    Central America, closing a two-day trip that was her first abroad as vice president."""),
    _t("""The memorandum of understanding commits the US Agency for International Development and
    its Mexican counterpart, AMEXCID, to joint projects in Guatemala, Honduras and El Salvador,
    including programmes for young people and farmers. Harris also announced that the United
    States would spend $310 million over three years to support Mexico's labour reform, money
    meant to help workers organise and to enforce the labour rules of the USMCA trade pact."""),
    _t("""The two leaders met for about two hours at the National Palace in Mexico City. Mexican
    officials said the talks also covered the reopening of the land border, which has been
    closed to non-essential travel since March 2020, and vaccine deliveries."""),
    _t("""Harris told reporters afterwards that the two governments would set up task forces on
    human smuggling and trafficking, and that Mexico had agreed to share information on the
    networks that move migrants north. She did not say whether Mexico would take back more of
    the families expelled at the US border, one of the requests the White House made before the
    visit."""),
    _t("""López Obrador used the meeting to press his own plan, an extension of his tree-planting
    jobs programme, Sembrando Vida, to Central American countries. He has argued that work
    permits and investment, not enforcement, will reduce migration in the long run."""),
    _t("""Homeland Security Secretary Alejandro Mayorkas, who is expected in Mexico City next week,
    will follow up on the security talks, officials said."""),
)

_MEXICO_CITY_B = (
    _MEXICO_CITY_A[0],
    _MEXICO_CITY_A[1].replace("$310 million", "$130 million"),
    *_MEXICO_CITY_A[2:5],
    _t("""The two governments also agreed to revive the High-Level Economic Dialogue, a cabinet
    forum that did not meet during the previous US administration. Mexican officials said on
    Friday that its first session would be held in Washington in September, with supply chains,
    southern Mexico's economy and border infrastructure on the agenda."""),
    _MEXICO_CITY_A[5],
)

_DO_NOT_COME = _t(
    """"I want to be clear to folks in this region who are thinking about making that dangerous
    trek to the United States-Mexico border: Do not come. Do not come," Harris said."""
)

ARTICLES: tuple[Article, ...] = (
    # ---- tick 1: around the baseline -------------------------------------------------------
    Article(
        outlet="borderline",
        slug="harris-lopez-obrador-virtual-meeting",
        published=_at(2021, 5, 8, 14, 20),
        title="Harris and López Obrador Talk Migration in First Virtual Meeting",
        author="Teresa Lindqvist",
        summary="The vice president and Mexico's president agreed to work on the causes of "
        "migration from Central America.",
        role=Role.PRE_BASELINE,
        tick=1,
        body=(
            _t("""Vice President Kamala Harris held her first meeting with Mexican President
            Andrés Manuel López Obrador on Friday, a video call of a little over an hour in which
            both sides said migration from Central America dominated the agenda."""),
            _t("""President Joe Biden put Harris in charge of the diplomatic effort with Mexico,
            Guatemala, Honduras and El Salvador in March, as the number of children arriving
            alone at the southern border climbed to record levels. Border Patrol stations in
            Texas were holding thousands of children for longer than the law allows."""),
            _t("""According to a White House summary, the two leaders talked about the economic
            damage of the pandemic in the region, about violence and poor harvests that push
            families to leave, and about how to give people reasons to stay. Harris also raised
            enforcement, a US official said, and asked what more Mexico could do to stop people
            travelling through its territory toward the border."""),
            _t("""López Obrador used the call to pitch his government's tree-planting jobs
            programme, Sembrando Vida, and asked Washington to fund its extension to Central
            America. He has also proposed temporary US work visas for people who take part."""),
            _t("""US Customs and Border Protection recorded about 178,800 encounters at the
            southwest border in April, slightly more than in March. Most single adults were
            expelled under Title 42, the public health order the Trump administration invoked at
            the start of the pandemic, but many families and all unaccompanied children were
            allowed to stay while their cases proceed."""),
            _t("""The two leaders agreed to meet in person. Harris is expected to travel to
            Guatemala and Mexico in June, her first foreign trip since taking office. Mexican
            officials said they would use the visit to discuss vaccine deliveries and the
            reopening of the land border to non-essential travel."""),
        ),
    ),
    Article(
        outlet="borderline",
        slug="white-house-presses-mexico-enforcement",
        published=_at(2021, 6, 3, 16, 5),
        title="White House Presses Mexico To Take Back More Migrants Before Harris Visit",
        author="Marisol Vega",
        summary="Draft documents show the administration wants Mexico to accept more expelled "
        "families and to police its airports.",
        role=Role.BASELINE,
        tick=1,
        body=(
            _t("""The Biden administration is leaning on Mexico to do more inside its own
            territory to ease the strain on the US southern border, according to draft
            government documents seen by Borderline News."""),
            _t("""Before Vice President Kamala Harris travels to Mexico early next week, the White
            House wants the Mexican government to accept more of the people that US border
            agents turn back, to take in more of the families expelled under the pandemic health
            order, and to stop its airports from serving as stepping stones for migrants flying
            toward the border, the documents say."""),
            _t("""The White House has asked Homeland Security Secretary Alejandro Mayorkas to put
            those requests to Mexican officials before Harris lands, and Mayorkas is expected to
            make his own trip to Mexico later in June. The Department of Homeland Security
            declined to comment."""),
            _t("""Washington has long pushed Mexico to arrest more migrants on their way north.
            The current administration, though, prefers to describe its talks with Mexico as a
            broad partnership covering trade, human trafficking and the root causes of
            migration, and has avoided making migration the only item on the agenda, as the
            previous White House did."""),
            _t("""The documents ask for more arrests of people crossing Mexico toward the United
            States and for tighter checks at airports on travellers who use Mexico's visa rules
            to get close to the border. US officials have noticed a rise in migrants from Brazil,
            who can fly to Mexico without a visa, and want Mexico to rethink that policy."""),
            _t("""Some requests have already had an effect. Mexico has begun flying migrants
            expelled by US agents to the south of the country, which makes it easier to return
            them to Guatemala, Honduras and El Salvador. It has also sent National Guard troops
            to its border with Guatemala under an informal arrangement with Washington."""),
            _t("""Families remain the hardest problem. A Mexican law that bars holding migrant
            children in immigration detention has left Mexico unwilling to take many families
            back, and with little space in US facilities, families have been released in Texas
            border towns. President Joe Biden said in April that most families should be
            returned and that only children travelling alone should be exempt."""),
            _t("""US border agents recorded more than 172,000 encounters in March, the highest
            monthly figure in at least 15 years, although many people were expelled quickly under
            Title 42. The number of unaccompanied children in Border Patrol custody has since
            fallen to a little over 700, down from more than 5,000 at the peak this spring."""),
            _t("""A migration researcher in Washington said Mexico also faces pressure at home to
            control migration from Central America, and is not acting only because the United
            States asks it to. Officials have also discussed announcing joint programmes after
            Harris's visit, including money for labour rights, investment in southern Mexico and
            help with the country's tens of thousands of missing-person cases."""),
        ),
    ),
    Article(
        outlet="gulf-herald",
        slug="forecasters-busy-hurricane-season",
        published=_at(2021, 6, 1, 11, 0),
        title="Forecasters Expect Another Busy Hurricane Season Along the Gulf Coast",
        author="Ray Castellanos",
        summary="NOAA predicts 13 to 20 named storms as the Atlantic season opens.",
        role=Role.OFF_TOPIC,
        tick=1,
        body=(
            _t("""The Atlantic hurricane season opened on Tuesday with forecasters warning Gulf
            Coast residents to expect another above-normal year, one season after a record 30
            named storms battered Louisiana and the Texas coast."""),
            _t("""The National Oceanic and Atmospheric Administration predicts 13 to 20 named
            storms this year, of which six to ten could become hurricanes and three to five major
            hurricanes, with winds of 111 miles per hour or more. An average season brings 14
            named storms and seven hurricanes, under averages the agency updated this spring."""),
            _t("""Forecasters said warm water in the Atlantic and a weak or absent El Niño would
            favour storm formation, although they do not expect a repeat of 2020, when the list
            of names ran out and the Greek alphabet was used for the second time."""),
            _t("""Emergency managers in Lake Charles, still repairing roofs damaged by Hurricanes
            Laura and Delta, urged residents to review evacuation routes and to stock water,
            medicine and batteries for at least a week. Parish officials said thousands of
            households were still waiting for insurance payouts from last year."""),
            _t("""Utilities along the coast said they had trimmed trees near power lines and
            stored poles and transformers inland. After Laura, some customers in southwest
            Louisiana went without electricity for more than a month."""),
            _t("""The season runs until November 30. Forecasters will update their outlook in
            early August, before the peak months of August, September and October, when most
            major storms form over the warm waters of the Gulf and the Caribbean."""),
        ),
    ),
    Article(
        outlet="capitol-daily",
        slug="harris-itinerary-guatemala-mexico",
        published=_at(2021, 6, 4, 19, 30),
        title="Harris Sets Itinerary for First Foreign Trip: Guatemala, Then Mexico",
        author="Hannah Brooks",
        summary="The vice president will meet Alejandro Giammattei on Monday and Andrés Manuel "
        "López Obrador on Tuesday.",
        role=Role.FOLLOW_UP,
        tick=1,
        development="harris-itinerary",
        body=(
            _t("""Vice President Kamala Harris will leave Washington on Sunday for Guatemala and
            Mexico, the White House said on Friday, a trip meant to show progress on the task
            President Joe Biden handed her in March: slowing migration from Central America by
            tackling the reasons people leave."""),
            _t("""Harris will meet Guatemalan President Alejandro Giammattei in Guatemala City on
            Monday, June 7, and then fly to Mexico City for talks with President Andrés Manuel
            López Obrador on Tuesday, June 8. Aides said she would also meet civil society groups,
            young entrepreneurs and women workers in both countries."""),
            _t("""Juan González, the National Security Council's senior director for the Western
            Hemisphere, told reporters on a call that the vice president would press both
            governments on corruption and on the safety of people making the journey north. The
            administration announced $310 million in humanitarian aid for the region in April."""),
            _t("""The visit comes as the administration asks Mexico for more help at the border,
            including taking back more families expelled by US agents. Officials on the call
            would not say whether Harris would raise the requests directly with López Obrador."""),
            _t("""Republicans have criticised Harris for not visiting the US-Mexico border since
            she took on the assignment. Her aides said the trip abroad was the right place to
            start because the causes of migration lie outside the United States."""),
            _t("""The vice president's office said she would hold a news conference in each
            capital. She is due back in Washington on Wednesday."""),
        ),
    ),
    Article(
        outlet="wire",
        slug="report-white-house-mexico-expelled-families",
        published=_at(2021, 6, 4, 13, 10),
        title="White House Wants Mexico to Accept More Expelled Families, Report Says",
        author="Luis Ortega",
        summary="Draft documents reported by Borderline News list US requests to Mexico before "
        "the vice president's visit.",
        role=Role.RESTATEMENT,
        tick=1,
        development="baseline-restated",
        body=(
            _t("""WASHINGTON (Continental Wire) — The White House wants Mexico to take back more
            of the migrant families that US agents expel at the border, according to draft
            government documents described by the news site Borderline News on Thursday."""),
            _t("""The requests are to be raised before Vice President Kamala Harris visits
            Mexico next week. According to the report, the administration also wants Mexico to
            accept more people turned back by the United States and to keep its airports from
            being used as waypoints by migrants heading for the US border."""),
            _t("""Homeland Security Secretary Alejandro Mayorkas has been asked to discuss the
            requests with Mexican officials ahead of the vice president's arrival, the report
            said. He is also planning his own visit to Mexico later this month. The Department of
            Homeland Security declined to comment on the report."""),
            _t("""The report said US officials want Mexico to reconsider its visa rules for
            Brazilians, whose numbers at the border have risen, and to arrest more migrants who
            cross its territory on the way north."""),
            _t("""Mexico has already started flying some expelled migrants to the south of the
            country so they can be returned to their home countries more easily, the report
            said, and has deployed its National Guard to the border with Guatemala."""),
            _t("""US border agents recorded more than 172,000 encounters in March, the highest
            monthly total in at least 15 years. Many of those stopped were expelled under Title
            42, the public health order invoked during the pandemic."""),
            _t("""A Mexican law that prohibits holding migrant children in detention centres has
            made Mexican officials reluctant to take families back, and many families have been
            released in Texas border cities instead."""),
        ),
    ),
    # ---- tick 2: the vice president's trip and the weeks after ------------------------------
    Article(
        outlet="borderline",
        slug="harris-guatemala-do-not-come",
        published=_at(2021, 6, 7, 23, 40),
        title="'Do Not Come': Harris Delivers Blunt Message in Guatemala",
        author="Marisol Vega",
        summary="Standing beside President Alejandro Giammattei, the vice president told would-be "
        "migrants to stay home.",
        role=Role.FOLLOW_UP,
        tick=2,
        development="harris-guatemala",
        body=(
            _t("""Vice President Kamala Harris used her first stop abroad on Monday to warn
            people in Central America against heading for the US border, in unusually direct
            words for an administration that has stressed a more humane approach to
            migration."""),
            _DO_NOT_COME,
            _t("""She spoke at a news conference in Guatemala City after meeting President
            Alejandro Giammattei at the National Palace of Culture. Harris said the United States
            would enforce its laws and secure its border, and that people who try to cross would
            be turned back."""),
            _t("""She announced two new efforts: a US task force on human smuggling and
            trafficking, drawing on the Justice Department and the Department of Homeland
            Security, and an anti-corruption task force to train Guatemalan prosecutors. The
            United States will also open a youth centre programme and put money into
            affordable housing and farming in the western highlands, the source of many
            migrants."""),
            _t("""Immigrant advocates and several Democrats in Congress criticised the warning,
            noting that people fleeing violence have a legal right to seek asylum at the US
            border. Republicans said the words would mean little while Harris had not yet visited
            the border herself."""),
            _t("""Giammattei, who has asked Washington for more vaccines and more visas for
            seasonal workers, said his government would work on corruption but rejected the idea
            that it had failed to do so in the past."""),
            _t("""Harris flies to Mexico City on Tuesday for talks with President Andrés Manuel
            López Obrador, where US requests for more Mexican enforcement are expected to come
            up."""),
        ),
    ),
    Article(
        outlet="gulf-herald",
        slug="harris-tells-migrants-not-to-make-journey",
        published=_at(2021, 6, 8, 2, 15),
        title="Harris Tells Would-Be Migrants Not to Make the Journey North",
        author="Priya Natarajan",
        summary="In Guatemala, the vice president paired a warning with new task forces on "
        "smuggling and corruption.",
        role=Role.FOLLOW_UP,
        tick=2,
        development="harris-guatemala",
        body=(
            _t("""GUATEMALA CITY — Kamala Harris had a short message on Monday for people in
            Guatemala thinking about travelling to the United States without papers: stay
            home."""),
            _DO_NOT_COME,
            _t("""The vice president made the remarks after talks with Guatemalan President
            Alejandro Giammattei, the first meeting of her two-country trip. She said the US
            would keep enforcing its immigration laws and that those who arrive at the border
            would be sent back."""),
            _t("""Alongside the warning, Harris unveiled a task force on human smuggling and
            trafficking, led by the Justice and Homeland Security departments, and a separate
            anti-corruption task force that will help Guatemalan prosecutors. She also spoke of
            investment in housing, agriculture and young entrepreneurs in the highlands, where
            many migrants come from."""),
            _t("""The remarks drew quick objections from advocates for asylum seekers and from
            progressive Democrats, who said people fleeing danger are entitled to ask for
            protection. Conservative critics said the vice president should go to the border
            before lecturing others about it."""),
            _t("""Giammattei asked for vaccine doses and temporary work visas, and defended his
            government's record against graft."""),
            _t("""On Tuesday Harris meets Mexican President Andrés Manuel López Obrador in Mexico
            City, where the White House wants more help from Mexico in turning migrants back.
            Gulf Coast employers who rely on seasonal workers from Guatemala will be watching
            whether the visit brings more temporary visas."""),
        ),
    ),
    Article(
        outlet="capitol-daily",
        slug="vice-president-warns-migrants-guatemala",
        published=_at(2021, 6, 8, 12, 45),
        title="In Guatemala City, Vice President Warns Migrants Against Trek to US Border",
        author="Evan Whitlock",
        summary="Harris's 'do not come' remark drew criticism from the left and the right.",
        role=Role.FOLLOW_UP,
        tick=2,
        development="harris-guatemala",
        body=(
            _t("""Vice President Kamala Harris's first trip abroad produced its headline on
            Monday, when she told Central Americans weighing the trip north not to attempt
            it."""),
            _DO_NOT_COME,
            _t("""The warning came at a joint appearance with Guatemalan President Alejandro
            Giammattei. Harris added that the United States would secure its border and enforce
            its laws, a message the White House has repeated since the spring, when the number of
            children arriving alone reached record levels."""),
            _t("""The administration paired the message with new programmes: a Justice
            Department and Homeland Security task force against smuggling and trafficking
            networks, and an anti-corruption task force to support prosecutors in Guatemala.
            Officials also pointed to planned investment in housing and small farms in the
            country's western highlands."""),
            _t("""On Capitol Hill the words split Democrats. Representative Alexandria
            Ocasio-Cortez called them disappointing and said seeking asylum at the border is
            legal. Republican leaders said Harris still had not seen the border for herself,
            three months after taking on the assignment."""),
            _t("""Giammattei used the meeting to ask for more vaccines and work visas and
            defended his anti-corruption record."""),
            _t("""Harris was due in Mexico City later on Tuesday for talks with President Andrés
            Manuel López Obrador."""),
        ),
    ),
    Article(
        outlet="gulf-herald",
        slug="harris-lopez-obrador-sign-development-pact",
        published=_at(2021, 6, 8, 22, 30),
        title="Harris and López Obrador Sign Development Pact in Mexico City",
        author="Priya Natarajan",
        summary="The leaders agreed to joint projects in Central America; the US will fund "
        "Mexico's labour reform.",
        role=Role.FOLLOW_UP,
        tick=2,
        development="harris-mexico-city",
        body=_MEXICO_CITY_A,
        revision=Revision(
            tick=3,
            updated=_at(2021, 7, 2, 15, 0),
            body=_MEXICO_CITY_B,
            correction="Correction, July 2, 2021: An earlier version of this article misstated "
            "the amount the United States will spend on Mexico's labour reform. It is $130 "
            "million over three years, not $310 million.",
        ),
    ),
    Article(
        outlet="borderline",
        slug="border-encounters-may-180034",
        published=_at(2021, 6, 9, 21, 0),
        title="Border Encounters Edge Up to 180,034 in May",
        author="Daniel Okafor",
        summary="CBP's monthly figures show a slight rise from April, while the number of "
        "children arriving alone fell.",
        role=Role.FOLLOW_UP,
        tick=2,
        development="may-encounters",
        body=(
            _t("""US Customs and Border Protection recorded 180,034 encounters with migrants at
            the southwest border in May, the agency said on Wednesday, a small increase from
            April and the highest monthly total in more than two decades."""),
            _t("""The figure is up from 178,795 in April and from about 173,300 in March, the
            month that first set a 15-year record this spring. Because many people are expelled
            quickly and try again, CBP said about 38 percent of May's encounters involved
            someone it had stopped at least once in the previous twelve months."""),
            _t("""Roughly 112,000 of the encounters ended in expulsion under Title 42, the
            pandemic public health order, most of them single adults from Mexico and Central
            America. Fewer families were expelled, in part because Mexico has declined to take
            back many families with young children."""),
            _t("""The number of children arriving without a parent fell to about 14,100 in May,
            from nearly 19,000 in March. Health and Human Services shelters are now placing
            children with sponsors faster, and Border Patrol stations are holding only a few
            hundred."""),
            _t("""The agency also recorded a rise in migrants from outside Mexico and Central
            America, including Ecuadorians, Brazilians and Venezuelans, many of whom flew to
            Mexico before travelling to the border. US officials have asked Mexico to tighten
            checks on those air routes."""),
            _t("""Homeland Security officials said the numbers reflected seasonal patterns and
            conditions in the region, and that the department was working with Mexico and
            Central American governments to discourage people from making the journey."""),
        ),
    ),
    Article(
        outlet="borderline",
        slug="mexico-bolsters-guard-southern-border",
        published=_at(2021, 6, 14, 15, 0),
        title="Mexico Bolsters Guard Presence on Southern Border",
        author="Continental Wire",
        summary="More National Guard units and checkpoints will be deployed in Chiapas and "
        "Tabasco.",
        role=Role.FOLLOW_UP,
        tick=2,
        development="guard-deployment",
        wire_credit="This article was distributed by Continental Wire. Borderline News has not "
        "edited the text.",
        body=_GUARD_WIRE,
    ),
    Article(
        outlet="gulf-herald",
        slug="mexican-troops-guatemala-frontier",
        published=_at(2021, 6, 14, 16, 45),
        title="More Mexican Troops Head to Guatemala Frontier as US Pressure Mounts",
        author="Continental Wire",
        summary="Mexico says the force on migration duty in the south will top 12,000.",
        role=Role.FOLLOW_UP,
        tick=2,
        development="guard-deployment",
        wire_credit="Copyright 2021 Continental Wire. All rights reserved. This material may "
        "not be republished without permission.",
        body=_GUARD_WIRE,
    ),
    Article(
        outlet="capitol-daily",
        slug="mayorkas-first-trip-abroad-mexico",
        published=_at(2021, 6, 15, 22, 0),
        title="Mayorkas, on First Trip Abroad, Presses Mexico on Migration and Weapons",
        author="Evan Whitlock",
        summary="The homeland security secretary met Marcelo Ebrard and Mexico's security cabinet.",
        role=Role.FOLLOW_UP,
        tick=2,
        development="mayorkas-trip",
        body=(
            _t("""Homeland Security Secretary Alejandro Mayorkas spent Monday and Tuesday in
            Mexico City, his first trip abroad since taking office in February, meeting the
            officials Mexico relies on to control migration and the border."""),
            _t("""Mayorkas met Foreign Secretary Marcelo Ebrard, Security Secretary Rosa Icela
            Rodríguez, Attorney General Alejandro Gertz Manero and Finance Secretary Arturo
            Herrera, as well as the commander of the National Guard and the head of the National
            Migration Institute, Francisco Garduño."""),
            _t("""The two governments agreed to step up joint inspections and investigations of
            weapons smuggled south from the United States, a long-standing Mexican demand, and to
            set up a working group to plan the gradual reopening of the land border to
            non-essential travel, which has been closed since March 2020."""),
            _t("""At a news conference, Mayorkas said the administration had been clear that the
            border is not open to irregular migration, and that each country had challenged the
            other over what more it could do to manage the flow of people heading north. He did
            not say whether Mexico had agreed to take back more of the families expelled by US
            agents."""),
            _t("""The visit followed a call between Mayorkas and Ebrard on June 4 and the vice
            president's meetings in Mexico City a week earlier. Border Patrol made more than
            929,000 arrests or expulsions at the southern border between October and May, the
            first eight months of the fiscal year."""),
            _t("""Mexican officials said they also discussed vaccinating residents of border
            towns, a step Mexico hopes will persuade Washington to lift travel restrictions
            sooner."""),
        ),
    ),
    # ---- tick 3: summer 2021 to early 2022 --------------------------------------------------
    Article(
        outlet="capitol-daily",
        slug="judge-rules-daca-unlawful",
        published=_at(2021, 7, 17, 1, 0),
        title="Federal Judge Rules DACA Unlawful, Blocking New Applications",
        author="Hannah Brooks",
        summary="Current recipients keep their protections while the administration appeals.",
        role=Role.NEAR_MISS,
        tick=3,
        body=(
            _t("""A federal judge in Texas ruled on Friday that the Deferred Action for Childhood
            Arrivals programme was created unlawfully, barring the government from approving new
            applications to the Obama-era policy that shields people brought to the United States
            as children from deportation."""),
            _t("""US District Judge Andrew Hanen of the Southern District of Texas found that the
            Department of Homeland Security had exceeded its authority when it created the
            programme in 2012 without going through the public notice and comment process
            required by federal law."""),
            _t("""The ruling does not immediately affect the roughly 616,000 people currently
            enrolled, who can keep their work permits and renew them while the case continues.
            But tens of thousands of pending first-time applications are now frozen."""),
            _t("""President Joe Biden called the decision deeply disappointing and said the
            Justice Department would appeal. He urged Congress to pass a permanent path to
            citizenship for the people known as Dreamers, a measure that has stalled for two
            decades."""),
            _t("""The lawsuit was brought in 2018 by Texas and eight other Republican-led states,
            which argued that the programme imposed costs on their schools, hospitals and social
            services. Hanen had previously blocked a related programme for parents in 2015."""),
            _t("""Democrats said they would try to include protections for Dreamers in the
            budget bill they plan to pass without Republican votes later this year."""),
        ),
    ),
    Article(
        outlet="capitol-daily",
        slug="senate-passes-infrastructure-bill",
        published=_at(2021, 8, 10, 20, 0),
        title="Senate Passes $1 Trillion Infrastructure Bill With Bipartisan Support",
        author="Evan Whitlock",
        summary="The bill heads to the House after a 69-30 vote.",
        role=Role.OFF_TOPIC,
        tick=3,
        body=(
            _t("""The Senate passed a $1 trillion infrastructure bill on Tuesday by a vote of 69
            to 30, with 19 Republicans joining every Democrat to send the package to the House of
            Representatives."""),
            _t("""The measure includes about $550 billion in new federal spending over five years
            on roads, bridges, rail, public transit, water pipes and broadband internet, the
            largest investment in public works in decades."""),
            _t("""Among its provisions are $110 billion for roads and bridges, $66 billion for
            passenger and freight rail, $65 billion to expand high-speed internet and $55 billion
            to replace lead pipes and upgrade water systems. It also sets aside money for
            electric vehicle chargers and for protecting infrastructure against extreme
            weather."""),
            _t("""Senate Majority Leader Chuck Schumer moved immediately to a budget resolution
            for a far larger package of social spending that Democrats intend to pass on their
            own. House Speaker Nancy Pelosi has said she will not bring the infrastructure bill
            to a vote until the Senate acts on the larger plan."""),
            _t("""Supporters said the bill showed the Senate could still reach agreement on big
            spending. Critics said it would add to the deficit, which the Congressional Budget
            Office estimated at about $256 billion over ten years."""),
            _t("""The House is expected to return from its summer recess later in August."""),
        ),
    ),
    Article(
        outlet="borderline",
        slug="agents-break-up-caravan-tapachula",
        published=_at(2021, 9, 5, 18, 0),
        title="Mexican Agents Break Up Migrant Caravan Near Tapachula",
        author="Daniel Okafor",
        summary="Immigration agents and National Guard members stopped a group of several "
        "hundred migrants walking north from Chiapas.",
        role=Role.FOLLOW_UP,
        tick=3,
        development="tapachula-caravans",
        body=(
            _t("""Mexican immigration agents and National Guard members broke up a group of
            several hundred migrants on Saturday as it walked north from Tapachula, the fourth
            such caravan dispersed in a week in the southern state of Chiapas."""),
            _t("""Most of those stopped were from Haiti, Cuba and Central America. Many had
            waited months in Tapachula for Mexico's refugee agency, COMAR, to decide their asylum
            claims, which oblige them to stay in Chiapas, where work is scarce. COMAR has
            received more than 77,000 applications this year, a record."""),
            _t("""The National Migration Institute, the INM, suspended two of its agents last
            week after a video showed one of them kicking a migrant who had been pinned to the
            ground. The institute said it would not tolerate abuse."""),
            _t("""\u201cWe are not going to let people be used by smugglers who promise them a
            free road to the north,\u201d said Gabriela Soto Arriaga, the INM's coordinator for the
            southern region, in an interview on Sunday. \u201cAnyone who asks for protection in
            Mexico will get an answer, but the caravans put children at risk on the
            highways.\u201d"""),
            _t("""Soto Arriaga said the institute had moved about 1,200 people from the caravans
            to migration stations in Chiapas and Tabasco, and that families with children were
            being sent to shelters run by the child welfare agency, DIF, in line with the law
            that bars detaining minors."""),
            _t("""Human rights groups said the crackdown showed Mexico was acting as a buffer
            for the United States, which recorded more than 200,000 encounters at its southern
            border in both July and August. Mexican officials said the operations were their
            own decision."""),
        ),
    ),
    Article(
        outlet="wire",
        slug="us-mexico-security-dialogue-bicentennial-framework",
        published=_at(2021, 10, 8, 21, 0),
        title="US and Mexico Replace Merida Initiative With New Security Framework",
        author="Luis Ortega",
        summary="Blinken, Mayorkas and Garland met Mexican officials for the High-Level Security "
        "Dialogue.",
        role=Role.FOLLOW_UP,
        tick=3,
        development="security-dialogue",
        body=(
            _t("""MEXICO CITY (Continental Wire) — The United States and Mexico agreed on Friday
            to a new security framework that will replace the Mérida Initiative, the
            thirteen-year-old programme that financed Mexico's war against drug cartels with
            helicopters, training and equipment."""),
            _t("""Secretary of State Antony Blinken, Homeland Security Secretary Alejandro
            Mayorkas and Attorney General Merrick Garland met Foreign Secretary Marcelo Ebrard
            and other Mexican officials at the National Palace for the first High-Level Security
            Dialogue, and later with President Andrés Manuel López Obrador."""),
            _t("""The Bicentennial Framework for Security, Public Health and Safe Communities
            puts more weight on reducing homicides, treating drug addiction and cutting the flow
            of US firearms into Mexico. It also commits both governments to go after the
            smuggling and trafficking networks that move migrants through Mexico, an area where
            Washington has asked for more Mexican action since the spring."""),
            _t("""Officials said detailed action plans, with targets and dates, would be drawn up
            within 90 days. The agreement does not specify new funding."""),
            _t("""Mexico had long complained that Mérida, launched in 2008, treated the country
            as a battlefield. Ebrard said the new framework was built on the principle that each
            country would handle its own territory, while the United States would act on its
            demand for drugs and its exports of weapons."""),
            _t("""Migration was not formally on the agenda, but US officials said it came up in
            the meetings, which took place as large numbers of Haitian migrants waited in
            northern and southern Mexico."""),
        ),
    ),
    Article(
        outlet="borderline",
        slug="mexico-visas-brazilians-air-route",
        published=_at(2021, 11, 26, 16, 0),
        title="Mexico to Require Visas From Brazilians, Closing an Air Route North",
        author="Marisol Vega",
        summary="The rule takes effect on December 11, months after a similar step for "
        "Ecuadorians.",
        role=Role.FOLLOW_UP,
        tick=3,
        development="brazil-visas",
        body=(
            _t("""Mexico will require visas from Brazilian citizens starting December 11, the
            foreign ministry said, ending visa-free travel that US officials say has turned
            Mexican airports into a first stop for migrants heading to the US border."""),
            _t("""Brazilians have been among the fastest-growing groups at the US southwest
            border this year. US border agents recorded more than 50,000 encounters with
            Brazilians in the fiscal year that ended in September, up from fewer than 8,000 a
            year earlier. Many flew to Cancún or Mexico City as tourists and then travelled to
            the border at Yuma or Del Rio."""),
            _t("""The foreign ministry said the measure would not affect Brazilians who already
            hold a valid US visa or residence in another country, and that tourists could apply
            online. It said the change responded to an increase in people using tourist entry to
            reach a third country."""),
            _t("""Mexico took a similar step for Ecuadorians in September, after encounters with
            Ecuadorian migrants at the US border rose sharply over the summer. US officials said
            those crossings fell soon after the rule took effect."""),
            _t("""Washington had asked Mexico since at least June to review its visa policies,
            part of a list of requests that included taking back more expelled families and
            checking travellers more closely at airports."""),
            _t("""Brazilian officials said they regretted the decision. Travel agencies in Minas
            Gerais, the home state of many of the migrants, said bookings to Mexico had already
            begun to fall."""),
        ),
    ),
    Article(
        outlet="borderline",
        slug="remain-in-mexico-restarts",
        published=_at(2021, 12, 2, 23, 0),
        title="Remain in Mexico Returns After Mexico Agrees to Restart",
        author="Teresa Lindqvist",
        summary="Under a court order, asylum seekers will again wait in Mexico for their US "
        "hearings.",
        role=Role.FOLLOW_UP,
        tick=3,
        development="remain-in-mexico",
        body=(
            _t("""The Biden administration will restart the Migrant Protection Protocols, known
            as Remain in Mexico, next week after Mexico agreed to accept asylum seekers sent back
            to wait for their US court dates, officials said on Thursday."""),
            _t("""The programme, created under President Donald Trump in 2019, sent about 70,000
            people to Mexican border cities, where many were kidnapped or assaulted while waiting.
            Biden suspended it on his first day in office, but a federal judge in Texas ordered
            it reinstated in August, and the Supreme Court declined to block the order."""),
            _t("""Mexico's foreign ministry said it would accept returns for humanitarian reasons
            and temporarily, after Washington agreed to changes it had demanded: hearings
            completed within six months, better access to lawyers, COVID-19 vaccines for those
            enrolled, and exemptions for vulnerable people, including those with medical
            conditions."""),
            _t("""Returns will begin in El Paso and later extend to San Diego, Laredo,
            Brownsville and Eagle Pass, officials said. The new version also applies to
            migrants from any country in the Western Hemisphere other than Mexico, including
            Venezuelans, Cubans and Nicaraguans."""),
            _t("""Homeland Security Secretary Alejandro Mayorkas issued a memo in October
            explaining that he still intends to end the programme, saying it imposed
            unjustifiable human costs, but the department must comply with the court order
            while it appeals."""),
            _t("""Immigration lawyers said the changes would not make Mexican border cities safer
            and called the restart a betrayal of campaign promises."""),
        ),
    ),
    Article(
        outlet="wire",
        slug="channel-crossing-deaths-calais",
        published=_at(2021, 11, 25, 9, 0),
        title="At Least 27 Die as Migrant Boat Sinks in English Channel",
        author="Continental Wire",
        summary="The deadliest crossing on record prompted France and Britain to trade blame.",
        role=Role.NEAR_MISS,
        tick=3,
        body=(
            _t("""CALAIS, France (Continental Wire) — At least 27 people died on Wednesday when an
            inflatable boat carrying migrants toward Britain sank in the English Channel, the
            deadliest such accident since the crossings began to rise in 2018."""),
            _t("""French rescuers recovered bodies off the coast near Calais, among them
            women and a girl. Two survivors were taken to hospital. Five people suspected of
            belonging to the smuggling network were arrested, France's interior minister said."""),
            _t("""More than 25,000 people have crossed the Channel in small boats this year,
            three times the total for 2020, according to British government figures. Most come
            from Iraq, Iran, Eritrea, Syria and Afghanistan and pay smugglers several thousand
            euros for a place."""),
            _t("""British Prime Minister Boris Johnson said France had not done enough to stop
            the boats leaving its beaches, and offered to send British police to patrol with
            French officers. French President Emmanuel Macron said the Channel would not become a
            cemetery and called for more European cooperation against smugglers."""),
            _t("""Aid groups in Calais said the tragedy showed the need for safe, legal routes to
            claim asylum in Britain, which left the European Union's system for returning asylum
            seekers when it left the bloc."""),
            _t("""European interior ministers are due to meet on Sunday to discuss the crisis."""),
        ),
    ),
    Article(
        outlet="wire",
        slug="granholm-mexico-electricity-reform",
        published=_at(2022, 1, 21, 17, 0),
        title="Granholm Raises US Concerns Over Mexico's Electricity Overhaul",
        author="Luis Ortega",
        summary="The energy secretary met López Obrador as Mexico's Congress weighs a reform "
        "favouring the state utility.",
        role=Role.NEAR_MISS,
        tick=3,
        body=(
            _t("""MEXICO CITY (Continental Wire) — US Energy Secretary Jennifer Granholm told
            President Andrés Manuel López Obrador on Thursday that Washington had real concerns
            about a proposed constitutional reform that would give Mexico's state power company
            a majority of the electricity market."""),
            _t("""The reform would guarantee the Federal Electricity Commission, the CFE, at
            least 54 percent of power generation and cancel many contracts signed with private
            producers after Mexico opened its energy sector in 2013. US and Canadian companies
            have invested billions of dollars in wind and solar farms under those rules."""),
            _t("""Granholm said after the meeting that the two governments shared the goal of
            clean energy, and that US investors needed certainty. Business groups have warned the
            reform could breach the USMCA trade agreement."""),
            _t("""López Obrador says private generators were given unfair advantages and that the
            changes will keep prices low for households. He needs a two-thirds majority in
            Congress, which his Morena party and its allies do not have on their own."""),
            _t("""Granholm also visited a solar project and met business leaders. A vote in the
            lower house is expected in April."""),
            _t("""The visit followed months of complaints from US lawmakers about Mexico's
            energy policy, which they say favours fuel oil and gas over renewables."""),
        ),
    ),
    # ---- tick 4: the storyline's later years, and look-alikes of the same years ------------
    Article(
        outlet="wire",
        slug="mexico-steps-up-enforcement-after-blinken-visit",
        published=_at(2023, 12, 28, 19, 0),
        title="Mexico Steps Up Enforcement After Blinken and Mayorkas Visit",
        author="Luis Ortega",
        summary="Washington asked Mexico for more help after record crossings closed two rail "
        "bridges in Texas.",
        role=Role.FOLLOW_UP,
        tick=4,
        development="record-crossings-2023",
        body=(
            _t("""MEXICO CITY (Continental Wire) — Mexico agreed on Wednesday to step up
            enforcement against migrants heading for the United States, after Secretary of State
            Antony Blinken and Homeland Security Secretary Alejandro Mayorkas met President Andrés
            Manuel López Obrador at the National Palace."""),
            _t("""The visit followed a month in which US border agents recorded about 250,000
            encounters at the southern border, the most ever, and Washington briefly closed two
            rail crossings in Texas to move staff to processing. US officials said they asked
            Mexico to stop more people before they board freight trains heading north."""),
            _t("""Mexican officials said the National Guard and the National Migration Institute
            would add checkpoints on highways and railways, and that Mexico would fly and bus
            more migrants back to its southern states. Foreign Minister Alicia Bárcena said the
            two governments would meet again in January to review the results."""),
            _t("""López Obrador said before the meeting that Mexico would help, but asked the
            United States to lift sanctions on Venezuela and Cuba and to invest in the countries
            people are leaving. He has long said Mexico acts on migration out of its own
            interest, not on Washington's orders."""),
            _t("""Rights groups said the crackdown would push people to riskier routes and into
            the hands of smugglers, as earlier operations had done in Chiapas."""),
        ),
    ),
    Article(
        outlet="borderline",
        slug="mexico-record-detentions-buses-south",
        published=_at(2024, 3, 5, 15, 30),
        title="Mexico Detains Record Numbers of Migrants and Buses Them South",
        author="Daniel Okafor",
        summary="Crossings at the US border fell by half after Mexico's crackdown began, "
        "officials on both sides said.",
        role=Role.FOLLOW_UP,
        tick=4,
        development="record-detentions-2024",
        body=(
            _t("""Mexico detained more than 480,000 migrants in the first two months of the
            year, a record, the National Migration Institute said on Monday, as the government
            kept up the crackdown it promised Washington in December."""),
            _t("""Most of those detained were put on buses to cities in the south, such as
            Villahermosa and Tapachula, far from the US border, where many said they were left
            with no papers and no money. Others were flown to Venezuela under an arrangement with
            its government."""),
            _t("""Arrests by the Border Patrol fell by about half from December to January, and
            US officials credited Mexico's enforcement for much of the drop. White House
            spokesman John Kirby said the two countries were working more closely on migration
            than ever."""),
            _t("""\u201cWe are not the wall of the United States, but we do not want the cartels
            to profit from these people,\u201d said Mexico's interior secretary, Luisa María
            Alcalde, in a radio interview on Tuesday."""),
            _t("""Shelters in the south said they were overwhelmed. Advocates said that busing
            people back and forth across the country only made them pay smugglers twice for the
            same journey."""),
        ),
    ),
    Article(
        outlet="gulf-herald",
        slug="appeals-court-keeps-texas-buoys-rio-grande",
        published=_at(2024, 7, 31, 18, 0),
        title="Appeals Court Lets Texas Keep Its Buoy Barrier in the Rio Grande",
        author="Ray Castellanos",
        summary="The full Fifth Circuit sided with the state against the Justice Department.",
        role=Role.NEAR_MISS,
        tick=4,
        body=(
            _t("""A federal appeals court ruled on Tuesday that Texas may keep a 1,000-foot line
            of floating buoys in the Rio Grande near Eagle Pass, overturning a lower court's
            order to move it to the riverbank while the Justice Department's lawsuit goes on."""),
            _t("""The full US Court of Appeals for the Fifth Circuit found that the federal
            government was unlikely to show that the stretch of river is navigable, the basis of
            its claim under a law from 1899 that bars obstructions in waterways without
            permission."""),
            _t("""Governor Greg Abbott installed the orange buoys last summer as part of Operation
            Lone Star, the state's own border programme, which has also strung razor wire along
            the riverbank and sent state troopers and Guard members to patrol."""),
            _t("""The Justice Department said it was reviewing the ruling. Environmental groups
            said the barrier harms the river, and the International Boundary and Water
            Commission said parts of it had drifted to the Mexican side."""),
            _t("""Abbott called the decision a win for Texas. Residents of Eagle Pass were
            divided: some welcomed the patrols, while others said their town had become a
            stage for a fight between the state and Washington."""),
        ),
    ),
    Article(
        outlet="capitol-daily",
        slug="mexico-sends-guard-troops-to-border-tariffs-paused",
        published=_at(2025, 2, 3, 22, 0),
        title="Mexico to Send 10,000 Guard Troops to Its Northern Border as Tariffs Are Paused",
        author="Evan Whitlock",
        summary="President Sheinbaum agreed to the deployment in a call with the White House.",
        role=Role.FOLLOW_UP,
        tick=4,
        development="guard-northern-border-2025",
        body=(
            _t("""Mexico will send 10,000 National Guard members to its border with the United
            States to stop migrants and fentanyl from crossing, President Claudia Sheinbaum said
            on Monday, after the White House agreed to pause for a month the tariffs it had
            threatened on all Mexican goods."""),
            _t("""The deployment, announced after a call between Sheinbaum and President Donald
            Trump, is the largest Mexico has made to its northern border. In 2019, under similar
            pressure, Mexico sent about 6,000 Guard members to its southern border with
            Guatemala."""),
            _t("""US officials said they wanted Mexico to hold back people heading north and to
            take back more of those removed from the United States, including citizens of other
            countries. Sheinbaum said Mexico would receive its own nationals with dignity and
            would decide case by case on others."""),
            _t("""The troops will begin arriving in Tijuana, Ciudad Juárez and Reynosa this week,
            Mexico's defence ministry said. Border crossings are already at their lowest level in
            years, after Mexico's enforcement and new US asylum rules."""),
            _t("""Business groups on both sides welcomed the pause. Economists warned that the
            threat of tariffs would keep hanging over trade between the two countries."""),
        ),
    ),
    Article(
        outlet="wire",
        slug="mexico-sends-cartel-figures-to-united-states",
        published=_at(2025, 2, 27, 23, 0),
        title="Mexico Sends 29 Cartel Figures to the United States",
        author="Continental Wire",
        summary="Among them is a drug lord wanted for the 1985 killing of a DEA agent.",
        role=Role.NEAR_MISS,
        tick=4,
        body=(
            _t("""MEXICO CITY (Continental Wire) — Mexico sent 29 people accused of drug
            trafficking to the United States on Thursday, among them Rafael Caro Quintero, who is
            wanted for the 1985 killing of a DEA agent, in the largest such transfer in years."""),
            _t("""Mexico's security cabinet said the prisoners were flown to several US cities on
            military aircraft. Several belong to the Sinaloa and Gulf cartels, which Washington
            recently designated as foreign terrorist organisations."""),
            _t("""US Attorney General Pam Bondi said the transfer showed what cooperation could
            achieve and that the accused would face justice in American courts. Some of them
            could face the death penalty, officials said."""),
            _t("""The transfer came days before US officials were due to decide whether to impose
            tariffs on Mexican goods over fentanyl. Mexico's security secretary, Omar García
            Harfuch, said the decision was taken in Mexico's own interest and within its laws."""),
            _t("""Lawyers for several of the men said they had been sent without an extradition
            hearing, and that the transfer violated their rights. Mexico's government said it
            acted under its national security law."""),
        ),
    ),
    Article(
        outlet="capitol-daily",
        slug="steel-aluminum-tariffs-take-effect-mexico",
        published=_at(2025, 3, 12, 14, 0),
        title="Steel and Aluminium Tariffs Take Effect; Mexico Weighs Its Response",
        author="Hannah Brooks",
        summary="Mexico, a leading buyer of US steel, said it would wait before retaliating.",
        role=Role.NEAR_MISS,
        tick=4,
        body=(
            _t("""Tariffs of 25 percent on imported steel and aluminium took effect on Wednesday,
            with no exemptions for Mexico or Canada, the largest suppliers of both metals to the
            United States."""),
            _t("""Mexico's economy minister, Marcelo Ebrard, said his government would wait for
            the outcome of talks in Washington before answering with duties of its own. He noted
            that Mexico buys more steel from the United States than it sells to it."""),
            _t("""Carmakers warned that the duties would raise prices for vehicles assembled on
            both sides of the border, where parts cross several times before a car is finished.
            Steelworkers' unions in Pennsylvania and Ohio welcomed the move."""),
            _t("""Canada announced retaliatory tariffs on about 30 billion Canadian dollars of US
            goods. The European Union said it would answer in April."""),
            _t("""The tariffs are separate from the duties threatened over fentanyl, which the
            White House has postponed for goods that meet the rules of the USMCA trade pact."""),
        ),
    ),
    Article(
        outlet="borderline",
        slug="immigration-raids-los-angeles-protests",
        published=_at(2025, 6, 8, 4, 0),
        title="Immigration Raids in Los Angeles Set Off Protests",
        author="Marisol Vega",
        summary="Federal agents arrested dozens of people at workplaces across the city.",
        role=Role.NEAR_MISS,
        tick=4,
        body=(
            _t("""Federal immigration agents arrested dozens of people at workplaces across Los
            Angeles on Friday, setting off protests that continued into the night outside a
            federal building downtown."""),
            _t("""Agents of Immigration and Customs Enforcement, backed by other federal
            agencies, raided a clothing wholesaler in the fashion district, a home improvement
            store parking lot and several other sites, officials said. The Department of
            Homeland Security said those arrested were in the country illegally."""),
            _t("""Mayor Karen Bass said the raids had sown terror in the city's neighbourhoods.
            Labour leaders said a union president was injured and detained while observing an
            arrest."""),
            _t("""The White House said it would send members of the National Guard to protect
            federal buildings, over the objections of California's governor, Gavin Newsom, who
            said the state had not asked for help."""),
            _t("""Immigrant advocates set up hotlines for families of those detained, many of
            whom have lived in the United States for decades."""),
        ),
    ),
)


# ---- what is served at a tick ------------------------------------------------------------------


def articles_at(tick: int) -> tuple[Article, ...]:
    """The articles that exist at a tick, oldest first."""
    return tuple(sorted((a for a in ARTICLES if a.tick <= tick), key=lambda a: a.published))


def article_by_path(path: str) -> Article | None:
    """The article served at a path (query string already removed), at any tick."""
    for article in ARTICLES:
        if article.path == path:
            return article
    return None


def feed_articles(feed: FeedSpec, tick: int) -> tuple[Article, ...]:
    """The items a feed lists at a tick, newest first."""
    items = [a for a in articles_at(tick) if a.outlet in feed.outlets]
    return tuple(sorted(items, key=lambda a: a.published, reverse=True))


def feed_last_modified(feed: FeedSpec, tick: int) -> datetime:
    """When a feed last changed: its newest publication or revision at the tick."""
    return max(a.updated_at(tick) for a in feed_articles(feed, tick))


def etag_for(body: bytes) -> str:
    """A strong ETag for a body."""
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


# ---- rendering ---------------------------------------------------------------------------------

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
<meta name="description" content="{summary}">
<meta name="author" content="{author}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{summary}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{published}">
{modified}<link rel="canonical" href="{url}">
<link rel="alternate" type="{feed_type}" title="{feed_title}" href="{feed_url}">
</head>
<body>
<header class="masthead">
<a class="logo" href="{home}">{site}</a>
<p class="tagline">{tagline}</p>
<nav class="site-nav" aria-label="Sections">
<ul>
<li><a href="{home}">Home</a></li>
<li><a href="{home}#politics">Politics</a></li>
<li><a href="{home}#border">Border</a></li>
<li><a href="{home}#world">World</a></li>
<li><a href="{home}#business">Business</a></li>
<li><a href="{home}#opinion">Opinion</a></li>
</ul>
</nav>
</header>
<main>
<div class="story-header">
<h1 class="headline">{title}</h1>
<p class="dek">{summary}</p>
<p class="byline">By <span class="author">{author}</span>, {site}</p>
<p class="dateline">Published <time datetime="{published}">{published_human}</time>{updated_human}
</p>
</div>
<article class="story-body">
{correction}{paragraphs}
{credit}</article>
</main>
<aside class="related">
<h2>Related coverage</h2>
<ul>
{related}
</ul>
</aside>
<footer class="site-footer">
<section class="newsletter">
<h2>Sign up for our newsletter</h2>
<p>Get the day's top stories in your inbox every morning. Unsubscribe at any time.</p>
<form action="{home}#newsletter"><input type="email" placeholder="Email address">
<button type="submit">Subscribe</button></form>
</section>
<ul class="footer-links">
<li><a href="{home}#about">About us</a></li>
<li><a href="{home}#contact">Contact</a></li>
<li><a href="{home}#privacy">Privacy policy</a></li>
<li><a href="{home}#terms">Terms of use</a></li>
<li><a href="{feed_url}">RSS</a></li>
</ul>
<p class="copyright">&copy; {year} {site}. All rights reserved.</p>
</footer>
</body>
</html>
"""

_FEED_TYPES = {
    "rss": "application/rss+xml",
    "atom": "application/atom+xml",
    "json": "application/feed+json",
}


def _human(moment: datetime) -> str:
    return f"{moment:%B} {moment.day}, {moment:%Y}, {moment:%H:%M} UTC"


def render_article(article: Article, tick: int, base_url: str) -> str:
    """The article's HTML page as served at a tick."""
    outlet = OUTLETS[article.outlet]
    feed = next(f for f in FEEDS if f.path == outlet.feed_path)
    esc = html.escape
    url = base_url + article.path
    modified = ""
    updated_human = ""
    correction = ""
    if article.revision is not None and tick >= article.revision.tick:
        when = article.revision.updated
        modified = f'<meta property="article:modified_time" content="{when.isoformat()}">\n'
        updated_human = f', updated <time datetime="{when.isoformat()}">{_human(when)}</time>'
        correction = f'<p class="correction"><em>{esc(article.revision.correction)}</em></p>\n'
    related = [
        a
        for a in articles_at(tick)
        if a.outlet == article.outlet and a is not article and a.published < article.published
    ][-3:]
    related_html = (
        "\n".join(
            f'<li><a href="{esc(base_url + a.path)}">{esc(a.title)}</a></li>' for a in related
        )
        or f'<li><a href="/{outlet.key}/">More from {esc(outlet.name)}</a></li>'
    )
    credit = f'<p class="credit">{esc(article.wire_credit)}</p>\n' if article.wire_credit else ""
    return _PAGE.format(
        title=esc(article.title),
        site=esc(outlet.name),
        tagline=esc(outlet.tagline),
        summary=esc(article.summary),
        author=esc(article.author),
        url=esc(url),
        published=article.published.isoformat(),
        published_human=_human(article.published),
        modified=modified,
        updated_human=updated_human,
        correction=correction,
        paragraphs="\n".join(f"<p>{esc(p)}</p>" for p in article.body_at(tick)),
        credit=credit,
        related=related_html,
        home=f"/{outlet.key}/",
        feed_url=esc(base_url + feed.path),
        feed_type=_FEED_TYPES[feed.kind],
        feed_title=esc(feed.title),
        year=article.published.year,
    )


def render_home(outlet_key: str, tick: int, base_url: str) -> str:
    """An outlet's front page: its articles at a tick, newest first."""
    outlet = OUTLETS[outlet_key]
    esc = html.escape
    rows = "\n".join(
        f'<li><a href="{esc(base_url + a.path)}">{esc(a.title)}</a> '
        f'<time datetime="{a.published.isoformat()}">{a.published:%Y-%m-%d}</time></li>'
        for a in reversed(articles_at(tick))
        if a.outlet == outlet_key
    )
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        f"<title>{esc(outlet.name)}</title></head>\n<body>\n<h1>{esc(outlet.name)}</h1>\n"
        f"<p>{esc(outlet.tagline)}</p>\n<ul>\n{rows}\n</ul>\n</body>\n</html>\n"
    )


def _item_link(article: Article, feed: FeedSpec, base_url: str) -> str:
    link = base_url + article.path
    # The RSS feed tags its links for analytics, as many publishers do; pages are canonical.
    if feed.kind == "rss":
        link += "?utm_source=rss&utm_medium=feed&utm_campaign=borderline"
    return link


def render_feed(feed: FeedSpec, tick: int, base_url: str) -> bytes:
    """A feed document as served at a tick."""
    if feed.kind == "rss":
        return _render_rss(feed, tick, base_url).encode("utf-8")
    if feed.kind == "atom":
        return _render_atom(feed, tick, base_url).encode("utf-8")
    return _render_json(feed, tick, base_url).encode("utf-8")


def _render_rss(feed: FeedSpec, tick: int, base_url: str) -> str:
    x = xml_escape
    items = []
    for a in feed_articles(feed, tick):
        items.append(
            "<item>\n"
            f"<title>{x(a.title)}</title>\n"
            f"<link>{x(_item_link(a, feed, base_url))}</link>\n"
            f'<guid isPermaLink="false">urn:borderline-news:article:{x(a.slug)}</guid>\n'
            f"<pubDate>{format_datetime(a.published, usegmt=True)}</pubDate>\n"
            f"<dc:creator>{x(a.author)}</dc:creator>\n"
            f"<description>{x(a.summary)}</description>\n"
            "</item>"
        )
    built = format_datetime(feed_last_modified(feed, tick), usegmt=True)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{x(feed.title)}</title>\n<link>{x(base_url + feed.home)}</link>\n"
        f'<atom:link href="{x(base_url + feed.path)}" rel="self" type="application/rss+xml"/>\n'
        "<description>Border, migration and politics from Borderline News</description>\n"
        f"<language>en-us</language>\n<lastBuildDate>{built}</lastBuildDate>\n<ttl>30</ttl>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )


def _render_atom(feed: FeedSpec, tick: int, base_url: str) -> str:
    x = xml_escape
    entries = []
    for a in feed_articles(feed, tick):
        site = OUTLETS[a.outlet].name
        entries.append(
            "<entry>\n"
            f"<title>{x(a.title)}</title>\n"
            f'<link rel="alternate" type="text/html" href="{x(_item_link(a, feed, base_url))}"/>\n'
            f"<id>tag:herald-media.example,{a.published:%Y-%m-%d}:/{a.outlet}/{x(a.slug)}</id>\n"
            f"<published>{a.published.isoformat()}</published>\n"
            f"<updated>{a.updated_at(tick).isoformat()}</updated>\n"
            f"<author><name>{x(a.author)}</name></author>\n"
            f'<category term="{x(site)}"/>\n'
            f'<summary type="text">{x(a.summary)}</summary>\n'
            "</entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
        f"<title>{x(feed.title)}</title>\n"
        f"<id>tag:herald-media.example,2021:feed</id>\n"
        f'<link rel="self" type="application/atom+xml" href="{x(base_url + feed.path)}"/>\n'
        f'<link rel="alternate" type="text/html" href="{x(base_url + feed.home)}"/>\n'
        f"<updated>{feed_last_modified(feed, tick).isoformat()}</updated>\n"
        + "\n".join(entries)
        + "\n</feed>\n"
    )


def _render_json(feed: FeedSpec, tick: int, base_url: str) -> str:
    items = []
    for a in feed_articles(feed, tick):
        item: dict[str, object] = {
            "id": f"continental-wire-{a.published:%Y%m%d}-{a.slug}",
            "url": _item_link(a, feed, base_url),
            "title": a.title,
            "summary": a.summary,
            "content_text": a.summary,
            "date_published": a.published.isoformat(),
            "date_modified": a.updated_at(tick).isoformat(),
            "authors": [{"name": a.author}],
            "language": "en",
        }
        items.append(item)
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": feed.title,
        "home_page_url": base_url + feed.home,
        "feed_url": base_url + feed.path,
        "description": "Dispatches from Continental Wire",
        "language": "en",
        "items": items,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# ---- what the monitor should conclude ----------------------------------------------------------


@dataclass(frozen=True)
class DemoExpectations:
    """The intended outcome of the demo, as canonical article URLs on one server.

    Feed links of the RSS feed carry ``utm_*`` tracking parameters; the URLs here do not
    (they equal each page's ``<link rel="canonical">``).
    """

    baseline: str
    follow_ups: tuple[str, ...]  # every article that should be judged a follow-up
    follow_ups_by_tick: dict[int, tuple[str, ...]]  # follow-ups first served at each tick
    developments: dict[str, tuple[str, ...]]  # one alert per development, whatever its copies
    restatements: tuple[str, ...]  # follow-ups that add nothing the baseline did not say
    syndicated: tuple[str, ...]  # one wire text under two outlets' headlines
    same_development: tuple[str, ...]  # one development, three outlets, different words
    revised: str  # served as version A at tick 2 and version B at tick 3
    revised_figure: tuple[str, str]  # the figure as first published and as corrected
    changed_figure: str  # a follow-up whose monthly encounter figure updates the baseline's
    new_quote: tuple[str, str]  # (url, speaker) of a quote from an official new to the story
    near_misses: tuple[str, ...]
    pre_baseline: tuple[str, ...]
    off_topic: tuple[str, ...]
    feed_items: dict[str, tuple[int, ...]]  # feed URL -> item count at ticks 1, 2, 3
    not_modified: dict[int, tuple[str, ...]]  # tick -> feeds unchanged since the tick before


def _urls(base_url: str, articles: tuple[Article, ...] | list[Article]) -> tuple[str, ...]:
    return tuple(base_url + a.path for a in sorted(articles, key=lambda a: a.published))


def expectations(base_url: str) -> DemoExpectations:
    """The intended outcome of the demo for a server at ``base_url``."""
    by_role = {role: [a for a in ARTICLES if a.role == role] for role in Role}
    follow = by_role[Role.FOLLOW_UP] + by_role[Role.RESTATEMENT]
    developments: dict[str, list[Article]] = {}
    for a in by_role[Role.FOLLOW_UP]:
        if a.development is not None:
            developments.setdefault(a.development, []).append(a)
    revised = next(a for a in ARTICLES if a.revision is not None)
    feed_items = {
        base_url + f.path: tuple(len(feed_articles(f, t)) for t in range(1, TICKS + 1))
        for f in FEEDS
    }
    not_modified = {
        t: tuple(
            base_url + f.path
            for f in FEEDS
            if render_feed(f, t, base_url) == render_feed(f, t - 1, base_url)
        )
        for t in range(2, TICKS + 1)
    }
    return DemoExpectations(
        baseline=_urls(base_url, by_role[Role.BASELINE])[0],
        follow_ups=_urls(base_url, follow),
        follow_ups_by_tick={
            t: _urls(base_url, [a for a in follow if a.tick == t]) for t in range(1, TICKS + 1)
        },
        developments={k: _urls(base_url, v) for k, v in developments.items()},
        restatements=_urls(base_url, by_role[Role.RESTATEMENT]),
        syndicated=_urls(base_url, [a for a in ARTICLES if a.wire_credit]),
        same_development=_urls(base_url, developments["harris-guatemala"]),
        revised=base_url + revised.path,
        revised_figure=("$310 million", "$130 million"),
        changed_figure=base_url + next(a.path for a in ARTICLES if a.slug.endswith("180034")),
        new_quote=(
            base_url + next(a.path for a in ARTICLES if a.development == "tapachula-caravans"),
            "Gabriela Soto Arriaga",
        ),
        near_misses=_urls(base_url, by_role[Role.NEAR_MISS]),
        pre_baseline=_urls(base_url, by_role[Role.PRE_BASELINE]),
        off_topic=_urls(base_url, by_role[Role.OFF_TOPIC]),
        feed_items=feed_items,
        not_modified=not_modified,
    )
