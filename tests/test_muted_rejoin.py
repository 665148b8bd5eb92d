"""A member muted by a moderator who leaves and joins again, through both Telegram drivers
against the fake Bot API: they are not welcomed (the welcome invites them to talk) and stay
muted until the mute's own end, whether Telegram kept the restriction across the leave or the
leave dropped it; a newcomer is still welcomed, and a member whose mute ended is welcomed
back."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness
from test_captcha_telegram import captcha, rejoin_restricted

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
ANN = 42
WELCOME = "Welcome to Test Club, {}! Please read the group rules and say hello."


async def muted_for_an_hour(h: TelegramHarness) -> dict:
    """Ann is muted for an hour; the restriction Telegram shows."""
    h.member(ANN, "Ann", username="ann")
    h.world.say(CHAT_ID, ANN, "hello everyone")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/mute @ann 1h")
    await h.settle()
    restriction = dict(h.world.chats[CHAT_ID].members[ANN])
    assert restriction["status"] == "restricted" and restriction["until_date"] > 0
    return restriction


def welcomes(h: TelegramHarness, name: str) -> list[str]:
    return [t for t in h.texts() if t.startswith(WELCOME.format(name))]


async def test_a_muted_member_who_rejoins_is_not_welcomed(driver, open_harness):
    h = await open_harness(driver)
    muted = await muted_for_an_hour(h)
    rejoin_restricted(h)  # Telegram keeps the restriction across the leave
    await h.settle()
    assert welcomes(h, "Ann") == []
    member = h.world.chats[CHAT_ID].members[ANN]
    assert (member["status"], member["can_send_messages"]) == ("restricted", False)
    assert member["until_date"] == muted["until_date"]  # not for good, not lifted
    h.world.user(43, "Bob")
    h.world.join(CHAT_ID, 43)  # a newcomer is welcomed as ever
    await h.settle()
    assert len(welcomes(h, "Bob")) == 1


@pytest.mark.parametrize("extra", [{}, captcha(mode="button")], ids=["plain", "captcha"])
async def test_a_rejoin_that_dropped_the_mute_is_muted_again_for_what_is_left(
    driver, open_harness, extra
):
    """The leave took the restriction with it (a platform that keeps none for those who
    left): the rejoin gives it again, ending when the mute ends, 40 minutes later; neither
    the welcome nor the captcha's question greets them."""
    h = await open_harness(driver, extra)
    muted = await muted_for_an_hour(h)
    h.world.leave(CHAT_ID, ANN)
    await h.settle()
    h.clock.advance(minutes=20)
    h.world.join(CHAT_ID, ANN)
    await h.settle()
    member = h.world.chats[CHAT_ID].members[ANN]
    assert (member["status"], member["can_send_messages"]) == ("restricted", False)
    assert member["until_date"] == muted["until_date"]
    assert welcomes(h, "Ann") == []
    assert not [m for m in h.world.bot_messages(CHAT_ID) if m.get("reply_markup")]


async def test_a_member_whose_mute_ended_is_welcomed_back(driver, open_harness):
    h = await open_harness(driver)
    await muted_for_an_hour(h)
    h.world.leave(CHAT_ID, ANN)
    await h.settle()
    h.clock.advance(hours=1, minutes=1)
    h.world.join(CHAT_ID, ANN)
    await h.settle()
    assert len(welcomes(h, "Ann")) == 1
    assert h.world.chats[CHAT_ID].members[ANN]["status"] == "member"


async def test_a_member_muted_for_good_stays_muted_for_good(driver, open_harness):
    h = await open_harness(driver)
    h.member(ANN, "Ann", username="ann")
    h.world.say(CHAT_ID, ANN, "hello everyone")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/mute @ann")
    await h.settle()
    h.world.leave(CHAT_ID, ANN)
    await h.settle()
    h.clock.advance(days=3)
    h.world.join(CHAT_ID, ANN)
    await h.settle()
    member = h.world.chats[CHAT_ID].members[ANN]
    assert (member["status"], member["can_send_messages"]) == ("restricted", False)
    assert member["until_date"] == 0  # Telegram's for good
    assert welcomes(h, "Ann") == []
