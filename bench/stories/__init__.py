"""Development sets of real news text for stories other than the mission's (issue 20).

Labels, URLs, dates, titles and queries live here; the texts live in a local cache
(see :mod:`bench.stories.dataset` and README.md).
"""
