"""A room the bot joins on an invite, at a power level too low to moderate, is said in the log
at once, against a real Synapse: it was first heard of as a refused redaction, the spam left
up. A direct room, which nobody moderates, is not."""

from __future__ import annotations

import pytest
from loguru import logger
from support.matrix_fixtures import until
from support.matrix_harness import MatrixHarness

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included


async def test_a_room_joined_without_the_power_to_moderate_is_said_at_once(synapse, sqlite_url):
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="WARNING")
    h = await MatrixHarness.open(synapse, sqlite_url)
    try:
        weak = h.owner.create_room(preset="private_chat", invite=[h.bot.user_id])  # level 0
        joined = await until(
            lambda: h.owner.membership(weak, h.bot.user_id) == "join", settle=h.settle
        )
        assert joined, "the bot did not join the room it was invited to"
        ann = h.member("Ann")
        user = h.users[ann]
        direct = user.create_room(
            is_direct=True, invite=[h.bot.user_id], preset="trusted_private_chat"
        )
        assert await until(
            lambda: user.membership(direct, h.bot.user_id) == "join", settle=h.settle
        )
        await h.settle()
    finally:
        logger.remove(sink)
        await h.close()
    lines = [line for line in said if "which may not" in line]
    assert lines == [
        f"WARNING matrix: joined {weak} at power level 0, which may not redact, kick, ban: spam "
        "there stays up and members are not removed until the bot's level is raised (groupops "
        "doctor says what each room lacks)\n"
    ]
