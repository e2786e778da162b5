"""A word of one language as the other writes it: Spanish and English, by cognate morphology.

Pure; language data, no story's words. A story model weighs its baseline's words in the
baseline's language, so a follow-up written in the other language shares almost none of its
terms: "migrantes", "migración", "Bogotá" are not "migrants", "migration", "Bogota". Much of
the vocabulary that tells a news event from another is shared Latin and Greek stock, written
with regular suffix correspondences (-ción/-tion, -dad/-ty, -ismo/-ism, -ista/-ist,
-ante/-ant, -encia/-ence, -ico/-ic, -ario/-ary, -ulo/-le...), Spanish "nm" where English
assimilates it to "mm" (inmune/immune, conmoción/commotion), and accents; and names (people,
places, organisations) travel unchanged but for accents.

:func:`counterpart` folds a word's accents, rewrites it by those correspondences, and keeps a
rewriting only when the other language knows the result as a word (``wordfreq``'s table of it,
shipped in its wheel): "migrantes" becomes "migrants", "programa" "program", "inmigración"
"immigration", "Bogotá" "bogota". Common words with no cognate ("frontera", "edificio") are
looked up first in a glossary shipped as language data (``languagedata/glossary.es-en.tsv``:
wordfreq's most frequent Spanish words the rules cannot bring across, translated by hand;
"frontera" is "border"); a word in neither stays itself and matches nothing. Among the
candidates the other language's most frequent word wins, so a false start ("cas" for "casa")
loses to the word itself. Checked against the registry: an offline
neural translator (argostranslate) downloads its language packages at run time and translates
in hundreds of milliseconds an article, ten times extraction's cost; no package ships a
Spanish-English cognate table, nor a bilingual word list as data (word2word's 32 KB wheel
downloads its lexicons at run time, as wn and the Open Multilingual Wordnet do).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources

from monitor.text import strip_accents, tokens
from monitor.wordfrequency import zipf

# (Spanish ending, English ending), accents folded; the longest ending that fits is tried
# first, and every one that fits gives a candidate.
_SPANISH_TO_ENGLISH: tuple[tuple[str, str], ...] = (
    ("cionales", "tionals"),
    ("cional", "tional"),
    ("ciones", "tions"),
    ("cion", "tion"),
    ("siones", "sions"),
    ("idades", "ities"),
    ("idad", "ity"),
    ("dades", "ties"),
    ("dad", "ty"),
    ("ismos", "isms"),
    ("ismo", "ism"),
    ("istas", "ists"),
    ("ista", "ist"),
    ("antes", "ants"),
    ("ante", "ant"),
    ("entes", "ents"),
    ("ente", "ent"),
    ("ancias", "ances"),
    ("ancia", "ance"),
    ("encias", "ences"),
    ("encia", "ence"),
    ("cias", "cies"),
    ("cia", "cy"),
    ("gias", "gies"),
    ("gia", "gy"),
    ("fia", "phy"),
    ("ias", "ies"),
    ("ia", "y"),
    ("ados", "ated"),
    ("adas", "ated"),
    ("ado", "ated"),
    ("ada", "ated"),
    ("ados", "ed"),
    ("ado", "ed"),
    ("idos", "ed"),
    ("ido", "ed"),
    ("osos", "ous"),
    ("osas", "ous"),
    ("oso", "ous"),
    ("osa", "ous"),
    ("icos", "ics"),
    ("icas", "ics"),
    ("ico", "ic"),
    ("ica", "ic"),
    ("ico", "ical"),
    ("ica", "ical"),
    ("ivos", "ives"),
    ("ivas", "ives"),
    ("ivo", "ive"),
    ("iva", "ive"),
    ("arios", "aries"),
    ("arias", "aries"),
    ("ario", "ary"),
    ("aria", "ary"),
    ("arios", "arian"),
    ("arias", "arian"),
    ("ario", "arian"),
    ("aria", "arian"),
    ("ulos", "les"),
    ("ulo", "le"),
    ("adores", "ators"),
    ("ador", "ator"),
    ("ales", "al"),
    ("ores", "ors"),
    ("es", "s"),
    ("os", "s"),
    ("as", "s"),
    ("o", ""),
    ("a", ""),
    ("e", ""),
    ("", ""),  # the word itself, respelled
)
# (Spanish, English) spellings inside a word: English assimilates the nasal Spanish keeps.
_SPANISH_SPELLINGS: tuple[tuple[str, str], ...] = (("nm", "mm"),)
_PAIRS: Mapping[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("es", "en"): _SPANISH_TO_ENGLISH,
}
_SPELLING_PAIRS: Mapping[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("es", "en"): _SPANISH_SPELLINGS,
}
_KNOWN = 2.0  # Zipf frequency from which a rewritten form counts as a word of the language
_SHORTEST = 4  # a rewriting must keep this many letters ("cas" from "casa" is no word)
_CACHED = 1 << 15  # words whose counterpart is kept: the vocabulary of many articles


def supported(source: str, target: str) -> bool:
    """Whether words of ``source`` can be brought into ``target``."""
    return (source, target) in _PAIRS


@functools.lru_cache(maxsize=_CACHED)
def counterpart(word: str, source: str, target: str) -> str:
    """``word`` (lower-cased, of ``source``) as ``target`` writes it: its usual translation
    when the pair's glossary has the word (common words with no cognate: "frontera" is
    "border"), else its most frequent cognate there, else the word with its accents folded
    (a name, or a word of its own)."""
    translation = _glossary(source, target).get(strip_accents(word))
    if translation is not None:
        return translation
    return cognate(word, source, target)


def word_for_word(text: str, source: str, target: str) -> str:
    """``text`` (of ``source``) as ``target`` writes it, word for word (:func:`counterpart`),
    lower-cased, without the words left as ``source`` writes them: a word neither rewritten
    nor at least as common in ``target`` ("el", "ante") is noise to a reader of ``target``
    (embeddings of ``target``'s words read it as a rare or unknown word), while one rewritten
    ("frontera" as "border", "Ródenas" as "rodenas") or common in both ("visa") keeps its sense."""
    kept = []
    for word in tokens(text):
        brought = counterpart(word, source, target)
        if brought != word or zipf(brought, target) >= zipf(word, source):
            kept.append(brought)
    return " ".join(kept)


def cognate(word: str, source: str, target: str) -> str:
    """``word`` (lower-cased, of ``source``) rewritten by the cognate rules alone: its most
    frequent cognate in ``target``, else the word with its accents folded."""
    folded = strip_accents(word)
    rules = _PAIRS.get((source, target))
    if rules is None or not folded.isalpha():
        return folded
    best, best_zipf = folded, zipf(folded, target)
    for stem in _respelled(folded, _SPELLING_PAIRS.get((source, target), ())):
        for ending, replacement in rules:
            if not stem.endswith(ending):
                continue
            candidate = stem[: len(stem) - len(ending)] + replacement
            if len(candidate) < _SHORTEST:
                continue
            frequency = zipf(candidate, target)
            if frequency >= _KNOWN and frequency > best_zipf:
                best, best_zipf = candidate, frequency
    return best


def _respelled(word: str, spellings: tuple[tuple[str, str], ...]) -> list[str]:
    stems = [word]
    for spelling, replacement in spellings:
        if spelling in word:
            stems.append(word.replace(spelling, replacement))
    return stems


@functools.cache
def _glossary(source: str, target: str) -> Mapping[str, str]:
    """The pair's glossary (``languagedata/glossary.<source>-<target>.tsv``, shipped in the
    package): accent-folded word to its first translation; empty for a pair without one."""
    path = resources.files("monitor").joinpath("languagedata", f"glossary.{source}-{target}.tsv")
    if not path.is_file():
        return {}
    table: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, translations = line.partition("\t")
        first = translations.split(",")[0].strip()
        if first:
            table[strip_accents(word.strip())] = first
    return table


@functools.cache
def countries() -> Mapping[str, frozenset[str]]:
    """Each country's names (as English and Spanish write them, accents folded, lower case) and
    the languages its own press writes in (``languagedata/countries.tsv``, shipped in the
    package): language data, no story's."""
    path = resources.files("monitor").joinpath("languagedata", "countries.tsv")
    languages: dict[str, set[str]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, _, names = line.partition("\t")
        for name in names.split(","):
            languages.setdefault(name.strip(), set()).add(language.strip())
    return {name: frozenset(spoken) for name, spoken in languages.items()}
