"""A checkout's answer has a deadline: Telegram fails a checkout not answered within 10 s, so
an answer held up by 5xx answers is dropped once that has passed (recorded as failed, with a
log line saying the checkout was missed) rather than retried for a minute."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from loguru import logger
from support.fake_telegram import payments
from support.fake_telegram.methods import ApiError
from test_paid_telegram import ANN, BOUGHT, invoiced, open_harness

from groupops.core.storage.models import OutboxItem

__all__ = ["open_harness"]  # the fixture, shared with test_paid_telegram
pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_a_checkout_answer_past_its_deadline_is_dropped(driver, open_harness):
    h = await open_harness(driver)
    invoice = await invoiced(h)
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    try:
        h.fake.refuse["answerPreCheckoutQuery"] = [ApiError(502, "Bad Gateway")] * 5
        query = payments.pay(h.world, ANN, ANN, invoice["message_id"])
        for _ in range(200):  # the first answer tried, and refused
            if h.fake.called("answerPreCheckoutQuery"):
                break
            await asyncio.sleep(0.05)
        h.clock.set(BOUGHT + timedelta(seconds=11))  # Telegram has given up by now
        await h.settle()
    finally:
        logger.remove(sink)
    assert len(h.fake.called("answerPreCheckoutQuery")) == 1  # not retried for a minute
    assert payments.ledger(h.world).checkouts[query].answer is None
    row = await OutboxItem.get(kind="checkout")
    assert row.status == "failed"
    assert "checkout missed" in row.error
    assert [line for line in seen if "dropped" in line and "checkout missed" in line], seen
