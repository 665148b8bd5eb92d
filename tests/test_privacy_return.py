"""A member forgotten who comes back: what they do afterwards is theirs again (saved, counted)
and a second /forgetme erases it too. Through the python-telegram-bot driver against the fake
Bot API."""

from __future__ import annotations

from support.telegram_harness import CHAT_ID

from groupops.core.storage.models import Checkin, LedgerEntry, Member

ANN, BOB = 201, 202
KEY = f"telegram:user:{ANN}"
DONE = "Done: Test Club has forgotten you. What it keeps no longer names you."


async def forget(h, user: int) -> None:
    h.world.say(user, user, "/forgetme")
    await h.settle()  # asked, then confirmed: two events, not one batch
    h.world.say(user, user, "/forgetme confirm")
    await h.settle()


async def test_a_member_who_came_back_can_be_forgotten_again(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    h.member(BOB, "Bob")
    h.world.private(ANN)
    h.world.say(CHAT_ID, ANN, "签到")
    h.world.say(CHAT_ID, BOB, "签到")
    await h.settle()
    await forget(h, ANN)
    h.world.say(CHAT_ID, ANN, "签到")  # back the same day
    await h.settle()
    await forget(h, ANN)
    assert h.world.texts(ANN)[1::2] == [DONE, DONE]
    assert not await Member.exists(community="club", key=KEY)
    first, second = await Checkin.filter(community="club").exclude(member__contains=":202")
    assert first.member.startswith("forgotten:") and second.member.startswith("forgotten:")
    assert first.member != second.member  # each erasure its own alias
    assert not await LedgerEntry.filter(member=KEY).exists()
    h.world.say(CHAT_ID, BOB, "/top all")
    await h.settle()
    assert h.texts()[-1] == "Top members, all time:\n1. Bob · 1"  # no alias ranked as a name
