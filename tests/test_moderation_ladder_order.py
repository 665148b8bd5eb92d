"""The group reads a ladder's steps in the order they were taken, however busy the platform:
a warning that stands in for a mute the platform lacks goes out before a later removal."""

from __future__ import annotations

import asyncio

from groupops.adapters.local import LocalAdapter
from groupops.core.capabilities import Capability
from groupops.core.engine import Engine

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
    h.adapter = SlowSends(h.world)
    h.engine = Engine(h.settings, h.database, [h.adapter], h.clock)
    await h.engine.start(scheduler=False)
    spam = h.user("spam")
    for _ in range(3):  # each committed while the platform has sent nothing yet
        await h.world.say(h.chat, spam, "加微信 领红包")
    h.adapter.gate.set()
    await h.settle()
    assert not h.world.chats[h.chat].present(spam)
    assert h.world.texts(h.chat) == [
        "@Spam please mind the group rules: a blocked word.",
        "@spam this is a warning from the moderators: please follow the group rules.",
        "@Spam removed from the group: a blocked word.",
    ]
