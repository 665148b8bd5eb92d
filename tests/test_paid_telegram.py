"""Paid membership through both Telegram drivers against the fake Bot API: a Telegram Stars
invoice paid by a member starts a membership and opens the paid chat (a personal link whose
join request is approved for members only); a renewal extends it; reminders come 7 days and
1 day before the end, in the community's time zone; at the end the member leaves the paid
chat (not banned) and the chat is told; a refund ends it. A payment no plan accounts for (its
plan removed, or re-priced above what was paid, between the checkout and the payment) grants
nothing, and the admins decide. The clock is moved, not waited on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from support.fake_telegram import payments
from support.fake_telegram.methods import ApiError
from support.harness import merge
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.storage.models import (
    AuditEntry,
    Member,
    MembershipPeriod,
    Order,
    PaidMembership,
)

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
PAID_ID = -1009876543210
ANN, BOB = 42, 43
# 18:30 UTC is 02:30 the next day in Asia/Shanghai: dates must be the community's
BOUGHT = datetime(2026, 3, 2, 18, 30, tzinfo=UTC)
PLANS = {
    "rulesets": {
        "main": {
            "paid": {
                "plans": {
                    "basic": {
                        "title": {"en": "Basic", "zh_Hans": "基础版"},
                        "price": 99,
                        "currency": "CNY",
                        "stars": 500,
                        "period": "365d",
                        "chats": [f"telegram:{PAID_ID}"],
                        "perks": ["weekly Q&A"],
                    }
                }
            }
        }
    },
    "communities": {"club": {"chats": [f"telegram:{CHAT_ID}", f"telegram:{PAID_ID}"]}},
}


@pytest.fixture
async def open_harness(db_url):
    made: list[TelegramHarness] = []

    async def make(driver: str, extra: dict | None = None) -> TelegramHarness:
        harness = await TelegramHarness.open(driver, db_url, merge(PLANS, extra or {}))
        harness.world.group(PAID_ID, "VIP Club")
        harness.world.add_member(PAID_ID, OWNER_ID, "creator")
        harness.clock.set(BOUGHT)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.close()


def private_texts(h: TelegramHarness, user_id: int) -> list[str]:
    """The bot's texts in the member's private chat (Babel's narrow spaces made plain)."""
    return [t.replace("\u202f", " ") for t in h.world.texts(user_id) if t]


async def buy(h: TelegramHarness, user_id: int = ANN, name: str = "Ann") -> dict:
    """The member asks for the plan in private and pays the invoice; returns the payment."""
    if user_id not in h.world.users:
        h.member(user_id, name, username=name.lower())  # `/refundstars @ann`
        h.world.private(user_id)
    h.world.say(user_id, user_id, "/subscribe basic")
    await h.settle()
    invoice = [m for m in h.world.bot_messages(user_id) if "invoice" in m][-1]
    english = {"title": "Basic", "description": "365 days in the members' group."}
    chinese = {"title": "基础版", "description": "会员群 365 天。"}  # in the payer's language
    assert invoice["invoice"] == {
        **(chinese if user_id == BOB else english),
        "start_parameter": "",
        "currency": "XTR",
        "total_amount": 500,
    }
    query = payments.pay(h.world, user_id, user_id, invoice["message_id"])
    await h.settle()
    assert payments.ledger(h.world).checkouts[query].answer == {"ok": True, "error_message": ""}
    paid = [m for m in h.world.chats[user_id].messages.values() if "successful_payment" in m]
    return paid[-1]["successful_payment"]


async def test_stars_payment_opens_the_paid_chat_and_expiry_removes_the_member(
    driver, open_harness
):
    h = await open_harness(driver)
    payment = await buy(h)
    texts = private_texts(h, ANN)
    assert "Thank you! Your Basic membership runs until Mar 3, 2027, 2:30 AM." in texts
    (link_text,) = [t for t in texts if t.startswith("Your personal link")]
    link = link_text.rsplit(" ", 1)[-1]
    assert h.world.chats[PAID_ID].invite_links[link]["creates_join_request"] is True

    h.world.request_join(PAID_ID, ANN, link)  # through the personal link: a member, let in
    h.member(BOB, "Bob")
    h.world.request_join(PAID_ID, BOB)  # not a member: declined
    await h.settle()
    assert h.world.chats[PAID_ID].present(ANN)
    assert (
        not h.world.chats[PAID_ID].present(BOB) and BOB not in h.world.chats[PAID_ID].join_requests
    )

    row = await PaidMembership.get(member=f"telegram:user:{ANN}")
    assert (row.status, row.expires_at) == ("active", BOUGHT + timedelta(days=365))
    assert (await Member.get(key=f"telegram:user:{ANN}")).consumption == "vip"
    order = await Order.get(reference=payment["telegram_payment_charge_id"])
    assert (order.amount, order.currency, order.source) == (500, "XTR", "stars")

    h.clock.set(BOUGHT + timedelta(days=358))  # 7 days before the end
    await h.engine.scheduler.run_due()
    await h.settle()
    assert private_texts(h, ANN)[-1] == (
        "Your Basic membership ends on Mar 3, 2027, 2:30 AM (in 7 days). "
        "Send /subscribe basic to renew."
    )
    h.clock.set(BOUGHT + timedelta(days=364))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert private_texts(h, ANN)[-1] == (
        "Your Basic membership ends on Mar 3, 2027, 2:30 AM (in 1 day). "
        "Send /subscribe basic to renew."
    )

    h.clock.set(BOUGHT + timedelta(days=365, minutes=1))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.chats[PAID_ID].status(ANN) == "left"  # removed, not banned
    assert h.texts(PAID_ID)[-1] == "Ann's Basic membership has ended; they have left this group."
    assert private_texts(h, ANN)[-1] == (
        "Your Basic membership has ended. Send /subscribe basic to join again."
    )
    row = await PaidMembership.get(member=f"telegram:user:{ANN}")
    assert row.status == "lapsed"
    assert (await Member.get(key=f"telegram:user:{ANN}")).consumption != "vip"  # the tier drops
    assert h.world.chats[CHAT_ID].present(ANN)  # the free group keeps them

    h.world.request_join(PAID_ID, ANN, link)  # the link is no way back in
    await h.settle()
    assert not h.world.chats[PAID_ID].present(ANN)


async def test_renewal_extends_the_membership(driver, open_harness):
    h = await open_harness(driver)
    await buy(h)
    h.clock.set(BOUGHT + timedelta(days=300))
    await buy(h)
    row = await PaidMembership.get(member=f"telegram:user:{ANN}")
    assert (row.status, row.renewals) == ("active", 1)
    assert row.expires_at == BOUGHT + timedelta(days=730)
    kinds = await MembershipPeriod.filter(member=f"telegram:user:{ANN}").order_by("id")
    assert [p.kind for p in kinds] == ["start", "renew"]
    assert "Thank you! Your Basic membership runs until Mar 2, 2028, 2:30 AM." in (
        private_texts(h, ANN)
    )
    # the first year's end passes: nothing happens, the renewed membership holds
    h.clock.set(BOUGHT + timedelta(days=365, minutes=1))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "active"
    h.world.say(ANN, ANN, "/membership")
    await h.settle()
    assert private_texts(h, ANN)[-1] == "Basic: member until Mar 2, 2028, 2:30 AM."


async def test_refund_ends_the_membership(driver, open_harness):
    h = await open_harness(driver)
    payment = await buy(h)
    link = next(t for t in private_texts(h, ANN) if t.startswith("Your personal link")).rsplit(
        " ", 1
    )[-1]
    h.world.request_join(PAID_ID, ANN, link)
    await h.settle()
    assert h.world.chats[PAID_ID].present(ANN)

    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    charge = payment["telegram_payment_charge_id"]
    assert charge in payments.ledger(h.world).refunded, h.texts()  # what the admin was told
    assert payments.ledger(h.world).stars[ANN] == 0
    assert h.world.chats[PAID_ID].status(ANN) == "left"
    assert h.texts(PAID_ID)[-1] == "Ann's Basic membership has ended; they have left this group."
    assert h.texts()[-1] == f"Refund of 500 XTR ({charge}) requested."
    row = await PaidMembership.get(member=f"telegram:user:{ANN}")
    assert row.status == "refunded"
    period = await MembershipPeriod.get(reference=charge)
    assert period.status == "refunded"


async def invoiced(h: TelegramHarness) -> dict:
    """Ann asks for the plan in private: the invoice message she is sent, not yet paid."""
    h.member(ANN, "Ann")
    h.world.private(ANN)
    h.world.say(ANN, ANN, "/subscribe basic")
    await h.settle()
    return [m for m in h.world.bot_messages(ANN) if "invoice" in m][-1]


async def test_checkout_at_another_price_is_refused(driver, open_harness):
    h = await open_harness(driver)
    invoice = await invoiced(h)
    invoice["invoice"]["total_amount"] = 1  # an old invoice, a price since changed
    query = payments.pay(h.world, ANN, ANN, invoice["message_id"])
    await h.settle()
    answer = payments.ledger(h.world).checkouts[query].answer
    assert answer == {
        "ok": False,
        "error_message": "This plan is no longer sold at this price. "
        "Send /subscribe basic for a new invoice.",
    }
    assert await PaidMembership.filter(member=f"telegram:user:{ANN}").count() == 0


@pytest.mark.parametrize("payload", ["@gone|paid|basic", "@club|paid|gold", "xyz"])
async def test_checkout_of_a_plan_or_community_no_longer_configured_is_refused(
    driver, open_harness, payload
):
    """Not left unanswered: Telegram would wait 10 s, then show the payer a bare failure."""
    h = await open_harness(driver)
    invoice = await invoiced(h)
    invoice["payload"] = payload  # an invoice sent before the settings changed
    query = payments.pay(h.world, ANN, ANN, invoice["message_id"])
    await h.settle()
    answer = payments.ledger(h.world).checkouts[query].answer
    assert answer == {
        "ok": False,
        "error_message": "This plan is not sold any more. Send /plans to see the plans.",
    }


async def test_reminders_are_in_the_members_language_and_the_communitys_time_zone(
    driver, open_harness
):
    h = await open_harness(driver)
    h.member(BOB, "Bo", language="zh-hans")
    h.world.private(BOB)
    await buy(h, BOB, "Bo")
    h.clock.set(BOUGHT + timedelta(days=358))
    await h.engine.scheduler.run_due()
    await h.settle()
    reminder = private_texts(h, BOB)[-1]
    assert reminder.startswith("你的基础版会员将于 2027年3月3日")  # 02:30 in Shanghai, not Mar 2
    assert "（还有 7 天）。发送 /subscribe basic 续费。" in reminder


async def test_a_paid_member_let_in_is_not_asked_the_captcha(driver, db_url):
    # The paid chat decides its join requests itself: a member whose plan opened it is not
    # then muted and asked the join captcha as a stranger would be.
    settings = {
        **PLANS,
        "rulesets": {"main": {**PLANS["rulesets"]["main"], "captcha": {"enabled": True}}},
    }
    h = await TelegramHarness.open(driver, db_url, settings)
    try:
        h.world.group(PAID_ID, "VIP Club")
        h.world.add_member(PAID_ID, OWNER_ID, "creator")
        h.clock.set(BOUGHT)
        await buy(h)
        (link_text,) = [t for t in private_texts(h, ANN) if t.startswith("Your personal link")]
        h.world.request_join(PAID_ID, ANN, link_text.rsplit(" ", 1)[-1])
        await h.settle()
        assert h.world.chats[PAID_ID].status(ANN) == "member"
        (greeting,) = h.texts(PAID_ID)  # welcomed, not asked
        assert greeting.startswith("Welcome to ")
        # a stranger the free group lets in is still asked
        h.world.user(BOB, "Bob", None)
        h.world.join(CHAT_ID, BOB)
        await h.settle()
        assert h.world.chats[CHAT_ID].status(BOB) == "restricted"
    finally:
        await h.close()


async def test_reminders_missed_in_a_downtime_are_not_sent_late(driver, open_harness):
    h = await open_harness(driver)
    await buy(h)
    before = len(private_texts(h, ANN))
    h.clock.set(BOUGHT + timedelta(days=362))  # down from before the 7-day reminder until now
    await h.engine.scheduler.run_due()
    await h.settle()
    assert private_texts(h, ANN)[before:] == [
        "Your Basic membership ends on Mar 3, 2027, 2:30 AM (in 3 days). "
        "Send /subscribe basic to renew."
    ]
    h.clock.set(BOUGHT + timedelta(days=365, hours=5))  # down again, past the end
    await h.engine.scheduler.run_due()
    await h.settle()
    assert private_texts(h, ANN)[before + 1 :] == [
        "Your Basic membership has ended. Send /subscribe basic to join again."
    ]


async def test_a_refunded_renewal_leaves_no_paid_member_in_the_report(driver, open_harness):
    h = await open_harness(driver)
    first = (await buy(h))["telegram_payment_charge_id"]
    await buy(h)  # a renewal: a second period after the first
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")  # the renewal's charge
    await h.settle()
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "active"
    h.world.say(CHAT_ID, OWNER_ID, f"/refundstars {first}")  # the first year's: nothing is left
    await h.settle()
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    h.world.say(CHAT_ID, OWNER_ID, "/stats month")
    await h.settle()
    (paid,) = [line for line in h.texts()[-1].split("\n") if line.startswith("Paid members")]
    assert paid.startswith("Paid members: 0; "), paid  # no "(-)"
    assert "started 1, renewed 1, lapsed 0, refunded 1" in paid


async def test_a_refund_telegram_refuses_is_answered_with_the_reason(driver, open_harness):
    h = await open_harness(driver)
    charge = (await buy(h))["telegram_payment_charge_id"]
    h.fake.refuse["refundStarPayment"] = [ApiError(400, "Bad Request: STARS_BALANCE_TOO_LOW")]
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    # which payment, and Telegram's own words, the same through either library
    assert h.texts()[-1] == (
        f"The refund of 500 XTR ({charge}) failed: telegram: Bad Request: STARS_BALANCE_TOO_LOW"
    )
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "active"


async def test_a_refund_whose_answer_was_lost_ends_the_membership(driver, open_harness):
    """Telegram refunded, then answered 5xx; the retry hears CHARGE_ALREADY_REFUNDED: the
    Stars are back with the member, so the membership ends as after any refund."""
    h = await open_harness(driver)
    payment = await buy(h)
    charge = payment["telegram_payment_charge_id"]
    payments.ledger(h.world).refunded.add(charge)  # carried out by the try that got the 5xx
    h.fake.refuse["refundStarPayment"] = [ApiError(502, "Bad Gateway")]
    h.world.say(CHAT_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    assert len(h.fake.called("refundStarPayment")) == 2
    assert h.texts()[-1] == f"Refund of 500 XTR ({charge}) requested."
    assert not [t for t in h.texts() if t.startswith("The refund of") and "failed" in t]
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    assert (await MembershipPeriod.get(reference=charge)).status == "refunded"
    assert private_texts(h, ANN)[-1] == (
        "Your Basic payment was refunded and the membership has ended."
    )
    h.world.say(CHAT_ID, OWNER_ID, "/stats month")
    await h.settle()
    assert "refunded 1" in h.texts()[-1]


async def test_a_refund_asked_in_private_ends_the_membership_or_says_why_not(driver, open_harness):
    """Its completion was routed by the admin's private chat, which no community lists: the
    refund went through and the membership stayed, or a refusal went unanswered."""
    admin = {"communities": {"club": {"roles": {"admin": [f"telegram:user:{OWNER_ID}"]}}}}
    h = await open_harness(driver, admin)
    charge = (await buy(h))["telegram_payment_charge_id"]
    h.world.say(CHAT_ID, ANN, "hello")  # seen in the group: /refundstars @Ann finds her
    h.world.private(OWNER_ID)
    h.world.say(OWNER_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    assert private_texts(h, OWNER_ID) == [f"Refund of 500 XTR ({charge}) requested."]
    assert (await PaidMembership.get(member=f"telegram:user:{ANN}")).status == "refunded"
    again = (await buy(h))["telegram_payment_charge_id"]  # bought again, the Stars spent
    h.fake.refuse["refundStarPayment"] = [ApiError(400, "Bad Request: STARS_BALANCE_TOO_LOW")]
    h.world.say(OWNER_ID, OWNER_ID, "/refundstars @Ann")
    await h.settle()
    assert private_texts(h, OWNER_ID)[-1] == (
        f"The refund of 500 XTR ({again}) failed: telegram: Bad Request: STARS_BALANCE_TOO_LOW"
    )


async def test_an_admin_asks_for_a_members_plans(driver, open_harness):
    h = await open_harness(driver)
    await buy(h)
    h.world.say(CHAT_ID, ANN, "hello")
    h.member(BOB, "Bob", username="bob")
    h.world.say(CHAT_ID, BOB, "hi")
    h.world.say(CHAT_ID, OWNER_ID, "/membership @Ann")
    h.world.say(CHAT_ID, OWNER_ID, "/membership @Bob")
    h.world.say(CHAT_ID, BOB, "/membership @Ann")  # a member asks about themselves only
    await h.settle()
    assert [t.replace("\u202f", " ") for t in h.texts()[-3:]] == [
        "Ann: Basic until Mar 3, 2027, 2:30 AM.",
        "Bob has no paid membership.",
        "You have no paid membership. Send /plans to see the plans.",
    ]


async def test_a_payment_in_private_is_no_unknown_chat_in_the_log(driver, open_harness):
    """Operators were advised to add the payer's private chat to a community."""
    from loguru import logger

    seen: list[str] = []
    sink = logger.add(seen.append, level="INFO", format="{message}")
    try:
        h = await open_harness(driver)
        await buy(h)
    finally:
        logger.remove(sink)
    assert not [line for line in seen if "is not in any community" in line], seen


ADMINS = -1000000000777


def _paid(h, amount: int, payload: str) -> None:
    """Telegram's successful_payment, as if the checkout had passed at another price or plan."""
    user = h.world.users[ANN]
    payment = {
        "currency": "XTR", "total_amount": amount, "invoice_payload": payload,
        "telegram_payment_charge_id": f"stxch_{amount}_{payload[-4:]}",
        "provider_payment_charge_id": "",
    }  # fmt: skip
    payments.ledger(h.world).charges[payment["telegram_payment_charge_id"]] = payment | {
        "user_id": ANN
    }
    h.world.push("message", h.world.post(ANN, user, "", successful_payment=payment))


@pytest.mark.parametrize(
    ("amount", "payload", "why"),
    [
        (1, "@club|paid|basic", "1 XTR paid, the plan costs 500 XTR"),
        (500, "@club|paid|gold", "no plan 'gold'"),
    ],
)
async def test_a_payment_matching_no_plan_grants_nothing_and_the_admins_decide(
    driver, open_harness, amount, payload, why
):
    h = await open_harness(driver, {"communities": {"club": {"admin_chat": f"telegram:{ADMINS}"}}})
    h.world.group(ADMINS, "Admins")
    await invoiced(h)
    _paid(h, amount, payload)
    await h.settle()
    assert await PaidMembership.filter(member=f"telegram:user:{ANN}").count() == 0
    order = await Order.get(member=f"telegram:user:{ANN}")
    assert (int(order.amount), order.currency) == (amount, "XTR")
    assert private_texts(h, ANN)[-1] == (
        f"Your payment of {amount} XTR matches no plan on sale now; the admins were told and "
        "will refund it or grant the plan."
    )
    assert h.texts(ADMINS)[-1] == (
        f"Payment stxch_{amount}_{payload[-4:]} by Ann matches no plan ({why}): refund it with "
        f"/refundstars stxch_{amount}_{payload[-4:]} or grant a plan with /grant {ANN} PLAN "
        f"stxch_{amount}_{payload[-4:]}."
    )
    entry = await AuditEntry.get(action="paid.unmatched")
    assert entry.evidence == why
    assert h.texts(CHAT_ID) == []  # nothing about it in the group


async def test_the_thanks_for_a_payment_is_in_the_language_the_member_chose(driver, open_harness):
    h = await open_harness(driver)
    h.member(ANN, "Ann", language="zh-hans")  # the app is in Chinese; she chose English
    h.world.private(ANN)
    h.world.say(ANN, ANN, "/setlang en")
    await h.settle()
    await buy(h)
    assert "Thank you! Your Basic membership runs until Mar 3, 2027, 2:30 AM." in (
        private_texts(h, ANN)
    )
