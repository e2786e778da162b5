"""An offline news web for ``monitor demo``: fictional outlets, feeds that change per tick.

Also a webhook receiver, so a newcomer sees follow-ups, what is new and an alert, with no network.
"""

from __future__ import annotations

import logging

from monitor.demo.server import DemoWeb
from monitor.demo.site import DemoExpectations

logger = logging.getLogger(__name__)

__all__ = ["DemoExpectations", "DemoWeb"]
