"""Text a member's app shows but a plain `text` field would not carry, or carries hidden:
moderation reads it on both drivers against the fake Bot API, and the spam is deleted."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
WORDS = ["free money", "scamcoin"]
RULES = {"rulesets": {"main": {"moderation": {"blocklist": {"words": WORDS}}}}}
SPAMMER = 400050


def deleted(h, message: dict) -> bool:
    return bool(h.world.chats[h.chat_id].messages[message["message_id"]].get("deleted"))


@pytest.mark.parametrize(
    "text",
    ["free\u0000money", "fr\u0000ee mo\u0000ney", "scam\x00coin\x7f", "ＳＣＡＭ\x00ｃｏｉｎ"],
)
async def test_nul_and_control_characters_hide_no_word(driver, open_harness, text):
    h = await open_harness(driver, RULES)
    h.member(SPAMMER, "Spammer")
    spam = h.world.say(h.chat_id, SPAMMER, text)
    await h.settle()
    assert deleted(h, spam)
