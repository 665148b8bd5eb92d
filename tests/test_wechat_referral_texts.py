"""A referral campaign announced in a WeChat group promises no invite link: WeChat has none,
and a member adding friends to the group is what counts there."""

from __future__ import annotations

from support.onebot_fixtures import ROOM
from support.wechat_fixtures import until
from test_wechat_onebot import running

CAMPAIGN = {
    "rulesets": {
        "main": {
            "locale": "zh_Hans",
            "campaigns": {
                "invite3": {
                    "kind": "referral",
                    "title": "邀请3人送周边",
                    "goal": 3,
                    "gift": "社群定制周边",
                    "stay_days": 3,
                    "ends": "30d",
                }
            },
        }
    }
}


async def test_the_wechat_group_hears_to_add_friends_and_the_local_chat_of_a_link(
    harness_with, bridge
):
    h, _ = await running(harness_with, bridge, "forward", CAMPAIGN)
    await bridge.say(ROOM, "ann", "大家好")
    assert await until(h, lambda: any("邀请3人送周边" in t for t in bridge.texts(ROOM)))
    (said,) = [t for t in bridge.texts(ROOM) if "邀请3人送周边" in t]
    assert said == (
        "“邀请3人送周边”：邀请3位好友入群并停留3天、参与发言，即可获得社群定制周边。"
        "直接拉好友进群即自动计入（好友通过其他方式入群的，发送 /invite 获取邀请码，"
        "好友入群后发送 /code 加邀请码）；/referrals 查看排行榜。"
    )
    assert "邀请链接" not in said
    local = [t for t in h.world.texts(h.chat) if "邀请3人送周边" in t]
    assert local and all("发送 /invite 获取专属邀请链接" in t for t in local)
