"""/id and /info through both Telegram drivers against the fake Bot API, and on WeChat through
the OneBot bridge."""

from __future__ import annotations

import pytest
from support.onebot_fixtures import ROOM
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import running

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
LINKED = {"communities": {"club": {"linked_accounts": [["telegram:user:42", "wechat:user:ann"]]}}}


@telegram
async def test_id_gives_the_chat_the_sender_and_the_replied_to_member(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    hello = h.world.say(CHAT_ID, ann, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/id", reply_to_message=hello)
    h.world.say(CHAT_ID, ann, "/id")
    await h.settle()
    assert h.texts() == [
        f"Chat id: {CHAT_ID}\nYour id: {OWNER_ID}\nAnn's id: 42",
        f"Chat id: {CHAT_ID}\nYour id: 42",
    ]


@telegram
async def test_id_in_a_forum_topic_gives_the_topic(driver, open_harness):
    h = await open_harness(driver)
    h.world.chats[CHAT_ID].is_forum = True
    h.world.say(CHAT_ID, OWNER_ID, "/id", message_thread_id=7, is_topic_message=True)
    await h.settle()
    assert h.texts() == [f"Chat id: {CHAT_ID}\nTopic id: 7\nYour id: {OWNER_ID}"]


@telegram
async def test_info_shows_a_members_profile_by_reply_and_by_id(driver, open_harness):
    h = await open_harness(driver, LINKED)
    ann = h.member(42, "Ann")
    h.world.join(CHAT_ID, ann)
    await h.settle()
    hello = h.world.say(CHAT_ID, ann, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/give 15 helped", reply_to_message=hello)
    h.world.say(CHAT_ID, OWNER_ID, "/warn spamming", reply_to_message=hello)
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/info", reply_to_message=hello)
    h.world.say(CHAT_ID, ann, f"/info {OWNER_ID}")
    h.world.say(CHAT_ID, ann, "/info 777")
    await h.settle()
    ann_info, owner_info, stranger = h.texts()[-3:]
    assert ann_info == (
        "Ann (42)\nAccounts: telegram:user:42, wechat:user:ann\nRole: Member\n"
        "Tier: not ranked yet\nPoints: 15\nActive warnings: 1\nJoined: Mar 2, 2026, 5:00\u202fPM"
    )
    assert owner_info.startswith(f"Olga ({OWNER_ID})\nAccounts: telegram:user:{OWNER_ID}\n")
    assert "\nRole: Owner\n" in owner_info
    assert stranger == "777 (777)\nAccounts: telegram:user:777\nRole: Member\n" + (
        "Not seen in this community yet."
    )


async def test_id_and_info_on_wechat(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward")
    await bridge.say(ROOM, "ann", "/id")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 1)
    await bridge.say(ROOM, "ann", "/info")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    ids, info = bridge.texts(ROOM)
    assert ids == f"Chat id: {ROOM}\nYour id: ann"
    assert info.startswith("Ann (ann)\nAccounts: wechat:user:ann\nRole: Member\n")
