"""Direct quotes in news text and who said them.

Rules over normalised text: "...," X said; said X; X said: "..."; according to X; a
pronoun or an unattributed quote takes the speaker named just before.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from monitor.entities import PERSON, extract_entities
from monitor.text import split_paragraphs, split_sentences

logger = logging.getLogger(__name__)

__all__ = ["Quote", "extract_quotes"]


@dataclass(frozen=True)
class Quote:
    """A direct quote: ``speaker`` is None when no one is named for it."""

    speaker: str | None
    text: str
    sentence: str


_QUOTE = re.compile(r'"(?P<q>[^"]+)(?:"|$)')
_VERBS = (
    r"(?:said|says|say|added|adds|told\s+(?:[A-Z][\w.]*\s*)+|told\s+\w+|wrote|writes|explained"
    r"|noted|stated|tweeted|argued|warned|insisted|acknowledged|continued|asked|declared"
    r"|posted|replied|recalled)"
)
_CAP = r"[A-Z\u00c0-\u00de][\w.'\u00c0-\u024f-]*"
_NAME = _CAP + r"(?:\s+(?:de|del|la|van|von)?\s*" + _CAP + r")*"
_WHO = (
    r"(?P<who>(?:the\s+|a\s+|an\s+|two\s+|several\s+)?(?:[A-Z][\w.-]*\s+|[a-z][\w-]*\s+){0,3}"
    r"(?:officials?|spokesperson|spokesman|spokeswoman|statement|senior\s+official"
    r"|aides?|sources?|researcher|expert|advocates?|lawyer|president|minister)\b"
    r"|(?:the\s+|a\s+|an\s+)?(?:" + _NAME + r"|he|she|they|we|I|it)"
    r")"
)  # fmt: skip
# after the quote: ', Lopez said' / ', said Lopez' / ', according to the agency'
_AFTER_SPEAKER_VERB = re.compile(r"^\s*[,.!?]?\s*" + _WHO + r"\s+" + _VERBS + r"\b")
_AFTER_VERB_SPEAKER = re.compile(r"^\s*[,.!?]?\s*" + _VERBS + r"\s+" + _WHO)
_ACCORDING = re.compile(r"\baccording to\s+" + _WHO)
# before the quote: 'Lopez said: "..."' / 'Lopez told reporters that "'
_BEFORE = re.compile(_WHO + r"(?:,[^,]{1,80},)?\s+" + _VERBS + r"(?:\s+that)?\s*[:,]?\s*$")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_MIN_WORDS = 3


def _clean(who: str) -> str:
    who = re.sub(r"^(?:the|a|an)\s+", "", who.strip(), flags=re.IGNORECASE)
    return who.split(",")[0].strip()


def _speaker_name(who: str, context: str) -> str:
    """A named person in ``who`` folded to its full name; else ``who`` itself."""
    for entity in extract_entities(who):
        if entity.kind == PERSON:
            return entity.name
    # a bare surname of someone named earlier: "Ramón" -> "Cris Ramón"
    if re.fullmatch(_NAME, who) and " " not in who:
        for entity in extract_entities(context):
            if entity.kind == PERSON and entity.name.split()[-1] == who:
                return entity.name
        # the text need not have said what the earlier name was: the quote says it is a person
        runs = re.findall(
            r"(?<![\w'])((?:" + _CAP + r"\s+){1,3})" + re.escape(who) + r"\b", context
        )
        for run in reversed(runs):
            for entity in extract_entities(f"{run}{who} said."):
                if entity.kind == PERSON and entity.name.split()[-1] == who:
                    return entity.name
    return who


def _last_person(text: str) -> str | None:
    people = [e.name for e in extract_entities(text) if e.kind == PERSON]
    return people[-1] if people else None


def _attribution(sentence: str, start: int, end: int) -> str | None:
    after = sentence[end:]
    before = sentence[:start]
    for pattern in (_AFTER_VERB_SPEAKER, _AFTER_SPEAKER_VERB):
        m = pattern.match(after)
        if m:
            return _clean(m.group("who"))
    m = _BEFORE.search(before)
    if m:
        return _clean(m.group("who"))
    m = _ACCORDING.search(after) or _ACCORDING.search(before)
    if m:
        return _clean(m.group("who"))
    return None


def extract_quotes(text: str) -> list[Quote]:
    """Direct quotes in ``text``, in order, each with its speaker when one can be found."""
    quotes: list[Quote] = []
    previous_speaker: str | None = None
    seen_text = ""
    for paragraph in split_paragraphs(text):
        sentences = split_sentences(paragraph)
        # locate sentences in the paragraph to map a quote to its sentence
        spans: list[tuple[int, int, str]] = []
        cursor = 0
        for sentence in sentences:
            at = paragraph.find(sentence, cursor)
            at = cursor if at < 0 else at
            spans.append((at, at + len(sentence), sentence))
            cursor = at + len(sentence)
        for m in _QUOTE.finditer(paragraph):
            body = m.group("q").strip().rstrip(",").strip()
            if len(body.split()) < _MIN_WORDS:
                continue
            s_start, _, sentence = next(
                ((a, b, s) for a, b, s in spans if a <= m.start() < b),
                (0, len(paragraph), paragraph),
            )
            # attribution may sit after the quote even when the quote spans sentences
            tail_end = next((b for a, b, _ in spans if a <= m.end() <= b), len(paragraph))
            window = paragraph[s_start:tail_end]
            who = _attribution(window, m.start() - s_start, m.end() - s_start)
            context = seen_text + " " + paragraph[: m.start()]
            speaker: str | None
            if who is None:
                speaker = previous_speaker or _last_person(paragraph[: m.start()] or seen_text)
            elif who.lower() in _PRONOUNS:
                speaker = previous_speaker or _last_person(context)
                earlier = _last_person(paragraph[: m.start()] or seen_text[-400:])
                if earlier is not None:
                    speaker = earlier
            else:
                speaker = _speaker_name(who, context)
            quotes.append(Quote(speaker=speaker, text=body, sentence=sentence))
            previous_speaker = speaker
        seen_text += " " + paragraph
    return quotes
