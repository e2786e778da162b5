"""Imported by the worker processes' fork server when a configured story is judged by its
story model (see ``monitor.pools``): it reads wordfreq's English table and loads the static
embeddings once, there, and every worker forked from it starts with both instead of loading
them itself (~0.2 s of CPU for the table, ~0.5 s for importing ``wordllama`` and loading its
embeddings, in each worker). A cycle whose stories all have a lexicon never preloads them:
its workers load them only if an article gets as far as the model's words.
"""

from __future__ import annotations

from monitor import wordloading

wordloading.WORDS.run()  # the same loads a polling cycle's fork server does on a thread
