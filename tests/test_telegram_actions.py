"""Moderation and housekeeping actions on both drivers, as the chat shows them: clamped
mutes, kicks that let members back, channel senders, the 48 h delete window, private
messages, and admin lists that follow promotions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.core.actions import Ban, DeleteMessages, Kick, Mute, SendPrivate, Unban
from groupops.core.engine import CommandComponent, component, on_command
from groupops.core.errors import Forbidden, TargetNotFound
from groupops.core.refs import Ref
from groupops.core.roles import Role
from groupops.core.segments import Text

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


@component
class AdminPing(CommandComponent):
    name = "test_admin_ping"
    default = False

    @on_command("adminping", role=Role.ADMIN)
    def ping(self, event, ctx, command):
        ctx.reply("pong")


@pytest.fixture
async def h(sqlite_url, driver):
    harness = await TelegramHarness.open(
        driver, sqlite_url, {"rulesets": {"main": {"pipeline": ["test_admin_ping"]}}}
    )
    yield harness
    await harness.close()


def user(user_id: int) -> Ref:
    return Ref(f"telegram:user:{user_id}")


async def test_mute_ends_are_clamped_to_what_telegram_honours(h):
    now = int(h.clock.now().timestamp())
    h.member(42, "Ann")
    h.member(43, "Bo")
    await h.adapter.perform(
        Mute(chat=h.chat, user=user(42), until=h.clock.now() + timedelta(seconds=5))
    )
    await h.adapter.perform(
        Mute(chat=h.chat, user=user(43), until=h.clock.now() + timedelta(days=500))
    )
    members = h.world.chats[CHAT_ID].members
    assert members[42]["until_date"] == now + 40  # not forever, as 5 s would have been (30 s
    # is Telegram's floor, counted from when the call arrives: 10 s more for the wire)
    assert members[43]["until_date"] == now + 366 * 86400
    assert not members[42]["can_send_messages"] and members[42]["is_member"]
    calls = h.fake.called("restrictChatMember")
    assert all(call["use_independent_chat_permissions"] for call in calls)


async def test_kick_lets_them_back_and_unban_never_removes_a_member(h):
    h.member(42, "Ann")
    h.member(43, "Bo")
    await h.adapter.perform(Kick(chat=h.chat, user=user(42)))
    await h.adapter.perform(Unban(chat=h.chat, user=user(43)))
    chat = h.world.chats[CHAT_ID]
    assert chat.status(42) == "left"  # removed, not banned: may rejoin
    assert chat.present(43)
    assert [c["only_if_banned"] for c in h.fake.called("unbanChatMember")] == [True, True]


async def test_a_channel_posting_in_the_group_is_banned_as_a_sender_chat(h):
    channel = {"id": -1005550001, "type": "channel", "title": "Spam Channel"}
    h.world.say_as_channel(CHAT_ID, channel, "buy now")
    await h.settle()
    await h.adapter.perform(Ban(chat=h.chat, user=Ref("telegram:-1005550001")))
    chat = h.world.chats[CHAT_ID]
    assert chat.banned_sender_chats == {-1005550001}
    assert chat.status(136817688) == "left"  # the shared Channel_Bot account is not banned


async def test_batch_delete_skips_messages_older_than_48_hours(h):
    h.member(42, "Ann")
    old = h.world.say(CHAT_ID, 42, "old")["message_id"]
    await h.settle()
    h.clock.advance(hours=47)
    fresh = [h.world.say(CHAT_ID, 42, text)["message_id"] for text in ("spam 1", "spam 2")]
    await h.settle()
    h.clock.advance(hours=2)
    ids = tuple(str(i) for i in (old, *fresh))
    await h.adapter.perform(DeleteMessages(chat=h.chat, message_ids=ids))
    assert h.world.visible(CHAT_ID) == ["old"]
    assert h.fake.called("deleteMessages") == [{"chat_id": CHAT_ID, "message_ids": fresh}]
    with pytest.raises(TargetNotFound, match="older than 48 h"):
        await h.adapter.perform(DeleteMessages(chat=h.chat, message_ids=(str(old),)))


async def test_private_messages_need_the_member_to_have_started_the_bot(h):
    h.member(42, "Ann")
    message = SendPrivate(chat=user(42), segments=(Text("your warning"),))
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await h.adapter.perform(message)
    h.world.private(42)
    await h.adapter.perform(message)
    assert h.world.texts(42) == ["your warning"]


async def test_admin_list_follows_a_promotion(h):
    h.member(42, "Ann")
    h.world.say(CHAT_ID, 42, "/adminping")
    await h.settle()
    h.world.member_change(CHAT_ID, 42, {"status": "administrator"}, actor=10)
    h.world.say(CHAT_ID, 42, "/adminping")
    await h.settle()
    assert h.texts() == ["Only admins can use /adminping.", "pong"]
