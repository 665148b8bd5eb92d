"""Anti-raid mode through both Telegram drivers: a wave of joins (or /antiraid on) holds every
newcomer until the mode ends by itself; admins are told when it starts and when it ends."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.storage.models import AuditEntry

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
RAID = {"rulesets": {"main": {"antiraid": {"joins": 3, "window": "1m", "duration": "10m"}}}}
ON = "Anti-raid is on until Mar 2, 2026, 5:{:02d}\u202fPM: every newcomer is muted meanwhile."
OFF = "Anti-raid is off: newcomers are welcome again."


def join(h: TelegramHarness, user_id: int) -> None:
    h.world.user(user_id, f"User{user_id}")
    h.world.join(CHAT_ID, user_id)


def asked(h: TelegramHarness, user_id: int) -> int:
    """The captcha question put to `user_id` (its id), as they see it in the group."""
    return [
        m["message_id"]
        for m in h.world.bot_messages(CHAT_ID)
        if m.get("reply_markup") and f"User{user_id}" in m.get("text", "") and not m.get("deleted")
    ][-1]


async def test_a_wave_of_joins_switches_raid_mode_on_then_off(driver, open_harness):
    h = await open_harness(driver, RAID)
    for user_id in (41, 42):
        join(h, user_id)
    await h.settle()
    assert all(h.world.chats[CHAT_ID].members[u]["status"] == "member" for u in (41, 42))
    join(h, 43)  # the third join within a minute: a raid
    join(h, 44)
    await h.settle()
    members = h.world.chats[CHAT_ID].members
    for user_id in (43, 44):
        assert members[user_id]["status"] == "restricted"
        assert members[user_id]["can_send_messages"] is False
        assert members[user_id]["until_date"] == int(h.clock.now().timestamp()) + 600
    assert ON.format(10) in h.texts()
    assert not any("User44" in text for text in h.texts())  # raiders get no welcome
    h.clock.advance(minutes=10)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.texts()[-1] == OFF
    join(h, 45)
    await h.settle()
    assert h.world.chats[CHAT_ID].members[45]["status"] == "member"
    held = await AuditEntry.filter(action="antiraid.held").count()
    assert held == 2


async def test_admin_switches_raid_mode_by_command(driver, open_harness):
    h = await open_harness(driver, {"rulesets": {"main": {"antiraid": {"action": "ban"}}}})
    h.world.say(CHAT_ID, OWNER_ID, "/antiraid on 30m")
    await h.settle()
    assert h.texts()[-1] == (
        "Anti-raid is on until Mar 2, 2026, 5:30\u202fPM: every newcomer is banned meanwhile."
    )
    join(h, 50)
    await h.settle()
    assert h.world.chats[CHAT_ID].status(50) == "kicked"
    h.world.say(CHAT_ID, OWNER_ID, "/antiraid off")
    await h.settle()
    assert h.texts()[-1] == OFF
    h.clock.advance(minutes=30)
    await h.engine.scheduler.run_due()  # the end already came: nothing said twice
    await h.settle()
    assert h.texts().count(OFF) == 1
    h.member(51, "Mia")
    h.world.say(CHAT_ID, 51, "/antiraid on")
    await h.settle()
    assert h.texts()[-1] == "Only admins can use /antiraid."


async def test_raid_mode_ended_early_unmutes_the_newcomers_it_held(driver, open_harness):
    """/antiraid off had left them muted until the raid's planned end (joins.md: "restricted
    until the mode ends")."""
    h = await open_harness(driver, RAID)
    h.world.say(CHAT_ID, OWNER_ID, "/antiraid on 6h")
    await h.settle()
    for user_id in (61, 62):
        join(h, user_id)
    await h.settle()
    members = h.world.chats[CHAT_ID].members
    assert all(members[u]["status"] == "restricted" for u in (61, 62))
    h.clock.advance(minutes=5)
    h.world.say(CHAT_ID, OWNER_ID, "/antiraid on 8h")  # extended: the same raid
    await h.settle()
    join(h, 63)
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/antiraid off")
    await h.settle()
    assert h.texts()[-1] == OFF
    members = h.world.chats[CHAT_ID].members
    for user_id in (61, 62, 63):
        assert members[user_id]["status"] == "member", members[user_id]
        assert members[user_id].get("can_send_messages", True) is True


async def test_those_a_raid_held_are_asked_the_captcha_when_it_ends(driver, open_harness):
    """Held, a raid's newcomers were asked nothing, and its end let them all in; with the
    captcha on they are asked when it ends, and one who never answers is removed."""
    captcha = {"enabled": True, "mode": "button", "timeout": "5m"}
    h = await open_harness(driver, RAID | {"rulesets": {"main": RAID["rulesets"]["main"]
                                                        | {"captcha": captcha}}})  # fmt: skip
    for user_id in (41, 42, 43, 44):  # the third starts the raid: 43 and 44 are held
        join(h, user_id)
        await h.settle()
    for user_id in (41, 42):  # asked on arrival, before the raid: they press the button
        h.world.press(CHAT_ID, user_id, asked(h, user_id), "I am human")
    await h.settle()
    members = h.world.chats[CHAT_ID].members
    assert [members[u]["status"] for u in (43, 44)] == ["restricted", "restricted"]
    h.clock.advance(minutes=10)
    await h.engine.scheduler.run_due()  # the raid ends ...
    await h.settle()
    await h.engine.scheduler.run_due()  # ... and those it held are asked
    await h.settle()
    assert OFF in h.texts()
    h.world.press(CHAT_ID, 43, asked(h, 43), "I am human")
    await h.settle()
    assert members[43]["status"] == "member"
    h.clock.advance(minutes=6)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert not h.world.chats[CHAT_ID].present(44)  # never answered: removed


async def test_one_account_leaving_and_rejoining_is_no_raid(driver, open_harness):
    h = await open_harness(driver, RAID)
    join(h, 41)
    for _ in range(3):
        await h.settle()
        h.world.leave(CHAT_ID, 41)
        await h.settle()
        h.world.join(CHAT_ID, 41)
    await h.settle()
    assert ON.format(10) not in h.texts()
    assert h.world.chats[CHAT_ID].members[41]["status"] == "member"


async def test_joins_through_a_request_that_passed_the_captcha_start_no_raid(driver, open_harness):
    captcha = {"enabled": True, "mode": "button"}
    main = RAID["rulesets"]["main"] | {"captcha": captcha}
    h = await open_harness(driver, {"rulesets": {"main": main}})
    for user_id in (61, 62, 63):
        h.world.user(user_id, f"User{user_id}")
        h.world.request_join(CHAT_ID, user_id)
        await h.settle()
        question = [m for m in h.world.bot_messages(user_id) if m.get("reply_markup")][-1]
        h.world.press(user_id, user_id, question["message_id"], "I am human")
        await h.settle()
    assert ON.format(10) not in h.texts()
    assert [h.world.chats[CHAT_ID].members[u]["status"] for u in (61, 62, 63)] == ["member"] * 3


async def test_a_raids_many_held_members_share_one_message_and_are_asked_on_pressing(
    driver, open_harness
):
    """More than three held in a chat: one message with one button when the raid ends, not a
    question each (2,000 raiders asked one by one were 100 minutes of the bot's own messages);
    a held member who presses is asked, one never held or already let in is not."""
    captcha = {"enabled": True, "mode": "button", "timeout": "5m"}
    h = await open_harness(driver, RAID | {"rulesets": {"main": RAID["rulesets"]["main"]
                                                        | {"captcha": captcha}}})  # fmt: skip
    for user_id in range(41, 51):  # the third starts the raid: 43 to 50 are held
        join(h, user_id)
        await h.settle()
    h.clock.advance(minutes=10)
    await h.engine.scheduler.run_due()  # the raid ends ...
    await h.settle()
    await h.engine.scheduler.run_due()  # ... and those it held are told, together
    await h.settle()
    members = h.world.chats[CHAT_ID].members
    assert {members[u]["status"] for u in range(43, 51)} == {"restricted"}
    shared = [m for m in h.world.bot_messages(CHAT_ID) if "joined during the raid" in m["text"]]
    assert [m["text"] for m in shared] == [
        "8 newcomers who joined during the raid stay muted. If you are one of them, press the "
        "button to be let in."
    ]
    assert not [m for m in h.world.bot_messages(CHAT_ID) if "User47" in m.get("text", "")]
    h.world.press(CHAT_ID, 47, shared[0]["message_id"], "Let me in")
    h.world.press(CHAT_ID, 41, shared[0]["message_id"], "Let me in")  # asked on arrival
    await h.settle()
    h.world.press(CHAT_ID, 47, asked(h, 47), "I am human")
    await h.settle()
    assert members[47]["status"] == "member"
    assert not [m for m in h.world.bot_messages(CHAT_ID) if "User41" in m.get("text", "")][1:]
    h.world.press(CHAT_ID, 47, shared[0]["message_id"], "Let me in")  # let in: asked no more
    await h.settle()
    assert len([m for m in h.world.bot_messages(CHAT_ID) if "User47" in m.get("text", "")]) <= 1
    assert members[48]["status"] == "restricted"  # never pressed: muted still, not removed


async def test_a_held_accounts_spam_goes_without_a_reminder_to_each(driver, open_harness):
    """A raid's accounts post as they join: each got the ladder's reminder in the group."""
    blocklist = {"moderation": {"blocklist": {"words": ["crypto pump"]}}}
    h = await open_harness(driver, {"rulesets": {"main": RAID["rulesets"]["main"] | blocklist}})
    for user_id in (41, 42, 43, 44):
        join(h, user_id)
    await h.settle()
    assert h.world.chats[CHAT_ID].members[44]["status"] == "restricted"  # held
    before = h.texts()  # the welcomes of 41 and 42, the raid's start
    spam = [h.world.say(CHAT_ID, user_id, "crypto pump, join now") for user_id in (43, 44)]
    await h.settle()
    assert all(h.world.chats[CHAT_ID].messages[m["message_id"]].get("deleted") for m in spam)
    assert h.texts() == before  # no "User44, please mind the group rules"
    mine = h.world.say(CHAT_ID, 41, "crypto pump, join now")  # let in before the raid
    await h.settle()
    assert h.world.chats[CHAT_ID].messages[mine["message_id"]].get("deleted")
    assert h.texts()[-1] == "User41, please mind the group rules: a blocked word."
