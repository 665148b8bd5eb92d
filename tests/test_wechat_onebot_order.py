"""OneBot 12 notices out of order: a leave told before the join it followed."""

from __future__ import annotations

import time

from support.onebot_fixtures import ROOM
from support.wechat_fixtures import until
from test_wechat_onebot import running

from groupops.core.storage.models import Member


async def test_a_join_told_after_its_later_leave_is_not_welcomed(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward")
    joined_at = time.time() - 60
    for kind, sub, at in (("decrease", "leave", joined_at + 30), ("increase", "invite", joined_at)):
        await bridge.emit(
            bridge._event(
                "notice", f"group_member_{kind}", sub, group_id=ROOM, user_id="wxid_gone",
                operator_id="ann" if kind == "increase" else "wxid_gone", time=at,
            )
        )  # fmt: skip
    await bridge.join(ROOM, "wxid_new", "Newbie", operator="ann")  # in order: welcomed
    assert await until(h, lambda: len(bridge.texts(ROOM)) >= 1)
    assert bridge.texts(ROOM) == [
        "Welcome to Test Club, Newbie! Please read the group rules and say hello."
    ]
    gone = await Member.get(community="club", key="wechat:user:wxid_gone")
    assert gone.status == "left"
