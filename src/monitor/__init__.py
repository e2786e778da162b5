"""monitor: follow one news story; find its follow-ups, what they add, and alert once.

The library never imports Prefect; the flows in ``flows/`` wire its steps into Prefect.
"""

__version__ = "0.1.0"
