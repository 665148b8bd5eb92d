"""Update ids on both drivers against the fake Bot API: Telegram picks the next update_id at
random after a week without updates, so an id below those seen is a new update, not a
redelivery (the processed record is a set of keys kept for `processed_retention_days`, not a
highest id)."""

from __future__ import annotations

import pytest
from loguru import logger
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness, open_webhook

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


def restarted_bot_api(h) -> None:
    """A Bot API server started afresh: its queue empty, its ids from 1 again."""
    h.world.next_update_id = 1
    h.world.confirmed = 0


async def test_ids_that_start_again_at_1_are_new_updates(sqlite_url, driver):
    """The Bot API server and the bot restarted, ids from 1 again: a newcomer's message and an
    admin's /give under ids processed before were skipped without a word."""
    h = await TelegramHarness.open(driver, sqlite_url)
    try:
        h.world.next_update_id = 1
        h.member(42, "Ann")
        h.world.say(CHAT_ID, 42, "/points")
        h.world.say(CHAT_ID, OWNER_ID, "/give 42 5 welcome")
        await h.settle()
        assert h.texts()[-1] == "Ann received 5 points (welcome). Balance 5."
        await h.switch(driver)
        restarted_bot_api(h)
        h.member(43, "Bea")
        h.world.say(CHAT_ID, 43, "/points")  # update 1 again
        h.world.say(CHAT_ID, OWNER_ID, "/give 43 7 contest winner")  # update 2 again
        await h.settle()
        assert h.texts()[-2].startswith("Bea"), h.texts()
        assert h.texts()[-1] == "Bea received 7 points (contest winner). Balance 7."
        assert await h.balance(43) == 7
    finally:
        await h.close()


async def test_an_update_sent_again_is_answered_once(sqlite_url, driver):
    """Its confirmation lost (the bot stopped before the next getUpdates), Telegram sends the
    same update again: it counts once."""
    h = await TelegramHarness.open(driver, sqlite_url)
    try:
        h.member(42, "Ann")
        h.world.say(CHAT_ID, 42, "hello there")
        h.world.say(CHAT_ID, OWNER_ID, "/give 42 5 helping out")
        given = h.world.updates[-1]
        await h.settle()
        await h.switch(driver)
        h.world.updates.append(given)  # the same update, the same id, once more
        h.world.confirmed = 0
        h.world.arrived.set()
        h.world.say(CHAT_ID, OWNER_ID, "/points 42")
        await h.settle()
        gave = [t for t in h.texts() if t.startswith("Ann received")]
        assert gave == ["Ann received 5 points (helping out). Balance 5."]
        assert await h.balance(42) == 5
    finally:
        await h.close()


async def test_ids_going_back_are_said_once_and_the_updates_taken(sqlite_url, driver):
    """On a webhook the bot keeps running while the Bot API server starts afresh: updates
    under ids it took minutes ago are new, answered, and the reset is one WARNING line."""
    h = await open_webhook(driver, sqlite_url, SECRET)
    seen: list = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    try:
        h.world.next_update_id = 1
        h.member(42, "Ann")
        h.world.say(CHAT_ID, 42, "/points")
        h.world.say(CHAT_ID, OWNER_ID, "/give 42 5 welcome")
        for update in list(h.world.updates):
            assert await h.fake.post_webhook(update) == 200
        await h.engine.drain(timeout=10)
        assert await h.balance(42) == 5
        restarted_bot_api(h)
        h.world.updates.clear()
        h.world.say(CHAT_ID, OWNER_ID, "/give 42 7 contest winner")  # update 1 again
        h.world.say(CHAT_ID, OWNER_ID, "/give 42 1 quiz")  # update 2 again
        for update in list(h.world.updates):
            assert await h.fake.post_webhook(update) == 200
            assert await h.fake.post_webhook(update) == 200  # and a retry of it: once
        await h.engine.drain(timeout=10)
        assert h.texts()[-2:] == [
            "Ann received 7 points (contest winner). Balance 12.",
            "Ann received 1 point (quiz). Balance 13.",
        ]
        assert await h.balance(42) == 13
    finally:
        logger.remove(sink)
        await h.close()
    went_back = [str(m) for m in seen if "update ids went back" in str(m)]
    assert went_back == [
        "telegram: update ids went back from 2 to 1 (the Bot API server started afresh, or "
        "Telegram chose new ids after a week without updates); updates under ids seen before "
        "are told apart by their content and processed\n"
    ]
