"""发言、下单 earn points as the playbook says: speaking (long enough, a cooldown, a daily cap,
nothing for a repeat or a flagged message) and orders by amount, however recorded, each
order once."""

from __future__ import annotations

from decimal import Decimal

from groupops.core.events import PaymentReceived, PaymentRefunded
from groupops.core.paid.commands import payload_for
from groupops.core.points.orders import record_order
from groupops.core.storage.models import LedgerEntry

SPEAK = {
    "rulesets": {
        "main": {
            "points": {
                "speak": 1,
                "limits": {"speak": {"min_length": 10, "cooldown": "5m", "daily_cap": 3}},
            },
            "moderation": {"blocklist": {"words": ["刷单"]}},
        }
    }
}
ORDERS = {
    "rulesets": {
        "main": {
            "points": {
                "order_rates": {"CNY": 0.1, "XTR": 0.02},
                "limits": {"order": {"daily_cap": 100}},
            }
        }
    }
}


async def test_speaking_earns_within_its_limits(harness_factory):
    h = await harness_factory(SPEAK)
    ann = h.user("ann")

    async def say(text: str, minutes: int = 6) -> int:
        h.clock.advance(minutes=minutes)
        await h.world.say(h.chat, ann, text)
        await h.settle()
        return await h.balance(ann)

    assert await say("hi") == 0  # too short
    assert await say("a long enough message about the release") == 1
    assert await say("another thought on the release notes", minutes=1) == 1  # cooldown
    assert await say("a long enough message about the release") == 1  # a repeat
    assert await say("兼职刷单日结，一天赚三百块钱") == 1  # flagged by moderation
    assert await say("a third message, different from the others") == 2
    assert await say("and a fourth one that is also long") == 3
    assert await say("the fifth: the daily cap is three") == 3  # the day's cap
    h.clock.advance(days=1)
    assert await say("a new day, a new message to count") == 4
    rows = await LedgerEntry.filter(member=ann, reason="speak").count()
    assert rows == 4


async def test_a_disguised_repeat_or_a_message_without_words_earns_nothing(harness_factory):
    no_cooldown = {"speak": 1, "limits": {"speak": {"min_length": 10, "daily_cap": 100}}}
    h = await harness_factory({"rulesets": {"main": {"points": no_cooldown}}})
    ann = h.user("ann")

    async def say(text: str) -> int:
        h.clock.advance(minutes=1)
        await h.world.say(h.chat, ann, text)
        await h.settle()
        return await h.balance(ann)

    assert await say("this is a message about the release") == 1
    assert await say("this is a message about the release!") == 1
    assert await say("This is a message about the release\u200b") == 1
    assert await say("ｔｈｉｓ ｉｓ ａ ｍｅｓｓａｇｅ ａｂｏｕｔ ｔｈｅ ｒｅｌｅａｓｅ") == 1
    assert await say("aaaaaaaaaaaa") == 1
    assert await say("😀" * 12) == 1
    assert await say("!!!!!!!!!!!!?") == 1
    assert await say("a different message, long enough") == 2
    assert await LedgerEntry.filter(member=ann, reason="speak").count() == 2


async def test_padding_a_word_or_two_to_length_earns_nothing(harness_factory):
    no_cooldown = {"speak": 1, "limits": {"speak": {"min_length": 10, "daily_cap": 100}}}
    h = await harness_factory({"rulesets": {"main": {"points": no_cooldown}}})
    ann = h.user("ann")
    for padded in (
        "ab........",
        "a b c d e f",
        "ok 😀😀😀😀😀😀😀😀",
        "hi!! ~~~~ ----",
        "yo\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000",
    ):
        h.clock.advance(minutes=1)
        await h.world.say(h.chat, ann, padded)
    h.clock.advance(minutes=1)
    await h.world.say(h.chat, ann, "见面会定在周六下午三点")  # ten Chinese characters
    h.clock.advance(minutes=1)
    await h.world.say(h.chat, ann, "/points")
    await h.settle()
    assert h.world.texts(h.chat) == ["Ann has 1 point."]
    assert await LedgerEntry.filter(member=ann, reason="speak").count() == 1


async def test_a_message_paid_for_before_a_restart_is_still_a_repeat_after_it(harness_factory):
    h = await harness_factory(SPEAK)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "a long enough message about the release")
    await h.settle()
    await h.restart()
    for said in ("A long enough message about the release!", "something new to say, at length"):
        h.clock.advance(minutes=6)
        await h.world.say(h.chat, ann, said)
    await h.world.say(h.chat, ann, "/points")
    await h.settle()
    assert h.world.texts(h.chat) == ["Ann has 2 points."]
    assert await LedgerEntry.filter(member=ann, reason="speak").count() == 2


async def test_a_check_in_word_earns_the_check_in_not_speaking_points(harness_factory):
    words = {"checkin": 2, "checkin_words": ["eingecheckt heute", "/checkin"]}
    points = {**SPEAK["rulesets"]["main"]["points"], **words}
    h = await harness_factory({"rulesets": {"main": {"points": points}}})
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "eingecheckt heute")  # long enough to be speaking
    await h.settle()
    reasons = await LedgerEntry.filter(member=ann).values_list("reason", flat=True)
    assert reasons == ["checkin"]


async def test_a_check_in_word_said_as_a_sentence_is_a_check_in(harness_factory):
    h = await harness_factory()
    ann, bob, cy = h.user("ann"), h.user("bob"), h.user("cy")
    for member, said in ((ann, "签到！"), (bob, "签到~"), (cy, "签到？")):
        await h.world.say(h.chat, member, said)
    await h.settle()
    checked = set(await LedgerEntry.filter(reason="checkin").values_list("member", flat=True))
    assert checked == {str(ann), str(bob)}  # "签到？" asks whether to


async def test_orders_earn_by_amount_once_whatever_the_source(harness_factory):
    h = await harness_factory(ORDERS)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    assert await record_order(
        h.database, "club", ann, Decimal("99"), "CNY", "SHOP-1", h.clock.now()
    )
    await h.world.say(h.chat, boss, "/order @ann 50 CNY SHOP-2")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Order SHOP-2 recorded for Ann: 50.00 CNY."
    for again in ("/order @ann 50 SHOP-2", "/order @ann 99 CNY SHOP-1"):  # told, not recorded
        await h.world.say(h.chat, boss, again)
        await h.settle()
        reference = again.rsplit(" ", 1)[1]
        assert h.world.texts(h.chat)[-1] == (
            f"Order {reference} was recorded before: nothing changed."
        )
    h.clock.advance(minutes=5)
    assert await h.run_due("points.orders") == 1
    await h.settle()
    assert await h.balance(ann) == 9 + 5
    h.clock.advance(minutes=5)
    await h.run_due("points.orders")  # the same orders again: paid once
    await h.settle()
    assert await h.balance(ann) == 14
    # a big order that would pass the day's cap of 100 earns nothing today
    await record_order(h.database, "club", ann, Decimal("2000"), "CNY", "SHOP-3", h.clock.now())
    h.clock.advance(minutes=5)
    await h.run_due("points.orders")
    await h.settle()
    assert await h.balance(ann) == 14
    keys = await LedgerEntry.filter(member=ann, reason="order").values_list("key", flat=True)
    assert sorted(keys) == ["order:club:SHOP-1", "order:club:SHOP-2"]


async def test_a_refunded_payment_gives_its_order_points_back(harness_factory):
    vip = "local:vip"
    plans = {"basic": {"price": 100, "currency": "XTR", "period": "30d", "chats": [vip]}}
    settings = {
        "rulesets": {"main": {**ORDERS["rulesets"]["main"], "paid": {"plans": plans}}},
        "communities": {"club": {"chats": ["local:main", vip]}},
    }
    h = await harness_factory(settings)
    ann = h.user("ann")

    async def event(cls, charge: str) -> None:
        await h.world.push(cls(
            key=f"local:pay-{cls.__name__}-{charge}", chat=h.chat, time=h.clock.now(),
            member=ann, currency="XTR", amount=100, payload=payload_for("club", "basic"),
            charge=charge,
        ))  # fmt: skip
        await h.settle()

    async def sweep() -> int:
        h.clock.advance(minutes=5)
        await h.run_due("points.orders")
        await h.settle()
        return await h.balance(ann)

    await event(PaymentReceived, "c-1")
    assert await sweep() == 2  # 0.02 a Star
    await event(PaymentRefunded, "c-1")
    assert await sweep() == 0  # taken back
    assert await sweep() == 0  # once
    await event(PaymentReceived, "c-2")
    await event(PaymentRefunded, "c-2")  # refunded before the sweep: never earned
    assert await sweep() == 0
    reasons = await LedgerEntry.filter(member=ann).order_by("id").values_list("reason", "delta")
    assert reasons == [("order", 2), ("revoke", -2)]


async def test_a_refunded_payment_is_no_order_for_tiers_or_conversion(harness_factory):
    """The order row of a Stars payment given back stayed an order: the member kept the
    consumption tier it bought (the same query now serves segments and conversion)."""
    from groupops.core.storage.models import Member

    vip = "local:vip"
    plans = {"basic": {"price": 100, "currency": "XTR", "period": "30d", "chats": [vip]}}
    settings = {
        "rulesets": {"main": {"paid": {"plans": plans}, "tiers": {"recompute_at": "0 5 * * *"}}},
        "communities": {"club": {"chats": ["local:main", vip]}},
    }
    h = await harness_factory(settings)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello there")
    for cls in (PaymentReceived, PaymentRefunded):
        await h.world.push(cls(
            key=f"local:pay-{cls.__name__}", chat=h.chat, time=h.clock.now(), member=ann,
            currency="XTR", amount=100, payload=payload_for("club", "basic"), charge="c-1",
        ))  # fmt: skip
        await h.settle()
    h.clock.advance(days=1)
    await h.engine.scheduler.run_due()
    await h.settle()
    assert (await Member.get(key=ann)).consumption == "occasional"  # no orders: not regular


async def test_top_counts_every_earning_reason_as_points_says(harness_factory):
    both = {"rulesets": {"main": {"points": {**SPEAK["rulesets"]["main"]["points"],
                                             **ORDERS["rulesets"]["main"]["points"]}}}}  # fmt: skip
    h = await harness_factory(both)
    boss, bob, cy, dee = h.user("boss", admin=True), h.user("bob"), h.user("cy"), h.user("dee")
    await h.world.say(h.chat, bob, "a long enough message about the release")  # speak +1
    await h.world.say(h.chat, bob, "签到")  # check-in +1
    await h.world.say(h.chat, cy, "only ever speaks, at some length")  # speak +1, nothing else
    await h.world.say(h.chat, boss, "/give @bob 10")
    await h.world.say(h.chat, dee, "hi")  # too short to earn
    await h.world.say(h.chat, boss, "/order @dee 50 CNY SHOP-1")
    await h.world.say(h.chat, boss, "/take @bob 2")  # a take is no earning undone
    await h.settle()
    h.clock.advance(minutes=5)
    assert await h.run_due("points.orders") == 1  # dee: +5 for the order
    await h.settle()
    await h.world.say(h.chat, bob, "/points")
    await h.world.say(h.chat, bob, "/top all")
    await h.settle()
    # was Bob · 11, no Cy/Dee
    assert h.world.texts(h.chat)[-2:] == [
        "Bob has 10 points.",
        "Top members, all time:\n1. Bob · 12 points\n2. Dee · 5 points\n3. Cy · 1 point",
    ]


def test_every_ledger_reason_is_in_the_one_reasons_table():
    """A reason written to the ledger but missing from the table would be left off /top."""
    from groupops.core.points.reasons import REASONS
    from groupops.core.words import WORDS

    assert set(REASONS) == set(WORDS["ledger"])
