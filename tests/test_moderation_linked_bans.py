"""A shared ban list across platforms: one member linked on three messengers is banned on
every one of them, whichever account was banned; each ban is logged in the community whose
chat it happened in and reads done once the platform carried it out."""

from __future__ import annotations

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.refs import Ref
from groupops.core.storage.models import AuditEntry, SharedBan

KEY, WX, MX = "local:user:ann", "wx:user:ann", "mx:user:ann"  # the key account first
LINKED = [[KEY, WX, MX]]
SETTINGS = {
    "rulesets": {"main": {"moderation": {"shared_bans": "acme"}}},
    "communities": {
        "club": {"linked_accounts": LINKED},
        "wechat": {"ruleset": "main", "chats": ["wx:room"], "linked_accounts": LINKED},
        "matrix": {"ruleset": "main", "chats": ["mx:room"], "linked_accounts": LINKED},
    },
}


async def three_platforms(harness_factory):
    h = await harness_factory(SETTINGS)
    worlds = {}
    for platform in ("wx", "mx"):
        world = LocalWorld(platform, h.clock)
        world.chat("room")
        adapter = LocalAdapter(world)
        h.engine.adapters[platform] = adapter
        await adapter.start(h.engine)
        worlds[platform] = world
    ann = h.user("ann")
    for world in worlds.values():
        world.add_member(Ref(f"{world.platform}:room"), world.user("ann", "Ann"))
    return h, worlds, ann


async def test_banning_a_linked_account_bans_the_key_account_too(harness_factory):
    h, worlds, ann = await three_platforms(harness_factory)
    wx, mx = worlds["wx"], worlds["mx"]
    boss = wx.user("boss", "Boss")
    wx.add_member(Ref("wx:room"), boss, "admin")
    try:
        await wx.say(Ref("wx:room"), boss, f"/ban {WX} scam")
        await h.settle()
    finally:
        for adapter in list(h.engine.adapters.values())[1:]:
            await adapter.stop()
    assert wx.texts(Ref("wx:room")) == ["@ann has been banned: scam."]
    assert wx.chats[Ref("wx:room")].members[Ref(WX)].status == "banned"
    assert mx.chats[Ref("mx:room")].members[Ref(MX)].status == "banned"
    assert h.world.chats[h.chat].members[ann].status == "banned"  # the key account
    listed = await SharedBan.filter(list_name="acme", lifted_at=None).values_list("member")
    assert sorted(m for (m,) in listed) == sorted([KEY, WX, MX])
    # each ban logged where it happened, done once the platform carried it out
    entries = await AuditEntry.filter(action="ban").order_by("id")
    assert sorted((e.community, e.chat, e.target, e.outcome) for e in entries) == [
        ("club", "local:main", KEY, "done"),
        ("matrix", "mx:room", MX, "done"),
        ("wechat", "wx:room", WX, "done"),
    ]


async def test_the_ban_shows_in_log_of_the_community_it_reached(harness_factory):
    h, worlds, _ann = await three_platforms(harness_factory)
    wx = worlds["wx"]
    boss = wx.user("boss", "Boss")
    wx.add_member(Ref("wx:room"), boss, "admin")
    owner = h.user("owner", admin=True)
    try:
        await wx.say(Ref("wx:room"), boss, f"/ban {WX} scam")
        await h.settle()
        await h.world.say(h.chat, owner, "/log")
        await h.settle()
    finally:
        for adapter in list(h.engine.adapters.values())[1:]:
            await adapter.stop()
    shown = h.world.texts(h.chat)[-1].splitlines()
    assert shown[0] == "Recent moderation (undo with /undo ID):"
    assert len(shown) == 2 and shown[1].endswith(" ban ann [the shared ban list] boss done")
