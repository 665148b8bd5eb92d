"""/pin (loud, or quiet), /unpin and /unpinall through both Telegram drivers against the fake
Bot API; on WeChat, where a bot cannot pin, the command says so in the chat."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


@telegram
async def test_pin_loud_and_quiet_then_unpin_and_unpin_all(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    first = h.world.say(CHAT_ID, ann, "meetup on Friday")["message_id"]
    second = h.world.say(CHAT_ID, ann, "slides are online")["message_id"]
    h.world.say(CHAT_ID, OWNER_ID, "/pin", reply_to_message=h.world.chats[CHAT_ID].messages[first])
    h.world.say(
        CHAT_ID, OWNER_ID, "/pin quiet", reply_to_message=h.world.chats[CHAT_ID].messages[second]
    )
    await h.settle()
    chat = h.world.chats[CHAT_ID]
    assert chat.pinned == [first, second]
    assert chat.notified_pins == [first]  # the quiet pin notified nobody
    h.world.say(CHAT_ID, OWNER_ID, "/unpin")  # no reply: the latest pin
    await h.settle()
    assert chat.pinned == [first]
    h.world.say(CHAT_ID, OWNER_ID, "/pin", reply_to_message=chat.messages[second])
    h.world.say(CHAT_ID, OWNER_ID, "/unpinall")
    await h.settle()
    assert chat.pinned == []
    assert h.texts() == ["Message unpinned.", "All pinned messages were unpinned."]


@telegram
async def test_pin_needs_a_reply_and_an_admin(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    note = h.world.say(CHAT_ID, ann, "look at me")
    h.world.say(CHAT_ID, ann, "/pin", reply_to_message=note)
    h.world.say(CHAT_ID, OWNER_ID, "/pin")
    h.world.say(CHAT_ID, OWNER_ID, "/pin sideways", reply_to_message=note)
    await h.settle()
    assert h.world.chats[CHAT_ID].pinned == []
    assert h.texts() == [
        "Only admins can use /pin.",
        "Reply to the message to pin with /pin (add 'quiet' not to notify).",
        "Usage: /pin [quiet|loud], as a reply",
    ]


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"ann": "Ann"}


async def test_pin_on_wechat_says_it_cannot(harness_with, bridge):
    owner = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", owner)
    await bridge.say(ROOM, "ann", "/pin")
    await bridge.say(ROOM, "ann", "/unpinall")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == ["Messages cannot be pinned on this platform."] * 2
