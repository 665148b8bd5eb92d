"""The paid-membership component: /plans, /subscribe (a Telegram Stars invoice), /membership;
admins /grant (from an order) and /refundstars; payments, reminders, expiry, the paid chats'
join requests and the personal invite links.

Payments reach the community by the invoice's payload (`@{community}|paid|{plan}`); the
checkout is accepted only for a plan that exists at the price asked."""

from __future__ import annotations

from decimal import Decimal

from ..actions import AnswerCheckout, ApproveJoin, DeclineJoin, RefundPayment, SendInvoice
from ..capabilities import Capability
from ..commands import Command
from ..engine import CommandComponent, CommandSpec, Context, Recurring, component, target_of
from ..engine.routing import routed_data, split_route
from ..events import (
    ActionCompleted,
    CheckoutRequested,
    Event,
    JobDue,
    JoinRequested,
    MessageEvent,
    MessageReceived,
    PaymentReceived,
    PaymentRefunded,
)
from ..permissions import Permission
from ..points.orders import ORDER_INSERT, OrderInput
from ..refs import Ref
from ..segments import T, Text
from ..storage.models import MembershipPeriod, Order
from . import lifecycle
from .config import STARS, PaidConfig
from .store import Memberships, MembershipSlice

PAYLOAD = "paid"
ORDERS_JOB = "paid.orders"  # memberships from imported orders that name a plan
ORDERS_CRON = "*/5 * * * *"


def payload_for(community: str, plan: str) -> str:
    return routed_data(community, f"{PAYLOAD}|{plan}")


def plan_of(payload: str) -> str | None:
    _, data = split_route(payload)
    kind, _, plan = data.partition("|")
    return plan if kind == PAYLOAD and plan else None


@component
class Paid(CommandComponent):
    name = "paid"
    section = "paid"
    order = 4  # before the captcha: a paid chat's join requests are decided here
    events = (
        MessageReceived,
        CheckoutRequested,
        PaymentReceived,
        PaymentRefunded,
        JoinRequested,
        JobDue,
        ActionCompleted,
    )
    slices = (MembershipSlice,)
    commands = (
        CommandSpec("plans", "plans", aliases=("套餐",)),
        CommandSpec("subscribe", "subscribe", aliases=("订阅",), needs=(Capability.INVOICE,)),
        CommandSpec("membership", "membership", aliases=("会员",)),
        CommandSpec("grant", "grant", permission=Permission.POINTS),
        CommandSpec(
            "refundstars", "refund", permission=Permission.POINTS, needs=(Capability.REFUND,)
        ),
    )
    config: PaidConfig

    def __init__(self, ruleset) -> None:
        super().__init__(ruleset)
        self._orders: dict[str, list[Order]] = {}  # event key -> orders to apply

    def recurring(self):
        return [Recurring(ORDERS_JOB, ORDERS_CRON)] if self.config.plans else []

    def prepares(self, kind: type[Event], owns_command: bool) -> bool:
        return kind in (JobDue, JoinRequested) or super().prepares(kind, owns_command)

    async def prepare(self, event: Event, ctx: Context) -> None:
        if isinstance(event, JoinRequested) and event.chat is not None:
            await ctx.engine.admins.ensure(event.chat)  # admins pass a paid chat's gate
            return
        if not isinstance(event, JobDue):
            await super().prepare(event, ctx)
            return
        if event.job != ORDERS_JOB:
            return
        community = ctx.community.name
        counted = set(
            await MembershipPeriod.filter(community=community).values_list("reference", flat=True)
        )
        orders = await Order.filter(community=community, plan__not_isnull=True).order_by("id")
        self._orders[event.key] = [o for o in orders if o.reference not in counted]

    def handle(self, event: Event, ctx: Context) -> None:
        if isinstance(event, MessageEvent):
            super().handle(event, ctx)
        elif isinstance(event, CheckoutRequested):
            self.checkout(event, ctx)
        elif isinstance(event, PaymentReceived):
            self.paid(event, ctx)
        elif isinstance(event, PaymentRefunded):
            self.refunded(ctx, event.charge)
        elif isinstance(event, JoinRequested):
            self.join_requested(event, ctx)
        elif isinstance(event, JobDue):
            self.job(event, ctx)
        elif isinstance(event, ActionCompleted):
            self.completed(event, ctx)

    # --- payments ------------------------------------------------------------------------------

    def checkout(self, event: CheckoutRequested, ctx: Context) -> None:
        name = plan_of(event.payload)
        plan = self.config.plan(name or "")
        ok = plan is not None and event.currency == STARS and event.amount == plan.stars_price()
        error = () if ok else (T("This plan is no longer sold at this price."),)
        ctx.act(
            AnswerCheckout(
                chat=event.chat or event.member, query=event.query, ok=ok, error=error, tag="paid"
            )
        )

    def paid(self, event: PaymentReceived, ctx: Context) -> None:
        name = plan_of(event.payload)
        if name is None or self.config.plan(name) is None:
            return
        member = ctx.community.member_key(event.member)
        holder = ctx.member(event.member)
        holder.name = event.name or holder.name
        amount = Decimal(event.amount)
        membership = lifecycle.buy(
            ctx, self.config, member, name, event.charge, "stars", amount, event.currency
        )
        if membership is None:
            return
        order = OrderInput(
            ctx.community.name, member, amount, event.currency, event.charge, ctx.now, "stars", name
        )
        ctx.write(ORDER_INSERT, order.row(ctx.engine.database.dialect))
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
        payment = state.refund(ctx, charge)
        if payment is None:
            return
        membership = state.get(payment.member, payment.plan)
        if membership is None or membership.status != "active":
            return
        lifecycle.end(ctx, self.config, membership, "refunded")

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
            ctx.act(DeclineJoin(chat=event.chat, user=event.member, tag="paid"))
            ctx.send_private(
                event.member, T("This group is for paid members. Send /plans to see the plans.")
            )
        ctx.stop()  # decided: the captcha does not ask members who paid

    def completed(self, event: ActionCompleted, ctx: Context) -> None:
        if event.tag == lifecycle.REFUND_TAG:
            self.refunded(ctx, str(event.detail.get("charge", "")))
            return
        if event.tag != lifecycle.LINK_TAG or event.chat is None:
            return
        member = lifecycle.link_member(str(event.detail.get("name", "")), event.chat)
        link = event.detail.get("invite_link")
        if member is None or not link:
            return
        ctx.send_private(
            member, T("Your personal link to the members' group: {link}", link=str(link))
        )

    def job(self, event: JobDue, ctx: Context) -> None:
        if event.job == ORDERS_JOB:
            for order in self._orders.pop(event.key, []):
                if order.plan and self.config.plan(order.plan) is not None:
                    lifecycle.buy(ctx, self.config, order.member, order.plan, order.reference,
                                  "order", Decimal(order.amount), order.currency)  # fmt: skip
            return
        if event.job not in (lifecycle.REMIND_JOB, lifecycle.EXPIRE_JOB):
            return
        payload = event.payload
        membership = lifecycle.current(
            ctx, str(payload["member"]), str(payload["plan"]), str(payload["until"])
        )
        if membership is None:  # renewed (a later end) or ended meanwhile
            return
        if event.job == lifecycle.REMIND_JOB:
            lifecycle.remind(ctx, self.config, membership)
        else:
            lifecycle.end(ctx, self.config, membership, "lapsed")

    # --- commands -----------------------------------------------------------------------------

    def plans(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self.config.plans:
            ctx.reply(T("No paid plans are offered here."))
            return
        lines: list = [T("Plans:")]
        for name, plan in self.config.plans.items():
            lines += [
                Text(f"\n· {name}: "),
                lifecycle.plan_title(name, plan),
                Text(f" — {plan.price} {plan.currency}"),
            ]
            if plan.stars_price() and plan.currency != STARS:
                lines.append(Text(f" / {plan.stars_price()} ⭐"))
            lines.append(T(", {days} days", days=plan.period.days))
            if plan.perks:
                lines.append(Text(f" ({', '.join(plan.perks)})"))
        lines += [Text("\n"), T("Send /subscribe PLAN to pay with Telegram Stars.")]
        ctx.reply(tuple(lines))

    def subscribe(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        name = command.arg(0).lower() or (next(iter(self.config.plans), ""))
        plan = self.config.plan(name)
        if plan is None or not plan.stars_price() or event.chat is None:
            ctx.reply(T("Usage: /subscribe PLAN (see /plans)."))
            return
        title = lifecycle.plan_title(name, plan)
        ctx.act(
            SendInvoice(
                chat=event.chat,
                title=(title if not isinstance(title, str) else Text(title),),
                description=(T("{days} days in the members' group.", days=plan.period.days),),
                payload=payload_for(ctx.community.name, name),
                currency=STARS,
                amount=plan.stars_price() or 0,
                label=name,
                tag="paid",
            )
        )

    def membership(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        member = ctx.community.member_key(event.sender)
        mine = [m for m in ctx.slice(MembershipSlice).of(member) if m.active(ctx.now)]
        if not mine:
            ctx.reply(T("You have no paid membership. Send /plans to see the plans."))
            return
        for m in mine:
            plan = self.config.plans.get(m.plan)
            title = lifecycle.plan_title(m.plan, plan) if plan else m.plan
            ctx.reply(T("{plan}: member until {date}.", plan=title, date=m.expires_at))

    def grant(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        """/grant @member PLAN REFERENCE: a membership paid by an order (recorded once)."""
        target, rest = target_of(event, command, ctx)
        plan = self.config.plan(rest[0]) if rest else None
        if target is None or plan is None or len(rest) < 2:
            ctx.reply(T("Usage: /grant @member PLAN REFERENCE (the order's reference)."))
            return
        name, member = rest[0].lower(), ctx.community.member_key(target)
        reference = rest[1][:191]
        membership = lifecycle.buy(
            ctx, self.config, member, name, reference, "order", plan.price, plan.currency
        )
        if membership is None:
            ctx.reply(T("Order {reference} was counted before.", reference=reference))
            return
        order = OrderInput(
            ctx.community.name,
            member,
            plan.price,
            plan.currency,
            reference,
            ctx.now,
            "command",
            name,
        )
        ctx.write(ORDER_INSERT, order.row(ctx.engine.database.dialect))
        ctx.reply(
            T(
                "{name}: {plan} until {date}.",
                name=ctx.member(target).name or target.local_id,
                plan=lifecycle.plan_title(name, plan),
                date=membership.expires_at,
            )
        )

    def refund(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        """/refundstars @member [PLAN]: give back the member's last Stars payment; the
        membership ends once the platform confirms."""
        target, rest = target_of(event, command, ctx)
        member = ctx.community.member_key(target) if target is not None else ""
        state: Memberships = ctx.slice(MembershipSlice)
        payment = state.last_payment(member, rest[0].lower() if rest else None)
        if target is None or payment is None or payment.source != "stars":
            ctx.reply(T("Usage: /refundstars @member [PLAN] (a member who paid in Stars)."))
            return
        chat = event.chat if event.chat is not None else Ref(member)
        refund = ctx.act(
            RefundPayment(
                chat=chat, user=Ref(member), charge=payment.reference, tag=lifecycle.REFUND_TAG
            )
        )
        ctx.reply(T("Refund requested."), after=refund)
