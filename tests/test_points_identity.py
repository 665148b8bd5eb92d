"""Linking accounts on two platforms with a one-time code: shared points, tiers and
warnings (scope shared), or only a record (scope separate); unlinking is audited."""

from __future__ import annotations

from support.second_platform import ROOM, second_platform

from groupops.adapters.local import LocalAdapter
from groupops.core.storage.models import AccountLink, AuditEntry, LedgerEntry, Member


async def two_platforms(harness_factory, scope: str = "shared", **ruleset):
    extra = {
        "rulesets": {"main": {"identity": {"scope": scope}, **ruleset}},
        "communities": {"club": {"chats": ["local:main", "wx:room"]}},
    }
    h = await harness_factory(extra)
    wx, adapter = await second_platform(h)
    ann_tg, ann_wx = h.user("ann"), wx.user("ann_wx", "Ann W")
    wx.add_member(ROOM, ann_wx)
    return h, wx, adapter, ann_tg, ann_wx


def code_in(text: str) -> str:
    return text.split("code is ")[1].split(".")[0]


async def test_linked_accounts_share_points_until_unlinked(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory)
    try:
        await h.world.say(h.chat, ann_tg, "签到")
        await wx.say(ROOM, ann_wx, "/link ABCDEFGHJK")  # a made-up code
        h.clock.advance(days=1)
        await wx.say(ROOM, ann_wx, "签到")  # her WeChat account's own check-in
        await h.world.say(h.chat, ann_tg, "/link")
        await h.settle()
        code = code_in(h.world.private_texts(ann_tg)[-1])
        await wx.say(ROOM, ann_wx, f"/link {code}")
        await wx.say(ROOM, ann_wx, f"/link {code}")  # used already
        await h.world.say(h.chat, ann_tg, "/link confirm")
        await wx.say(ROOM, ann_wx, "/points")
        h.clock.advance(days=1)
        await wx.say(ROOM, ann_wx, "签到")  # counts for the one member now
        await h.world.say(h.chat, ann_tg, "签到")
        await wx.say(ROOM, ann_wx, "/unlink")
        await wx.say(ROOM, ann_wx, "/points")
        await h.settle()
    finally:
        await adapter.stop()
    assert h.world.texts(h.chat)[1:] == [
        "I sent you a link code privately.",
        "Linked Ann W (Wx) to Ann.",
        "Ann, you have already checked in today.",
    ]
    assert h.world.private_texts(ann_tg)[-1] == (
        "Ann W (Wx) asks to be linked to your account. If that is you, send /link "
        "confirm within 10 minutes; if not, send /link cancel."
    )
    assert wx.texts(ROOM) == [
        "That code is unknown or has expired. Ask for a new one with /link.",
        "Ann W checked in: +1 point. 1 day in a row, balance 1.",
        "Code accepted. Confirm with /link confirm from the account that asked for the code.",
        "That code is unknown or has expired. Ask for a new one with /link.",
        "Ann W has 2 points.",
        "Ann W checked in: +1 point. 1 day in a row, balance 3.",  # streaks stay per account
        "Unlinked Ann W (Wx); it counts on its own again.",
        "Ann W has 0 points.",
    ]
    assert await h.balance(ann_tg) == 3
    assert await AccountLink.all().count() == 0
    assert await LedgerEntry.filter(reason="link").count() == 2
    audits = await AuditEntry.filter(action__in=("link", "unlink")).order_by("created_at", "id")
    assert [(a.action, a.actor, a.target) for a in audits] == [
        ("link", ann_wx, ann_tg),
        ("unlink", ann_wx, ann_tg),
    ]


async def test_an_unlinked_account_is_a_member_again_at_once(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory)
    try:
        await wx.say(ROOM, ann_wx, "hello")
        await h.world.say(h.chat, ann_tg, "/link")
        await h.settle()
        await wx.say(ROOM, ann_wx, f"/link {code_in(h.world.private_texts(ann_tg)[-1])}")
        await h.world.say(h.chat, ann_tg, "/link confirm")
        await h.settle()
        linked = await Member.get(key=ann_wx)
        await h.world.say(h.chat, ann_tg, f"/unlink {ann_wx}")  # from her other account
        await h.settle()
    finally:
        await adapter.stop()
    assert h.world.texts(h.chat)[-1] == "Unlinked Ann W (Wx); it counts on its own again."
    assert (linked.status, (await Member.get(key=ann_wx)).status) == ("linked", "member")


async def test_separate_scope_records_the_link_only(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory, "separate")
    try:
        await h.world.say(h.chat, ann_tg, "签到")
        await h.world.say(h.chat, ann_tg, "/link")
        await h.settle()
        await wx.say(ROOM, ann_wx, f"/link {code_in(h.world.private_texts(ann_tg)[-1])}")
        await h.world.say(h.chat, ann_tg, "/link confirm")
        await wx.say(ROOM, ann_wx, "签到")
        await h.settle()
    finally:
        await adapter.stop()
    assert wx.texts(ROOM) == [
        "Code accepted. Confirm with /link confirm from the account that asked for the code.",
        "Ann W checked in: +1 point. 1 day in a row, balance 1.",
    ]
    assert h.world.texts(h.chat)[-1] == "Linked Ann W (Wx) to Ann."
    assert (await h.balance(ann_tg), await h.balance(ann_wx)) == (1, 1)
    assert await AccountLink.filter(account=ann_wx, member=ann_tg).count() == 1


async def test_code_is_never_posted_in_a_group_without_private_messages(harness_factory):
    from groupops.core.capabilities import Capability

    h, wx, adapter, _ann_tg, ann_wx = await two_platforms(harness_factory)
    await adapter.stop()
    blind = LocalAdapter(wx, capabilities=set(Capability) - {Capability.SEND_PRIVATE})
    h.engine.adapters["wx"] = blind
    await blind.start(h.engine)
    try:
        await wx.say(ROOM, ann_wx, "/link")
        await h.settle()
    finally:
        await blind.stop()
    assert wx.texts(ROOM) == ["Send /link to me in a private chat to get your code."]


async def test_the_code_is_said_sent_only_once_the_private_message_went_out(harness):
    # Telegram answers 403 to a member who never started the bot: no "I sent you" then,
    # but how to get the code; once she opened the private chat, the code and the notice
    h = harness
    bea = h.world.user("bea", "Bea", started_bot=False)
    h.world.add_member(h.chat, bea)
    await h.world.say(h.chat, bea, "/link")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "I could not send you a link code privately: open a private chat with me first, then "
        "send /link again."
    ]
    assert h.world.private_texts(bea) == []
    h.world.started_bot.add(bea)
    await h.world.say(h.chat, bea, "/link")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "I sent you a link code privately."
    assert h.world.private_texts(bea)[-1].startswith("Your link code is ")


async def test_warnings_follow_the_member_across_linked_accounts(harness_factory):
    blocklist = {"blocklist": {"words": ["刷单"]}}
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory, moderation=blocklist)
    try:
        await h.world.say(h.chat, ann_tg, "/link")
        await h.settle()
        await wx.say(ROOM, ann_wx, f"/link {code_in(h.world.private_texts(ann_tg)[-1])}")
        await h.world.say(h.chat, ann_tg, "/link confirm")
        await h.world.say(h.chat, ann_tg, "刷单日结")
        await wx.say(ROOM, ann_wx, "刷单日结")
        await h.settle()
    finally:
        await adapter.stop()
    assert h.world.texts(h.chat)[-1] == "@Ann, please mind the group rules: a blocked word."
    assert wx.private_texts(ann_wx) == [  # her other account's first offence is her second
        "A warning from Test Club: a blocked word. You have 2 warnings; more may get you removed."
    ]


async def test_unlinking_to_check_in_from_each_account_pays_one_check_in_a_day(harness_factory):
    h, wx, adapter, ann_tg, ann_wx = await two_platforms(harness_factory)

    async def link() -> None:
        await h.world.say(h.chat, ann_tg, "/link")
        await h.settle()
        await wx.say(ROOM, ann_wx, f"/link {code_in(h.world.private_texts(ann_tg)[-1])}")
        await h.world.say(h.chat, ann_tg, "/link confirm")
        await h.settle()

    try:
        await link()
        for _ in range(2):  # each day: check in, unlink, check in again, link again
            await h.world.say(h.chat, ann_tg, "签到")
            await wx.say(ROOM, ann_wx, "/unlink")
            await wx.say(ROOM, ann_wx, "签到")
            await h.settle()
            await h.restart()  # what was taken back is remembered
            h.clock.advance(minutes=11)
            await link()
            h.clock.advance(days=1)
        await wx.say(ROOM, ann_wx, "/points")
        await h.settle()
    finally:
        await adapter.stop()
    assert wx.texts(ROOM)[-1] == "Ann W has 2 points."
    assert await h.balance(ann_tg) == 2
    assert await h.balance(ann_wx) == 0
    taken = await LedgerEntry.filter(member=ann_wx, reason="revoke").values_list("key", flat=True)
    assert len(taken) == 2  # each second check-in taken back once, across the restarts
