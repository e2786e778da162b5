"""Adaptation measured: each development story's stream in date order, with and without it."""
