"""Figures harness: are the changes monitor lists like for like, on real news text."""
