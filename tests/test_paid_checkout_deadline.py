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


async def test_a_missed_checkout_answer_is_not_requeued_and_is_listed_as_missed(
    driver, open_harness
):
    """What `groupops outbox retry ID` and `groupops outbox` tell the operator: re-queued, the
    answer would be dropped again, so it is refused with the reason, and listed as missed."""
    from groupops.core.cli.outbox import _table
    from groupops.core.engine.outbox_rows import requeue, troubled, why_not_requeued

    h = await open_harness(driver)
    invoice = await invoiced(h)
    h.fake.refuse["answerPreCheckoutQuery"] = [ApiError(502, "Bad Gateway")] * 5
    payments.pay(h.world, ANN, ANN, invoice["message_id"])
    for _ in range(200):
        if h.fake.called("answerPreCheckoutQuery"):
            break
        await asyncio.sleep(0.05)
    h.clock.set(BOUGHT + timedelta(seconds=11))
    await h.settle()
    row = await OutboxItem.get(kind="checkout")
    requeued, refused = await requeue([row.id])
    assert requeued == []
    assert await why_not_requeued(refused) == {
        row.id: "missed its deadline (a checkout's answer is due within seconds): the platform "
        "no longer takes it, so it is not re-queued"
    }
    assert (await requeue(None))[0] == []  # nor with --all
    assert (await OutboxItem.get(id=row.id)).status == "failed"
    (listed,) = await troubled(BOUGHT + timedelta(minutes=1), timedelta(minutes=5), None)
    line = _table([listed], timedelta(minutes=5)).splitlines()[1]
    assert line.split()[:2] == [row.id, "missed"], line
