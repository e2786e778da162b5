"""Word lists shared by the modules that weigh words: function words of English and Spanish."""

from __future__ import annotations

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
