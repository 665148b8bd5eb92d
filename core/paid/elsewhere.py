"""A Stars payment given back without /refundstars: by the platform's support, or by a tool
outside the bot. The membership loses the period as for any refund (refunds.py), and the admins,
who did not ask for it, hear of it in the admin chat: otherwise a member would lose their time
with no admin knowing why."""

from __future__ import annotations

from ..engine import Context
from ..events import PaymentRefunded
from ..money import amount_text
from ..segments import T
from .store import Held, Memberships, Payment


def refunded_elsewhere(state: Memberships, charge: str) -> Payment | Held | None:
    """The standing or held payment `charge` refunds, when no /refundstars asked for it (asked
    for, or already taken back: None)."""
    if charge in state.requested:
        return None
    return state.payments.get(charge) or state.held.get(charge)


def tell_admins_of_refund(ctx: Context, event: PaymentRefunded, paid: Payment | Held) -> None:
    admin_chat = ctx.community.settings.admin_chat
    if admin_chat is None:
        return
    text = T(
        "Payment {charge} by {name} ({amount} {currency}) was refunded outside the bot, not "
        "with /refundstars; what it paid for is taken back.",
        charge=event.charge,
        name=event.name or ctx.name_of(paid.member) or event.member.local_id,
        amount=amount_text(paid.amount, paid.currency),
        currency=paid.currency,
    )
    ctx.send(text, chat=admin_chat)
