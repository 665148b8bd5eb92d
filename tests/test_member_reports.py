"""Members call the admins through both Telegram drivers: `/report` as a reply and `@admins`
reach the admins (privately, or in the admin chat) with buttons, throttled; an admin's button
press acts on the reported member. The admins' KPI report is `/stats`."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.storage.models import AuditEntry

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
ADMIN_CHAT = -1009999
THANKS = "Thank you, the admins have been told."


def alerts(h: TelegramHarness, chat_id: int) -> list[dict]:
    return [m for m in h.world.bot_messages(chat_id) if m.get("reply_markup")]


async def test_report_reaches_the_admin_privately_and_a_ban_button_acts(driver, open_harness):
    h = await open_harness(driver)
    h.world.private(OWNER_ID)  # the owner started the bot
    ann, spam = h.member(42, "Ann"), h.member(66, "Spammer")
    ad = h.world.say(CHAT_ID, spam, "cheap followers, write me")
    h.world.say(CHAT_ID, ann, "/report selling followers", reply_to_message=ad)
    await h.settle()
    assert h.texts()[-1] == THANKS
    (alert,) = alerts(h, OWNER_ID)
    assert alert["text"] == "Ann reported Spammer in Test Club: selling followers"
    labels = [key["text"] for key in h.world.buttons(OWNER_ID, alert["message_id"])]
    assert labels == ["Delete message", "Kick", "Ban", "Dismiss"]
    h.world.press(OWNER_ID, OWNER_ID, alert["message_id"], "Ban")
    await h.settle()
    assert h.world.chats[CHAT_ID].status(66) == "kicked"
    assert h.world.texts(OWNER_ID)[-1] == "Olga banned Spammer."


async def test_reports_are_throttled_and_need_a_reply(driver, open_harness):
    h = await open_harness(driver)
    h.world.private(OWNER_ID)
    ann, spam = h.member(42, "Ann"), h.member(66, "Spammer")
    h.world.say(CHAT_ID, ann, "/report")
    first = h.world.say(CHAT_ID, spam, "ad one")
    second = h.world.say(CHAT_ID, spam, "ad two")
    h.world.say(CHAT_ID, ann, "/report", reply_to_message=first)
    h.world.say(CHAT_ID, ann, "/report", reply_to_message=second)
    await h.settle()
    assert h.texts() == [
        "Reply to the message you want to report with /report [reason].",
        THANKS,
        "You reported something a moment ago; the admins have been told.",
    ]
    assert len(alerts(h, OWNER_ID)) == 1


async def test_at_admins_alerts_the_admin_chat_and_kick_button(driver, open_harness):
    extra = {"communities": {"club": {"admin_chat": f"telegram:{ADMIN_CHAT}"}}}
    h = await open_harness(driver, extra)
    h.world.group(ADMIN_CHAT, "Admins")
    h.world.add_member(ADMIN_CHAT, OWNER_ID, "creator")
    ann, spam = h.member(42, "Ann"), h.member(66, "Spammer")
    ad = h.world.say(CHAT_ID, spam, "cheap followers")
    h.world.say(CHAT_ID, ann, "@admins look at this", reply_to_message=ad)
    await h.settle()
    (alert,) = alerts(h, ADMIN_CHAT)
    assert alert["text"] == "Ann reported Spammer in Test Club: @admins look at this"
    h.world.press(ADMIN_CHAT, 42, alert["message_id"], "Kick")  # not an admin: nothing
    await h.settle()
    assert h.world.chats[CHAT_ID].status(66) == "member"
    h.world.press(ADMIN_CHAT, OWNER_ID, alert["message_id"], "Delete message")
    await h.settle()
    assert h.world.chats[CHAT_ID].messages[ad["message_id"]].get("deleted") is True
    assert h.world.texts(ADMIN_CHAT)[-1] == "Olga deleted the reported message."


async def test_admins_kpis_moved_to_stats(driver, open_harness):
    h = await open_harness(driver)
    h.world.say(CHAT_ID, OWNER_ID, "/stats day")
    await h.settle()
    assert h.texts()[-1].startswith("Report for Test Club, day")


async def test_a_report_is_decided_once_and_later_presses_hear_who_decided(driver, open_harness):
    extra = {"communities": {"club": {"admin_chat": f"telegram:{ADMIN_CHAT}"}}}
    h = await open_harness(driver, extra)
    h.world.group(ADMIN_CHAT, "Admins")
    h.world.add_member(ADMIN_CHAT, OWNER_ID, "creator")
    ann, spam = h.member(42, "Ann"), h.member(66, "Spammer")
    ad = h.world.say(CHAT_ID, spam, "cheap followers")
    h.world.say(CHAT_ID, ann, "/report selling followers", reply_to_message=ad)
    await h.settle()
    (alert,) = alerts(h, ADMIN_CHAT)
    before = len(h.world.texts(ADMIN_CHAT))
    h.world.press(ADMIN_CHAT, OWNER_ID, alert["message_id"], "Ban")
    h.world.press(ADMIN_CHAT, OWNER_ID, alert["message_id"], "Ban")  # pressed twice at once
    await h.settle()
    h.world.press(ADMIN_CHAT, OWNER_ID, alert["message_id"], "Dismiss")  # and later
    await h.settle()
    assert h.world.chats[CHAT_ID].status(66) == "kicked"
    assert len(h.fake.called("banChatMember")) == 1
    assert h.world.texts(ADMIN_CHAT)[before:] == [
        "Olga banned Spammer.",
        "That report was already handled by Olga.",
        "That report was already handled by Olga.",
    ]


async def test_a_report_decided_before_a_restart_stays_decided(driver, open_harness):
    extra = {"communities": {"club": {"admin_chat": f"telegram:{ADMIN_CHAT}"}}}
    h = await open_harness(driver, extra)
    h.world.group(ADMIN_CHAT, "Admins")
    h.world.add_member(ADMIN_CHAT, OWNER_ID, "creator")
    ann, spam = h.member(42, "Ann"), h.member(66, "Spammer")
    ad = h.world.say(CHAT_ID, spam, "cheap followers")
    h.world.say(CHAT_ID, ann, "/report", reply_to_message=ad)
    await h.settle()
    (alert,) = alerts(h, ADMIN_CHAT)
    h.world.press(ADMIN_CHAT, OWNER_ID, alert["message_id"], "Dismiss")
    await h.settle()
    await h.switch(driver)  # a restart: nothing of the decision left in memory
    h.world.press(ADMIN_CHAT, OWNER_ID, alert["message_id"], "Ban")
    await h.settle()
    assert h.world.chats[CHAT_ID].status(66) == "member"
    assert h.world.texts(ADMIN_CHAT)[-2:] == [
        "Olga dismissed the report.",
        "That report was already handled by Olga.",
    ]


async def test_a_role_in_another_community_acts_on_no_report_of_this_one(driver, open_harness):
    """An admin of the operator's other community sends a report button's data naming a report
    of this one (a modified client sends any data): nobody is banned here."""
    other, mallory = -1002222333, 77
    roles = {"admin": [f"telegram:user:{mallory}"]}
    extra = {"communities": {"other": {"ruleset": "main", "chats": [f"telegram:{other}"],
                                       "title": "Other", "roles": roles}}}  # fmt: skip
    h = await open_harness(driver, extra)
    h.world.group(other, "Other")
    ann, bob = h.member(42, "Ann"), h.member(66, "Bob")
    h.member(mallory, "Mallory")
    h.world.add_member(other, mallory)
    said = h.world.say(CHAT_ID, bob, "hello all")
    h.world.say(CHAT_ID, ann, "/report rude", reply_to_message=said)
    start = h.world.say(mallory, mallory, "/start")
    await h.settle()
    (report,) = await AuditEntry.filter(action="report").values_list("id", flat=True)
    for data in (f"@other|report|ban|{report}", f"@club|report|ban|{report}"):
        h.world.press_data(mallory, mallory, start["message_id"], data)
    await h.settle()
    assert h.world.chats[CHAT_ID].status(66) == "member"
    assert h.fake.called("banChatMember") == []
    assert "Mallory banned Bob." not in h.world.texts(mallory)


async def test_a_report_of_one_made_a_deputy_since_bans_no_deputy(driver, open_harness):
    """Dora is reported, then made a deputy before an admin decides: /ban refuses admins, and
    the report's Ban button does too; the report can still be decided otherwise."""
    h = await open_harness(driver)
    h.world.private(OWNER_ID)  # the owner started the bot
    dora, ann = h.member(55, "Dora"), h.member(42, "Ann")
    note = h.world.say(CHAT_ID, dora, "The meetup moved to Friday")
    h.world.say(CHAT_ID, ann, "/report", reply_to_message=note)
    h.world.say(CHAT_ID, OWNER_ID, "/promote 55 deputy")
    await h.settle()
    (alert,) = alerts(h, OWNER_ID)
    h.world.press(OWNER_ID, OWNER_ID, alert["message_id"], "Ban")
    await h.settle()
    assert h.world.chats[CHAT_ID].status(55) == "member"
    assert h.world.texts(OWNER_ID)[-1] == "Dora is an admin; that does not apply to admins."
    h.world.press(OWNER_ID, OWNER_ID, alert["message_id"], "Dismiss")
    await h.settle()
    assert h.world.texts(OWNER_ID)[-1] == "Olga dismissed the report."
