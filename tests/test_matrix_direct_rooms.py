"""A direct room the bot makes for a private message is no community's chat, against a real
Synapse: nothing from it asks the operator to list it under a community."""

from __future__ import annotations

import pytest
from loguru import logger

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included
SPAM = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}}
UNLISTED = "is not in any community"


async def test_a_direct_room_the_bot_made_is_not_said_to_be_unlisted(open_matrix):
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{message}")
    try:
        h = await open_matrix(SPAM)
        ann = h.member("Ann")
        await h.settle()
        for text in ("刷单日结", "刷 单 日结"):  # the second earns a private warning
            h.say(ann, text)
            await h.settle()
        dm = h.adapter.rooms.dm_of[ann.local_id]
        h.users[ann].join(dm)  # she opens it
        h.users[ann].send(dm, "ok, sorry")
        await h.settle()
    finally:
        logger.remove(sink)
    assert h.direct_texts(ann) == [
        "A warning from Test Club: a blocked word. You have 2 warnings; more may get you removed."
    ]
    assert [line for line in lines if UNLISTED in line] == []
