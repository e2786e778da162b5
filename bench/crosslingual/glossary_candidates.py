"""The candidate words of ``monitor/lexicons/glossary.es-en.tsv``, regenerated.

``python -m bench.crosslingual.glossary_candidates [--top 2000]``: the most frequent Spanish
words in ``wordfreq`` (its ``top_n_list``, by Zipf), keeping those that are alphabetic, four
letters or more, not function words (``monitor.wordlists.STOPWORDS`` and the closed classes
below), that the cognate rules leave unchanged (``crosslingual.counterpart`` of the word
without the glossary is the word with its accents folded) and whose folded spelling is no
common English word (Zipf < 3 in English: "hospital", "final" already match themselves). One
word a line, most frequent first; the translations in the glossary are hand-written. Chosen
from general frequency only: no story's text is read.
"""

from __future__ import annotations

import argparse

from monitor import crosslingual
from monitor.text import strip_accents
from monitor.wordfrequency import zipf
from monitor.wordlists import STOPWORDS

# Spanish closed classes the shared stopword list leaves out: pronouns, determiners,
# prepositions, conjunctions, adverbs of degree/place/time, and the forms of ser/estar/haber/ir.
FUNCTION_WORDS = frozenset(
    """ella ellos ellas nosotros nosotras ustedes usted vosotros mismo misma mismos mismas
    todo toda todos todas otro otra otros otras algo alguien alguno alguna algunos algunas
    ninguno ninguna nada nadie cada cual cuales quien quienes cuyo cuya donde cuando cuanto
    cuanta cuantos cuantas aquel aquella aquellos aquellas esto eso esos esas aqui alli ahi
    aunque porque pues mientras entonces luego durante mediante contra hacia segun bajo ante
    cerca lejos antes despues ahora siempre nunca tampoco quizas bien solo sino tanto tanta
    tantos tantas mucho mucha muchos muchas poco poca pocos pocas demasiado menos casi todavia
    ser estar haber era eran sido siendo esta estan estaba estaban estado estar estoy estamos
    somos eres soy sera seran seria sean habia habian habra hemos hubo haya hace hacia tiene
    tienen tener tenia tengo puede pueden poder iba fuera mientras asi dentro fuera encima
    nuestro nuestra nuestros nuestras vuestro suyo suya suyos suyas mios mias tuyo tuya""".split()  # noqa: SIM905
)
_ENGLISH_WORD = 3.0  # Zipf from which the folded Spanish spelling already is an English word


def candidates(top: int) -> list[str]:
    """The glossary's candidate Spanish words among wordfreq's ``top`` most frequent."""
    from wordfreq import top_n_list

    kept: list[str] = []
    for word in top_n_list("es", top):
        folded = strip_accents(word)
        if not word.isalpha() or len(folded) < 4:
            continue
        if word in STOPWORDS or folded in STOPWORDS or folded in FUNCTION_WORDS:
            continue
        if crosslingual.cognate(word, "es", "en") != folded:
            continue  # the cognate rules bring it across
        if zipf(folded, "en") >= _ENGLISH_WORD:
            continue  # written alike in English
        kept.append(word)
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--top", type=int, default=2000, help="wordfreq's most frequent N")
    args = parser.parse_args(argv)
    for word in candidates(args.top):
        print(word)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
