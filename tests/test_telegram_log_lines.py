"""What the Telegram drivers log per update: aiogram's "Update id=… is handled" line only at
an operator's debugging level (PTB logs none)."""

from __future__ import annotations

import io
import sys

import pytest
from loguru import logger
from support.telegram_harness import CHAT_ID

from groupops.core.logging import setup_logging
from groupops.core.settings.schema import LoggingSettings


@pytest.mark.parametrize(("level", "shown"), [("INFO", False), ("DEBUG", True)])
async def test_aiogram_logs_a_line_per_update_only_when_debugging(open_harness, level, shown):
    stream = io.StringIO()
    setup_logging(LoggingSettings(level=level), stream)
    try:
        h = await open_harness("aiogram")
        h.member(42, "Ann")
        h.world.say(CHAT_ID, 42, "hello")
        await h.settle()
    finally:
        logger.remove()
        logger.add(sys.stderr)
    assert ("is handled" in stream.getvalue()) is shown
