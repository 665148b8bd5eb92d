"""A member who never started the bot asks for the plan in the group and pays the invoice
there: the bot cannot write to them privately, so their personal link to the paid chat is
said in the group they paid in, which they read, not in the paid chat it opens, which they
are not in (its members would read a link that is no use to them, and the payer never would).
Both drivers, the fake Bot API."""

from __future__ import annotations

import pytest
from support.fake_telegram import payments
from support.telegram_harness import CHAT_ID
from test_paid_telegram import PAID_ID, open_harness

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
CY = 77


async def test_the_link_of_a_payer_who_never_started_the_bot_is_said_in_their_group(
    driver, open_harness
):
    h = await open_harness(driver)
    h.member(CY, "Cy")  # in the free group; never started the bot
    h.world.say(CHAT_ID, CY, "/subscribe basic")
    await h.settle()
    invoice = [m for m in h.world.bot_messages(CHAT_ID) if "invoice" in m][-1]
    payments.pay(h.world, CHAT_ID, CY, invoice["message_id"])
    await h.settle()
    assert CY not in h.world.chats  # no private chat: Telegram refused it
    assert h.texts(PAID_ID) == []  # nothing in the paid chat Cy cannot read
    said = [t for t in h.texts(CHAT_ID) if "personal link" in t]
    assert len(said) == 1 and said[0].startswith("Cy: Your personal link to the members' group: ")
    link = said[0].rsplit(" ", 1)[-1]
    h.world.request_join(PAID_ID, CY, link)  # the link lets them in
    await h.settle()
    assert h.world.chats[PAID_ID].present(CY)
