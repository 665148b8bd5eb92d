"""Admin commands on members through the local adapter: what the admin, the member and the
group see, and what persists."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest

from groupops.core.capabilities import Capability
from groupops.core.segments import Mention, Text
from groupops.core.storage.models import AuditEntry, OutboxItem


async def club(harness_factory, extra: dict | None = None):
    h = await harness_factory(extra or {})
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi all")
    await h.settle()
    return h, boss, ann


def last_message_id(h, user) -> str:
    return [m.id for m in h.world.chats[h.chat].messages.values() if m.sender == user][-1]


async def test_members_cannot_use_admin_commands(harness_factory):
    h, _boss, ann = await club(harness_factory)
    await h.world.say(h.chat, ann, "/ban 42")
    await h.settle()
    assert h.world.texts(h.chat) == ["Only admins can use /ban."]


async def test_warn_by_reply_climbs_the_ladder_and_warns_lists_them(harness_factory):
    h, boss, ann = await club(harness_factory)
    target = last_message_id(h, ann)
    await h.world.say(h.chat, boss, "/warn off-topic ads", reply_to=target)
    await h.world.say(h.chat, boss, "/warn again", reply_to=target)
    await h.world.say(h.chat, boss, "/warns", reply_to=target)
    await h.settle()
    assert h.world.texts(h.chat) == [
        "@Ann, please mind the group rules: off-topic ads.",
        "Ann now has 1 warning.",
        "Ann now has 2 warnings.",
        "Ann has 2 warnings: off-topic ads and again.",
    ]
    assert h.world.private_texts(ann) == [
        "A warning from Test Club: again. You have 2 warnings; more may get you removed."
    ]


async def test_unwarn_and_resetwarns_restore_the_count(harness_factory):
    h, boss, _ann = await club(harness_factory)
    for _ in range(2):
        await h.world.say(h.chat, boss, "/warn @ann")
    await h.world.say(h.chat, boss, "/unwarn @ann")
    await h.world.say(h.chat, boss, "/resetwarns @ann")
    await h.world.say(h.chat, boss, "/warns @ann")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert texts[-3:] == [
        "Removed a warning: Ann has 1 left.",
        "Warnings of Ann reset.",
        "Ann has no warnings.",
    ]
    # the count survives a restart: it is read back from the database
    await h.world.say(h.chat, boss, "/warn @ann")
    await h.settle()
    await h.restart()
    await h.world.say(h.chat, boss, "/warns @ann")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Ann has 1 warning: a moderator's decision."


async def test_a_timed_mute_and_ban_read_late_last_their_whole_length(harness_factory):
    """A /tmute 1h the platform redelivered two hours late (after an outage) was counted from
    the message's time: its end had passed, so Telegram got 30 s, a mute for ever."""
    h, boss, ann = await club(harness_factory)
    bob = h.user("bob")
    await h.world.say(h.chat, bob, "hello")
    sent = h.clock.now() - timedelta(hours=2)
    for command in ("/tmute @ann 1h flooding", "/tban @bob 3h scam"):
        late = replace(h.world.message_event(h.chat, boss, command), time=sent)
        await h.world.push(late)
    await h.settle()
    members = h.world.chats[h.chat].members
    assert members[ann].muted and members[ann].muted_until == h.clock.now() + timedelta(hours=1)
    assert members[bob].banned_until == h.clock.now() + timedelta(hours=3)
    assert h.world.texts(h.chat)[-2:] == [
        "@Ann has been muted for 1 hour: flooding.",
        "@Bob has been banned for 3 hours: scam.",
    ]


async def test_a_ban_unban_and_ban_again_queued_behind_a_slow_platform_keep_their_order(
    harness_factory,
):
    """A moderator's ban goes before the bot's own queue; their unban went after it, so a
    second ban given after the unban overtook it and the member ended unbanned."""
    h, boss, ann = await club(harness_factory)
    platform = h.engine.adapters["local"]
    platform.ready.clear()  # the platform slow to take calls: all three wait in the queue
    for command in ("/tban @ann 1h spam", "/unban @ann", "/ban @ann spam again"):
        await h.world.say(h.chat, boss, command)
    for _ in range(200):
        if await OutboxItem.filter(kind__in=("ban", "unban")).count() == 3:
            break
        await asyncio.sleep(0.05)
    platform.ready.set()
    await h.settle()
    member = h.world.chats[h.chat].members[ann]
    assert (member.status, member.banned_until) == ("banned", None)  # the last word: for good


async def test_tmute_unmute_tban_unban_kick(harness_factory):
    h, boss, ann = await club(harness_factory)
    bob = h.user("bob")
    await h.world.say(h.chat, bob, "hello")
    await h.world.say(h.chat, boss, "/tmute @ann 2h spamming")
    await h.settle()
    member = h.world.chats[h.chat].members[ann]
    assert member.muted and (member.muted_until - h.clock.now()).total_seconds() == 7200
    await h.world.say(h.chat, boss, "/unmute @ann")
    await h.world.say(h.chat, boss, "/tmute @ann soon")
    await h.world.say(h.chat, boss, "/tban local:user:ann 3d")
    await h.settle()
    assert h.world.chats[h.chat].members[ann].status == "banned"
    await h.world.say(h.chat, boss, "/unban local:user:ann")
    await h.world.say(h.chat, boss, "/kick @bob")
    # the removal's notice follows the removal, in its own delivery chain: a reply sent
    # meanwhile may overtake it on a busy machine
    await h.settle()
    await h.world.say(h.chat, boss, "/ban @boss")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "@Ann has been muted for 2 hours: spamming.",
        "Ann may speak again.",
        "Give a duration such as 10m, 2h or 3d.",
        "@Ann has been banned for 3 days: a moderator's decision.",
        "Ann is no longer banned.",
        "@Bob has been removed from the group: a moderator's decision.",
        "Boss is an admin; that does not apply to admins.",
    ]
    assert not member.muted and member.status == "left"
    assert h.world.chats[h.chat].members[bob].status == "kicked"
    actions = (
        await AuditEntry.filter(actor=boss)
        .order_by("created_at", "id")
        .values_list("action", flat=True)
    )
    assert list(actions) == ["mute", "unmute", "ban", "unban", "kick"]


async def test_approved_members_are_not_moderated(harness_factory):
    h, boss, ann = await club(harness_factory)
    await h.world.say(h.chat, boss, "/approve @ann")
    await h.world.say(h.chat, ann, "加V: shop_ann 正品代购")
    await h.world.say(h.chat, boss, "/approved")
    await h.world.say(h.chat, boss, "/unapprove @ann")
    await h.world.say(h.chat, ann, "加V: shop_ann 正品代购")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Ann is approved: moderation leaves them alone.",
        "1 approved member: Ann.",
        "Ann is no longer approved.",
        "@Ann, please mind the group rules: contact details or ads.",
    ]


async def test_members_see_their_own_warnings(harness_factory):
    h, boss, ann = await club(harness_factory)
    await h.world.say(h.chat, boss, "/warn @ann")
    await h.world.say(h.chat, ann, "/warns")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Ann has 1 warning: a moderator's decision."


async def test_a_newly_promoted_admin_is_recognised_after_admincache(harness_factory):
    h, boss, ann = await club(harness_factory)
    await h.world.say(h.chat, boss, "/warns @ann")  # the admin list is read and cached
    await h.settle()
    h.world.chats[h.chat].members[ann].status = "admin"  # promoted on the platform
    await h.world.say(h.chat, ann, "/approved")
    await h.world.say(h.chat, ann, "/admincache")
    await h.world.say(h.chat, ann, "/approved")
    await h.world.say(h.chat, ann, "/lock sticker")  # a setting: the owner's and deputies'
    await h.settle()
    assert h.world.texts(h.chat)[-4:] == [
        "Only admins can use /approved.",
        "Admin list refreshed: 2 admins.",
        "No approved members.",
        "Only the owner and deputy owners can use /lock.",
    ]


async def test_where_nobody_can_be_banned_the_group_is_told_of_the_removal(harness_factory):
    like_wechat = [c for c in Capability if c not in (Capability.BAN, Capability.MUTE)]
    h = await harness_factory({}, capabilities=like_wechat)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi all")
    await h.world.say(h.chat, boss, "/ban @ann scam")
    await h.settle()
    assert h.world.chats[h.chat].members[ann].status == "kicked"  # the fallback
    assert h.world.texts(h.chat) == ["@Ann has been removed from the group: scam."]
    entry = await AuditEntry.get(action="ban", target=ann)
    assert entry.outcome == "degraded" and "did kick instead" in entry.detail


async def test_where_the_platform_keeps_no_ban_one_invited_back_is_removed_again(harness_factory):
    """WeChat has no ban: the bot removes the member, and anyone may invite them back. The
    community keeps the ban itself until /unban, or until a timed ban ends."""
    like_wechat = [c for c in Capability if c not in (Capability.BAN, Capability.MUTE)]
    h = await harness_factory({}, capabilities=like_wechat)
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    members = h.world.chats[h.chat].members
    await h.world.say(h.chat, ann, "hi all")
    await h.world.say(h.chat, boss, "/ban @ann scam")
    await h.world.say(h.chat, bob, "hi")
    await h.settle()
    await h.world.join(h.chat, ann, inviter=bob)
    await h.settle()
    assert members[ann].status == "kicked"
    entry = await AuditEntry.get(action="ban", target=ann, rule="kept_ban")
    assert (entry.evidence, entry.outcome) == ("scam", "degraded")
    assert "did kick instead" in entry.detail
    await h.world.say(h.chat, boss, "/unban @ann")
    await h.settle()
    await h.world.join(h.chat, ann, inviter=bob)
    await h.settle()
    assert members[ann].status == "member"
    await h.world.say(h.chat, boss, "/tban @ann 1h flood")
    await h.settle()
    h.clock.advance(hours=2)
    await h.world.join(h.chat, ann, inviter=bob)
    await h.settle()
    assert members[ann].status == "member"  # the hour is over


async def test_a_mention_after_the_reason_is_the_target_not_part_of_the_reason(harness_factory):
    """WeChat puts a mention where the admin typed it: `/ban spamming @Ann`. The reason read
    'spamming@Ann'."""
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, (Text("/ban spamming "), Mention(ann, "Ann"), Text("\u2005")))
    await h.settle()
    assert h.world.texts(h.chat) == ["@Ann has been banned: spamming."]
    assert (await AuditEntry.get(action="ban")).evidence == "spamming"


async def test_an_id_in_the_adapters_own_form_names_the_account(harness_factory, monkeypatch):
    """A platform whose ids are words (an IRC nick) says so with `Adapter.user_id`: `/ban
    dave` then names dave's account, seen or not; without it, a bare word names nobody."""
    import re

    from groupops.adapters.local.adapter import LocalAdapter

    h = await harness_factory()
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "/ban dave spam")
    await h.settle()
    assert h.world.texts(h.chat)[-1].startswith("Reply to their message")
    monkeypatch.setattr(LocalAdapter, "user_id", re.compile(r"[a-z][a-z0-9_]{1,15}"))
    await h.world.say(h.chat, boss, "/ban dave spam")
    await h.settle()
    entry = await AuditEntry.get(action="ban")
    assert (entry.target, entry.evidence) == ("local:user:dave", "spam")


async def test_ban_with_a_duration_first_bans_for_that_long(harness_factory):
    """`/ban @ann 2d spam`: the duration a /tban would take, not a reason of "2d spam"."""
    from datetime import timedelta

    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, "/ban @ann 2d spam")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "@Ann has been banned for 2 days: spam."
    member = h.world.chats[h.chat].members[ann]
    assert member.banned_until - h.clock.now() == timedelta(days=2)


async def test_a_name_two_members_share_names_neither(harness_factory):
    """Display names are not unique (two 小王 in a WeChat group): `/ban @小王` guessing one of
    them could remove the wrong person, so it removes nobody and says how to pick one."""
    h = await harness_factory()
    boss = h.user("boss", admin=True)
    first, second = h.world.user("wang1", "小王"), h.world.user("wang2", "小王")
    for member in (first, second):
        h.world.add_member(h.chat, member, "member")
        await h.world.say(h.chat, member, "大家好")
    await h.world.say(h.chat, boss, "/ban @小王 刷屏")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == (
        "2 members are named @小王: reply to one of their messages, or give their id."
        " Their ids: wang1 and wang2."
    )
    assert await AuditEntry.filter(action="ban").count() == 0
    assert all(h.world.chats[h.chat].members[m].status == "member" for m in (first, second))
    await h.world.say(h.chat, boss, "/ban @wang2 刷屏")
    await h.settle()
    assert (await AuditEntry.get(action="ban")).target == "local:user:wang2"


@pytest.mark.parametrize("typed", ["Wendy", "Wendy\u200b", "Wеndy"])
async def test_names_that_look_the_same_are_one_name_shared(harness_factory, typed):
    """Wendy, `Wendy` with a zero-width space and `Wеndy` with a Cyrillic е look the same on
    screen: `/warn @Wendy` warned the real Wendy, or whichever the spammer copied. Now however
    it is typed it warns nobody and lists them by id."""
    h = await harness_factory()
    boss = h.user("boss", admin=True)
    wendys = [
        h.world.user(uid, name)
        for uid, name in (("w1", "Wendy\u200b"), ("w2", "Wendy"), ("w3", "Wеndy"))
    ]
    for member in wendys:
        h.world.add_member(h.chat, member, "member")
        await h.world.say(h.chat, member, "hi")
    await h.world.say(h.chat, boss, f"/warn @{typed} spam")
    await h.settle()
    [said] = h.world.texts(h.chat)[-1:]
    assert said.startswith("3 members are named @")
    assert said.endswith("Their ids: w1, w2, and w3.")
    assert "\u200b" not in said  # the invisible character is not repeated to readers
    assert await AuditEntry.filter(action="warn").count() == 0


async def test_a_bare_at_sign_names_nobody(harness_factory):
    """`/warn @` (a mention half typed) matched every member without a handle, and the most
    recently active bystander was warned."""
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "canary")
    for command in ("/warn @", "/warn @ off topic"):
        await h.world.say(h.chat, boss, command)
    await h.settle()
    assert h.world.texts(h.chat) == ["Reply to their message, mention them or give their id."] * 2
    assert await AuditEntry.filter(action="warn").count() == 0


async def test_out_of_range_durations_and_long_reasons_are_answered(harness_factory):
    h, boss, ann = await club(harness_factory)
    await h.world.say(h.chat, boss, "/mute @ann 99999999999d")
    await h.world.say(h.chat, boss, "/tban @ann 99999999999999999999w")
    await h.world.say(h.chat, boss, "/tmute @ann " + "9" * 5000 + "s")
    await h.settle()
    assert h.world.texts(h.chat) == ["Give a duration such as 10m, 2h or 3d."] * 3
    member = h.world.chats[h.chat].members[ann]
    assert not member.muted and member.status != "banned"
    await h.world.say(h.chat, boss, "/ban @ann " + "spam " * 2000)
    await h.settle()
    notice = h.world.texts(h.chat)[-1]
    assert notice.startswith("@Ann has been banned: spam spam") and notice.endswith("spam….")
    assert len(notice) < 400


async def test_mentioning_a_member_whose_name_has_lookalike_letters_is_no_ad(harness_factory):
    """`@Wеndy` (a Cyrillic е) naming a member of that name was read as the handle `@wendy`
    of a stranger, an ad for a contact: the message was removed."""
    h = await harness_factory()
    wendy = h.world.user("w1", "Wеndy")
    h.world.add_member(h.chat, wendy, "member")
    await h.world.say(h.chat, wendy, "hi all")
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "@Wеndy thanks for the help")
    await h.settle()
    assert h.world.texts(h.chat) == []
    assert not any(m.deleted for m in h.world.chats[h.chat].messages.values())


async def test_what_the_bot_did_to_a_member_is_one_info_line_in_the_run_log(harness_factory):
    """An operator watching `groupops run` sees each ban, mute, kick and deletion go out."""
    from loguru import logger

    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="INFO", format="{level} {message}")
    try:
        h, boss, ann = await club(harness_factory)
        await h.world.say(h.chat, boss, "/mute 10m", reply_to=last_message_id(h, ann))
        await h.world.say(h.chat, boss, "/ban", reply_to=last_message_id(h, ann))
        await h.settle()
    finally:
        logger.remove(sink)
    done = [line.strip() for line in lines if ": done (" in line]
    assert [line.split(" in ")[0] for line in done] == [f"INFO mute {ann}", f"INFO ban {ann}"]
    assert all(f" in {h.chat}: done (" in line for line in done)
