"""Extraction benchmark: monitor's extraction against trafilatura on pages with known text."""
