"""Prefect flows for ``monitor``: thin wiring of the library's steps into tasks and artifacts."""
