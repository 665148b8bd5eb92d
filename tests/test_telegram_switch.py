"""An operator switches driver (aiogram <-> PTB): same ids, same stored state."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness


@pytest.mark.parametrize(("first", "second"), [("aiogram", "ptb"), ("ptb", "aiogram")])
async def test_switching_driver_keeps_members_points_and_streaks(sqlite_url, first, second):
    h = await TelegramHarness.open(first, sqlite_url)
    try:
        ann = h.member(42, "Ann")
        h.world.say(CHAT_ID, ann, "签到")
        await h.settle()
        await h.switch(second)
        h.clock.advance(days=1)
        h.world.say(CHAT_ID, ann, "签到")
        await h.settle()
    finally:
        await h.close()
    first_reply, second_reply = h.texts()
    assert first_reply == "Ann checked in: +1 point. 1 day in a row, balance 1."
    assert second_reply == "Ann checked in: +1 point. 2 days in a row, balance 2."
