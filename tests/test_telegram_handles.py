"""Admin commands aimed by a member's Telegram username (`/ban @ann_lee`), which Telegram's
own completion types, through both drivers against the fake Bot API: the handle is read from
the member's messages and joins, kept in the database, and followed when it changes hands."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


def named(h, user_id: int, name: str, handle: str | None) -> None:
    h.member(user_id, name)
    if handle:
        h.world.users[user_id]["username"] = handle
    else:
        h.world.users[user_id].pop("username", None)


def status(h, user_id: int) -> str:
    return h.world.chats[CHAT_ID].members[user_id]["status"]


async def test_a_ban_by_username_removes_that_member(driver, open_harness):
    h = await open_harness(driver, {})
    named(h, 61, "Ann Lee", "ann_lee")
    named(h, 62, "Bob", None)
    h.world.say(CHAT_ID, 61, "hello everyone")
    h.world.say(CHAT_ID, 62, "hi Ann")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/ban @Ann_Lee spam links")
    await h.settle()
    assert status(h, 61) == "kicked"
    assert status(h, 62) == "member"
    assert "Ann Lee" in h.texts()[-1] and "spam links" in h.texts()[-1], h.texts()


async def test_the_handle_is_remembered_across_a_restart(driver, open_harness):
    h = await open_harness(driver, {})
    named(h, 61, "Ann Lee", "ann_lee")
    h.world.say(CHAT_ID, 61, "hello everyone")
    await h.settle()
    await h.switch("ptb" if driver == "aiogram" else "aiogram")  # memory starts empty
    h.world.say(CHAT_ID, OWNER_ID, "/mute @ann_lee 1h")
    await h.settle()
    member = h.world.chats[CHAT_ID].members[61]
    assert member["status"] == "restricted" and member["can_send_messages"] is False


async def test_a_handle_given_up_and_taken_goes_to_its_new_holder(driver, open_harness):
    h = await open_harness(driver, {})
    named(h, 61, "Ann Lee", "lucky")
    h.world.say(CHAT_ID, 61, "hello everyone")
    await h.settle()
    named(h, 61, "Ann Lee", None)  # Ann drops her username...
    h.world.say(CHAT_ID, 61, "new look")
    named(h, 62, "Bob", "lucky")  # ...and Bob takes it
    h.world.say(CHAT_ID, 62, "hi")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/ban @lucky")
    await h.settle()
    assert status(h, 62) == "kicked"
    assert status(h, 61) == "member"


async def test_a_username_not_met_yet_is_named_in_the_answer(driver, open_harness):
    h = await open_harness(driver, {})
    named(h, 61, "Ann Lee", "ann_lee")  # in the group, silent since the bot arrived
    h.world.say(CHAT_ID, OWNER_ID, "/ban @ann_lee")
    await h.settle()
    assert status(h, 61) == "member"
    assert h.texts()[-1] == (
        "I don't know @ann_lee yet: they have not posted or joined since I arrived. "
        "Reply to one of their messages, or give their id."
    )
    h.world.say(CHAT_ID, OWNER_ID, "/ban")
    await h.settle()
    assert h.texts()[-1] == "Reply to their message, mention them or give their id."


async def test_an_at_name_nobody_holds_is_not_a_display_name(driver, open_harness):
    """`@realfan` is a username on Telegram: a member whose first name is `realfan` (and whose
    username is another) is not who it names; was credited the admin's points."""
    h = await open_harness(driver, {})
    named(h, 406, "realfan", "totally_other")
    h.world.say(CHAT_ID, 406, "hello everyone, nice to be here today")
    await h.settle()
    before = await h.balance(406)
    mention = {"type": "mention", "offset": 6, "length": 8}
    h.world.say(CHAT_ID, OWNER_ID, "/give @realfan 7 contest winner", entities=[mention])
    h.world.say(CHAT_ID, OWNER_ID, "/ban @realfan spam")
    await h.settle()
    not_met = (
        "I don't know @realfan yet: they have not posted or joined since I arrived. "
        "Reply to one of their messages, or give their id."
    )
    assert h.texts()[-2:] == [not_met, not_met]
    assert await h.balance(406) == before
    assert status(h, 406) == "member"


async def test_a_display_name_is_addressed_by_a_text_mention(driver, open_harness):
    h = await open_harness(driver, {})
    named(h, 406, "realfan", "totally_other")
    h.world.say(CHAT_ID, 406, "hello everyone, nice to be here today")
    await h.settle()
    before = await h.balance(406)
    user = h.world.users[406]
    mention = {"type": "text_mention", "offset": 6, "length": 7, "user": user}
    h.world.say(CHAT_ID, OWNER_ID, "/give realfan 7 contest winner", entities=[mention])
    await h.settle()
    assert h.texts()[-1] == f"realfan received 7 points (contest winner). Balance {before + 7}."
    assert await h.balance(406) == before + 7


async def test_a_display_name_typed_as_a_username_says_the_member_has_none(driver, open_harness):
    """`@Bob` for a member who posts as Bob without a username: the bot has met him, so
    "not posted or joined since I arrived" would send the admin looking for the wrong fault."""
    h = await open_harness(driver, {})
    named(h, 62, "Bob Stone", None)
    h.world.say(CHAT_ID, 62, "hi all")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/warn @bob flooding")
    await h.settle()
    assert status(h, 62) == "member"
    assert h.texts()[-1] == (
        "No one has the username @bob; Bob Stone has no username. "
        "Reply to one of their messages, or give their id."
    )
