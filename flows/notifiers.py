"""Prefect notification blocks as alert channels: ``prefect-block://<block-type>/<block-name>``.

The library sends through apprise; this plug-in lets an operator route alerts through a
block saved in Prefect (Slack webhook, Microsoft Teams, email, custom webhook, ...).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlsplit

from monitor.alerts import Notifier, NotifierFactory
from monitor.errors import AlertError

log = logging.getLogger(__name__)


class PrefectBlockNotifier:
    def __init__(self, url: str, timeout_s: float) -> None:
        parts = urlsplit(url)
        self.block_type = parts.netloc
        self.block_name = parts.path.strip("/")
        self.label = f"prefect-block://{self.block_type}/{self.block_name}"
        self.timeout_s = timeout_s
        if not self.block_type or not self.block_name:
            raise AlertError(url, "use prefect-block://<block-type>/<block-name>")

    def send(self, title: str, body: str) -> None:
        from prefect.blocks.core import Block

        try:
            block: Any = Block.load(f"{self.block_type}/{self.block_name}")
            block.notify(body=body, subject=title)
        except Exception as exc:  # any block failure is one failed delivery
            raise AlertError(self.label, f"{type(exc).__name__}: {exc}") from exc


def _make(url: str, timeout_s: float) -> Notifier:
    return PrefectBlockNotifier(url, timeout_s)


def prefect_block_factories() -> dict[str, NotifierFactory]:
    return {"prefect-block": _make}
