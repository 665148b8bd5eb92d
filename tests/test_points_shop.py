"""The shop: redemption with stock and fulfilment; concurrent redemptions never overspend."""

from __future__ import annotations

import asyncio

from groupops.core.codec import decode_action
from groupops.core.engine import Engine
from groupops.core.i18n.render import render
from groupops.core.segments import plain_text
from groupops.core.storage.models import AuditEntry, LedgerEntry, OutboxItem, Redemption

SHOP = {
    "rulesets": {
        "main": {
            "moderation": {"flood": {"enabled": False}},  # a burst of /redeem is the point here
            "shop": {
                "items": [
                    {"id": "sticker", "cost": 10, "title": "Sticker pack", "stock": 1},
                    {"id": "trial", "cost": 100, "title": {"en": "Trial", "zh_Hans": "试用"}},
                ]
            },
        }
    }
}


async def ledger_sum(member: str) -> int:
    return sum(await LedgerEntry.filter(member=member).values_list("delta", flat=True))


async def funded(harness_factory, amount: int, settings=None):
    h = await harness_factory(settings or SHOP)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi")
    await h.world.say(h.chat, boss, f"/give @ann {amount} prize")
    await h.settle()
    return h, boss, ann


async def test_catalogue_defaults_are_the_playbooks(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/shop")
    await h.settle()
    assert h.world.texts(h.chat)[0].splitlines() == [
        "Points shop (redeem with /redeem ITEM):",
        "1. trial · Premium feature trial · 100 points",
        "2. consult · One-to-one consultation · 200 points",
        "3. lifetime · Lifetime free access · 500 points",
        "4. meetup · Meetup invitation · 1,000 points · 20 left",
    ]


async def test_an_empty_shop_says_so(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"shop": {"items": []}}}})
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/shop")
    await h.world.say(h.chat, ann, "/redeem trial")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "The points shop has nothing on offer now.",
        "No such item. See /shop for what you can redeem.",
    ]


async def test_redeem_with_stock_fulfil_and_refund(harness_factory):
    h, boss, ann = await funded(harness_factory, 130)
    await h.world.say(h.chat, ann, "/redeem sticker")
    await h.world.say(h.chat, ann, "/redeem sticker")  # the only one is gone
    await h.world.say(h.chat, ann, "/redeem 2")
    await h.world.say(h.chat, ann, "/redeem trial")  # 20 left
    await h.world.say(h.chat, boss, "/redemptions")
    await h.world.say(h.chat, ann, "/fulfil 1")
    await h.world.say(h.chat, boss, "/fulfil 1")
    await h.world.say(h.chat, boss, "/refund 2")
    await h.world.say(h.chat, boss, "/refund 2")
    await h.world.say(h.chat, ann, "/shop")
    await h.settle()
    texts = h.world.texts(h.chat)[1:]
    assert texts[:4] == [
        "Redeemed Sticker pack (#1); an admin will be in touch. Balance 120.",
        "Sticker pack is out of stock.",
        "Redeemed Trial (#2); an admin will be in touch. Balance 20.",
        "Trial costs 100 points; you have 20.",
    ]
    assert texts[4].splitlines() == ["Waiting redemptions:", "#1 Ann · sticker", "#2 Ann · trial"]
    assert texts[5:9] == [
        "Only admins can use /fulfil.",
        "Redemption #1 is fulfilled.",
        "Redemption #2 is refunded: 100 points back to Ann.",
        "No waiting redemption #2.",
    ]
    assert texts[9].splitlines()[1:] == [
        "1. sticker · Sticker pack · 10 points · 0 left",
        "2. trial · Trial · 100 points",
    ]
    assert await h.balance(ann) == 120 == await ledger_sum(ann)
    statuses = await Redemption.all().order_by("number").values_list("number", "status")
    assert statuses == [(1, "fulfilled"), (2, "refunded")]
    actions = await AuditEntry.filter(actor=boss).order_by("id").values_list("action", flat=True)
    assert sorted(actions) == ["fulfilled", "give", "refunded"]


async def test_concurrent_redeems_in_one_engine_never_overspend(harness_factory):
    h, _, ann = await funded(harness_factory, 250)
    events = [h.world.message_event(h.chat, ann, "/redeem trial") for _ in range(5)]
    await asyncio.gather(*(h.engine.submit(event) for event in events))
    await h.settle()
    replies = h.world.texts(h.chat)[1:]
    assert sum(r.startswith("Redeemed Trial") for r in replies) == 2
    assert replies.count("Trial costs 100 points; you have 50.") == 3
    assert await h.balance(ann) == 50 == await ledger_sum(ann)
    assert await Redemption.all().count() == 2


async def reply_texts(engine_outbox: list[OutboxItem]) -> list[str]:
    return [plain_text(render(decode_action(o.payload).segments, "en")) for o in engine_outbox]


async def test_two_workers_redeeming_at_once_never_overspend(harness_factory):
    h, _, ann = await funded(harness_factory, 100)
    other = Engine(h.settings, h.database, [], h.clock)  # a second worker on the same database
    await other.start(adapters=False, scheduler=False)
    try:
        await other.submit(h.world.message_event(h.chat, ann, "hello"))  # it holds her balance
        first = h.world.message_event(h.chat, ann, "/redeem trial")
        second = h.world.message_event(h.chat, ann, "/redeem trial")
        await asyncio.gather(h.engine.submit(first), other.submit(second))
        await h.settle()
    finally:
        await other.stop(drain_timeout=0.1)
    assert await Redemption.all().count() == 1
    assert await h.balance(ann) == 0 == await ledger_sum(ann)
    outbox = await OutboxItem.filter(kind="reply", id__startswith="local:").order_by("id")
    replies = await reply_texts(
        [o for o in outbox if o.id.split("#")[0] in (first.key, second.key)]
    )
    assert sorted(replies) == [
        "Redeemed Trial (#1); an admin will be in touch. Balance 0.",
        "Trial costs 100 points; you have 0.",
    ]


async def test_a_refunded_redemption_is_not_counted_as_points_awarded(harness_factory):
    """Spending and its refund are not earning: the report counts the 30 given, not 40."""
    h, boss, ann = await funded(harness_factory, 30)
    await h.world.say(h.chat, ann, "/redeem sticker")
    await h.world.say(h.chat, boss, "/refund 1")
    await h.world.say(h.chat, boss, "/stats month")
    await h.settle()
    report = h.world.texts(h.chat)[-1].split("\n")
    assert "Orders: 0; points awarded: 30" in report, report
