"""Forum topic commands through both Telegram drivers against the fake Bot API (the Bot API
calls made, the topics the group then has), and on WeChat, which has no topics."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


def _topic_calls(h) -> list[tuple[str, dict]]:
    return [(m, p) for m, p in h.fake.calls if m.endswith("ForumTopic")]


@telegram
async def test_admins_create_rename_close_reopen_and_delete_topics(driver, open_harness):
    h = await open_harness(driver)
    chat = h.world.chats[CHAT_ID]
    chat.is_forum = True
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "/newtopic Mine")
    h.world.say(CHAT_ID, OWNER_ID, "/newtopic Support desk")
    await h.settle()  # the answer waits for the topic
    h.world.say(CHAT_ID, OWNER_ID, "/closetopic")  # not inside a topic
    await h.settle()
    assert h.texts() == [
        "Only admins can use /newtopic.",
        "Topic Support desk created.",
        "Send /closetopic inside the topic.",
    ]
    ((thread, topic),) = chat.topics.items()
    assert topic["name"] == "Support desk"
    inside = {"message_thread_id": thread, "is_topic_message": True}
    for line in ("/renametopic Help desk", "/closetopic"):
        h.world.say(CHAT_ID, OWNER_ID, line, **inside)
        await h.settle()
    assert topic["name"] == "Help desk" and topic["closed"]
    h.world.say(CHAT_ID, OWNER_ID, "/reopentopic", **inside)
    await h.settle()
    assert not topic["closed"]
    h.world.say(CHAT_ID, OWNER_ID, "/deletetopic", **inside)
    await h.settle()
    assert chat.topics == {}
    assert [(m, p.get("name"), p.get("message_thread_id")) for m, p in _topic_calls(h)] == [
        ("createForumTopic", "Support desk", None),
        ("editForumTopic", "Help desk", thread),
        ("closeForumTopic", None, thread),
        ("reopenForumTopic", None, thread),
        ("deleteForumTopic", None, thread),
    ]
    answers = [m for m in h.world.bot_messages(CHAT_ID) if m.get("message_thread_id") == thread]
    assert [m["text"] for m in answers] == [
        "Topic renamed.",
        "Topic closed: only admins can write in it now.",
        "Topic reopened.",
    ]


@telegram
async def test_a_group_without_topics_refuses_and_nothing_is_announced(driver, open_harness):
    h = await open_harness(driver)
    h.world.say(CHAT_ID, OWNER_ID, "/newtopic Support")
    await h.settle()
    assert ("createForumTopic", 400) in h.fake.rejected
    assert h.texts() == []


async def test_wechat_has_no_topics(harness_with, bridge):
    extra = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", extra)
    await bridge.say(ROOM, "ann", "/newtopic Support")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 1)
    assert bridge.texts(ROOM) == ["This platform has no topics."]
