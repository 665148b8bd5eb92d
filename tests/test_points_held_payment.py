"""A Stars payment held for the admins (it matches no plan: a forged one, one paid short) is no
sale: it earns no order points, whatever `points.order_rates` says; granted a plan by an admin,
it is an order like any other and earns them, once."""

from __future__ import annotations

from groupops.core.events import PaymentReceived
from groupops.core.paid.commands import payload_for
from groupops.core.storage.models import LedgerEntry

VIP = "local:vip"
SETTINGS = {
    "rulesets": {
        "main": {
            "points": {"order_rates": {"XTR": 1}},
            "paid": {
                "plans": {"basic": {"price": 750, "currency": "XTR", "period": "30d",
                                    "chats": [VIP]}}
            },
        }
    },
    "communities": {"club": {"chats": ["local:main", VIP]}},
}  # fmt: skip


async def test_a_held_payment_earns_no_order_points_until_granted(harness_factory):
    h = await harness_factory(SETTINGS)
    ann = h.user("ann")
    owner = h.user("olga", owner=True)
    await h.world.push(
        PaymentReceived(
            key="local:pay-1", chat=h.chat, time=h.clock.now(), member=ann, currency="XTR",
            amount=500, payload=payload_for("club", "basic"), charge="charge-1",
        )
    )  # fmt: skip
    await h.settle()
    h.clock.advance(minutes=5)
    await h.run_due("points.orders")
    await h.settle()
    assert await h.balance(ann) == 0
    assert not await LedgerEntry.filter(reason="order").exists()

    await h.world.say(h.chat, owner, "/grant @ann basic charge-1")
    await h.settle()
    assert h.world.texts(h.chat)[-1].startswith("ann: basic until ")
    h.clock.advance(minutes=5)
    await h.run_due("points.orders")
    await h.settle()
    assert await h.balance(ann) == 500
