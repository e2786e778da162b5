"""Imported by the worker processes' fork server when a configured story is judged by its
story model (see ``monitor.pools``): it reads wordfreq's English table once, there, and every
worker forked from it starts with the table instead of reading it (~0.2 s of CPU each: the
import of wordfreq and the table). A cycle whose stories all have a lexicon never preloads it:
its workers read it only if an article gets as far as the model's words.
"""

from __future__ import annotations

from monitor import wordfrequency

wordfrequency.load("en")
