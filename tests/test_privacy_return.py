"""A member forgotten who comes back: what they do afterwards is theirs again (saved, counted)
and a second /forgetme erases it too. Through the python-telegram-bot driver against the fake
Bot API."""

from __future__ import annotations

from support.telegram_harness import CHAT_ID, OWNER_ID

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
    assert h.texts()[-1] == "Top members, all time:\n1. Bob · 1 point"  # no alias ranked as a name


async def test_a_returning_members_checkin_is_saved(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    bob = h.member(100, "Bob")  # telegram:user:100 begins like the owner's telegram:user:10
    h.world.private(ANN)
    h.world.private(OWNER_ID)
    h.world.say(CHAT_ID, ANN, "签到")
    h.world.say(CHAT_ID, bob, "签到")
    thanks = h.world.say(CHAT_ID, bob, "fixed it")
    h.world.say(CHAT_ID, OWNER_ID, "/give 3 helped", reply_to_message=thanks)
    await h.settle()
    await forget(h, ANN)
    await forget(h, OWNER_ID)
    h.world.say(CHAT_ID, ANN, "签到")  # back the same day: a check-in of her own again
    await h.settle()
    assert h.texts()[-1].startswith("Ann checked in: +1 point.")
    assert await h.balance(ANN) == 1  # saved, not only shown
    await h.switch("ptb")
    assert await h.balance(ANN) == 1
    rows = await LedgerEntry.filter(community="club").order_by("id")
    mentions = [r.key + " " + r.ref for r in rows if "telegram:user:201" in r.key + r.ref]
    assert mentions == [f"checkin:club:{KEY}:{rows[-1].created_at.date()} "]
    assert not [r for r in rows if "telegram:user:10;" in r.ref or r.ref.endswith(":10")]
    given = next(r for r in rows if r.reason == "give")
    assert given.member == "telegram:user:100" and given.ref.startswith("by=forgotten:")
    assert "checkin:club:telegram:user:100:" in [r.key[:-10] for r in rows]  # Bob's untouched


async def test_forgetme_cancel_cancels(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    h.world.private(ANN)
    h.world.say(CHAT_ID, ANN, "hello")
    h.world.say(ANN, ANN, "/forgetme")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme cancel")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme confirm")  # nothing pending: explained again
    await h.settle()
    asked, cancelled, again = h.world.texts(ANN)
    assert cancelled == "Cancelled: nothing was erased."
    assert again == asked
    assert await Member.exists(community="club", key=KEY)
