"""/spam on Telegram through both drivers and the fake Bot API: the message goes, the sender
is banned, and what it taught catches the next account's copy."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

AD = "Selling cheap garden gnomes wholesale, ask for the catalogue"
MODERATION = {"moderation": {"classifier": {"enabled": True}}}


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_spam_by_reply_deletes_bans_and_teaches(driver, sqlite_url):
    h = await TelegramHarness.open(driver, sqlite_url, {"rulesets": {"main": MODERATION}})
    try:
        h.member(66, "Seller")
        h.member(67, "Other")
        ad = h.world.say(CHAT_ID, 66, AD)
        await h.settle()
        assert not h.world.chats[CHAT_ID].messages[ad["message_id"]].get("deleted")
        h.world.say(CHAT_ID, OWNER_ID, "/spam", reply_to_message=ad)
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[ad["message_id"]].get("deleted")
        assert h.world.chats[CHAT_ID].members[66]["status"] == "kicked"
        assert "Learned as spam: Seller, ban." in h.texts()
        copy = h.world.say(
            CHAT_ID, 67, "Selling cheap garden gnomes in bulk, ask me for a catalogue"
        )
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[copy["message_id"]].get("deleted")
    finally:
        await h.close()
