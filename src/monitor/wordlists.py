"""Word lists and patterns shared by the modules that read words: function words, month and
weekday names, and how the press writes "United States".
"""

from __future__ import annotations

import re

# Function words (and reporting verbs) of the two languages the press is read in: never what
# tells one story from another.
STOPWORDS = frozenset(
    """a about after again against all also an and any are as at be been before being both but
    by can could did do does doing down during each few for from further had has have having
    he her here hers him his how i if in into is it its itself just me more most my no nor
    not now of off on once only or other our out over own same she should so some such than
    that the their them then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your said says
    say according since last year years month months week weeks new told one two three first
    people officials official percent el la los las de del en y que un una por para con se
    su sus al lo como mas más pero sin sobre este esta son fue fueron ha han estos estas
    le les ya entre tras desde hasta muy tambien también unos unas""".split()  # noqa: SIM905
)

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
)  # fmt: skip
# Each English month's number ("june": 6).
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, start=1)}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Spanish month names and their numbers, for the Spanish-language press ("7 de junio de 2021").
SPANISH_MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip

# A number written as a year of the news (1900-2099): "2021", "the 1998 floods".
YEAR = re.compile(r"(?:19|20)\d\d")

# "United States" abbreviated, two ways on purpose (one pattern for both would change what
# each module decides). Relevance reads it as the country's name in either language:
# "U.S.", "U.S.A.", "US" (also in "US-Canada") and Spanish "EE.UU.".
US_NAME = re.compile(r"\bU\.S\.(?:A\.)?|\bUS\b|\bEE\.?\s?UU\.?")
# Novelty makes it one content word: "US", "U.S", "USA", "U.S.A", but not in a compound
# ("US-Canada" stays a word of its own).
US_WORD = re.compile(r"\bU\.?S\.?A?\b(?!-)|\bU\.S\.(?=\s|$)")
