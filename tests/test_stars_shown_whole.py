"""Telegram Stars are whole wherever an operator or a member reads a stored amount: the
console's member page (its orders and the ledger entry an order earned) and the member's data
export say 750 XTR, on PostgreSQL too, where the amount column is a decimal (750.00)."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from support.console import console_client, link_for, sign_in

from groupops.core.events import PaymentReceived
from groupops.core.paid.commands import payload_for
from groupops.core.privacy.export import as_json, export_of

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

VIP = "local:vip"
SETTINGS = {
    "rulesets": {
        "main": {
            "points": {"order_rates": {"XTR": 0.02}},
            "paid": {
                "plans": {"basic": {"price": 750, "currency": "XTR", "period": "30d",
                                    "chats": [VIP]}}
            },
        }
    },
    "communities": {"club": {"chats": ["local:main", VIP]}},
}  # fmt: skip
TAGS = re.compile(r"<[^>]+>")


async def test_a_stars_payment_reads_as_whole_stars(harness_factory):
    h = await harness_factory(SETTINGS)
    ann = h.user("ann")
    await h.world.push(
        PaymentReceived(
            key="local:pay-1", chat=h.chat, time=h.clock.now(), member=ann, currency="XTR",
            amount=750, payload=payload_for("club", "basic"), charge="charge-1",
        )
    )  # fmt: skip
    await h.settle()
    h.clock.advance(minutes=5)
    assert await h.run_due("points.orders") == 1  # the order earns its points
    await h.settle()

    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        page = unescape(TAGS.sub("", (await client.get(f"/c/club/m/{ann}")).text))
    orders = page[page.index("Orders") :]
    assert "750 XTR (charge-1)" in orders, orders
    assert "750 XTR" in page[: page.index("Orders")]  # the ledger entry's "About"
    assert "750.00" not in page

    member = h.engine.state.get("club").members[str(ann)]
    export = json.loads(as_json(await export_of("club", str(ann), [], member, h.clock.now())))
    assert [(o["amount"], o["currency"]) for o in export["orders"]] == [("750", "XTR")]
