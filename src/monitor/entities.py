"""People, agencies, governments and places named in news text, by rules and small gazetteers.

No model: a gazetteer for the US-Mexico migration beat, titles, and capitalised-word heuristics.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.figures import normalised
from monitor.text import fold_accents
from monitor.wordlists import MONTHS, WEEKDAYS

logger = logging.getLogger(__name__)

__all__ = ["Entity", "extract_entities", "new_entities", "same_person"]

PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"
GOVERNMENT = "government"
POLICY = "policy"  # a programme, agreement, law or standing forum: no one to quote


@dataclass(frozen=True)
class Entity:
    """A named thing: ``kind`` is "person", "organisation", "place", "government" or "policy"."""

    name: str
    kind: str


# canonical name, kind, aliases (the canonical name is always an alias too)
_GAZETTEER: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # people
    ("Joe Biden", PERSON, ("Biden", "President Biden", "Joseph R. Biden")),
    ("Kamala Harris", PERSON, ("Harris", "Vice President Harris")),
    ("Alejandro Mayorkas", PERSON, ("Mayorkas",)),
    ("Andrés Manuel López Obrador", PERSON, ("AMLO", "López Obrador", "Lopez Obrador", "Obrador")),
    ("Marcelo Ebrard", PERSON, ("Ebrard",)),
    ("Donald Trump", PERSON, ("Trump",)),
    ("Symone Sanders", PERSON, ()),
    ("Cris Ramón", PERSON, ("Ramón", "Cris Ramon")),
    ("Antony Blinken", PERSON, ("Blinken",)),
    ("Roberta Jacobson", PERSON, ("Jacobson",)),
    ("Ricardo Zúñiga", PERSON, ("Zúñiga", "Zuniga")),
    ("Ken Salazar", PERSON, ("Salazar",)),
    ("Jen Psaki", PERSON, ("Psaki",)),
    ("Karine Jean-Pierre", PERSON, ("Jean-Pierre",)),
    ("Alejandro Giammattei", PERSON, ("Giammattei",)),
    ("Nayib Bukele", PERSON, ("Bukele",)),
    ("Juan Orlando Hernández", PERSON, ("Juan Orlando Hernandez",)),
    ("Xiomara Castro", PERSON, ()),
    ("Olga Sánchez Cordero", PERSON, ("Sánchez Cordero",)),
    ("Francisco Garduño", PERSON, ("Garduño",)),
    ("Troy Miller", PERSON, ()),
    ("Chris Magnus", PERSON, ("Magnus",)),
    ("Tae Johnson", PERSON, ()),
    ("Greg Abbott", PERSON, ("Abbott",)),
    ("Stephen Miller", PERSON, ()),
    ("Hamed Aleaziz", PERSON, ("Aleaziz",)),
    # governments and agencies
    ("White House", GOVERNMENT, ()),
    ("Biden administration", GOVERNMENT, ("Biden White House",)),
    ("Trump administration", GOVERNMENT, ("Trump White House",)),
    ("Department of Homeland Security", GOVERNMENT,
     ("DHS", "Homeland Security Department", "Homeland Security")),
    ("Customs and Border Protection", GOVERNMENT,
     ("CBP", "US Customs and Border Protection", "U.S. Customs and Border Protection")),
    ("Border Patrol", GOVERNMENT, ("US Border Patrol", "U.S. Border Patrol")),
    ("Immigration and Customs Enforcement", GOVERNMENT, ("ICE",)),
    ("US Citizenship and Immigration Services", GOVERNMENT,
     ("USCIS", "Citizenship and Immigration Services")),
    ("State Department", GOVERNMENT, ("Department of State", "US State Department")),
    ("Justice Department", GOVERNMENT, ("Department of Justice", "DOJ")),
    ("Department of Health and Human Services", GOVERNMENT, ("HHS", "Health and Human Services")),
    ("Office of Refugee Resettlement", GOVERNMENT, ("ORR",)),
    ("USAID", GOVERNMENT, ("US Agency for International Development",)),
    ("Pentagon", GOVERNMENT, ("Defense Department", "Department of Defense")),
    ("Congress", GOVERNMENT, ("US Congress",)),
    ("Senate", GOVERNMENT, ("US Senate",)),
    ("Supreme Court", GOVERNMENT, ("US Supreme Court",)),
    ("Mexican National Guard", GOVERNMENT,
     ("National Guard", "Guardia Nacional", "Mexico's National Guard")),
    ("National Migration Institute", GOVERNMENT,
     ("INM", "Instituto Nacional de Migración", "Mexico's National Migration Institute",
      "National Institute of Migration")),
    ("Mexican Foreign Ministry", GOVERNMENT,
     ("SRE", "Foreign Ministry", "Foreign Relations Ministry",
      "Secretaría de Relaciones Exteriores")),
    ("Mexican Commission for Refugee Assistance", GOVERNMENT, ("COMAR",)),
    ("National Security Council", GOVERNMENT, ("NSC",)),
    # programmes and agreements
    ("Migrant Protection Protocols", POLICY, ("MPP", "Remain in Mexico")),
    ("Sembrando Vida", POLICY, ()),
    ("Mérida Initiative", POLICY, ("Merida Initiative",)),
    ("Title 42", POLICY, ()),
    # organisations
    ("BuzzFeed News", ORGANISATION, ("BuzzFeed",)),
    ("CNN", ORGANISATION, ()),
    ("Reuters", ORGANISATION, ()),
    ("Associated Press", ORGANISATION, ("AP",)),
    ("New York Times", ORGANISATION, ("The New York Times",)),
    ("Washington Post", ORGANISATION, ("The Washington Post",)),
    ("Migration Policy Institute", ORGANISATION, ("MPI",)),
    ("Human Rights Watch", ORGANISATION, ()),
    ("Amnesty International", ORGANISATION, ()),
    ("UNHCR", ORGANISATION, ("UN refugee agency", "UN Refugee Agency")),
    ("International Organization for Migration", ORGANISATION, ("IOM",)),
    ("American Civil Liberties Union", ORGANISATION, ("ACLU",)),
    ("United Nations", ORGANISATION, ("UN", "U.N.")),
    # places
    ("United States", PLACE, ("US", "U.S.", "USA", "America")),
    ("Mexico", PLACE, ()),
    ("Guatemala", PLACE, ()),
    ("Honduras", PLACE, ()),
    ("El Salvador", PLACE, ()),
    ("Nicaragua", PLACE, ()),
    ("Brazil", PLACE, ()),
    ("Venezuela", PLACE, ()),
    ("Cuba", PLACE, ()),
    ("Haiti", PLACE, ()),
    ("Ecuador", PLACE, ()),
    ("Colombia", PLACE, ()),
    ("Chile", PLACE, ()),
    ("Canada", PLACE, ()),
    ("Panama", PLACE, ()),
    ("Costa Rica", PLACE, ()),
    ("Belize", PLACE, ()),
    ("Central America", PLACE, ()),
    ("Northern Triangle", PLACE, ()),
    ("Latin America", PLACE, ()),
    ("South America", PLACE, ()),
    ("Mexico City", PLACE, ()),
    ("Guatemala City", PLACE, ()),
    ("Washington", PLACE, ("Washington, DC", "Washington, D.C.", "Washington DC")),
    ("Tijuana", PLACE, ()),
    ("Ciudad Juárez", PLACE, ("Juárez", "Ciudad Juarez", "Juarez")),
    ("Reynosa", PLACE, ()),
    ("Matamoros", PLACE, ()),
    ("Nuevo Laredo", PLACE, ()),
    ("Piedras Negras", PLACE, ()),
    ("Nogales", PLACE, ()),
    ("Mexicali", PLACE, ()),
    ("Tapachula", PLACE, ()),
    ("Tenosique", PLACE, ()),
    ("Villahermosa", PLACE, ()),
    ("El Paso", PLACE, ()),
    ("San Diego", PLACE, ()),
    ("Laredo", PLACE, ()),
    ("McAllen", PLACE, ()),
    ("Brownsville", PLACE, ()),
    ("Del Rio", PLACE, ()),
    ("Eagle Pass", PLACE, ()),
    ("Yuma", PLACE, ()),
    ("Rio Grande Valley", PLACE, ()),
    ("Rio Grande", PLACE, ()),
    ("Texas", PLACE, ()),
    ("Arizona", PLACE, ()),
    ("California", PLACE, ()),
    ("New Mexico", PLACE, ()),
    ("Chiapas", PLACE, ()),
    ("Tabasco", PLACE, ()),
    ("Chihuahua", PLACE, ()),
    ("Sonora", PLACE, ()),
    ("Baja California", PLACE, ()),
    ("Tamaulipas", PLACE, ()),
    ("Coahuila", PLACE, ()),
    ("Nuevo León", PLACE, ("Nuevo Leon",)),
    ("Veracruz", PLACE, ()),
    ("Oaxaca", PLACE, ()),
)  # fmt: skip

_TITLES = (
    "Vice President", "President", "Homeland Security Secretary", "Secretary of State",
    "Secretary", "Foreign Minister", "Foreign Secretary", "Interior Secretary", "Minister",
    "Senator", "Sen.", "Representative", "Rep.", "Governor", "Gov.", "Ambassador", "Mayor",
    "Judge", "General", "Gen.", "Commissioner", "Director", "Chief", "Press Secretary",
    "Spokesperson", "Spokesman", "Spokeswoman", "Dr.", "Mr.", "Ms.", "Mrs.", "Pope", "Envoy",
    "Special Envoy", "Acting Commissioner", "Attorney General", "Rev.", "Father",
)  # fmt: skip
_TITLE_RE = "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))

_GOV_WORDS = frozenset(
    [
        "Department", "Ministry", "Agency", "Administration", "Service", "Patrol", "Guard",
        "Commission", "Secretariat", "Office", "Bureau", "Senate", "Congress", "Court",
        "Council", "Army", "Navy", "Police", "Institute", "Embassy", "Cabinet", "Government",
        "Parliament", "Assembly"
    ]
)  # fmt: skip
_ORG_WORDS = frozenset(
    [
        "University", "News", "Times", "Post", "Press", "Journal", "Foundation", "Network",
        "Center", "Centre", "Project", "Coalition", "Association", "Alliance", "Group", "Union",
        "Inc", "Corp", "Company", "Watch", "Fund", "Church", "Network", "Initiative",
        "Committee", "Party", "Wire", "Daily", "Herald", "Tribune", "Gazette", "Radio",
        "Television", "Agency", "LLC", "Properties", "Consultants", "Partners", "Holdings",
        "Bank", "Newspapers", "Chronicle", "Magazine", "Broadcasting", "Ltd", "Limited", "LLP",
        "Index", "Exchange", "Securities", "Ratings", "Estate", "Services", "Capital",
        "Investments", "Club", "School", "Academy", "College", "Hospital"
    ]
)  # fmt: skip
# names of programmes, agreements, laws and standing forums
_POLICY_WORDS = frozenset(
    [
        "Protocols", "Protocol", "Program", "Programme", "Plan", "Act", "Agreement", "Accord",
        "Accords", "Policy", "Dialogue", "Framework", "Strategy", "Summit", "Treaty", "Pact",
        "Law", "Doctrine", "Declaration", "Compact"
    ]
)  # fmt: skip
_PLACE_WORDS = frozenset((
    "City", "County", "State", "Province", "Valley", "River", "Island", "Bay", "Port", "Airport",
    "Hemisphere", "Hill", "Coast", "Gulf", "Sea", "Ocean", "Canal", "Peninsula", "Desert",
    "Mountains", "Highlands", "Strait", "Region", "Bridge", "Crossing", "Ave", "Avenue",
    "Street", "St", "Road", "Boulevard", "Blvd", "Park", "Towers", "Tower", "Beach", "Plaza",
    "Square", "Condominium", "Building", "Stadium", "Arena", "Islands"
))  # fmt: skip
_MORE_GOV_WORDS = frozenset(("Circuit", "Legislature", "Rescue", "Corps", "District"))
# last words of capitalised phrases that name no one: events, headline words, things
_NOT_ENTITY_LAST = frozenset((
    "Storm", "Hurricane", "Session", "Collapse", "Investigation", "Event", "Injunction",
    "Recap", "Quote", "Rule", "Case", "Barrier", "Buoys", "Update", "Published", "Opportunity",
    "Eastern", "Western", "Sheriff"
))  # fmt: skip
_NOT_ENTITY_ANYWHERE = frozenset(("Storm", "Hurricane", "TS"))
_BUILT_PLACE_WORDS = frozenset((
    "Towers", "Tower", "Avenue", "Ave", "Street", "Building", "Condominium", "Plaza", "Park"
))  # fmt: skip
# capitalised adjectives kept at the front of an agency's name ("National Institute of ...")
_NAME_ADJECTIVES = frozenset((
    "National", "Federal", "Southern", "Northern", "Central", "American", "Mexican", "Border",
    "Democratic", "Republican", "Government"
))  # fmt: skip
# titles written inside a capitalised run: "Surfside Mayor Charles Burkett", "Florida Gov."
_INNER_TITLES = frozenset((
    "Mayor", "Chief", "Gov", "Governor", "Sen", "Sens", "Senator", "Rep", "Reps",
    "Representative", "Congressman", "Congresswoman", "Judge", "Sheriff", "Director",
    "Secretary", "Minister", "President", "Commissioner", "Attorney", "General", "Col", "Lt",
    "Sgt", "Capt", "Gen", "Dr", "Mr", "Ms", "Mrs", "Spokesperson", "Spokesman", "Spokeswoman",
    "Ambassador", "Officer", "Trooper", "Deputy", "Councilman", "Councilwoman", "Clerk"
))  # fmt: skip
_TITLE_CASE_SMALL = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with",
    "from", "as", "vs", "is", "are", "after", "over", "into", "its"
))  # fmt: skip
# Capitalised words that start sentences or name no entity.
_NOT_NAMES = frozenset(
    [
        "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "For", "From",
        "By", "With", "As", "But", "And", "Or", "If", "When", "While", "After", "Before",
        "Since", "During", "Under", "Over", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "There", "Here", "What", "Who", "Why", "How", "Which",
        "Some", "Many", "Most", "More", "Several", "Both", "Each", "Every", "All", "Any", "No",
        "Not", "Yes", "Also", "Still", "Yet", "Even", "Only", "Just", "Then", "Thus", "However",
        "Meanwhile", "Although", "Though", "Because", "Unlike", "According", "Following",
        "Ahead", "Last", "Next", "Earlier", "Later", "Today", "Yesterday", "Tomorrow",
        *(word.capitalize() for word in (*WEEKDAYS, *MONTHS)),
        "Title", "COVID", "Covid", "Mexican", "Guatemalan", "Honduran", "Salvadoran",
        "American", "Americans", "Brazilian", "Cuban", "Haitian", "Venezuelan", "Nicaraguan",
        "Central", "Democrats", "Republicans", "Democrat", "Republican", "Democratic", "Photo",
        "Read", "Sign", "Share", "Topics", "Skip", "Advertisement", "Related", "Watch",
        "Officials", "Government", "Federal", "National", "Southern", "Northern", "Border",
        "Migrants", "Immigrants"
    ]
)  # fmt: skip

_CONNECT = r"(?:\s+(?:de|del|la|las|los|y|of|the|and|for|van|von|da|do|dos)(?=\s+[A-ZÁÉÍÓÚÑ]))?"
# a middle initial ("Frank P. Morabito"); a possessive ends a name ("Commerce's National ...")
_CAP_WORD = r"(?:[A-Z]\.(?=[ \t]+[A-Z][a-z])|[A-ZÁÉÍÓÚÑ](?:[\w.-]|'(?!s\b))*[\w]|[A-Z])"
_SEQUENCE = re.compile(
    r"(?<![\w'])(?:(?P<title>" + _TITLE_RE + r")\s+)?(?P<name>" + _CAP_WORD
    + r"(?:" + _CONNECT + r"\s+" + _CAP_WORD + r")*)"
)  # fmt: skip


_WORD = re.compile(r"\w+")


def _alias_key(alias: str) -> str:
    return " ".join(_WORD.findall(fold_accents(alias)))


_ALIASES: dict[str, tuple[str, str]] = {}
for _name, _kind, _more in _GAZETTEER:
    for _alias in (_name, *_more):
        _ALIASES[_alias_key(_alias)] = (_name, _kind)
# first word of an alias -> the word counts of the aliases it starts, longest first
_FIRST_WORDS: dict[str, list[int]] = {}
for _key_text in _ALIASES:
    _FIRST_WORDS.setdefault(_key_text.split()[0], []).append(len(_key_text.split()))
for _counts in _FIRST_WORDS.values():
    _counts.sort(reverse=True)


_CAPITALISED = re.compile(r"(?<!\w)[A-Z]\w*")


def _gazetteer_spans(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, kind) of the longest gazetteer aliases in accent-folded text."""
    spans: list[tuple[int, int, str, str]] = []
    after = -1
    for m in _CAPITALISED.finditer(folded):
        start = m.start()
        if start < after:
            continue
        counts = _FIRST_WORDS.get(m.group(0))
        if counts is None:
            continue
        for n in counts:
            if n == 1:
                end = m.end()
                key = m.group(0)
            else:
                # the next n words, separated only by spaces, dots, commas or apostrophes
                words = _NEXT_WORDS[n].match(folded, start)
                if words is None:
                    continue
                end = words.end()
                key = " ".join(_WORD.findall(words.group(0)))
            hit = _ALIASES.get(key)
            if hit is not None:
                if folded[end : end + 1] == "." and folded[end - 1 : end].isupper():
                    end += 1  # U.S.
                spans.append((start, end, hit[0], hit[1]))
                after = end
                break
    return spans


_NEXT_WORDS = {
    n: re.compile(r"\w+" + r"(?:[ .,']{1,2}\w+)" * (n - 1) + r"(?!\w)")
    for n in range(2, max(len(k.split()) for k in _ALIASES) + 1)
}


_SURNAMES: dict[str, tuple[str, str]] = {
    fold_accents(name.split()[-1]): (name, kind) for name, kind, _ in _GAZETTEER if kind == PERSON
}


def _key(name: str) -> str:
    return fold_accents(name).casefold()


_PLACE_BEFORE = re.compile(
    r"(?<!according )\b(?:in|near|to|from|across|outside|visited|visiting|toured|reached"
    r"|entered)\s+$"
)


_POSSESSIVE = re.compile(r"['\u2019]s$")
_TITLE_WORDS = frozenset(t.split()[-1] for t in _TITLES)


def _two_people(words: list[str], before: str) -> list[str]:
    """Both names of "[Title] A B and Title C D" when each side reads as a person, else []."""
    cut = words.index("and", 1)
    left, right = words[:cut], words[cut + 1 :]
    titled = [i for i, w in enumerate(right) if w in _TITLE_WORDS]
    if titled:
        right = right[titled[-1] + 1 :]
    elif not before.startswith("President "):
        return []  # "Public Health and Safe Communities": two people need a title to tell
    if _kind_of(left, before) == PERSON and right and _kind_of(right, "") == PERSON:
        return [" ".join(left), " ".join(right)]
    return []


def _kind_of(words: list[str], before: str) -> str | None:
    if words[-1] in _NOT_ENTITY_LAST or re.search(r"-(?:based|led|listed|laden)$", words[-1]):
        return None
    if any(w in _NOT_ENTITY_ANYWHERE for w in words):
        return None  # "Tropical Storm Elsa"
    if any(w in _BUILT_PLACE_WORDS for w in words[1:]):
        return PLACE  # "Champlain Towers South"
    if words[-1] in _POLICY_WORDS:
        return POLICY
    if any(w in _GOV_WORDS or w in _MORE_GOV_WORDS for w in words):
        return GOVERNMENT
    if any(w in _ORG_WORDS for w in words):
        return ORGANISATION
    if words[-1] in _PLACE_WORDS or _PLACE_BEFORE.search(before):
        return PLACE
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return PERSON
    return None


_LINES = re.compile(r"[ \t]*\n\s*")


def _title_case(line: str) -> bool:
    """A headline, a deck or a label line: nearly every word capitalised."""
    if re.search(r"[.!?][\"'\u201d)]*\s*$", line):
        return False  # a sentence, however many names it holds
    words: list[str] = [
        w for w in re.findall(r"[A-Za-z][\w'-]*", line) if w not in _TITLE_CASE_SMALL
    ]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def extract_entities(text: str) -> list[Entity]:
    """Entities named in ``text``, each once, in order of first mention, aliases folded.

    Paragraphs are read one by one (a name never runs across a line break); in a line written
    in title case (a headline) only known names are taken.
    """
    found: list[Entity] = []
    seen: set[str] = set()
    persons: dict[str, str] = {}  # surname -> full name, for later bare mentions
    for line in _LINES.split(text):
        if not line.strip():
            continue
        for entity in _line_entities(line, persons, heuristics=not _title_case(line)):
            key = _key(entity.name)
            if key not in seen:
                seen.add(key)
                found.append(entity)
    return found


def _strip_titles(words: list[str]) -> list[str]:
    """The person after the last title inside a run ("Surfside Mayor Charles Burkett")."""
    inner = [i for i, w in enumerate(words) if w.rstrip(".") in _INNER_TITLES]
    return words[inner[-1] + 1 :] if inner else words


def _line_entities(text: str, persons: dict[str, str], *, heuristics: bool) -> list[Entity]:
    text = normalised(text)
    folded = fold_accents(text)
    taken = [False] * len(text)
    spans: list[tuple[int, Entity]] = []
    for start, end, gazetteer_name, gazetteer_kind in _gazetteer_spans(folded):
        spans.append((start, Entity(gazetteer_name, gazetteer_kind)))
        for i in range(start, end):
            taken[i] = True
    for m in _SEQUENCE.finditer(folded):
        start, end = m.start("name"), m.end("name")
        if any(taken[start:end]):
            words = text[start:end].split()
            kind_by_word = (
                GOVERNMENT if words[-1] in _GOV_WORDS
                else ORGANISATION if words[-1] in _ORG_WORDS
                else None
            )  # fmt: skip
            if kind_by_word is None or taken[end - 1] or len(words) < 3:
                continue
            # "Tapachula Migrant Shelter Network": a longer name that begins with a known one
            spans = [(s, e) for s, e in spans if not start <= s < end]
            spans.append((start, Entity(" ".join(words), kind_by_word)))
            continue
        name = _POSSESSIVE.sub("", text[start:end].rstrip("."))
        words = name.split()
        while words and len(words[0]) > 3 and words[0].isupper():
            words = words[1:]  # "SURFSIDE, Fla.", a dateline
        while words and len(words[-1]) > 3 and words[-1].isupper():
            words = words[:-1]
        while words and re.search(r"-(?:based|led|listed|laden)$", words[0]):
            words = words[1:]  # "Maryland-based CDI": where it is, not its name
        if not words:
            continue
        if not heuristics:
            surname = fold_accents(words[-1]) if len(words) == 1 else ""
            if surname in persons or surname in _SURNAMES:
                spans.append((start, Entity(*(
                    (persons[surname], PERSON) if surname in persons else _SURNAMES[surname]
                ))))  # fmt: skip
            continue
        if words[0].rstrip(".") in _INNER_TITLES and not m.group("title"):
            words = words[1:]  # "Sens. Rick Scott": the title alone ended the run
        titled = False
        if words and "and" not in words and (len(words) > 2 or words[-1] in _INNER_TITLES):
            untitled = _strip_titles(words)
            titled = len(untitled) < len(words)
            words = untitled
        if not words:
            continue
        name = " ".join(words)
        title = m.group("title")
        before = text[max(0, m.start() - 40) : m.start()]
        at_start = not before.strip() or bool(re.search(r"[.!?\"]\s*$", before))
        if "and" in words[1:-1]:
            # "Alejandro Gertz Manero and Finance Secretary Arturo Herrera": two people
            people = _two_people(words, "President " if title else before)
            if people:
                for person in people:
                    persons[fold_accents(person.split()[-1])] = person
                    spans.append((start, Entity(person, PERSON)))
                continue
        if title or (titled and len(words) > 1):
            kind: str | None = PERSON
        elif len(words) == 1:
            surname = fold_accents(words[0])
            if surname in persons:
                spans.append((start, Entity(persons[surname], PERSON)))
                continue
            if surname in _SURNAMES:
                spans.append((start, Entity(*_SURNAMES[surname])))
                continue
            if words[0] in _NOT_NAMES or at_start:
                continue
            after = text[end : end + 12]
            if _PLACE_BEFORE.search(before):
                kind = PLACE  # "filed in Austin, says": where, not who
            elif re.match(r",?\s+(?:said|says|told|added)\b", after):
                kind = PERSON
            else:
                continue
        else:
            full = words
            while words and words[0] in _NOT_NAMES:
                words = words[1:]
            if words and words[-1] in _NOT_NAMES:
                continue  # "South American": an adjective, not a name
            if not words:
                continue
            kind = _kind_of(words, before) if len(words) > 1 else None
            if kind in (GOVERNMENT, ORGANISATION, POLICY):
                # "National Institute of Standards and Technology": the adjective is the name's
                cut = len(full) - len(words)
                while cut > 0 and full[cut - 1] in _NAME_ADJECTIVES:
                    cut -= 1
                words = full[cut:]
            name = " ".join(words)
            if len(words) == 1 and (at_start or words[0] in _NOT_NAMES):
                continue
            if kind == PERSON:
                earlier = persons.get(fold_accents(words[-1]))
                if earlier and _key(earlier).endswith(" " + _key(name)):
                    name = earlier  # "Soto Arriaga" after "Gabriela Soto Arriaga"
        if kind is None:
            continue
        if kind == PERSON:
            persons[fold_accents(words[-1])] = name
        spans.append((start, Entity(name, kind)))
    return [entity for _, entity in sorted(spans, key=lambda s: s[0])]


def new_entities(article: Sequence[Entity], known: Sequence[Entity]) -> list[Entity]:
    """Entities of ``article`` that ``known`` does not name (a bare surname counts as known).

    A name is known in another form too: a person with or without a middle name or initial
    ("David Ezra", "David A. Ezra"), a shorter form of an organisation ("Corps of Engineers"),
    and a surname the article itself gave in full before.
    """
    names = {_key(e.name) for e in known}
    surnames = {_key(e.name).split()[-1] for e in known if e.kind == PERSON}
    people = [e.name for e in known if e.kind == PERSON]
    bodies = [_key(e.name) for e in known if e.kind != PERSON and len(e.name.split()) > 1]
    fresh: list[Entity] = []
    seen: set[str] = set()
    for entity in article:
        key = _key(entity.name)
        if key in names or key in seen:
            continue
        if entity.kind == PERSON and len(key.split()) == 1 and key in surnames:
            continue
        if entity.kind == PERSON and any(same_person(entity.name, n) for n in people):
            continue
        if entity.kind != PERSON and any(_part_of(key, b) for b in bodies):
            continue
        if entity.kind == PERSON:
            people.append(entity.name)
            surnames.add(key.split()[-1])
        elif len(key.split()) > 1:
            bodies.append(key)
        seen.add(key)
        fresh.append(entity)
    return fresh


def _part_of(short: str, long: str) -> bool:
    """ "corps of engineers" in "army corps of engineers": two words or more, whole words."""
    if len(short.split()) < 2 or len(short) >= len(long):
        return False
    return f" {short} " in f" {long} "


def same_person(a: str, b: str) -> bool:
    """One person named twice: "Soto Arriaga" and "Gabriela Soto Arriaga" (the end of the name
    in two words or more), "David Ezra" and "David A. Ezra", "Steve" and "Steven McCraw" (the
    same surname, one first name the start of the other); one shared surname alone is not."""
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    short, long = sorted((ka, kb), key=len)
    if len(short.split()) >= 2 and long.endswith(" " + short):
        return True
    wa, wb = ka.split(), kb.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    first_a, first_b = sorted((wa[0], wb[0]), key=len)
    return len(first_a) >= 3 and first_b.startswith(first_a)
