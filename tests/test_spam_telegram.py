"""/spam on Telegram through both drivers and the fake Bot API: the message goes, the sender
is banned, and what it taught catches the next account's copy."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.storage.models import AuditEntry

AD = "Selling cheap garden gnomes wholesale, ask for the catalogue"
MODERATION = {"moderation": {"classifier": {"enabled": True}}}


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_spam_by_reply_deletes_bans_and_teaches(driver, sqlite_url):
    h = await TelegramHarness.open(driver, sqlite_url, {"rulesets": {"main": MODERATION}})
    try:
        h.member(66, "Seller")
        h.member(67, "Other")
        ad = h.world.say(CHAT_ID, 66, AD)
        await h.settle()
        assert not h.world.chats[CHAT_ID].messages[ad["message_id"]].get("deleted")
        h.world.say(CHAT_ID, OWNER_ID, "/spam", reply_to_message=ad)
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[ad["message_id"]].get("deleted")
        assert h.world.chats[CHAT_ID].members[66]["status"] == "kicked"
        assert "Learned as spam: Seller, ban." in h.texts()
        copy = h.world.say(
            CHAT_ID, 67, "Selling cheap garden gnomes in bulk, ask me for a catalogue"
        )
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[copy["message_id"]].get("deleted")
    finally:
        await h.close()


CHANNEL = {"id": -1001111111111, "title": "Deals", "type": "channel"}
FORWARDED = {
    "forward_origin": {"type": "channel", "chat": CHANNEL, "message_id": 7, "date": 1767225600},
    "reply_markup": {"inline_keyboard": [[{"text": "Open", "url": "https://t.me/deals"}]]},
}


def assert_library_reads_a_forwarded_post_with_buttons(message: dict) -> None:
    """The message as the fake Bot API sent it is what both libraries' own models read as a
    channel post's forward with an inline keyboard: the shape is the Bot API's, not ours."""
    from aiogram.types import Message as AiogramMessage
    from telegram import Message as PTBMessage

    for read in (AiogramMessage.model_validate(message), PTBMessage.de_json(message, None)):
        assert type(read.forward_origin).__name__ == "MessageOriginChannel"
        assert type(read.reply_markup).__name__ == "InlineKeyboardMarkup"


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_spam_on_a_forwarded_post_with_buttons_keeps_those_facts(driver, sqlite_url):
    from groupops.core.storage.models import SpamLesson

    h = await TelegramHarness.open(driver, sqlite_url, {"rulesets": {"main": MODERATION}})
    try:
        h.member(66, "Seller")  # no @username
        h.member(67, "Bob")
        h.world.users[67]["username"] = "bob_the_seller"
        post = h.world.say(CHAT_ID, 66, "Weekend picks are out, have a look", **FORWARDED)
        assert_library_reads_a_forwarded_post_with_buttons(post)
        plain = h.world.say(CHAT_ID, 67, "Selling my old bike, cheap")
        await h.settle()
        h.world.say(CHAT_ID, OWNER_ID, "/spam", reply_to_message=post)
        h.world.say(CHAT_ID, OWNER_ID, "/spam", reply_to_message=plain)
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[post["message_id"]].get("deleted")
        # a lesson keeps what moderation read: the buttons' words, then the text
        lessons = {
            row.text.rpartition("\n")[2]: row for row in await SpamLesson.filter(label="spam")
        }
        forwarded = lessons["Weekend picks are out, have a look"]
        assert "https://t.me/deals" in forwarded.text
        bike = lessons["Selling my old bike, cheap"]
        assert {"#forwarded", "#buttons", "#no_username"} <= set(forwarded.facts.split())
        assert not {"#forwarded", "#buttons", "#no_username"} & set(bike.facts.split())
    finally:
        await h.close()


ADMIN_CHAT_ID = -1009876543210
REVIEWED = {
    "rulesets": {
        "main": {"moderation": {"classifier": {"enabled": True, "threshold": 0.9999,
                                               "review": 0.5}}}
    },
    "communities": {"club": {"admin_chat": f"telegram:{ADMIN_CHAT_ID}"}},
}  # fmt: skip


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_the_ban_button_under_a_review_in_the_admin_chat(driver, sqlite_url):
    h = await TelegramHarness.open(driver, sqlite_url, REVIEWED)
    try:
        h.world.group(ADMIN_CHAT_ID, "Admins")
        h.world.add_member(ADMIN_CHAT_ID, OWNER_ID, "creator")
        h.member(66, "Bob")
        unsure = h.world.say(CHAT_ID, 66, "Who wants extra money? Message me")
        await h.settle()
        (review,) = h.world.bot_messages(ADMIN_CHAT_ID)
        assert review["text"].startswith("Review: is this spam? Bob")
        assert [b["text"] for b in h.world.buttons(ADMIN_CHAT_ID, review["message_id"])] == [
            "Ban", "Not spam"
        ]  # fmt: skip
        h.world.press(ADMIN_CHAT_ID, OWNER_ID, review["message_id"], "Ban")
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[unsure["message_id"]].get("deleted")
        assert h.world.chats[CHAT_ID].members[66]["status"] == "kicked"
        assert "Learned as spam: Bob, ban." in h.world.texts(ADMIN_CHAT_ID)
    finally:
        await h.close()


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_ban_button_naming_a_deputys_message_bans_nobody(driver, sqlite_url):
    """An admin sends the review's Ban data naming a deputy's message (any client can send any
    data): /spam refuses that, and so does the button."""
    deputy = {"communities": {"club": {"roles": {"deputy": ["telegram:user:55"]}}}}
    h = await TelegramHarness.open(driver, sqlite_url, {"rulesets": {"main": MODERATION}, **deputy})
    try:
        h.member(55, "Dora")  # a deputy by the settings, a plain member to Telegram
        h.member(44, "Adam")
        h.world.add_member(CHAT_ID, 44, "administrator")
        said = h.world.say(CHAT_ID, 55, "Meeting notes are in the pinned message")
        await h.settle()
        key = f"telegram:{CHAT_ID}|{said['message_id']}"
        h.world.press_data(CHAT_ID, 44, said["message_id"], f"spam:ban:{key}")
        await h.settle()
        assert h.world.chats[CHAT_ID].status(55) == "member"
        assert not h.world.chats[CHAT_ID].messages[said["message_id"]].get("deleted")
        assert h.texts() == ["Dora is an admin; that does not apply to admins."]
    finally:
        await h.close()


TWO_GROUPS = -1005555666


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_an_admin_of_one_group_judges_and_undoes_nothing_of_the_communitys_other(
    driver, sqlite_url
):
    """A community of two groups; Mallory is an admin of the second only. `/spam ID` naming a
    message of the first, and `/undo ID` of the owner's ban there, change nothing there."""
    chats = [f"telegram:{CHAT_ID}", f"telegram:{TWO_GROUPS}"]
    extra = {"rulesets": {"main": MODERATION}, "communities": {"club": {"chats": chats}}}
    h = await TelegramHarness.open(driver, sqlite_url, extra)
    try:
        h.world.group(TWO_GROUPS, "Second")
        h.world.add_member(TWO_GROUPS, OWNER_ID, "creator")
        h.member(66, "Bob")
        h.member(88, "Sam")
        h.member(77, "Mallory")
        h.world.add_member(TWO_GROUPS, 77, "administrator")
        said = h.world.say(CHAT_ID, 66, "I like turtles very much")
        h.world.say(CHAT_ID, OWNER_ID, "/ban 88 scam")
        await h.settle()
        (ban,) = await AuditEntry.filter(action="ban").values_list("id", flat=True)
        h.world.say(TWO_GROUPS, 77, f"/spam {said['message_id']}")
        h.world.say(TWO_GROUPS, 77, f"/undo {ban}")
        await h.settle()
        assert h.world.chats[CHAT_ID].status(66) == "member"
        assert not h.world.chats[CHAT_ID].messages[said["message_id"]].get("deleted")
        assert h.world.chats[CHAT_ID].status(88) == "kicked"
        refused = (
            "That is in another group of Test Club, where you are not an admin: send it there."
        )
        assert h.world.texts(TWO_GROUPS) == [refused, refused]
        h.world.say(CHAT_ID, OWNER_ID, f"/spam {said['message_id']}")  # its own admin may
        await h.settle()
        assert h.world.chats[CHAT_ID].status(66) == "kicked"
    finally:
        await h.close()
