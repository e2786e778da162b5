"""Imported by the worker processes' fork server instead of ``monitor.wordpreload`` when a
polling cycle starts it (see ``monitor.pools.start_worker_server``): the same word table and
embeddings, loaded on a thread of the server (``monitor.wordloading``) while it forks the feed
parsers at once; the extraction workers, forked seconds later, find them loaded.
"""

from monitor import wordloading

wordloading.WORDS.start()
