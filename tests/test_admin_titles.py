"""/adminlist and /title through both Telegram drivers against the fake Bot API (the
setChatAdministratorCustomTitle call and what the chat shows); on WeChat, which has no admin
titles, /title says so in the chat."""

from __future__ import annotations

import pytest
from support.fake_telegram.state import BOT_ID
from support.onebot_fixtures import ROOM
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import running

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


def promoted_by_bot(h, user_id: int) -> None:
    h.world.add_member(CHAT_ID, user_id, "administrator")
    h.world.chats[CHAT_ID].members[user_id]["can_be_edited"] = True


@telegram
async def test_title_sets_an_admins_custom_title(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    promoted_by_bot(h, ann)
    bob = h.member(43, "Bob")
    cid = h.member(45, "Cid")
    h.world.add_member(CHAT_ID, cid, "administrator")  # promoted by the owner, not the bot
    hello = h.world.say(CHAT_ID, ann, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/title Chief Editor", reply_to_message=hello)
    h.world.say(CHAT_ID, bob, "/title Boss", reply_to_message=hello)
    h.world.say(CHAT_ID, OWNER_ID, "/title 43 Boss")
    h.world.say(CHAT_ID, OWNER_ID, "/title a title far too long to fit", reply_to_message=hello)
    h.world.say(CHAT_ID, OWNER_ID, "/title", reply_to_message=hello)
    h.world.say(CHAT_ID, OWNER_ID, "/title 45 Helper")
    await h.settle()
    assert h.world.chats[CHAT_ID].members[ann]["custom_title"] == "Chief Editor"
    assert "custom_title" not in h.world.chats[CHAT_ID].members[bob]
    calls = [p for m, p in h.fake.calls if m == "setChatAdministratorCustomTitle"]
    assert calls == [{"chat_id": CHAT_ID, "user_id": ann, "custom_title": "Chief Editor"}]
    assert h.texts() == [  # in the order asked: the title's answer follows its call
        "Ann's title is now “Chief Editor”.",
        "Only the owner and deputy owners can use /title.",
        "Bob is not an administrator of this chat on the platform.",
        "A title has at most 16 characters.",
        "Usage: /title TEXT, as a reply or after @member (or for yourself).",
        "Cid was made an admin by someone else: I cannot change their title.",
    ]


@telegram
async def test_title_without_the_bots_right_is_refused(driver, open_harness):
    h = await open_harness(driver)
    h.world.bot_rights(CHAT_ID, can_promote_members=False)
    ann = h.member(42, "Ann")
    promoted_by_bot(h, ann)
    h.world.say(CHAT_ID, OWNER_ID, "/title 42 Chief")
    await h.settle()
    assert h.texts() == ["I need the right to add new admins in this chat to set titles."]
    assert not [m for m, _ in h.fake.calls if m == "setChatAdministratorCustomTitle"]
    assert h.world.chats[CHAT_ID].members[BOT_ID]["status"] == "administrator"


@telegram
async def test_adminlist_names_the_chats_admins(driver, open_harness):
    extra = {"communities": {"club": {"roles": {"deputy": ["telegram:user:44"]}}}}
    h = await open_harness(driver, extra)
    ann = h.member(42, "Ann")
    h.world.add_member(CHAT_ID, ann, "administrator")
    h.member(43, "Bob")
    dee = h.member(44, "Dee")
    h.world.say(CHAT_ID, dee, "hi")  # known by name
    h.world.say(CHAT_ID, 43, "/adminlist")
    await h.settle()
    assert h.texts()[-1] == (
        "Admins of Test Club:\n• Olga (Owner)\n• Dee (Deputy owner)\n• Ann (Admin)"
    )


async def test_title_on_wechat_says_the_platform_cannot(harness_with, bridge):
    owner = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", owner)
    await bridge.say(ROOM, "ann", "/title bo Chief")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 1)
    await bridge.say(ROOM, "bo", "/adminlist")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == [
        "Admin titles cannot be set on this platform.",
        "Admins of Test Club:\n• Ann (Owner)",
    ]


@telegram
async def test_a_name_two_members_share_is_no_username(driver, open_harness):
    """/title asks Telegram about its member before it runs: `@Wang` is a username there,
    so two members whose first name is Wang are neither of them, and the answer says so."""
    h = await open_harness(driver)
    for user_id in (42, 43):
        promoted_by_bot(h, h.member(user_id, "Wang"))
        h.world.say(CHAT_ID, user_id, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/title @Wang Helper")
    await h.settle()
    assert h.texts()[-1] == (
        "No one has the username @Wang; Wang has no username. "
        "Reply to one of their messages, or give their id."
    )
    assert not [m for m, _ in h.fake.calls if m == "setChatAdministratorCustomTitle"]
