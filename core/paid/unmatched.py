"""A payment no plan accounts for: its plan removed, or re-priced above what was paid, between
the checkout (which checks both) and the payment, or its invoice's community renamed or
removed from the settings (it reaches the first community that sells: engine.community_for).
The Stars are the community's now, so the order is kept; nothing is granted, the payer hears
that the admins decide, and the admins hear what to type to refund it or grant the plan (a
payment in another currency is refunded through its payment provider, not in Stars)."""

from __future__ import annotations

from decimal import Decimal

from loguru import logger

from ..engine import Context
from ..engine.routing import split_route
from ..events import PaymentReceived
from ..money import amount_text, from_smallest
from ..points import ORDER_INSERT, OrderInput
from ..refs import Ref
from ..segments import T
from .config import STARS, PaidConfig
from .held_why import HeldWhy
from .store import Held, Memberships, MembershipSlice, StarsPaid


def unmatched(
    config: PaidConfig, event: PaymentReceived, name: str | None, community: str
) -> HeldWhy | None:
    """Why the payment matches no plan (the community, the plan, the currency, the amount), or
    None."""
    invoiced, _ = split_route(event.payload)
    if invoiced != community:
        return (
            HeldWhy("community", {"community": repr(invoiced)})
            if invoiced
            else (HeldWhy("no_community"))
        )
    plan = config.plan(name) if name is not None else None
    if plan is None:
        return HeldWhy("plan", {"plan": repr(name)}) if name else HeldWhy("no_plan")
    if event.currency != STARS:
        return HeldWhy("currency", {"currency": event.currency, "sold": STARS})
    price = plan.stars_price()
    if price is None:
        return HeldWhy("not_in_stars", {"sold": STARS})
    if Decimal(event.amount) < price:
        paid = {"paid": str(event.amount), "price": amount_text(price, STARS), "sold": STARS}
        return HeldWhy("amount", paid)
    return None


def hold(ctx: Context, event: PaymentReceived, name: str | None, why: HeldWhy) -> None:
    member = ctx.community.member_key(event.member)
    payer = ctx.member(event.member)  # known by name and @handle though they never spoke
    payer.name = event.name or payer.name
    payer.handle = event.handle or payer.handle
    payer.hint = event.language or payer.hint  # the /grant that follows tells them in it
    amount = from_smallest(event.amount, event.currency)  # 700 USD cents: 7.00 USD
    # no plan on the order: the orders job would otherwise grant it, at the plan's price
    order = OrderInput(ctx.community.name, member, amount, event.currency, event.charge, ctx.now,
                       "stars")  # fmt: skip
    ctx.write(ORDER_INSERT, order.row(ctx.dialect))
    state: Memberships = ctx.slice(MembershipSlice)
    state.held[event.charge] = Held(member, name or "", amount, event.currency)
    state.paid_in_stars(member, StarsPaid(event.charge, name or "", amount, event.currency))
    logger.warning("{}: payment {} by {} matches no plan ({}); the admins were told",
                   ctx.community.name, event.charge, member, why.english())  # fmt: skip
    # the reason's kind and values kept: `groupops orders` says it in the operator's language
    ctx.audit("paid.unmatched", target=member, evidence=why.english(),
              detail={"charge": event.charge, **why.detail()})  # fmt: skip
    ctx.send_private(
        Ref(event.member),
        T(
            "Your payment of {amount} {currency} matches no plan on sale now; the admins were "
            "told and will refund it or grant the plan.",
            amount=amount_text(amount, event.currency),
            currency=event.currency,
        ),
    )
    admin_chat = ctx.community.settings.admin_chat
    # what /grant reads: the @handle where the payer has one, else the platform id
    who = f"@{event.handle}" if event.handle else event.member.local_id
    if admin_chat is None:
        return
    said = {"charge": event.charge, "name": event.name or event.member.local_id, "why": why.said(),
            "who": who}  # fmt: skip
    if event.currency == STARS:
        note = T(
            "Payment {charge} by {name} matches no plan ({why}): refund it with /refundstars "
            "{charge} or grant a plan with /grant {who} PLAN {charge}.",
            **said,
        )
    else:  # the platform's refundStarPayment gives back Stars only: the provider refunds it
        note = T(
            "Payment {charge} by {name} matches no plan ({why}): refund it through the payment "
            "provider (/refundstars gives back Stars only) or grant a plan with /grant {who} "
            "PLAN {charge}.",
            **said,
        )
    ctx.send(note, chat=admin_chat)
