"""Connections through both Telegram drivers against the fake Bot API and on WeChat through
the OneBot bridge: a connected member's private commands act on the group, with the role
they hold there, checked at each command; answers come back in private."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
TWO = {
    "communities": {
        "other": {"ruleset": "main", "chats": ["telegram:-1009999"], "title": "Other Club"}
    }
}


@telegram
async def test_an_admin_runs_group_commands_from_private(driver, open_harness):
    h = await open_harness(driver, TWO)  # two communities: a private chat names none by itself
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "hello")  # a member the community knows
    for user in (OWNER_ID, ann):
        h.world.private(user)
    h.world.say(OWNER_ID, OWNER_ID, f"/connect {CHAT_ID}")
    h.world.say(OWNER_ID, OWNER_ID, "/connection")
    await h.settle()
    h.world.say(OWNER_ID, OWNER_ID, "/save faq Read the *guide*")
    h.world.say(CHAT_ID, ann, "/connect")  # in the group: connects her to it
    await h.settle()
    h.world.say(ann, ann, "/save faq mine now")  # a member: refused, in private
    h.world.say(ann, ann, "/notes")  # members may list notes
    h.world.say(CHAT_ID, ann, "#faq")
    await h.settle()
    assert h.world.texts(OWNER_ID) == [
        "Connected to Test Club: the commands you send me in private now act there, with the "
        "role you hold there.",
        f"Connected to Test Club (chat {CHAT_ID}).",
        "Note #faq saved.",
    ]
    saved = [m for m in h.world.bot_messages(OWNER_ID) if m.get("text") == "Note #faq saved."]
    assert saved[0]["reply_to_message"]["chat"]["id"] == OWNER_ID  # answered in private
    assert h.world.texts(ann) == [
        "Only admins can use /save.",
        "Notes: #faq (/get NAME or #NAME)",
    ]
    assert h.texts() == [
        "Connected to Test Club: the commands you send me in private now act there, with the "
        "role you hold there.",
        "Read the guide",
    ]
    h.world.say(OWNER_ID, OWNER_ID, "/disconnect")
    h.world.say(OWNER_ID, OWNER_ID, "/save faq again")  # no group now: told where to connect
    h.world.say(ann, ann, "/disconnect")
    h.world.say(ann, ann, "/connect")  # bare, in private: she is an admin nowhere
    await h.settle()
    assert h.world.texts(OWNER_ID)[3:] == [
        "Disconnected: your private commands act on no group now.",
        f"You are not connected to any group. You can connect to:\n/connect {CHAT_ID} (Test Club)",
    ]
    assert h.world.texts(ann)[2:] == [
        "Disconnected: your private commands act on no group now.",
        "You are not connected to any group. Send /connect in your group, then send me its "
        "commands here.",
    ]
    h.world.say(OWNER_ID, OWNER_ID, f"/connect {CHAT_ID}")  # what the list offers works
    await h.settle()
    assert h.world.texts(OWNER_ID)[-1].startswith("Connected to Test Club")
    assert h.texts()[-1] == "Read the guide"  # the note was not changed from nowhere


@telegram
async def test_a_connection_survives_a_restart_and_roles_are_checked_each_time(
    driver, open_harness
):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.private(ann)
    hello = h.world.say(CHAT_ID, ann, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/promote deputy", reply_to_message=hello)
    h.world.say(ann, ann, f"/connect telegram:{CHAT_ID}")
    await h.settle()
    await h.switch("ptb" if driver == "aiogram" else "aiogram")
    h.world.say(ann, ann, "/setrules Be kind")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/demote", reply_to_message=hello)
    await h.settle()
    h.world.say(ann, ann, "/setrules Anything goes")
    h.world.say(CHAT_ID, ann, "/rules")
    await h.settle()
    assert h.world.texts(ann)[1:] == [
        "Group rules saved.",
        "Only the owner and deputy owners can use /setrules.",
    ]
    assert h.texts()[-1] == "Be kind"
    h.world.say(ann, ann, "/disconnect")
    h.world.say(ann, ann, "/connection")
    h.world.say(ann, ann, "/connect -1001")
    await h.settle()
    assert h.world.texts(ann)[3:] == [
        "Disconnected: your private commands act on no group now.",
        "You are not connected to any group.",
        "I do not look after the chat -1001.",
    ]


async def test_wechat_connects_from_a_private_chat(harness_with, bridge):
    extra = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", extra)
    await bridge.say(None, "ann", f"/connect {ROOM}")
    await bridge.say(None, "ann", "/setrules No ads")
    await bridge.say(ROOM, "bo", "/rules")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 1)
    assert bridge.texts(ROOM) == ["No ads"]


async def test_wechat_private_command_without_a_connection_is_answered(harness_with, bridge):
    extra = {
        "communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}, **TWO["communities"]}
    }
    h, _ = await running(harness_with, bridge, "forward", extra)
    await bridge.say(None, "ann", "/connect")
    await bridge.say(None, "bo", "/rules")
    assert await until(h, lambda: bridge.texts("ann") and bridge.texts("bo"))
    assert bridge.texts("ann") == [
        f"You are not connected to any group. You can connect to:\n/connect {ROOM} (Test Club)"
    ]
    assert bridge.texts("bo") == [
        "You are not connected to any group. Send /connect in your group, then send me its "
        "commands here."
    ]


@telegram
async def test_without_the_reception_an_unclaimed_command_acts_nowhere(driver, open_harness):
    from groupops.core.engine.components import default_pipeline

    pipeline = [name for name in default_pipeline() if name != "reception"]
    h = await open_harness(driver, TWO | {"rulesets": {"main": {"pipeline": pipeline}}})
    h.world.private(OWNER_ID)
    h.world.say(OWNER_ID, OWNER_ID, "/save faq from nowhere")
    h.world.say(CHAT_ID, OWNER_ID, "/notes")
    await h.settle()
    assert h.world.texts(OWNER_ID) == []
    assert h.texts() == ["No notes saved yet."]


@telegram
async def test_a_member_starting_the_bot_is_told_what_it_is_not_how_to_connect(
    driver, open_harness
):
    """With several communities a private /start belongs to none: a plain member tapping
    Start read an admin's instruction to /connect a group. It names the member's own
    community, not every community the bot serves; a stranger is told what it does."""
    h = await open_harness(driver, TWO)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "hello")  # a member of Test Club, unknown to Other Club
    h.world.private(ann)
    h.world.say(ann, ann, "/start")
    h.world.say(ann, ann, "/help")
    stranger = h.world.user(77, "Zed")["id"]
    h.world.say(stranger, stranger, "/start")
    await h.settle()
    introduction = (
        "I am the bot of Test Club: I look after its group chats (rules, points, campaigns). "
        "Send /help in your group to see what it offers."
    )
    assert h.world.texts(ann) == [introduction, introduction]
    assert h.world.texts(stranger) == [
        "I look after group chats (rules, points, campaigns). Send /help in your group to see "
        "what it offers."
    ]
    h.world.private(OWNER_ID)
    h.world.say(OWNER_ID, OWNER_ID, "/start")  # an admin somewhere is shown where to connect
    await h.settle()
    assert h.world.texts(OWNER_ID)[-1].startswith("You are not connected to any group. You can")

    # she does as told: /help in her group, which said nothing, sends her to the private chat,
    # where her /help now lists what she can use in Test Club
    h.world.say(CHAT_ID, ann, "/help")
    await h.settle()
    assert h.texts()[-1] == "Send /help to me in a private chat: I list there what you can use."
    h.world.say(ann, ann, "/help")
    await h.settle()
    listing = h.world.texts(ann)[-1].split("\n")
    assert listing[0] == (
        "I am the bot of Test Club: I look after its group chats (rules, points, campaigns). "
        "Here in private you can use:"
    )
    assert "/points – your points balance" in listing


@telegram
async def test_a_connected_members_private_answers_follow_their_setlang(driver, open_harness):
    german = {**TWO, "communities": {**TWO["communities"], "club": {"locale": "de"}}}
    h = await open_harness(driver, german)
    pia = h.member(42, "Pia")
    h.world.say(CHAT_ID, pia, "/connect")
    h.world.private(pia)
    await h.settle()
    h.world.say(pia, pia, "/points")
    h.world.say(pia, pia, "/setlang en")
    h.world.say(pia, pia, "/points")
    await h.settle()
    assert h.world.texts(pia)[-3:] == [
        "Pia hat 0 Punkte.", "Your language is now English.", "Pia has 0 points.",
    ]  # fmt: skip
