"""What the worker fork server loads once, before it forks any worker.

Scoring a page for a story reads the story model's word frequencies (wordfreq's English
table) and, near a story's threshold, the static embeddings (``dense``). Each worker process
loaded both itself, about 0.6 s of CPU per worker per cycle, which a cycle with many stories
paid in full. The fork server imports this module (``pools.WORKER_PRELOAD``) while the run
polls its feeds, loads them once, and every worker is forked with them in memory.
"""

from __future__ import annotations

import logging

from monitor import dense, storymodel

logger = logging.getLogger(__name__)


def warm() -> None:
    """Load the word frequencies and the embeddings into this process, if they load at all:
    a worker that finds them missing loads them itself, and reports any failure there."""
    try:
        storymodel.zipf("the", "en")
        dense.model()
    except Exception as err:  # warming is an optimisation, never a failure
        logger.warning("worker warm-up skipped: %s", err)


warm()
