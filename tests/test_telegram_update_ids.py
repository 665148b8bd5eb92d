"""Update ids on both drivers against the fake Bot API: Telegram picks the next update_id at
random after a week without updates, so an id below those seen is a new update, not a
redelivery (the processed record is a set of keys kept for `processed_retention_days`, not a
highest id)."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, open_webhook

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
SECRET = "s3cret_token-1"


async def test_a_lower_update_id_after_a_quiet_week_is_taken(sqlite_url, driver):
    h = await open_webhook(driver, sqlite_url, SECRET)
    try:
        h.member(42, "Ann")
        for n in range(3):
            h.world.say(CHAT_ID, 42, f"/points {n}")
        for update in list(h.world.updates):
            assert await h.fake.post_webhook(update) == 200
        await h.engine.drain(timeout=10)
        answered = len(h.texts())
        assert answered == 3
        h.clock.advance(days=8)
        h.world.next_update_id = 7  # chosen at random: below the 1000s seen before
        h.world.say(CHAT_ID, 42, "/points")
        assert await h.fake.post_webhook(h.world.updates[-1]) == 200
        await h.engine.drain(timeout=10)
        assert len(h.texts()) == answered + 1
    finally:
        await h.close()
