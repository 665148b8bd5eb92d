"""What a moderator is told on WeChat when the bridge cannot do what a command asks, and the
moderator's own reasons kept in what the chat shows."""

from __future__ import annotations

import pytest
from support.onebot_bridge import UNSUPPORTED, Failed, FakeOneBot
from support.onebot_fixtures import ROOM, TOKEN
from support.wechat_fixtures import until
from test_wechat_onebot import NO_MODERATION, running

from groupops.core.moderation.state import Moderation

OWNER = {"communities": {"club": {"roles": {"owner": ["wechat:user:boss"]}}}}
ZH = {"communities": {"club": {"locale": "zh_Hans", "roles": {"owner": ["wechat:user:boss"]}}}}


@pytest.fixture
async def plain():
    """A bridge without a kick extension (and no delete)."""
    fake = FakeOneBot(TOKEN, actions=NO_MODERATION)
    fake.group(ROOM, {"boss": "Boss", "bo": "Bo"})
    yield fake
    await fake.close()


async def _answer(h, bridge, text: str) -> str:
    before = len(bridge.texts(ROOM))
    await bridge.say(ROOM, "boss", text)
    assert await until(h, lambda: len(bridge.texts(ROOM)) > before)
    return bridge.texts(ROOM)[before]


async def test_a_ban_the_bridge_cannot_carry_out_is_said_in_the_chat(harness_with, plain):
    h, _ = await running(harness_with, plain, "forward", OWNER)
    await plain.say(ROOM, "bo", "hello")
    said = await _answer(h, plain, "/ban @Bo 刷屏")
    assert said == (
        "@bo  cannot be removed: the bot cannot remove members in this chat (the platform or "
        "its bridge does not offer it). An admin can remove them by hand."
    )
    assert "bo" in plain.groups[ROOM]


async def test_a_kick_the_bridge_cannot_carry_out_is_said_in_chinese(harness_with, plain):
    h, _ = await running(harness_with, plain, "forward", ZH)
    await plain.say(ROOM, "bo", "hello")
    said = await _answer(h, plain, "/kick @Bo 刷屏")
    assert said.startswith("@bo ：无法移出，")


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"boss": "Boss", "bo": "🌸小花🌸"}


async def test_warns_shows_the_reason_the_moderator_gave(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await bridge.say(ROOM, "bo", "hello")
    await _answer(h, bridge, "/warn @🌸小花🌸 刷屏")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    said = await _answer(h, bridge, "/warns @🌸小花🌸")
    assert said == "🌸小花🌸 has 1 warning: 刷屏."
    state = await Moderation.load("club", None)  # as read again after a restart
    assert [w.note for w in state.warnings["wechat:user:bo"]] == ["刷屏"]


async def test_a_mute_warned_instead_keeps_the_moderators_reason(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await bridge.say(ROOM, "bo", "hello")
    said = await _answer(h, bridge, "/mute @🌸小花🌸 1h 刷屏")
    assert said == (
        "@bo , this is a warning from the moderators instead of a mute, which this chat does "
        "not have: 刷屏."
    )


async def test_a_lock_says_what_it_does_where_messages_cannot_be_deleted(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    said = await _answer(h, bridge, "/lock photo")
    assert said == (
        "Locked: photo. The bot cannot delete messages in this chat, so such messages stay and "
        "the lock only notes them in the audit log; other rules they break (spam, contact "
        'details) still apply (with the locks\' action "escalate" their senders would get the '
        "warning ladder's steps)."
    )


async def test_a_kick_the_bridge_answers_as_unsupported_says_so(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await bridge.say(ROOM, "bo", "hello")
    bridge.refuse["wx.kick_group_member"] = [Failed(UNSUPPORTED, "not implemented")]
    await bridge.say(ROOM, "boss", "/kick @🌸小花🌸 刷屏")
    assert await until(h, lambda: bridge.texts(ROOM))
    assert bridge.texts(ROOM) == [
        "@bo  could not be removed: the bridge does not support removing members (it answered "
        "the request as an unsupported action). An admin can remove them by hand."
    ]
    assert "bo" in bridge.groups[ROOM]


async def test_a_kick_of_a_member_already_gone_is_no_refusal(harness_with, bridge):
    # the ladder removed them a moment ago; a moderator's /kick reaches the bridge after that
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await bridge.say(ROOM, "bo", "hello")
    bridge.refuse["wx.kick_group_member"] = [Failed(35004, "member not found")]
    said = await _answer(h, bridge, "/kick @🌸小花🌸 刷屏")
    assert said == "@bo  is no longer in the group: there was nobody to remove."
    assert not [t for t in bridge.texts(ROOM) if "refused" in t or "right" in t]
