"""A member named in a sentence on Telegram (points given, a mute lifted) gets a text
mention, so the name links to them and they are told; a leaderboard's names stay plain (a
/top must not ping ten members)."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
ANN = 42


def mentioned(message: dict) -> list[tuple[str, int]]:
    text = message["text"]
    return [
        (text[e["offset"] : e["offset"] + e["length"]], e["user"]["id"])
        for e in message.get("entities", ())
        if e["type"] == "text_mention"
    ]


@pytest.fixture
async def h(sqlite_url, driver):
    harness = await TelegramHarness.open(driver, sqlite_url)
    yield harness
    await harness.close()


async def test_points_given_and_a_lifted_mute_name_the_member_with_a_mention(h):
    h.member(ANN, "Ann")
    hello = h.world.say(CHAT_ID, ANN, "hello")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/give 5 helpful", reply_to_message=hello)
    h.world.say(CHAT_ID, OWNER_ID, "/mute", reply_to_message=hello)
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/unmute", reply_to_message=hello)
    await h.settle()
    said = {m["text"]: m for m in h.world.bot_messages(CHAT_ID)}
    given = next(m for t, m in said.items() if "5" in t and "Ann" in t)
    lifted = said["Ann may speak again."]
    assert mentioned(given) == [("Ann", ANN)]
    assert mentioned(lifted) == [("Ann", ANN)]


async def test_the_leaderboard_names_nobody_with_a_mention(h):
    h.member(ANN, "Ann")
    h.world.say(CHAT_ID, ANN, "/checkin")
    await h.settle()
    h.world.say(CHAT_ID, ANN, "/top")
    await h.settle()
    board = h.world.bot_messages(CHAT_ID)[-1]
    assert "Ann" in board["text"] and mentioned(board) == []
