"""The group's own linked channel, on both drivers against the fake Bot API: only its admins
post as it in the group, so such posts are an admin's (never moderated, never banned); its
automatic forwards get no answer."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])

LINKED = {"id": -1001500000002, "type": "channel", "title": "Linked News"}
OTHER = {"id": -1001700000002, "type": "channel", "title": "Deals Daily"}
RULES = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["casino"]}}}}}


async def linked_group(open_harness, driver: str, extra: dict | None = None):
    h = await open_harness(driver, extra)
    h.world.chats[CHAT_ID].linked_chat_id = LINKED["id"]
    return h


async def test_posts_as_the_linked_channel_are_an_admins(driver, open_harness):
    h = await linked_group(open_harness, driver, RULES)
    posts = [h.world.say_as_channel(CHAT_ID, LINKED, f"free money casino bonus {n}")
             for n in range(3)]  # fmt: skip
    await h.settle()
    messages = h.world.chats[CHAT_ID].messages
    assert not any(messages[p["message_id"]].get("deleted") for p in posts)
    assert h.world.chats[CHAT_ID].banned_sender_chats == set()
    assert h.texts() == []
    other = h.world.say_as_channel(CHAT_ID, OTHER, "free money casino bonus")  # any other
    await h.settle()  # channel is moderated as before
    assert messages[other["message_id"]].get("deleted")


def automatic_forward(h, text: str) -> dict:
    """The linked channel's post, copied into the group by Telegram's service account."""
    telegram = {"id": 777000, "is_bot": False, "first_name": "Telegram"}
    message = h.world.post(
        CHAT_ID, telegram, text, sender_chat=LINKED, is_automatic_forward=True,
        forward_origin={"type": "channel", "chat": LINKED, "message_id": 599, "date": 0},
    )  # fmt: skip
    h.world.push("message", message)
    return message


async def test_the_linked_channels_automatic_forward_gets_no_answer(driver, open_harness):
    h = await linked_group(open_harness, driver)
    automatic_forward(h, "/checkin")
    automatic_forward(h, "/points")
    await h.settle()
    assert h.texts() == []
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "/checkin")  # a member's command is answered as before
    await h.settle()
    assert len(h.texts()) == 1
