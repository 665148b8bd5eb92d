"""The scenario suite on Matrix, against a real Synapse: what members see in the room after a
join, spam, a third violation, a check-in; a private warning in a direct room; a restart that
neither loses nor repeats events; M_LIMIT_EXCEEDED through the outbox."""

from __future__ import annotations

import pytest

from groupops.core.actions import Priority
from groupops.core.engine import CommandComponent, component, on_command
from groupops.core.errors import RateLimited
from groupops.core.storage.models import InboundCursor, Member, OutboxItem

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included
WELCOME = "Welcome to Test Club, {}! Please read the group rules and say hello."
SPAM = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}}}}}
REMINDER = "{}, please mind the group rules: a blocked word."


@component
class Chatter(CommandComponent):
    name = "test_matrix_chatter"
    default = False

    @on_command("chatter")
    def chatter(self, event, ctx, command):
        for n in range(int(command.args[0])):
            ctx.send(f"line {n}", priority=Priority.BROADCAST)


async def test_join_is_welcomed_once(open_matrix):
    h = await open_matrix()
    h.member("Ann")
    await h.settle()
    assert h.texts() == [WELCOME.format("Ann")]


async def test_spam_is_deleted_with_a_reminder(open_matrix):
    h = await open_matrix(SPAM)
    ann = h.member("Ann")
    await h.settle()  # welcomed first
    h.say(ann, "hello all")
    h.say(ann, "兼职刷單日结")
    await h.settle()
    assert h.visible() == [WELCOME.format("Ann"), "hello all", REMINDER.format("Ann")]
    reminder = h._messages(h.room)[-1]["content"]
    assert reminder["m.mentions"] == {"user_ids": [ann.local_id]}


async def test_third_violation_removes_the_member_after_a_private_warning(open_matrix):
    h = await open_matrix(SPAM)
    ann = h.member("Ann")
    await h.settle()  # welcomed first
    for text in ("刷单日结", "刷 单 日结", "刷單日结"):
        h.say(ann, text)
        await h.settle()
    assert h.texts() == [
        WELCOME.format("Ann"),
        REMINDER.format("Ann"),
        "Ann has been removed from the group: a blocked word.",
    ]
    # the private warning went to a direct room the bot opened with her
    (warning,) = h.direct_texts(ann)
    assert warning == (
        "A warning from Test Club: a blocked word. You have 2 warnings; more may get you removed."
    )
    dm = h.adapter.rooms.dm_of[ann.local_id]
    assert dm in h.users[ann].invites()
    assert h.owner.membership(h.room, ann.local_id) == "leave"  # removed, not banned
    record = await Member.get(community="club", key=ann)
    assert record.status == "left"


async def test_checkin_earns_points_once_a_day(open_matrix):
    h = await open_matrix()
    ann = h.member("Ann")
    await h.settle()
    h.say(ann, "签到")
    h.say(ann, "签到")
    await h.settle()
    _, first, second = h.texts()
    assert first.startswith("Ann checked in: +1 point.")
    assert second == "Ann, you have already checked in today."
    assert await h.balance(ann) == 1


async def test_a_restart_neither_loses_nor_repeats_events(open_matrix):
    h = await open_matrix()
    ann = h.member("Ann")
    await h.settle()
    h.say(ann, "签到")
    await h.settle()
    await h.stop()
    saved = await InboundCursor.get(key=f"matrix:{h.bot.user_id}")
    assert saved.value == h.adapter.intake.token
    # while groupops is down: a newcomer and a check-in that must count once
    bo = h.member("Bo")
    h.say(bo, "hello")
    h.say(bo, "签到")
    await h.start()
    await h.settle()
    texts = h.texts()
    assert texts[0] == WELCOME.format("Ann") and texts[1].startswith("Ann checked in")
    assert texts[2] == WELCOME.format("Bo") and texts[3].startswith("Bo checked in")
    assert len(texts) == 4  # nothing from before the stop was judged again
    assert await h.balance(ann) == 1 and await h.balance(bo) == 1

    # a crash after the commit but before the token was saved: the events come again and
    # the engine drops them by key
    await h.stop()
    await saved.save()  # the row as read before Bo's events: their position is forgotten
    await h.start()
    await h.settle()
    assert h.texts() == texts
    assert await h.balance(bo) == 1


async def test_m_limit_exceeded_holds_the_room_and_loses_nothing(open_matrix, synapse):
    h = await open_matrix({"rulesets": {"main": {"pipeline": ["membership", Chatter.name]}}})
    refused: list[Exception] = []
    perform = h.adapter.perform

    async def noting(action):
        try:
            return await perform(action)
        except RateLimited as exc:
            refused.append(exc)
            raise

    h.adapter.perform = noting  # type: ignore[method-assign]
    synapse.limit(h.bot, per_second=1, burst=2)
    ann = h.member("Ann")
    h.say(ann, "/chatter 6")
    await h.settle()
    assert h.texts() == [f"line {n}" for n in range(6)]
    assert refused and all(exc.retry_after > 0 for exc in refused)
    assert await OutboxItem.filter(status="failed").count() == 0


async def test_spam_edited_into_a_message_is_removed_with_a_reminder(open_matrix):
    h = await open_matrix(SPAM)
    ann = h.member("Ann")
    await h.settle()
    first = h.say(ann, "hello all")
    await h.settle()
    new = {"msgtype": "m.text", "body": "兼职刷單日结"}
    relates = {"rel_type": "m.replace", "event_id": first}
    h.users[ann].send(h.room, "* 兼职刷單日结", **{"m.new_content": new, "m.relates_to": relates})
    await h.settle()
    assert h.visible() == [WELCOME.format("Ann"), REMINDER.format("Ann")]  # both redacted


async def test_an_edit_of_someone_elses_message_is_ignored(open_matrix):
    h = await open_matrix(SPAM)
    ann, bob = h.member("Ann"), h.member("Bob")
    await h.settle()
    first = h.say(ann, "hello all")
    await h.settle()
    new = {"msgtype": "m.text", "body": "兼职刷單日结"}
    relates = {"rel_type": "m.replace", "event_id": first}
    h.users[bob].send(h.room, "* 兼职刷單日结", **{"m.new_content": new, "m.relates_to": relates})
    await h.settle()
    assert "hello all" in h.visible()  # clients show Ann's message unchanged: nothing to judge
    assert not any("please mind the group rules" in t for t in h.texts())
