"""`groupops run` as the delivery benchmark starts it: the same command, with the Telegram
adapter's own pacing lifted (the fake platform has no limits, and pacing is not what is
measured: what is lost or doubled is)."""

from __future__ import annotations

import sys

from groupops.core.adapter import RateLimits
from groupops.core.cli import main

from ..adapter import TelegramAdapter

if __name__ == "__main__":
    TelegramAdapter.rate_limits = RateLimits()
    main(["run", *sys.argv[1:]])
