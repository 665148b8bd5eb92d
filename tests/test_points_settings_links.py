"""Accounts linked in the settings (`linked_accounts`) after each earned and was warned on its
own: their records merge into one member's at the next start, once, as a confirmed /link does:
one balance, one line on /top, warnings counted together."""

from __future__ import annotations

from support.harness import BASE_SETTINGS, merge
from support.second_platform import ROOM, second_platform

from groupops.core.settings import validate_settings
from groupops.core.storage.models import AuditEntry, LedgerEntry, Member

SETTINGS = {
    "rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}},
    "communities": {"club": {"chats": ["local:main", "wx:room"]}},
}


async def club_on_two_platforms(harness_factory, settings=SETTINGS):
    h = await harness_factory(settings)
    wx, adapter = await second_platform(h)
    ann_tg, ann_wx = h.user("ann"), wx.user("ann_wx", "Ann W")
    wx.add_member(ROOM, ann_wx)
    return h, wx, adapter, ann_tg, ann_wx


async def relink(h, linked) -> None:
    """The operator adds `linked_accounts` to the settings and restarts the bot."""
    extra = merge(SETTINGS, {"communities": {"club": {"linked_accounts": linked}}})
    h.settings = validate_settings(merge(BASE_SETTINGS, extra), "test settings")
    await h.restart()


async def test_settings_links_merge_balances_rankings_and_warnings_once(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await club_on_two_platforms(harness_factory)
    bob = h.user("bob")
    try:
        await h.world.say(h.chat, ann_tg, "签到")
        await wx.say(ROOM, ann_wx, "签到")
        await h.world.say(h.chat, ann_tg, "刷单日结")
        await wx.say(ROOM, ann_wx, "刷单日结")
        h.clock.advance(days=1)
        await h.world.say(h.chat, bob, "签到")
        await h.settle()
        await relink(h, [[ann_tg, ann_wx]])
        await wx.say(ROOM, ann_wx, "/points")
        await h.world.say(h.chat, ann_tg, "/points")
        await h.world.say(h.chat, bob, "/top all")
        await h.settle()
        await h.restart()  # the settings read again: nothing merges a second time
        await h.world.say(h.chat, ann_tg, "/points")
        await wx.say(ROOM, ann_wx, "刷单日结")  # her third offence, whichever account
        await h.settle()
    finally:
        await adapter.stop()
    assert h.world.texts(h.chat)[3:] == [
        "Ann has 2 points.",
        "Top members, all time:\n1. Ann · 2 points\n2. Bob · 1 point",  # one line, one person
        "Ann has 2 points.",  # after another start: not merged twice
    ]
    assert wx.texts(ROOM)[2:] == [
        "Ann W has 2 points.",
        # her third offence, the ladder's third step: the warnings of both accounts count
        "@Ann W has been removed from the group: a blocked word.",
    ]
    assert (await h.balance(ann_tg), await h.balance(ann_wx)) == (2, 0)
    # her WeChat account's record is no member of its own (`report --segments` and the counts
    # take members); she herself was removed by her third offence
    statuses = dict(await Member.filter(community="club").values_list("key", "status"))
    assert statuses == {ann_tg: "left", ann_wx: "linked", bob: "member"}
    assert await LedgerEntry.filter(reason="link").count() == 2
    merged = await AuditEntry.filter(action="link").values_list("target", "detail")
    assert len(merged) == 1 and merged[0][0] == ann_tg
