"""People, agencies, governments and places named in news text, by rules over the text alone.

No model and no list of any story's names: titles, the words organisations, agencies and places
are named with (English and Spanish), and capitalised-word heuristics. A run of capitalised
words is a person only when the text says so somewhere (a title, a role, an age, "said").
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


_TITLES = (
    "Vice President", "President", "Secretary of State", "Secretary", "Foreign Minister",
    "Foreign Secretary", "Interior Secretary", "Minister", "Senator", "Sen.", "Representative",
    "Rep.", "Governor", "Gov.", "Ambassador", "Mayor", "Judge", "Justice", "General", "Gen.",
    "Commissioner", "Director", "Chief", "Press Secretary", "Spokesperson", "Spokesman",
    "Spokeswoman", "Dr.", "Mr.", "Ms.", "Mrs.", "Pope", "Envoy", "Special Envoy",
    "Acting Commissioner", "Attorney General", "Rev.", "Father", "Chairman", "Chairwoman",
    "Juez", "Jueza", "Presidente", "Presidenta", "Gobernador", "Gobernadora", "Senador",
    "Senadora", "Diputado", "Diputada", "Alcalde", "Alcaldesa", "Sr.", "Sra.", "Lic.", "Ing.",
)  # fmt: skip
_TITLE_RE = "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))

_GOV_WORDS = frozenset(
    [
        "Department", "Ministry", "Agency", "Administration", "Service", "Patrol", "Guard",
        "Commission", "Secretariat", "Office", "Bureau", "Senate", "Congress", "Court",
        "Council", "Army", "Navy", "Police", "Institute", "Embassy", "Cabinet", "Government",
        "Parliament", "Assembly", "Circuit", "Legislature", "Rescue", "Corps", "District",
        "Division", "EMS", "PD", "DPS", "Sheriff's",
        # Spanish: the institution's word comes first ("Fiscalía General de Justicia")
        "Fiscalía", "Ministerio", "Secretaría", "Comisión", "Tribunal", "Poder", "Alcaldía",
        "Gobierno", "Juzgado", "Corte", "Senado", "Cámara", "Congreso", "Procuraduría",
        "Policía", "Instituto", "Consejo", "Guardia", "Ejército", "Marina", "Ayuntamiento",
        "Municipio", "Sistema", "Protection", "Protección", "Enforcement", "Customs", "House"
    ]
)  # fmt: skip
_ORG_WORDS = frozenset(
    [
        "University", "News", "Times", "Post", "Press", "Journal", "Foundation", "Network",
        "Center", "Centre", "Project", "Coalition", "Association", "Alliance", "Group", "Union",
        "Inc", "Corp", "Company", "Watch", "Fund", "Church", "Initiative", "Committee", "Party",
        "Wire", "Daily", "Herald", "Tribune", "Gazette", "Radio", "Television", "LLC",
        "Properties", "Consultants", "Partners", "Holdings", "Holding", "Bank", "Newspapers",
        "Chronicle", "Magazine", "Broadcasting", "Ltd", "Limited", "LLP", "Exchange",
        "Ratings", "Estate", "Services", "Capital", "Investments", "Club", "School", "Academy",
        "College", "Hospital", "Images", "Energy", "Airlines", "Motors", "Technologies",
        "Systems", "Industries", "Enterprises", "Media", "Studios", "Records",
        "Grupo", "Empresa", "Universidad", "Asociación", "Fundación", "Colectivo", "Partido",
        "Banco", "Compañía"
    ]
)  # fmt: skip
# names of programmes, agreements, laws and standing forums
_POLICY_WORDS = frozenset(
    [
        "Protocols", "Protocol", "Program", "Programme", "Plan", "Act", "Agreement", "Accord",
        "Accords", "Policy", "Dialogue", "Framework", "Strategy", "Summit", "Treaty", "Pact",
        "Law", "Doctrine", "Declaration", "Compact", "Constitution", "Constitución", "Ley",
        "Acuerdo", "Programa", "Bill"
    ]
)  # fmt: skip
_POLICY_FIRST = frozenset(("Operation", "Operación", "Programa", "Plan", "Ley", "Acuerdo"))
_PLACE_WORDS = frozenset((
    "City", "County", "State", "Province", "Valley", "River", "Island", "Bay", "Port", "Airport",
    "Hemisphere", "Hill", "Coast", "Gulf", "Sea", "Ocean", "Canal", "Peninsula", "Desert",
    "Mountains", "Highlands", "Strait", "Region", "Bridge", "Crossing", "Ave", "Avenue",
    "Street", "St", "Road", "Boulevard", "Blvd", "Park", "Towers", "Tower", "Beach", "Plaza",
    "Square", "Condominium", "Building", "Stadium", "Arena", "Islands", "Center", "Land",
    "South", "North", "Sur", "Norte", "Oriente", "Poniente"
))  # fmt: skip
# the first word of a place's name in Spanish and in some English names ("Avenida Morelos")
_PLACE_FIRST = frozenset((
    "Avenida", "Calle", "Palacio", "Puerto", "Estación", "Plantel", "Periférico", "Colonia",
    "Ciudad", "Villa", "Parque", "Bosque", "Cerro", "Playa", "Isla", "Lago", "Río", "Mount",
    "Lake", "Fort", "Cape", "Port", "San", "Santa", "Línea"
))  # fmt: skip
# last words of capitalised phrases that name no one: events, headline words, things
_NOT_ENTITY_LAST = frozenset((
    "Storm", "Hurricane", "Session", "Collapse", "Investigation", "Event", "Injunction",
    "Recap", "Quote", "Rule", "Case", "Barrier", "Buoys", "Update", "Published", "Opportunity",
    "Eastern", "Western", "Sheriff", "Tragedy", "Disaster", "Default", "Liquidation",
    "Crisis", "Outages", "Accidente"
))  # fmt: skip
_NOT_ENTITY_ANYWHERE = frozenset(("Storm", "Hurricane", "TS"))
_BUILT_PLACE_WORDS = frozenset((
    "Towers", "Tower", "Avenue", "Ave", "Street", "Building", "Condominium", "Plaza", "Park"
))  # fmt: skip
# capitalised adjectives kept at the front of an agency's name ("National Institute of ...")
_NAME_ADJECTIVES = frozenset((
    "National", "Federal", "Southern", "Northern", "Central", "Democratic", "Republican",
    "Government", "State", "Public", "General"
))  # fmt: skip
# titles written inside a capitalised run: "Springfield Mayor Ann Cole", "Florida Gov."
_INNER_TITLES = frozenset((
    "Mayor", "Chief", "Gov", "Governor", "Sen", "Sens", "Senator", "Rep", "Reps",
    "Representative", "Congressman", "Congresswoman", "Judge", "Justice", "Sheriff",
    "Director", "Secretary", "Minister", "President", "Commissioner", "Attorney", "General",
    "Col", "Lt", "Sgt", "Capt", "Gen", "Dr", "Mr", "Ms", "Mrs", "Spokesperson", "Spokesman",
    "Spokeswoman", "Ambassador", "Officer", "Trooper", "Deputy", "Councilman", "Councilwoman",
    "Clerk", "Chairman", "Chairwoman", "CEO", "Juez", "Jueza", "Presidente", "Presidenta",
    "Gobernador", "Gobernadora", "Alcalde", "Alcaldesa", "Senador", "Senadora", "Diputado",
    "Diputada", "Sr", "Sra", "Lic", "Ing"
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
        "Title", "COVID", "Covid", "Central", "Democrats", "Republicans", "Democrat",
        "Republican", "Democratic", "Photo", "Read", "Sign", "Share", "Topics", "Skip",
        "Advertisement", "Related", "Watch", "Officials", "Government", "Federal", "National",
        "Southern", "Northern", "Another", "Other", "Formerly", "Shares", "Va", "La", "El",
        "Los", "Las", "Un", "Una", "Del", "De", "Empresa", "Jan", "Feb", "Mar", "Apr", "Jun",
        "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Local", "Según", "Para", "Por", "Con",
        "En", "Tras", "Durante", "Desde", "Ante", "Sin", "Sobre", "Como", "Cuando", "Aunque"
    ]
)  # fmt: skip
# "Norwegian", "Chinese", "Americans", "Peruvian": a people's adjective, no one's name
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ians?|icans?|ese|ish|ans)$")

_CONNECT = (
    r"(?:\s+(?:de\s+la|de\s+las|de\s+los|of\s+the|de|del|la|las|los|y|of|the|and|for|van|von"
    r"|da|do|dos|&)(?=\s+[A-ZÁÉÍÓÚÑ]))?"
)
# a middle initial ("Frank P. Morabito"); a possessive ends a name ("Commerce's National ...")
_CAP_WORD = (
    r"(?:(?:[A-Z]\.){2,}|[A-Z]\.(?=[ \t]+[A-Z][a-z])"
    r"|[A-ZÁÉÍÓÚÑ](?:[\w-]|\.(?!\.)|'(?!s\b))*[\w]|[A-Z])"
)
_SEQUENCE = re.compile(
    r"(?<![\w'])(?:(?P<title>" + _TITLE_RE + r")\s+)?(?P<name>" + _CAP_WORD
    + r"(?:" + _CONNECT + r"\s+" + _CAP_WORD + r")*)"
)  # fmt: skip


def _key(name: str) -> str:
    return fold_accents(name).casefold()


_PLACE_BEFORE = re.compile(
    r"(?<!according )\b(?:in|near|to|from|across|outside|visited|visiting|toured|reached"
    r"|entered)\s+$"
)


# a single word after these is a place ("in Austin"); "to" and "from" also take a company
# ("told Bloomberg", "a loan from Northwind")
_IN_PLACE_BEFORE = re.compile(
    r"(?<!according )(?<!invested )\b(?:in|near|across|outside|visited|visiting|toured"
    r"|reached|entered)\s+$"
)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_TITLE_WORDS = frozenset(t.split()[-1] for t in _TITLES)

# What marks a run of capitalised words as a person, anywhere in the text: a verb of saying
# after it, a courtesy title, an age, or a role beside it ("founder Hui Ka Yan", "Bill
# Magness, president and CEO of ..."). Roles and verbs are the language's words.
_SAID = (
    r"(?:said|says|told|added|asked|wrote|writes|explained|noted|testified|tweeted|recalled"
    r"|stated|argued|insisted|dijo|afirmó|declaró|señaló|explicó|indicó|agregó|informó"
    r"|aseguró|detalló|destacó|precisó|comentó|sostuvo|expresó|anunció|reiteró)"
)
_ROLES = (
    r"(?:president|vice president|chief|director|directora|secretary|secretario|secretaria"
    r"|spokesperson|spokesman|spokeswoman|vocero|vocera|ceo|founder|co-founder|chairman"
    r"|chairwoman|chair|head|manager|lawyer|attorney|abogado|abogada|representative"
    r"|representante|mayor|alcalde|alcaldesa|governor|gobernador|minister|ministro|ministra"
    r"|judge|juez|jueza|fiscal|prosecutor|professor|profesor|analyst|economist|researcher"
    r"|executive|owner|resident|student|mother|father|son|daughter|wife|husband|brother"
    r"|sister|author|reporter|rapper|singer|actor|actress|coordinator|commissioner|titular"
    r"|encargado|encargada|asesor|asesora|senator|senador|senadora|diputado|diputada|jefe"
    r"|jefa|líder|empresario|empresaria|presidente|presidenta|exdirector|exdirectora"
    r"|exfuncionario|subdirector|officer|agent|sheriff|trooper|chancellor|premier|leader"
    r"|survivor|victim|witness|engineer|inspector|tycoon|billionaire"
    r"|businessman|businesswoman|activist|advocate|expert|official|doctor|nurse|teacher"
    r"|pastor|priest|bishop|coach|player|artist|musician|organizer|promoter|producer"
    r"|journalist|editor|columnist|commentator)"
)
_NAME_RUN = re.compile(
    r"(?<![\w'-])[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+){0,3}"
)
_EVIDENCE_AFTER = re.compile(
    r",?\s+" + _SAID + r"\b|,\s+(?:aged\s+)?\d{1,3},"
    r"|,\s+(?:the\s+|a\s+|an\s+|el\s+|la\s+|who\s+is\s+)?(?:former\s+|acting\s+|deputy\s+"
    r"|then-|ex\s+|interim\s+)?" + _ROLES + r"\b"
    r"|,\s+(?:the|a|an|el|la)\s+(?:[A-Z][\w'-]*\s+){1,4}(?:senior\s+|chief\s+)?" + _ROLES + r"\b"
)
_EVIDENCE_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sr|Sra)\.?|\b" + _ROLES + r"s?,?)\s+$")
# a run after these is part of a longer name or a list ("elementos de Protección Civil, la ...")
_INSIDE = re.compile(r"\b(?:de|del|of|the|la|el|los|las)\s+$")
_LOWER_WORD = re.compile(r"(?<![\w'-])[a-záéíóúñü][\w'-]*")


@dataclass
class _Document:
    """What the whole text says about its words: which are common words (written in lower
    case somewhere), and which capitalised runs it marks as people."""

    lower_words: frozenset[str]
    lower_text: str
    people: frozenset[str]  # accent-folded last words of runs marked as people

    @classmethod
    def of(cls, text: str) -> _Document:
        text = normalised(text)
        people: set[str] = set()
        for m in _NAME_RUN.finditer(text):
            before = text[max(0, m.start() - 30) : m.start()]
            if _EVIDENCE_BEFORE.search(before) or (
                not _INSIDE.search(before) and _EVIDENCE_AFTER.match(text, m.end())
            ):
                people.add(fold_accents(m.group(0).split()[-1]))
        return cls(
            lower_words=frozenset(_LOWER_WORD.findall(text)),
            lower_text=" ".join(text.split()),
            people=frozenset(people),
        )

    def common(self, word: str) -> bool:
        """A capitalised word the text also writes in lower case: "Shares", "Another"."""
        return word.lower() in self.lower_words and word.lower() != word

    def person(self, words: Sequence[str]) -> bool:
        return fold_accents(words[-1]) in self.people


def _two_people(words: list[str], before: str, doc: _Document) -> list[str]:
    """Both names of "[Title] A B and Title C D" when each side reads as a person, else []."""
    cut = words.index("and", 1)
    left, right = words[:cut], words[cut + 1 :]
    titled = [i for i, w in enumerate(right) if w in _TITLE_WORDS or w.rstrip(".") in _INNER_TITLES]
    if titled:
        right = right[titled[-1] + 1 :]
    elif not before.startswith("President "):
        # "Public Health and Safe Communities": without a title, only those the text marks
        return [" ".join(side) for side in (left, right) if _kind_of(side, "", doc) == PERSON]
    if (
        right
        and _kind_of(left, before, doc, titled=True) == PERSON
        and _kind_of(right, "", doc, titled=True) == PERSON
    ):
        return [" ".join(left), " ".join(right)]
    return []


def _kind_of(words: list[str], before: str, doc: _Document, *, titled: bool = False) -> str | None:
    if words[-1] in _NOT_ENTITY_LAST or re.search(r"-(?:based|led|listed|laden)$", words[-1]):
        return None
    if any(w in _NOT_ENTITY_ANYWHERE for w in words):
        return None  # "Tropical Storm Elsa"
    if words[0] in _POLICY_FIRST:
        return POLICY  # "Operation Lone Star"
    if any(w in _BUILT_PLACE_WORDS for w in words[1:]) or words[0] in _PLACE_FIRST:
        return PLACE  # "Harbor Towers North", "Avenida Morelos"
    if words[-1] in _POLICY_WORDS:
        return POLICY
    if "Committee" in words and any(w in ("House", "Senate", "Congressional") for w in words):
        return GOVERNMENT  # "House Oversight Committee"
    if any(w in _GOV_WORDS for w in words):
        return GOVERNMENT
    if any(w in _ORG_WORDS for w in words):
        return ORGANISATION
    if words[-1] in _PLACE_WORDS:
        return PLACE
    if any(_CAMEL.search(w) for w in words):
        return ORGANISATION  # "Heights RedCoats", "PetroChina": no one's name is written so
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        if titled or doc.person(words):
            return PERSON
        if _PLACE_BEFORE.search(before):
            return PLACE
    return None


_LINES = re.compile(r"[ \t]*\n\s*")
_CAMEL = re.compile(r"^(?!Mc|Mac|O'|De|La|Le|Di|Du|Van|Von)[A-Z][a-z]{2,}[A-Z][a-z]")


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
    """Entities named in ``text``, each once, in order of first mention.

    Paragraphs are read one by one (a name never runs across a line break); in a line written
    in title case (a headline) only people the text names elsewhere are taken.
    """
    found: list[Entity] = []
    seen: set[str] = set()
    persons: dict[str, str] = {}  # surname -> full name, for later bare mentions
    doc = _Document.of(text)
    for line in _LINES.split(text):
        if not line.strip():
            continue
        for entity in _line_entities(line, persons, doc, heuristics=not _title_case(line)):
            key = _key(entity.name)
            if key not in seen:
                seen.add(key)
                found.append(entity)
    return found


def _strip_titles(words: list[str]) -> list[str]:
    """The person after the last title inside a run ("Springfield Mayor Ann Cole")."""
    inner = [i for i, w in enumerate(words) if w.rstrip(".") in _INNER_TITLES]
    return words[inner[-1] + 1 :] if inner else words


def _trim(words: list[str], at_start: bool, doc: _Document) -> list[str]:
    """A run without what is not part of a name: a dateline in capitals, a "Houston-born",
    a sentence's first word that is a common word ("Shares of ..."), a lone "the"."""
    while words and len(words[0]) > 3 and words[0].isupper() and words[0].isalpha():
        words = words[1:]  # "SPRINGFIELD, Ill.", a dateline; not "U.S."
    while words and len(words[-1]) > 3 and words[-1].isupper():
        words = words[:-1]
    if len(words) > 2 and words[0] == "The":
        words = words[1:]
    if (
        len(words) > 2
        and len(words[0]) == 2
        and words[0].isupper()
        and any(w in _ORG_WORDS for w in words[1:])
    ):
        words = words[1:]  # "UK Financial Times": where it is, not its name
    located = [i for i, w in enumerate(words[:3]) if re.search(r"^[A-Z][\w]*-[a-z]+$", w)]
    if located:
        words = words[located[-1] + 1 :]  # "Maryland-based CDI", "New Orleans-based Fifth ..."
    if (
        words
        and at_start
        and len(words) > 1
        and doc.common(words[0])
        and words[0] not in _NAME_ADJECTIVES
    ):
        words = words[1:]
        while words and words[0] in ("of", "the", "de", "del", "la", "y", "and", "for"):
            words = words[1:]
    while words and words[0] in _CONNECTORS:
        words = words[1:]
    while words and words[-1] in _CONNECTORS:
        words = words[:-1]  # "Sistema Metro de Lima" without its capitals
    return words


_BODIES = (GOVERNMENT, ORGANISATION, POLICY)
_CONNECTORS = frozenset(("the", "of", "and", "for", "de", "del", "la", "las", "los", "y", "&"))
# the posts a run may name without naming its holder: "Jefe de Gobierno", "Secretary of State"
_POSTS = frozenset(
    (
        "Jefe",
        "Jefa",
        "Secretario",
        "Secretaria",
        "Director",
        "Directora",
        "Secretary",
        "Minister",
        "Ministro",
        "Ministra",
        "Titular",
        "Encargado",
    )
)


def _split_list(words: list[str]) -> list[str]:
    """ "Northwind Group and Jimmy Fong": the first of two names joined by "and" when
    it ends as an organisation's or an agency's name does."""
    if "and" in words[1:-1]:
        cut = words.index("and", 1)
        if (
            cut >= 2
            and len(words) - cut > 2
            and (words[cut - 1] in _ORG_WORDS or words[cut - 1] in _GOV_WORDS)
        ):
            return words[:cut]
    return words


def _line_entities(
    text: str, persons: dict[str, str], doc: _Document, *, heuristics: bool
) -> list[Entity]:
    text = normalised(text)
    folded = fold_accents(text)
    spans: list[tuple[int, Entity]] = []
    titled_next = -1  # where a run ending in a title ("Florida Gov.") hands it to the next
    for m in _SEQUENCE.finditer(folded):
        start, end = m.start("name"), m.end("name")
        raw = text[start:end].split("...")[0]
        name = _POSSESSIVE.sub("", raw.rstrip("."))
        before = text[max(0, m.start() - 40) : m.start()]
        at_start = not before.strip() or bool(re.search(r"[.!?\"(:\u2014-]\s*$", before))
        title = m.group("title") or ("(title)" if m.start() == titled_next else None)
        if name.split()[-1] in _INNER_TITLES:
            titled_next = end + (2 if text[end : end + 2] == ". " else 1)
            continue
        words = _trim(name.split(), at_start and not title, doc)
        if not words:
            continue
        if title and _kind_of([*title.split(), *words], before, doc) in _BODIES:
            words, title = [*title.split(), *words], None  # "Justice Department": no title
        if not heuristics:
            surname = fold_accents(words[-1]) if len(words) == 1 else ""
            if surname in persons:
                spans.append((start, Entity(persons[surname], PERSON)))
            continue
        if (
            len(words) > 1
            and words[1] in ("de", "del", "of", "for")
            and (words[0] in _POSTS or words[0] in _INNER_TITLES)
        ):
            continue  # "Jefe de Gobierno", "Secretary of State": a post, not a name
        if (
            words[0].rstrip(".") in _INNER_TITLES
            and not title
            and _kind_of(words, "", doc) not in _BODIES
        ):
            words = words[1:]  # "Sens. Rick Scott": the title alone ended the run
        titled = False
        if words and "and" not in words and (len(words) > 2 or words[-1] in _INNER_TITLES):
            untitled = _strip_titles(words)
            if (
                untitled
                and untitled[0] not in _CONNECTORS
                and _kind_of(untitled, "", doc, titled=True) in (PERSON, None)
            ):
                titled = len(untitled) < len(words)  # "U.S. Justice Department" keeps its words
                words = untitled
                if titled and "of" in words[1:]:
                    words = words[: words.index("of")]  # "Judge David A. Ezra of Austin"
        if not words:
            continue
        if "and" in words[1:-1]:
            # "Alejandro Gertz Manero and Finance Secretary Arturo Herrera": two people
            people = _two_people(words, "President " if title else before, doc)
            if people:
                for person in people:
                    persons[fold_accents(person.split()[-1])] = person
                    spans.append((start, Entity(person, PERSON)))
                continue
            words = _split_list(words)
        name = " ".join(words)
        kind: str | None
        if (title or titled) and len(words) > 1 and _kind_of(words, "", doc) in (None, PERSON):
            kind = PERSON
        elif len(words) == 1:
            word = words[0]
            surname = fold_accents(word)
            if surname in persons:
                spans.append((start, Entity(persons[surname], PERSON)))
                continue
            if title and word not in _INNER_TITLES and word not in _GOV_WORDS:
                kind = PERSON  # "Mr. Scott", not "Mr. President"
            elif word in _NOT_NAMES or at_start or doc.common(word) or _DEMONYM.match(word):
                continue
            elif re.search(r"['\u2019]s\s+$", before) or re.match(r"[A-Z]\w*-[A-Z]", word):
                continue  # "Attorney General's Office", "Franco-German talks": part of a name
            elif re.match(r"\s+\d", text[end : end + 3]):
                continue  # "Section 10", "Pier 4": a part, not a name
            elif word in _GOV_WORDS:
                kind = GOVERNMENT  # "Congress"
            elif len(word) < 4 or word.isupper():
                continue  # "C", "HK", "AG", "FCB": initials, no name to list
            elif _IN_PLACE_BEFORE.search(before):
                kind = PLACE  # "filed in Austin, says": where, not who
            elif re.match(r",?\s+(?:said|says|told|added)\b", text[end : end + 12]):
                kind = PERSON
            else:
                continue
        else:
            full = words
            while words and (words[0] in _NOT_NAMES or words[0] in _CONNECTORS):
                words = words[1:]
            if words and (words[-1] in _NOT_NAMES or _DEMONYM.match(words[-1])):
                continue  # "South American": an adjective, not a name
            if not words:
                continue
            if len(words) > 1 and " ".join(words).lower() in doc.lower_text:
                continue  # "Grand Jury" where the text says "grand jury": no name
            kind = _kind_of(words, before, doc) if len(words) > 1 else None
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
        if kind == POLICY:
            number = re.match(r" (\d+)\b", text[end : end + 8])
            if number and name.endswith(text[start:end].split()[-1]):
                name += number.group(0)  # "Senate Bill 2"
        if kind == PERSON:
            persons[fold_accents(words[-1])] = name
        spans.append((start, Entity(name, kind)))
    return [entity for _, entity in sorted(spans, key=lambda s: s[0])]


# one country's usual forms, so "Fifth US Circuit" and "United States Fifth Circuit" are one
_COUNTRY_FORMS = {"u.s.": "us", "u.s": "us", "united states": "us", "usa": "us"}
# corporate suffixes that do not tell two names apart: "DAMAC Properties Inc"
_SUFFIXES = frozenset(("inc", "ltd", "limited", "co", "corp", "llc", "plc", "sa", "the"))


def _body_key(name: str) -> str:
    """An organisation's name for telling duplicates: case, "The", a corporate suffix and
    plurals set aside ("Tianji Holding Limited" and "Tianji Holdings" are one)."""
    key = f" {_key(name)} "
    for long, short in _COUNTRY_FORMS.items():
        key = key.replace(f" {long} ", f" {short} ")
    words = [w.strip(".,") for w in key.replace("&", " and ").split()]
    return " ".join(_singular(w) for w in words if w and w not in _SUFFIXES)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_LINKS = frozenset(("of", "the", "and", "for", "de", "del", "la", "las", "los", "y", "on"))


def _body_words(key: str) -> frozenset[str]:
    """The words of a body's key that tell it apart: "of", "the", "de" ... dropped."""
    return frozenset(w for w in key.split() if w not in _LINKS)


def _same_body(a: str, b: str, places: frozenset[str]) -> bool:
    """Two names of one organisation or agency: one's distinctive words all in the other's
    ("Fitch" and "Fitch Ratings", "National Standards Institute" and "French National
    Institute of Standards"), a place before the name not counting ("Ohio DPS", "DPS")."""
    wa, wb = _body_words(a) - places, _body_words(b) - places
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    return short <= long


def new_entities(article: Sequence[Entity], known: Sequence[Entity]) -> list[Entity]:
    """Entities of ``article`` that ``known`` does not name (a bare surname counts as known).

    A name is known in another form too: a person with or without a middle name or initial
    ("David Ezra", "David A. Ezra"), a second surname ("Florencia Serranía Soto"), a shorter
    or a longer form of an organisation ("Corps of Engineers", "Ohio Department of State
    Health Services"), and a surname the article itself gave in full before.
    """
    names = {_key(e.name) for e in known}
    surnames = {_key(e.name).split()[-1] for e in known if e.kind == PERSON}
    people = [e.name for e in known if e.kind == PERSON]
    bodies = [_body_key(e.name) for e in known if e.kind not in (PERSON, PLACE)]
    places = frozenset(_body_key(e.name) for e in (*known, *article) if e.kind == PLACE)
    known_places = [_body_key(e.name) for e in known if e.kind == PLACE]
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
        if (
            entity.kind == PERSON
            and len(key.split()) == 1
            and any(b.split()[0] == key for b in bodies)
        ):
            continue  # "Fitch" after "Fitch Ratings": the organisation, by its first word
        body = _body_key(entity.name)
        if entity.kind == PLACE and any(_part_of(body, b) for b in (*bodies, *known_places)):
            continue  # "Red Cedar" after "Red Cedar River"
        if entity.kind not in (PERSON, PLACE) and any(_same_body(body, b, places) for b in bodies):
            continue
        if entity.kind == PERSON:
            people.append(entity.name)
            surnames.add(key.split()[-1])
        elif entity.kind != PLACE:
            bodies.append(body)
        else:
            known_places.append(body)
        seen.add(key)
        fresh.append(entity)
    return fresh


def _part_of(short: str, long: str) -> bool:
    """ "corps of engineers" in "army corps of engineers", or the same name: whole words, two
    or more."""
    if short == long:
        return True
    if len(short.split()) < 2 or len(short) >= len(long):
        return False
    return f" {short} " in f" {long} "


def same_person(a: str, b: str) -> bool:
    """One person named twice: "Soto Arriaga" and "Gabriela Soto Arriaga" (the end of the name
    in two words or more), "David Ezra" and "David A. Ezra", "Steve" and "Steven McCraw" (the
    same surname, one first name the start of the other), "Florencia Serranía" and "Florencia
    Serranía Soto" (a second surname), "Jesús Esteva" and "Jesús Antonio Esteva Medina", "Hui"
    and "Hui Ka Yan" (a family name written first); one shared surname alone is not."""
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    short, long = sorted((ka, kb), key=len)
    if len(short.split()) >= 2 and long.endswith(" " + short):
        return True
    ws, wl = short.split(), long.split()
    if len(ws) == 1:
        return wl[-1] == ws[0] or (len(wl) >= 3 and wl[0] == ws[0])
    if len(wl) > len(ws) and wl[0] == ws[0] and ws[-1] in wl[1:]:
        return True  # a middle name, or a second surname after the first
    if len(ws) == 2 and len(wl) == 2 and (ws[0] == wl[-1] or wl[0] == ws[-1]):
        return True  # "Ruiz Pardo" and "Elena Ruiz": the surname, then the second
    wa, wb = ka.split(), kb.split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    first_a, first_b = sorted((wa[0], wb[0]), key=len)
    return len(first_a) >= 3 and first_b.startswith(first_a)
