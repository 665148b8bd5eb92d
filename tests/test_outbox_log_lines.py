"""The run log's line for an action given up on names where it was going: an outbox id and a
kind alone ("…#1 send failed for good: no such chat") left the operator to guess which chat
had gone."""

from __future__ import annotations

from test_delivery_outbox import ERRANDS

from groupops.adapters.local import LocalAdapter
from groupops.core.errors import TargetNotFound


class ChatGone(LocalAdapter):
    async def reply(self, action):
        raise TargetNotFound("no such chat")


async def test_an_action_given_up_on_is_logged_with_its_chat(harness_factory):
    from loguru import logger

    h = await harness_factory(ERRANDS, run=False)
    await h.start_with(ChatGone(h.world))
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="WARNING")
    try:
        await h.world.say(h.chat, h.user("ann"), "hello")
        await h.settle()
    finally:
        logger.remove(sink)
    (line,) = [line for line in said if "failed for good" in line]
    assert line.startswith("WARNING ") and line.endswith(
        " reply in local:main failed for good: no such chat\n"
    ), line
