"""The paid-membership component: payments, reminders, expiry, the paid chats' join requests,
the personal invite links and memberships from imported orders; its commands are in
`commands.py`.

Payments reach the community by the invoice's payload (`@{community}|paid|{plan}`); the
checkout is accepted only for a plan that exists at the price asked."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from loguru import logger

from ..actions import AnswerCheckout, ApproveJoin, DeclineJoin
from ..capabilities import Capability
from ..engine import CommandComponent, Context, Recurring, component
from ..engine.filters import Events, Filter
from ..engine.routing import split_route
from ..events import (
    ActionCompleted,
    CheckoutRequested,
    Event,
    JobDue,
    JoinRequested,
    MemberJoined,
    MessageEvent,
    MessageReceived,
    PaymentReceived,
    PaymentRefunded,
)
from ..points import ORDER_INSERT, OrderInput
from ..segments import I18nText, T, Text
from ..storage.models import MembershipPeriod, Order
from . import lifecycle
from .commands import PAYLOAD, PaidCommands
from .config import STARS, PaidConfig
from .elsewhere import refunded_elsewhere, tell_admins_of_refund
from .gate import unpaid_join
from .held_why import HeldWhy
from .history import record_past, start_running
from .links import send_link
from .presence import Absent, absent, ending
from .refund_choice import refund_refused
from .refunds import take_back
from .reminders import remind
from .store import Memberships, MembershipSlice, StarsPaid, paid_detail
from .unmatched import hold, unmatched

ORDERS_JOB = "paid.orders"  # memberships from imported orders that name a plan
ORDERS_CRON = "*/5 * * * *"
CHECKOUT_WAIT = timedelta(seconds=10)  # Telegram fails a checkout not answered by then


def plan_of(payload: str) -> str | None:
    """The plan an invoice's payload names, as the checkout finds it (`Basic` is basic): an
    invoice made by hand (`createInvoiceLink`) may spell it otherwise than /subscribe does."""
    _, data = split_route(payload)
    kind, _, plan = data.partition("|")
    return plan.lower() if kind == PAYLOAD and plan else None


@component
class Paid(PaidCommands, CommandComponent[list[Order] | Absent]):
    name = "paid"
    section = "paid"
    order = 4  # before the captcha: a paid chat's join requests are decided here
    events = (
        MessageReceived,
        CheckoutRequested,
        PaymentReceived,
        PaymentRefunded,
        JoinRequested,
        MemberJoined,
        JobDue,
        ActionCompleted,
    )
    slices = (MembershipSlice,)
    config: PaidConfig

    def recurring(self):
        return [Recurring(ORDERS_JOB, ORDERS_CRON)] if self.config.plans else []

    def preparing(self) -> Filter:
        return (
            Events(JobDue, JoinRequested, MemberJoined, PaymentRefunded, ActionCompleted)
            | super().preparing()
        )

    async def prepare(self, event: Event, ctx: Context) -> list[Order] | Absent | None:
        """The orders the orders job applies; for an end, the paid chats the member is not in."""
        if isinstance(event, JoinRequested) and event.chat is not None:
            await ctx.admins.ensure(event.chat)  # admins pass a paid chat's gate
            return None
        if isinstance(event, MemberJoined):
            if event.chat is not None and event.chat in self.config.paid_chats():
                await ctx.admins.ensure(event.chat)  # admins, and their guests, stay
            return None
        found = ending(event, ctx, lifecycle.EXPIRE_JOB, lifecycle.REFUND_TAG)
        if found is not None:
            return await absent(ctx, self.config, *found)
        if isinstance(event, ActionCompleted | PaymentRefunded):
            return None
        if not isinstance(event, JobDue):
            return await super().prepare(event, ctx)
        if event.job != ORDERS_JOB:
            return None
        community = ctx.community.name
        counted = set(
            await MembershipPeriod.filter(community=community).values_list("reference", flat=True)
        )
        orders = await Order.filter(community=community, plan__not_isnull=True).order_by("id")
        return [o for o in orders if o.reference not in counted]

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MessageEvent):
            super().handle(event, ctx)
        elif isinstance(event, CheckoutRequested):
            self.checkout(event, ctx)
        elif isinstance(event, PaymentReceived):
            self.paid(event, ctx)
        elif isinstance(event, PaymentRefunded):
            elsewhere = refunded_elsewhere(ctx.slice(MembershipSlice), event.charge)
            self.refunded(ctx, event.charge)
            if elsewhere:
                tell_admins_of_refund(ctx, event, elsewhere)
            if split_route(event.payload)[0] != ctx.community.name:
                # an invoice of a community no longer configured (engine.community_for)
                logger.warning("{}: refund of {} for community {!r}, not configured, taken here",
                               ctx.community.name, event.charge, event.payload)  # fmt: skip
        elif isinstance(event, JoinRequested):
            self.join_requested(event, ctx)
        elif isinstance(event, MemberJoined):
            if unpaid_join(event, ctx, self.config):
                ctx.stop()  # out again: no welcome, no captcha
        elif isinstance(event, JobDue):
            self.job(event, ctx)
        elif isinstance(event, ActionCompleted):
            self.completed(event, ctx)

    # --- payments ------------------------------------------------------------------------------

    def checkout(self, event: CheckoutRequested, ctx: Context) -> None:
        """Accepted for a plan of this community at its price; an invoice of a community or
        plan no longer configured reaches the first community that sells, and is refused."""
        community, _ = split_route(event.payload)
        plan = self.config.plan(plan_of(event.payload) or "")
        ok = plan is not None and event.currency == STARS and event.amount == plan.stars_price()
        error: tuple[I18nText | Text, ...] = ()
        if community != ctx.community.name or plan is None:
            ok, error = False, (T("This plan is not sold any more. Send /plans to see the plans."),)
        elif not ok:
            # the invoice is old (its price changed since): a new one is a command away
            new_invoice = T(
                "Send /subscribe {plan} for a new invoice.", plan=plan_of(event.payload)
            )
            error = (T("This plan is no longer sold at this price."), Text(" "), new_invoice)
        ctx.act(
            AnswerCheckout(
                chat=event.chat or event.member,
                query=event.query,
                ok=ok,
                error=error,
                tag="paid",
                deadline=event.time + CHECKOUT_WAIT,
            )
        )

    def paid(self, event: PaymentReceived, ctx: Context) -> None:
        state: Memberships = ctx.slice(MembershipSlice)
        if state.known(event.charge):  # Telegram delivered it again: one order per charge
            logger.info("{}: payment {} delivered again, recorded before",
                        ctx.community.name, event.charge)  # fmt: skip
            return
        name = plan_of(event.payload)
        why = unmatched(self.config, event, name, ctx.community.name)
        if why is not None or name is None:
            hold(ctx, event, name, why or HeldWhy("no_plan"))
            return
        member = ctx.community.member_key(event.member)
        holder = ctx.member(event.member)
        holder.name = event.name or holder.name
        holder.handle = event.handle or holder.handle  # /refundstars @handle finds the payer
        holder.hint = event.language or holder.hint  # kept: the reminders speak their language
        amount = Decimal(event.amount)
        membership = lifecycle.buy(
            ctx, self.config, member, name, event.charge, "stars", amount, event.currency
        )
        if membership is None:
            return
        order = OrderInput(
            ctx.community.name, member, amount, event.currency, event.charge, ctx.now, "stars", name
        )
        ctx.write(ORDER_INSERT, order.row(ctx.dialect))
        state.paid_in_stars(member, StarsPaid(event.charge, name, amount, event.currency))
        plan = self.config.plans[name]
        ctx.reply(
            T(
                "Thank you! Your {plan} membership runs until {date}.",
                plan=lifecycle.plan_title(name, plan),
                date=membership.expires_at,
            )
        )

    def refunded(self, ctx: Context, charge: str) -> None:
        state: Memberships = ctx.slice(MembershipSlice)
        state.requested.discard(charge)
        if (held := state.refund_held(ctx, charge)) is not None:
            detail = paid_detail(charge, held.amount, held.currency)
            ctx.audit("paid.held_refunded", target=held.member, detail=detail)
            return
        payment = state.refund(ctx, charge)
        if payment is not None:
            take_back(ctx, self.config, payment, self._absent(ctx))

    def _absent(self, ctx: Context) -> frozenset[str]:
        found = self.prepared(ctx)
        return found.chats if isinstance(found, Absent) else frozenset()

    # --- the paid chats -----------------------------------------------------------------------

    def join_requested(self, event: JoinRequested, ctx: Context) -> None:
        if event.chat is None:
            return
        plans = self.config.plans_for(event.chat)
        if not plans:
            return
        state: Memberships = ctx.slice(MembershipSlice)
        member = ctx.community.member_key(event.member)
        if state.active_in(member, plans, ctx.now) is not None or ctx.is_admin(event.member):
            ctx.act(ApproveJoin(chat=event.chat, user=event.member, tag="paid"))
        else:
            # Telegram lets the bot write to one who never started it only while the request
            # is pending: the note first, the decline however it fared. Never a mention in the
            # paid chat instead, where all but the requester read it. In the requester's
            # language (the request's hint), not the paid chat's.
            refused = T("This group is for paid members. Send /plans to see the plans.")
            locale = ctx.private_locale(event.member)
            note = None
            if ctx.can(Capability.SEND_PRIVATE):  # else its stand-in: a mention in the paid chat
                note = ctx.send_private(event.member, refused, fallback=False, locale=locale)
            decline = DeclineJoin(chat=event.chat, user=event.member, tag="paid")
            ctx.act(decline, after=note, anyway=True)
        ctx.stop()  # decided: the captcha does not ask members who paid

    def completed(self, event: ActionCompleted, ctx: Context) -> None:
        if event.tag == lifecycle.REFUND_TAG:
            if failed := event.detail.get("failed"):
                ctx.slice(MembershipSlice).requested.discard(str(event.detail.get("charge", "")))
                if event.chat is not None:  # where /refundstars was given
                    charge = str(event.detail.get("charge", ""))
                    ctx.send(refund_refused(ctx.slice(MembershipSlice), charge, str(failed)))
                return
            self.refunded(ctx, str(event.detail.get("charge", "")))
            return
        if event.tag == lifecycle.LINK_TAG:
            send_link(ctx, self.config, event)

    def job(self, event: JobDue, ctx: Context) -> None:
        if event.job == ORDERS_JOB:
            orders = self.prepared(ctx)
            for order in orders if isinstance(orders, list) else []:
                plan = self.config.plan(order.plan or "")
                if order.plan and plan is not None and plan.over(order.created_at, ctx.now):
                    record_past(ctx, plan, order)  # history: its revenue, no membership
                elif order.plan and plan is not None:
                    start_running(ctx, self.config, plan, order)
            return
        if event.job not in (lifecycle.REMIND_JOB, lifecycle.EXPIRE_JOB):
            return
        payload = event.payload
        member, plan_name = str(payload["member"]), str(payload["plan"])
        forgotten = ctx.slice(MembershipSlice).get(member, plan_name) is None  # by /forgetme
        if event.job == lifecycle.EXPIRE_JOB and forgotten:
            lifecycle.remove_forgotten(ctx, self.config, member, plan_name, self._absent(ctx))
            return
        membership = lifecycle.current(ctx, member, plan_name, str(payload["until"]))
        if membership is None:  # renewed (a later end) or ended meanwhile
            return
        if event.job == lifecycle.REMIND_JOB:
            before = timedelta(seconds=float(payload.get("before", 0)))
            remind(ctx, self.config, membership, before, event.fired_at or ctx.now)
        else:
            lifecycle.end(ctx, self.config, membership, "lapsed", self._absent(ctx))
