"""A member erased by /forgetme while their paid plan runs: the membership is kept under an
alias, and its expiry, armed for their account, still takes the account out of the paid chat
when the plan ends (before, it found no membership of theirs: they stayed for ever), naming
nobody in the chat. The personal link's name (`paid:{id}`) goes from the sent actions too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.telegram_harness import TelegramHarness
from test_paid_telegram import ANN, BOUGHT, PAID_ID, buy, open_harness

from groupops.core.privacy.alias import is_forgotten
from groupops.core.storage.models import OutboxItem, PaidMembership

__all__ = ["open_harness"]  # the paid chat's harness, a fixture
pytestmark = pytest.mark.parametrize("driver", ["ptb"])


async def forget(h: TelegramHarness, user_id: int) -> None:
    for text in ("/forgetme", "/forgetme confirm"):
        h.world.say(user_id, user_id, text)
        await h.settle()


async def test_a_forgotten_members_plan_still_ends_in_the_paid_chat(driver, open_harness):
    h = await open_harness(driver)
    await buy(h)
    (link_text,) = [t for t in h.world.texts(ANN) if t.startswith("Your personal link")]
    h.world.request_join(PAID_ID, ANN, link_text.rsplit(" ", 1)[-1])
    await h.settle()
    assert h.world.chats[PAID_ID].present(ANN)
    await forget(h, ANN)
    assert h.world.texts(ANN)[-1].startswith("Done: ")
    (row,) = await PaidMembership.all()
    assert is_forgotten(row.member)
    payloads = await OutboxItem.filter(status="sent").values_list("payload", flat=True)
    assert not [p for p in payloads if f'"paid:{ANN}"' in p]  # the personal link's name
    told = len(h.texts(PAID_ID))

    h.clock.set(BOUGHT + timedelta(days=365, minutes=1))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.chats[PAID_ID].status(ANN) == "left"  # removed, not banned
    assert h.texts(PAID_ID)[told:] == []  # nobody is named
