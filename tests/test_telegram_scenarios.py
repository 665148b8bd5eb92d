"""The scenario suite, run on both drivers (aiogram, PTB) against the fake Bot API: what
members see in the chat after joins, keywords, check-ins, invite links and floods."""

from __future__ import annotations

import pytest
from support.fake_telegram import FakeLimits
from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.actions import CreateInviteLink, Mute, Priority, SendMessage
from groupops.core.adapter import RateLimits
from groupops.core.engine import CommandComponent, Component, component, on_command
from groupops.core.events import MemberJoined
from groupops.core.refs import Ref
from groupops.core.roles import Role
from groupops.core.segments import Text
from groupops.core.storage.models import Member

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
WELCOME = "Welcome to Test Club, {}! Please read the group rules and say hello."


@component
class JoinSource(Component):
    """Says which invite link brought a member in: what a referral campaign counts."""

    name = "test_join_source"
    default = False
    events = (MemberJoined,)

    def handle(self, event, ctx):
        if event.invite_link:
            ctx.send(f"{event.name} came through {event.invite_link}")


@component
class Flood(CommandComponent):
    name = "test_flood"
    default = False

    @on_command("flood")
    def flood(self, event, ctx, command):
        for n in range(int(command.args[0])):
            ctx.send(f"line {n}", priority=Priority.BROADCAST)
        ctx.act(Mute(chat=event.chat, user=Ref("telegram:user:66")))

    @on_command("chatter")
    def chatter(self, event, ctx, command):
        for n in range(int(command.args[0])):
            ctx.send(f"chatter {n}")  # as check-in and /points replies go

    @on_command("hush", role=Role.ADMIN)
    def hush(self, event, ctx, command):
        ctx.reply("hushed")


async def test_join_is_welcomed_once(driver, open_harness):
    h = await open_harness(driver)
    h.world.user(42, "Ann")
    h.world.join(CHAT_ID, 42)
    await h.settle()
    assert h.texts() == [WELCOME.format("Ann")]


async def test_keyword_gets_a_reply_to_the_message(driver, open_harness):
    rules = [{"match": "contains", "pattern": "price", "reply": "Prices are pinned."}]
    h = await open_harness(driver, {"rulesets": {"main": {"autoreply": {"rules": rules}}}})
    ann = h.member(42, "Ann")
    asked = h.world.say(CHAT_ID, ann, "what is the price?")
    await h.settle()
    (answer,) = h.world.bot_messages(CHAT_ID)
    assert answer["text"] == "Prices are pinned."
    assert answer["reply_to_message"]["message_id"] == asked["message_id"]


async def test_checkin_earns_points_once_a_day(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "签到")
    h.world.say(CHAT_ID, ann, "签到")
    await h.settle()
    first, second = h.texts()
    assert first.startswith("Ann checked in: +1 point.")
    assert second == "Ann, you have already checked in today."
    assert await h.balance(ann) == 1


async def test_a_check_in_during_a_challenge_is_one_message(driver, open_harness):
    week = {"kind": "challenge", "title": "streak", "days": 3, "ends": "7d"}
    h = await open_harness(driver, {"rulesets": {"main": {"campaigns": {"week": week}}}})
    ann, bo = h.member(42, "Ann"), h.member(43, "Bo")
    h.world.say(CHAT_ID, ann, "/checkin")  # the first event announces the challenge too
    await h.settle()
    told = len(h.texts())
    h.world.say(CHAT_ID, bo, "/checkin")
    await h.settle()
    assert h.texts()[told:] == [
        "Bo checked in: +1 point. 1 day in a row, balance 1.\nChallenge “streak”: day 1 of 3."
    ]


async def test_invite_link_attributes_the_join(driver, open_harness):
    pipeline = {"pipeline": ["membership", "test_join_source"]}
    h = await open_harness(driver, {"rulesets": {"main": pipeline}})
    result = await h.adapter.perform(CreateInviteLink(chat=h.chat, name="spring campaign"))
    assert h.world.chats[CHAT_ID].invite_links[result.invite_link]["name"] == "spring campaign"
    h.world.user(43, "Bo")
    h.world.join(CHAT_ID, 43, result.invite_link)
    await h.settle()
    assert h.texts() == [f"Bo came through {result.invite_link}"]


async def test_flood_honours_429_loses_nothing_and_moderation_goes_first(driver, open_harness):
    pipeline = {"pipeline": ["membership", "test_flood"]}
    h = await open_harness(
        driver,
        {"rulesets": {"main": pipeline}},
        limits=FakeLimits(per_chat=4, per_chat_window=1.0, retry_after=1),
        rate_limits=RateLimits(per_chat_per_second=50, per_chat_per_minute=1000),
    )
    ann = h.member(42, "Ann")
    h.member(66, "Spammer")
    h.world.say(CHAT_ID, ann, "/flood 9")
    await h.settle()
    assert h.texts() == [f"line {n}" for n in range(9)]
    assert ("sendMessage", 429) in h.fake.rejected
    order = [name for name, _ in h.fake.calls if name in ("sendMessage", "restrictChatMember")]
    assert order.index("restrictChatMember") < len(order) - 1  # not behind the chatter
    assert h.world.chats[CHAT_ID].members[66]["status"] == "restricted"


async def test_a_moderation_reminder_goes_before_queued_chatter(driver, open_harness):
    """In a busy group the reminder for a spam message waited behind every check-in and
    /points reply queued before it (minutes, in a big group)."""
    main = {
        "pipeline": ["membership", "test_flood", "moderation"],
        "moderation": {"blocklist": {"words": ["刷单"]}},
    }
    h = await open_harness(
        driver,
        {"rulesets": {"main": main}},
        limits=FakeLimits(per_chat=4, per_chat_window=1.0, retry_after=1),
        rate_limits=RateLimits(per_chat_per_second=50, per_chat_per_minute=1000),
    )
    ann, spammer = h.member(42, "Ann"), h.member(66, "Spammer")
    h.world.say(CHAT_ID, ann, "/chatter 12")
    h.world.say(CHAT_ID, spammer, "刷单 jobs, message me")
    await h.settle()
    texts = h.texts()
    reminder = next(i for i, t in enumerate(texts) if "please mind the group rules" in t)
    assert reminder < texts.index("chatter 11"), texts


async def test_a_moderators_ban_goes_before_a_raids_queued_deletes_and_reminders(
    driver, open_harness
):
    """In a raid a moderator's /ban waited behind every automatic delete and reminder queued
    before it, in arrival order: half an hour at the platform's pace in a big raid."""
    main = {"moderation": {"blocklist": {"words": ["刷单"]}}}
    h = await open_harness(
        driver,
        {"rulesets": {"main": main}},
        limits=FakeLimits(per_chat=4, per_chat_window=1.0, retry_after=1),
        rate_limits=RateLimits(per_chat_per_second=50, per_chat_per_minute=1000),
    )
    for n in range(8):
        h.world.say(CHAT_ID, h.member(100 + n, f"Raider{n}"), f"刷单 {n}, message me")
    ann = h.member(42, "Ann")
    said = h.world.say(CHAT_ID, ann, "join my channel")
    h.world.say(CHAT_ID, OWNER_ID, "/ban spam", reply_to_message=said)
    await h.settle()
    moderation = [(name, body) for name, body in h.fake.calls if name != "getChatMember"]
    ban = next(i for i, (name, body) in enumerate(moderation) if name == "banChatMember"
               and int(body["user_id"]) == 42)  # fmt: skip
    deletes = [i for i, (name, _) in enumerate(moderation) if name == "deleteMessage"]
    # the raid's first deletes may leave while the /ban is read; not the rest of the queue
    assert len(deletes) == 8 and sum(d < ban for d in deletes) <= 4, moderation
    assert h.world.chats[CHAT_ID].members[42]["status"] == "kicked"


async def test_forum_topic_replies_stay_in_their_topic(driver, open_harness):
    h = await open_harness(driver)
    h.world.chats[CHAT_ID].is_forum = True
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "签到", message_thread_id=7, is_topic_message=True)
    await h.settle()
    (answer,) = h.world.bot_messages(CHAT_ID)
    assert answer["message_thread_id"] == 7
    assert answer["text"].startswith("Ann checked in")


async def test_migration_to_supergroup_moves_the_community(driver, open_harness):
    from loguru import logger

    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "签到")
    await h.settle()
    new_id = -1009999999999
    lines: list[str] = []
    sink = logger.add(lines.append, format="{message}", level="INFO")
    try:
        h.world.migrate(CHAT_ID, new_id)  # said from both sides: migrate_to, migrate_from
        await h.settle()
    finally:
        logger.remove(sink)
    assert [line.strip() for line in lines if "migrated" in line] == [
        f"chat telegram:{CHAT_ID} migrated to telegram:{new_id} (community club)"
    ]
    h.clock.advance(days=1)
    h.world.say(new_id, ann, "签到")
    await h.settle()
    assert h.texts(new_id)[0].startswith("Ann checked in: +1 point.")
    assert await h.balance(ann) == 2  # the same member record, in the same community
    # an action still addressed to the old id is carried out in the supergroup
    await h.adapter.perform(SendMessage(chat=h.chat, segments=(Text("still here"),)))
    assert h.texts(new_id)[-1] == "still here"


async def test_anonymous_admin_may_run_admin_commands(driver, open_harness):
    h = await open_harness(driver, {"rulesets": {"main": {"pipeline": ["test_flood"]}}})
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "/hush")
    group = h.world.chats[CHAT_ID].as_json()
    anonymous = h.world.user(1087968824, "Group")
    h.world.push("message", h.world.post(CHAT_ID, anonymous, "/hush", sender_chat=group))
    await h.settle()
    assert h.texts() == ["Only admins can use /hush.", "hushed"]
    assert OWNER_ID in h.world.chats[CHAT_ID].members


SPAM = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}}


async def test_spam_is_deleted_with_a_reminder(driver, open_harness):
    h = await open_harness(driver, SPAM)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "hello all")
    h.world.say(CHAT_ID, ann, "兼职刷單日结")
    await h.settle()
    assert h.world.visible(CHAT_ID) == [
        "hello all",
        "Ann, please mind the group rules: a blocked word.",
    ]
    (reminder,) = h.world.bot_messages(CHAT_ID)
    assert reminder["entities"][0]["type"] == "text_mention"
    assert reminder["entities"][0]["user"]["id"] == ann


async def test_third_violation_removes_the_member(driver, open_harness):
    h = await open_harness(driver, SPAM)
    ann = h.member(42, "Ann")
    h.world.private(ann)  # she started the bot: the second step is a private warning
    for text in ("刷单日结", "刷 单 日结", "刷單日结"):
        h.world.say(CHAT_ID, ann, text)
        await h.settle()
    assert h.texts() == [
        "Ann, please mind the group rules: a blocked word.",
        "Ann has been removed from the group: a blocked word.",
    ]
    assert h.world.texts(ann) == [
        "A warning from Test Club: a blocked word. You have 2 warnings; more may get you removed."
    ]
    assert not h.world.chats[CHAT_ID].present(ann)
    assert (
        h.world.chats[CHAT_ID].status(ann) == "left"
    )  # removed, not has been banned: may come back
    record = await Member.get(community="club", key=f"telegram:user:{ann}")
    assert record.status == "left"  # the ban step of the kick is not taken for a ban


async def test_referral_link_attributes_the_invitee(driver, open_harness):
    grow = {"kind": "referral", "goal": 2, "points": 10, "stay_days": 3, "ends": "10d"}
    h = await open_harness(driver, {"rulesets": {"main": {"campaigns": {"grow": grow}}}})
    ann = h.member(42, "Ann")
    h.world.private(ann)
    h.world.say(CHAT_ID, ann, "/invite")
    await h.settle()
    (private,) = h.world.texts(ann)
    link = private.rsplit(" ", 1)[-1]
    assert private == f"Your personal invite link for grow: {link}"
    assert h.world.chats[CHAT_ID].invite_links[link]["name"].startswith("ref-")
    h.world.user(43, "Bo")
    h.world.join(CHAT_ID, 43, link)
    h.world.say(CHAT_ID, ann, "/referrals")
    await h.settle()
    assert h.texts()[-1] == "grow ranking:\nYou: 0 confirmed, 1 pending, goal 2."


async def test_a_referral_link_join_earns_the_everyday_invite_points_once(driver, open_harness):
    grow = {"kind": "referral", "goal": 2, "points": 5, "stay_days": 3, "ends": "10d"}
    ruleset = {"campaigns": {"grow": grow}, "points": {"invite": 10, "invite_stay": "3d"}}
    h = await open_harness(driver, {"rulesets": {"main": ruleset}})
    ann = h.member(42, "Ann")
    h.world.private(ann)
    h.world.say(CHAT_ID, ann, "/invite")
    await h.settle()
    link = h.world.texts(ann)[-1].rsplit(" ", 1)[-1]
    h.world.user(43, "Bo")
    h.world.join(CHAT_ID, 43, link)  # a join by link: Telegram names no inviter
    await h.settle()
    h.clock.advance(days=1)
    h.world.say(CHAT_ID, 43, "hello everyone")
    await h.settle()
    h.clock.advance(days=2, minutes=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    h.world.say(CHAT_ID, 43, "still here")  # a later message pays nothing twice
    await h.settle()
    assert "Ann earned 10 points: invited a member." in h.texts()
    assert await h.balance(ann) == 15  # the everyday 10 and the campaign's bonus of 5


async def test_a_burst_of_refused_commands_is_answered_a_few_times_not_ahead_of_everyone(
    driver, open_harness
):
    """Forty /ban from one member: three refusals a minute, and another member's keyword is
    answered next rather than behind thirty-seven more of them."""
    price = {"match": "contains", "pattern": "price", "reply": "See the pin."}
    rules = {"rulesets": {"main": {"moderation": {"flood": {"enabled": False}},
                                   "autoreply": {"rules": [price]}}}}  # fmt: skip
    h = await open_harness(driver, rules)
    mallory, ann = h.member(77, "Mallory"), h.member(42, "Ann")
    for _ in range(40):
        h.world.say(CHAT_ID, mallory, "/ban 42")
    h.world.say(CHAT_ID, ann, "what is the price?")
    await h.settle()
    assert h.texts() == ["Only admins can use /ban."] * 3 + ["See the pin."]
    h.clock.advance(minutes=1)
    h.world.say(CHAT_ID, mallory, "/ban 42")
    await h.settle()
    assert h.texts()[-1] == "Only admins can use /ban."
    assert h.world.chats[CHAT_ID].status(42) == "member"
