"""Novelty harness: team-written follow-ups and paraphrases with sentence labels.

Measures how well ``monitor.novelty`` separates new and updated sentences from restatements.
"""
