"""The group reads a ladder's steps in the order they were taken, however busy the platform:
a warning that stands in for a mute the platform lacks goes out before a later removal."""

from __future__ import annotations

import asyncio

from groupops.adapters.local import LocalAdapter
from groupops.core.capabilities import Capability

LADDER = {
    "rulesets": {
        "main": {
            "moderation": {
                "blocklist": {"words": ["加微信"]},
                "escalation": ["remind", "mute 1h", "kick"],
            }
        }
    }
}


class SlowSends(LocalAdapter):
    """A platform that answers no message until `gate` opens (a busy chat's queue)."""

    def __init__(self, world) -> None:
        super().__init__(world, capabilities=LocalAdapter.capabilities - {Capability.MUTE})
        self.gate = asyncio.Event()

    async def send_message(self, action):
        await self.gate.wait()
        return await super().send_message(action)


async def test_a_warning_for_a_mute_is_said_before_the_removal_that_follows_it(harness_factory):
    h = await harness_factory(LADDER, run=False)
    await h.start_with(SlowSends(h.world))
    spam = h.user("spam")
    for _ in range(3):  # each committed while the platform has sent nothing yet
        await h.world.say(h.chat, spam, "加微信 领红包")
    h.adapter.gate.set()
    await h.settle()
    assert not h.world.chats[h.chat].present(spam)
    assert h.world.texts(h.chat) == [
        "@Spam, please mind the group rules: a blocked word.",
        "@Spam, this is an automatic warning: a blocked word. Please follow the group rules.",
        "@Spam has been removed from the group: a blocked word.",
    ]


class SlowDeletes(LocalAdapter):
    """A platform that answers no delete until `gate` opens: a burst's later steps are queued
    before the first spam's deletion is answered, and its reminder with it. `calls` is what
    the platform was asked, in order."""

    def __init__(self, world) -> None:
        super().__init__(world)
        self.gate = asyncio.Event()
        self.calls: list[str] = []

    async def delete_messages(self, action):
        await self.gate.wait()
        self.calls.append("delete")
        return await super().delete_messages(action)

    async def send_message(self, action):
        self.calls.append("send")
        return await super().send_message(action)

    async def mute(self, action):
        self.calls.append(action.kind)
        return await super().mute(action)

    async def kick(self, action):
        self.calls.append("kick")
        return await super().kick(action)


async def test_a_burst_reminder_is_said_while_its_member_is_still_there(harness_factory):
    """Three spam messages committed before the platform deleted the first: the first one's
    reminder, which waits for that deletion, is said before the later steps (the mute, the
    removal), not to a member already gone."""
    h = await harness_factory(LADDER, run=False)
    await h.start_with(SlowDeletes(h.world))
    spam = h.user("spam")
    for _ in range(3):
        await h.world.say(h.chat, spam, "加微信 领红包")
    h.adapter.gate.set()
    await h.settle()
    assert not h.world.chats[h.chat].present(spam)
    assert h.world.texts(h.chat) == [
        "@Spam, please mind the group rules: a blocked word.",
        "@Spam has been muted for 1 hour: a blocked word.",
        "@Spam has been removed from the group: a blocked word.",
    ]
    assert h.adapter.calls[:2] == ["delete", "send"], h.adapter.calls  # reminded, then on
