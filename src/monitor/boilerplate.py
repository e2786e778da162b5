"""Page furniture rather than story text: bylines, captions, wire credits, newsletter pitches.

Pure rules over one sentence, shared by novelty (never stored as new) and the report.
"""

from __future__ import annotations

import functools
import re
from itertools import islice

from monitor.figures import normalised
from monitor.text import has_odd_case

__all__ = ["NO_COMMENT", "boilerplate_kind", "is_boilerplate"]

NO_COMMENT = "no comment"

_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d+(?:[.,]\d+)*")
MIN_WORDS = 5  # shorter fragments are headings, labels or buttons

_LEADING = re.compile(
    r"""^(?:by\s+[A-Z][\w.'-]+(?:\s+(?:and\s+)?[A-Z][\w.'-]+){0,4}\s*$
    |(?:photo|photograph|image|video|illustration|credit|caption)s?\b\s*(?:by|:|credit)
    |file\s*(?:photo\s*)?[-\u2013\u2014:]\s
    |(?:read|see|watch|listen)\s+(?:more|also|next|the\ full)\b
    |(?:related|recommended|more\ from|most\ read|trending|advertisement|sponsored)\b\s*:?
    |sign\ up\b|subscribe\b|get\ (?:our|the)\ (?:newsletter|latest)
    |topics\ in\ this\ article|skip\ to\b|share\ (?:this|on|via|the\ story)\b
    |(?:follow|like)\ us\b|click\ here\b|tap\ here\b|copyright\b|©|\(c\)\s*\d{4}
    |all\ rights\ reserved|this\ (?:article|story)\ (?:was|has\ been)\ (?:updated|originally)
    |(?:contact|reach)\ (?:the\ )?(?:author|reporter|us|[A-Z][a-z]+\ [A-Z][a-z]+)\ at
    |updated\s*:|published\s*:|posted\s*:|last\ updated\b|filed\ under\b|tags?\s*:
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_ANYWHERE = re.compile(
    r"""\b(?:getty\ images|afp\ via\ getty|ap\ photo|reuters/|/reuters|/\s?ap\b|via\ getty
    |newsletter|all\ rights\ reserved|copyright\ (?:\(c\)\ |\u00a9\ )?\d{4}|cookie
    |privacy\ policy|terms\ of\ (?:use|service)
    |share\ (?:on|via)\ (?:facebook|twitter|x|email)|e-?mail\ this\ article|pic\.twitt)""",
    re.VERBOSE,
)
# substrings without which _ANYWHERE cannot match (a cheap test first)
_HINTS = ("getty", "ap photo", "reuters", "/", "newsletter", "rights reserved", "copyright",
          "cookie", "privacy", "terms of", "share ", "mail this", "pic.twitt")  # fmt: skip

# "This article was distributed by The Associated Press", "Reporting by ...; Editing by ..."
_WIRE = re.compile(
    r"""^(?:this\ (?:article|story|report|piece)\ (?:was|is|has\ been)\ (?:distributed|provided
        |republished|originally\ published|first\ published|produced|reprinted|syndicated)\b
    |(?:additional\ )?reporting\ by\b|editing\ by\b|writing\ by\b|compiled\ by\b
    |(?:the\ )?associated\ press\ (?:writers?|reporters?|contributed)\b
    |(?:[A-Z][\w.'-]+\ ){0,4}(?:writers?|reporters?|correspondents?|staff)?\s*contributed
        \ (?:to\ this\ (?:report|story|article)|reporting)
    |copyright\ \d{4}|distributed\ by\b|this\ (?:content|material)\ may\ not\ be\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_WIRE_END = re.compile(
    r"\bcontributed (?:to this (?:report|story|article)|reporting)(?: from [\w ,.'-]+)?\.?$",
    re.IGNORECASE,
)

# "Get the latest ... delivered to your inbox", "Subscribe for ...", "Support our journalism"
_PITCH = re.compile(
    r"""\b(?:delivered\ (?:straight\ )?to\ your\ inbox|sign\ up\ (?:for|to|here|now)
    |subscribe\ (?:to|for|now|today)|support\ (?:our|independent)\ journalism
    |become\ a\ (?:member|subscriber)|download\ (?:our|the)\ app|free\ trial)\b""",
    re.IGNORECASE | re.VERBOSE,
)

# "X did not respond to a request for comment": a formality, never news on its own
_NO_COMMENT = re.compile(
    r"""^(?P<who>[^"\u201c\u201d;:,]{0,90}?)\b(?:did\ not|didn't|does\ not|doesn't|has\ not
    |hasn't|have\ not|haven't|had\ not|hadn't|could\ not|couldn't|would\ not|wouldn't
    |declined|refused|was\ not|were\ not|wasn't|weren't|not)\s+(?:immediately\s+|yet\s+|be\s+)?
    (?:to\s+)?(?:respond(?:ed)?|reply|replied|return(?:ed)?|comment(?:ed)?|answer(?:ed)?
    |reached|available)\b(?P<rest>[^"\u201c\u201d;,]{0,70})$""",
    re.IGNORECASE | re.VERBOSE,
)
# the same formality in other words: "had no immediate comment", "there was no immediate
# response to a request seeking comment", "has reached out to X for comment"
_NO_COMMENT_OTHER = re.compile(
    r"""^[^"\u201c\u201d;:]{0,90}?\b(?:(?:did\ not|didn't)\ have\ (?:any\ )?|had\ no\ |has\ no\ )
    (?:immediate\ )?comment\b[^"\u201c\u201d;]{0,60}$
    |^there\ (?:was|has\ been)\ no\ (?:immediate\ )?(?:response|reply|comment)\b
    [^"\u201c\u201d;]{0,100}$
    |\b(?:reached\ out\ to|contacted|asked)\ [^"\u201c\u201d;]{1,60}?\ for\ comment\b
    [^"\u201c\u201d;]{0,60}$""",
    re.IGNORECASE | re.VERBOSE,
)
# "The minister said they would not comment ... but ...": a claim that merely mentions comment
_NOT_ONLY_NO_COMMENT = re.compile(r"\b(?:said|says|told|but|and|because|while)\b", re.I)
_COMMENT_WORD = re.compile(r"\b(?:comment|inquir|questions)", re.I)

# Words without which a pattern cannot match, looked for in the lowered sentence first (a
# substring test costs far less than a case-blind scan; ``text.has_odd_case`` tells where it
# cannot stand in for the scan: there every pattern runs).
_PITCH_WORDS = ("to your inbox", "sign up", "subscribe", "journalism", "become a", "download",
                "free trial")  # fmt: skip
_COMMENT_WORDS = ("comment", "inquir", "questions")

# a caption credit: "(Photo by Jane Doe/AFP)", a trailing "(John Moore/Getty Images)"
_CREDIT_TAIL = re.compile(
    r"\((?:photo\s+by\s+)?[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s?/\s?[A-Z][\w ]{1,30}\)\s*\.?$"
)
_CREDIT_ONLY = re.compile(r"\(?[^()]*\)?\s*[A-Z][\w.]+ [A-Z][\w.]+\s?/\s?[A-Z]\w+\)?")


@functools.lru_cache(maxsize=16384)
def boilerplate_kind(sentence: str) -> str | None:
    """What kind of furniture ``sentence`` is ("wire credit", "caption", ...), None for news
    (once per text: a follow-up's sentences are read again when it is added to what the story
    knows)."""
    text = normalised(sentence)
    if not text:
        return "empty"
    lower = text.lower()
    odd = has_odd_case(text)
    if _WIRE.match(text) or ((odd or "contributed" in lower) and _WIRE_END.search(text)):
        return "wire credit"
    if "/" in text and (_CREDIT_TAIL.search(text) or _CREDIT_ONLY.fullmatch(text)):
        return "caption"
    if (odd or any(word in lower for word in _PITCH_WORDS)) and _PITCH.search(text):
        return "newsletter pitch"
    if _no_comment(text, lower, odd):
        return NO_COMMENT
    if sum(1 for _ in islice(_WORD.finditer(lower), MIN_WORDS)) < MIN_WORDS:
        return "fragment"
    if _LEADING.match(text):
        return "page furniture"
    if any(hint in lower for hint in _HINTS) and _ANYWHERE.search(lower):
        return "caption" if ("getty" in lower or "photo" in lower) else "page furniture"
    return None


def _no_comment(text: str, lower: str, odd: bool) -> bool:
    """``text`` only says someone gave no comment ("X did not respond to a request for comment")."""
    if (odd or any(word in lower for word in _COMMENT_WORDS)) and _COMMENT_WORD.search(text):
        no_comment = _NO_COMMENT.match(text)
        if (
            no_comment
            and not _NOT_ONLY_NO_COMMENT.search(no_comment.group("who"))
            and not _NOT_ONLY_NO_COMMENT.search(no_comment.group("rest"))
        ):
            return True
    # each of _NO_COMMENT_OTHER's forms holds "comment" or opens with "there"
    if odd or "comment" in lower or lower.startswith("there "):
        return _NO_COMMENT_OTHER.search(text) is not None
    return False


def is_boilerplate(sentence: str) -> bool:
    """Page furniture rather than story text: bylines, captions, prompts, very short fragments."""
    return boilerplate_kind(sentence) is not None
