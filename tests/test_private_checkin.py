"""A check-in or a giveaway entry sent to the bot in private counts only for a member of the
group: anyone can write to a bot, a banned account too. Through the python-telegram-bot driver
against the fake Bot API."""

from __future__ import annotations

from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.storage.models import LedgerEntry

ANN, STRANGER, VIC = 201, 300, 302
REFUSED = "Points are for members of the group: check in there."


async def test_a_private_checkin_is_a_members_only(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    h.member(VIC, "Victor")
    h.world.user(STRANGER, "Freshy")  # never in the group
    for user in (ANN, STRANGER, VIC):
        h.world.private(user)
    h.world.say(CHAT_ID, ANN, "hello")
    said = h.world.say(CHAT_ID, VIC, "cheap followers")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/ban spam", reply_to_message=said)
    await h.settle()
    for user in (ANN, STRANGER, VIC):
        h.world.say(user, user, "/checkin")
        await h.settle()
    assert h.world.texts(ANN)[-1] == "Ann checked in: +1 point. 1 day in a row, balance 1."
    assert h.world.texts(STRANGER)[-1] == REFUSED
    assert h.world.texts(VIC)[-1] == REFUSED
    earners = await LedgerEntry.filter(reason="checkin").values_list("member", flat=True)
    assert earners == [f"telegram:user:{ANN}"]


async def test_a_giveaway_entered_in_private_is_a_members_only(open_harness):
    h = await open_harness("ptb", {"rulesets": {"main": {"timezone": "UTC"}}})
    h.member(ANN, "Ann")
    h.world.user(STRANGER, "Freshy")
    h.world.private(ANN)
    h.world.private(STRANGER)
    h.world.say(CHAT_ID, OWNER_ID, "/campaign new lottery spring prize=Keyboard ends=1d")
    h.world.say(CHAT_ID, ANN, "hello")
    await h.settle()
    h.world.say(ANN, ANN, "/join spring")
    h.world.say(STRANGER, STRANGER, "/join spring")
    await h.settle()
    assert h.world.texts(ANN)[-1] == "Ann is in the draw for spring (1 entrant)."
    assert h.world.texts(STRANGER)[-1] == "This draw is for members of the group."
