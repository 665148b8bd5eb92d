"""A paid chat's other door: a paid member adds a friend who never paid (Telegram lets members
add others where the chat allows it). The friend is removed (not banned: they may pay and come
back), the chat hears why, and the member who paid stays; one an admin adds (a guest) stays,
as does every member the bot let in. Both drivers, the fake Bot API."""

from __future__ import annotations

import pytest
from support.telegram_harness import OWNER_ID
from test_paid_telegram import ANN, PAID_ID, buy, open_harness, private_texts

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
EVE, GUS = 66, 67


async def test_a_friend_a_paid_member_adds_is_removed(driver, open_harness):
    h = await open_harness(driver)
    await buy(h)
    link = next(t for t in private_texts(h, ANN) if t.startswith("Your personal link"))
    h.world.request_join(PAID_ID, ANN, link.rsplit(" ", 1)[-1])
    await h.settle()
    assert h.world.chats[PAID_ID].present(ANN)
    h.member(EVE, "Eve")
    h.world.member_change(PAID_ID, EVE, {"status": "member"}, ANN)  # Ann adds Eve
    await h.settle()
    assert h.world.chats[PAID_ID].status(EVE) == "left"  # removed, not banned
    assert h.texts(PAID_ID)[-1] == "Eve has no paid membership and was removed from this group."
    assert h.world.chats[PAID_ID].present(ANN)

    h.member(GUS, "Gus")
    h.world.member_change(PAID_ID, GUS, {"status": "member"}, OWNER_ID)  # the owner's guest
    await h.settle()
    assert h.world.chats[PAID_ID].present(GUS)
    assert not any("Gus" in t and "removed" in t for t in h.texts(PAID_ID))
