"""What the bot cannot carry out once lowered below what it needs, against a real Synapse: a
captcha's removal is told to the admins, not left silent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest
from support.matrix_fixtures import make_room, until
from support.matrix_harness import MatrixHarness

from groupops.core.clock import ManualClock

pytestmark = pytest.mark.timeout(600)


def set_levels(h: MatrixHarness, **users: int) -> None:
    levels = h.owner.state(h.room, "m.room.power_levels") or {}
    levels["users"] = {**levels.get("users", {}), **users}
    path = f"/_matrix/client/v3/rooms/{quote(h.room)}/state/m.room.power_levels"
    h.owner.call("PUT", path, levels)


async def with_admin_room(h: MatrixHarness, **options) -> str:
    """An admin room the owner makes and invites the bot into, named in the settings."""
    admins = make_room(h.synapse, h.owner, h.bot)
    joined = await until(lambda: h.owner.membership(admins, h.bot.user_id) == "join")
    assert joined, "the bot did not join the admin room"
    h.raw["communities"]["club"]["admin_chat"] = f"matrix:{admins}"
    await h.stop()
    await h.start(**options)
    return admins


def captcha() -> dict:
    section = {"enabled": True, "mode": "math", "timeout": "5m"}
    return {"rulesets": {"main": {"pipeline": ["membership", "captcha"], "captcha": section}}}


async def test_a_captcha_removal_the_platform_refuses_is_told_to_the_admins(open_matrix):
    h = await open_matrix(captcha())
    admins = await with_admin_room(h)
    set_levels(h, **{h.bot.user_id: 40})  # below kick and ban (50)
    await h.settle()
    spammer = h.member("Spammer")
    await h.settle()
    assert h.engine is not None
    h.engine.clock = ManualClock(datetime.now(UTC) + timedelta(minutes=6))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.owner.membership(h.room, spammer.local_id) == "join"  # the kick was refused
    assert (
        "Spammer could not be removed: the platform refused (the bot may lack the right to "
        "remove members here). An admin can remove them by hand."
    ) in h.texts(admins)
