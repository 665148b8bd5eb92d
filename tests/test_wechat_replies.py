"""Replies on WeChat through OneBot 12: the spec's `reply` segment (`message_id`, `user_id`:
the answered message's author) makes a command given as a reply aim at that author. A bridge
that leaves the author out is covered by the adapter's record of recent messages; a mention
of the author that some bridges add after the segment does not hide the command.

Wechaty has no counterpart: its puppet protocol's message payload carries no quoted message
(id, text, type, talker, room, listener, mentions, time), so replies there are not mapped."""

from __future__ import annotations

import asyncio

import pytest
from support.onebot_bridge import FakeOneBot
from support.onebot_fixtures import ROOM
from support.wechat_fixtures import until
from test_wechat_onebot import connect, running

from groupops.adapters.wechat.onebot.protocol import command_first, quoted
from groupops.core.events import Event, MessageReceived
from groupops.core.refs import Ref
from groupops.core.segments import Mention, Text, plain_text
from groupops.core.sink import CallbackSink
from groupops.core.storage.models import WarningRow

OWNER = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}


async def test_warn_given_as_a_reply_warns_the_answered_member(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    posted = await bridge.say(ROOM, "bo", "buy followers cheap")
    await bridge.say(ROOM, "ann", "/warn off-topic ads", reply_to=posted)
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    await bridge.say(ROOM, "ann", "/warns", reply_to=posted)
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 3)
    assert bridge.texts(ROOM) == [
        "@bo , please mind the group rules: off-topic ads.",
        "Bo now has 1 warning.",
        "Bo has 1 warning: off-topic ads.",
    ]
    assert await WarningRow.filter(member="wechat:user:bo").count() == 1


async def collecting(bridge: FakeOneBot) -> tuple[object, list[Event]]:
    adapter = await connect(bridge, "forward")
    events: list[Event] = []

    async def keep(event: Event) -> None:
        events.append(event)

    await adapter.start(CallbackSink(keep))
    await asyncio.wait_for(adapter.connected.wait(), 10)
    return adapter, events


async def test_a_reply_segment_without_the_author_is_placed_from_recent_messages(bridge):
    adapter, events = await collecting(bridge)
    try:
        posted = await bridge.say(ROOM, "bo", "the answered text")
        quote = {"type": "reply", "data": {"message_id": posted}}  # no user_id
        text = {"type": "text", "data": {"text": "/warn"}}
        event = bridge._event(
            "message", "group", message_id="r1", message=[quote, text], alt_message="/warn",
            user_id="ann", group_id=ROOM,
        )  # fmt: skip
        await bridge.emit(event)
        for _ in range(500):
            if len(events) == 2:
                break
            await asyncio.sleep(0.01)
        reply = events[-1]
        assert isinstance(reply, MessageReceived) and reply.text == "/warn"
        assert reply.reply_to == posted and reply.reply_to_sender == Ref.user("wechat", "bo")
        assert reply.reply_to_text == "the answered text"
    finally:
        await adapter.stop()
        await adapter.release()


def test_the_authors_mention_after_the_reply_segment_is_dropped():
    reply, rest = quoted(
        [
            {"type": "reply", "data": {"message_id": "m7", "user_id": "bo"}},
            {"type": "mention", "data": {"user_id": "bo"}},
            {"type": "text", "data": {"text": " /ban spam"}},
        ]
    )
    assert reply == {"message_id": "m7", "user_id": "bo"}
    assert rest == [{"type": "text", "data": {"text": "/ban spam"}}]
    # a mention of someone else is the member's own: it stays
    mention = {"type": "mention", "data": {"user_id": "cy"}}
    _, rest = quoted([{"type": "reply", "data": {"message_id": "m7", "user_id": "bo"}}, mention])
    assert rest == [mention]


BO_WARNED = ["@bo , please mind the group rules: ads.", "Bo now has 1 warning."]


async def ann_sends(bridge: FakeOneBot, message_id: str, message: list[dict]) -> None:
    """Ann (an admin) sends `message`, a list of OneBot segments, in the room."""
    text = "".join(seg["data"].get("text", "") for seg in message if seg["type"] == "text")
    await bridge.emit(
        bridge._event(
            "message", "group", message_id=message_id, message=message, alt_message=text,
            user_id="ann", group_id=ROOM,
        )
    )  # fmt: skip


@pytest.mark.parametrize("text", [" /warn ads", "\u2005/warn ads"])
async def test_warn_given_as_a_reply_with_the_authors_mention_but_no_user_id(
    harness_with, bridge, text
):
    """Some bridges leave `user_id` out of the reply segment yet add the client's mention of
    the author before the text: the mention goes as the recorded author's, so `/warn` is
    still read as the command (with WeChat's four-per-em space after a mention too)."""
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    posted = await bridge.say(ROOM, "bo", "buy followers cheap")
    message = [
        {"type": "reply", "data": {"message_id": posted}},  # no user_id
        {"type": "mention", "data": {"user_id": "bo"}},
        {"type": "text", "data": {"text": text}},
    ]
    await ann_sends(bridge, "r1", message)
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == BO_WARNED


async def test_a_reply_to_a_message_the_bot_never_saw_takes_the_mention_for_its_author(
    harness_with, bridge
):
    """The answered message is not in the adapter's record (sent before a restart, or before
    the bot joined) and the segment has no `user_id`: the mention the client puts right after
    the reply is its author, so the admin's `/warn` is neither ignored nor aimed elsewhere."""
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await bridge.say(ROOM, "bo", "hello")  # Bo is known; the message answered below is not
    message = [
        {"type": "reply", "data": {"message_id": "from-before-the-restart"}},
        {"type": "mention", "data": {"user_id": "bo"}},
        {"type": "text", "data": {"text": " /warn ads"}},
    ]
    await ann_sends(bridge, "r2", message)
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == BO_WARNED


@pytest.mark.parametrize("text", [" /warn ads", "\u2005/warn ads"])
async def test_a_command_written_after_the_members_mention_is_read_as_aimed_at_them(
    harness_with, bridge, text
):
    """WeChat's client puts the mention first when an admin taps a member's name: `@Bo /warn
    ads` is `/warn @Bo ads`, not a message starting with a mention."""
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    await bridge.say(ROOM, "bo", "hello")
    message = [
        {"type": "mention", "data": {"user_id": "bo"}},
        {"type": "text", "data": {"text": text}},
    ]
    await ann_sends(bridge, "m3", message)
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == BO_WARNED


async def test_a_message_delivered_again_under_a_new_event_id_is_handled_once(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward", OWNER)
    posted = await bridge.say(ROOM, "bo", "buy followers cheap")
    await bridge.say(ROOM, "ann", "/warn ads", reply_to=posted)
    again = dict(bridge.emitted[-1], id="redelivered-1")  # the same message, a new event id
    await bridge.emit(again)
    await bridge.say(ROOM, "ann", "/warns", reply_to=posted)
    assert await until(h, lambda: len(bridge.texts(ROOM)) >= 3)
    assert bridge.texts(ROOM) == [
        "@bo , please mind the group rules: ads.",
        "Bo now has 1 warning.",
        "Bo has 1 warning: ads.",
    ]


def test_a_command_after_the_bots_own_mention_only_addresses_it():
    bot = Mention(Ref.user("wechat", "wxid_bot"), "助手")
    assert plain_text(command_first((bot, Text("\u2005/points")), "wxid_bot")) == "/points"
    ann = Mention(Ref.user("wechat", "wxid_ann"), "Ann")
    assert plain_text(command_first((ann, Text(" /warn ads")), "wxid_bot")) == "/warn @Ann ads"
    chatter = (ann, Text(" hello there"))  # no command: left as it came
    assert command_first(chatter, "wxid_bot") == chatter
