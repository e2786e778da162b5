"""Claim-level novelty on real follow-ups of the development stories (issue 21)."""
