"""The paid-membership commands: /plans, /subscribe (a Telegram Stars invoice in the chat),
/membership; admins /grant (a membership paid by an order) and /refundstars."""

from __future__ import annotations

from ..actions import RefundPayment, SendInvoice
from ..capabilities import Capability
from ..commands import Command
from ..engine import Context, on_command, target_of, untargeted
from ..engine.routing import routed_data
from ..events import MessageEvent
from ..money import amount_text, money
from ..permissions import Permission, allows
from ..points import ORDER_INSERT, OrderInput, display_name
from ..refs import Ref
from ..segments import TN, T, Text
from . import lifecycle
from .asked import ASKED
from .config import STARS, PaidConfig
from .refund_choice import last_paid, refunded_already
from .store import Memberships, MembershipSlice, StarsPaid, paid_detail
from .telling import readable_group, tell_member

PAYLOAD = "paid"


def payload_for(community: str, plan: str) -> str:
    """The invoice payload: names the community (for a payment made in private) and plan."""
    return routed_data(community, f"{PAYLOAD}|{plan}")


def called(ctx: Context, member: str) -> str:
    """A member as an admin would type them: @handle where they have one, else their name."""
    holder = ctx.peek_member(member)
    if holder is not None and holder.handle:
        return f"@{holder.handle}"
    return display_name(ctx, member)


class PaidCommands:
    """The command handlers of the `paid` component (see `component.Paid.commands`)."""

    config: PaidConfig

    @on_command("plans", aliases=("套餐",))
    def plans(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        if not self.config.plans:
            ctx.reply(T("No paid plans are offered here."))
            return
        lines: list = [T("Plans:")]
        for name, plan in self.config.plans.items():
            lines += [
                Text(f"\n· {name}: "),
                lifecycle.plan_title(name, plan),
                Text(f" — {money(plan.price, plan.currency)}"),
            ]
            if plan.stars_price() and plan.currency != STARS:
                lines.append(Text(f" / {plan.stars_price()} ⭐"))
            days = plan.period.days
            lines.append(TN(", {days} day", ", {days} days", days, days=days))
            if plan.perks:
                lines.append(Text(f" ({', '.join(plan.perks)})"))
        lines += [Text("\n"), T("Send /subscribe PLAN to pay with Telegram Stars.")]
        ctx.reply(tuple(lines))

    @on_command("subscribe", aliases=("订阅",), needs=(Capability.INVOICE,))
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
                description=(
                    TN(
                        "{days} day in the members' group.",
                        "{days} days in the members' group.",
                        plan.period.days,
                        days=plan.period.days,
                    ),
                ),
                payload=payload_for(ctx.community.name, name),
                currency=STARS,
                amount=plan.stars_price() or 0,
                label=name,
                tag="paid",
            )
        )

    @on_command("membership", aliases=("会员",))
    def membership(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        """Your plans; an admin naming a member (`/membership @ann`), theirs."""
        asked_about = None
        may_ask = allows(ctx.role_of(event.sender), Permission.POINTS)
        if (command.args or event.reply_to_sender) and may_ask:
            asked_about, _ = target_of(event, command, ctx)
            if asked_about is None:
                ctx.reply(untargeted(command, ctx))
                return
        member = ctx.community.member_key(asked_about or event.sender)
        mine = [m for m in ctx.slice(MembershipSlice).of(member) if m.active(ctx.now)]
        if not mine:
            ctx.reply(
                T("{name} has no paid membership.", name=display_name(ctx, asked_about))
                if asked_about is not None
                else T("You have no paid membership. Send /plans to see the plans.")
            )
            return
        for m in mine:
            plan = self.config.plans.get(m.plan)
            title = lifecycle.plan_title(m.plan, plan) if plan else m.plan
            ctx.reply(
                T("{name}: {plan} until {date}.", name=display_name(ctx, asked_about),
                  plan=title, date=m.expires_at)
                if asked_about is not None  # an admin asking: whose plan it is
                else T("{plan}: member until {date}.", plan=title, date=m.expires_at)
            )  # fmt: skip

    @on_command("grant", permission=Permission.POINTS)
    def grant(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        """/grant @member PLAN REFERENCE: a membership paid by an order (recorded once), or by
        a Stars payment that matched no plan (its charge as the reference: what was paid is
        recorded, and it stays refundable)."""
        target, rest = target_of(event, command, ctx)
        if target is None and command.args:  # someone named, and not found
            ctx.reply(untargeted(command, ctx))
            return
        plan = self.config.plan(rest[0]) if rest else None
        if target is not None and rest and plan is None:  # a plan mistyped, or not sold here
            known = ", ".join(self.config.plans) or "-"
            ctx.reply(T("There is no plan {plan}; the plans: {plans}.", plan=rest[0], plans=known))
            return
        if target is None or plan is None or len(rest) < 2:
            ctx.reply(T("Usage: /grant @member PLAN REFERENCE (the order's reference)."))
            return
        name, member = rest[0].lower(), ctx.community.member_key(target)
        reference = rest[1][:191]
        state: Memberships = ctx.slice(MembershipSlice)
        if reference in state.refunded:  # the Stars are the payer's again: nothing to grant with
            ctx.reply(T("Payment {charge} was refunded already.", charge=reference))
            return
        held = state.held.get(reference)
        if held is not None and held.member != member:  # a typo must not give it to another
            ctx.reply(T("{charge} was paid by {payer}, not {named}.", charge=reference,
                        payer=called(ctx, held.member), named=called(ctx, member)))  # fmt: skip
            return
        if held is not None:  # granted: the plan it pays for, for a refund by plan
            del state.held[reference]
            state.paid_in_stars(member, StarsPaid(reference, name, held.amount, held.currency))
        paid = (held.amount, held.currency) if held else (plan.price, plan.currency)
        source = "stars" if held else "order"
        membership = lifecycle.buy(ctx, self.config, member, name, reference, source, *paid,
                                   actor=event.sender)  # fmt: skip
        if membership is None:
            ctx.reply(T("Order {reference} was counted before.", reference=reference))
            return
        title = lifecycle.plan_title(name, plan)
        if held is None:  # a held payment's order was recorded when it was paid
            order = OrderInput(ctx.community.name, member, plan.price, plan.currency, reference,
                               ctx.now, "command", name)  # fmt: skip
            ctx.write(ORDER_INSERT, order.row(ctx.dialect))
            # what the order bought, as for an imported one: the personal link alone says nothing
            granted = T("Order {reference} is counted: your {plan} membership runs until {date}.",
                        reference=reference, plan=title, date=membership.expires_at)  # fmt: skip
        else:  # they were told the admins would refund it or grant the plan: which it was
            granted = T(
                "Your payment of {amount} {currency} now pays for {plan}: you are a member until "
                "{date}.",
                amount=amount_text(held.amount, held.currency),
                currency=held.currency,
                plan=title,
                date=membership.expires_at,
            )
        tell_member(ctx, member, granted, readable_group(ctx, self.config, member))
        ctx.reply(
            T(
                "{name}: {plan} until {date}.",
                name=ctx.member(target).name or target.local_id,
                plan=title,
                date=membership.expires_at,
            )
        )

    @on_command("refundstars", permission=Permission.POINTS, needs=(Capability.REFUND,))
    def refund(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        """/refundstars @member [PLAN]: give back the member's last Stars payment, once (asked
        again, it names the charges left: refund_choice.py). /refundstars CHARGE gives back
        that payment: one that matched no plan, or one a membership stands on (granted or
        bought). Once the platform confirms, the period it paid for is taken back (refunds.py)."""
        state: Memberships = ctx.slice(MembershipSlice)
        charge = command.arg(0)
        if (held := state.held.get(charge)) is not None:
            self._give_back(
                event, ctx, held.member, paid_detail(charge, held.amount, held.currency)
            )
            return
        if (paid := state.payments.get(charge)) is not None and paid.source == "stars":
            detail = paid_detail(charge, paid.amount, paid.currency)
            self._give_back(event, ctx, paid.member, detail)
            return
        if charge in state.refunded:
            ctx.reply(T("Payment {charge} was refunded already.", charge=charge))
            return
        if paid is not None:  # an order's reference: paid in the shop, not through Telegram
            ctx.reply(T("Order {reference} was paid in {currency}, not in Telegram Stars: "
                        "there is nothing to refund through Telegram.", reference=charge,
                        currency=paid.currency))  # fmt: skip
            return
        target, rest = target_of(event, command, ctx)
        if target is None and command.args and not charge.startswith("@"):  # a charge id
            ctx.reply(T("No Telegram Stars payment with charge id {charge} is known.",
                        charge=charge))  # fmt: skip
            return
        if target is None and command.args:  # someone named, and not found
            ctx.reply(untargeted(command, ctx))
            return
        member = ctx.community.member_key(target) if target is not None else ""
        plan = rest[0].lower() if rest else None
        last = last_paid(state, member, plan) if target is not None else None
        if target is None or last is None:
            ctx.reply(T("Usage: /refundstars @member [PLAN] (a member who paid in Stars)."))
        elif last.charge in state.refunded:  # asked again: nothing more is given back unnamed
            name = display_name(ctx, target)
            ctx.reply(refunded_already(ctx, state, name, member, last, plan))
        else:
            detail = paid_detail(last.charge, last.amount, last.currency)
            self._give_back(event, ctx, member, detail)

    def _give_back(
        self, event: MessageEvent, ctx: Context, member: str, payment: dict[str, str]
    ) -> None:
        """Ask the platform for the refund; the log says who asked, for which charge and how
        much (done once the platform confirms, failed if it refuses)."""
        charge = payment["charge"]
        if payment["currency"] != STARS:  # held, paid elsewhere: refundStarPayment gives Stars
            ctx.reply(T("Payment {charge} was paid in {currency}, not in Telegram Stars: refund "
                        "it through the payment provider.", charge=charge,
                        currency=payment["currency"]))  # fmt: skip
            return
        chat = event.chat if event.chat is not None else Ref(member)
        refund = ctx.act(
            RefundPayment(chat=chat, user=Ref(member), charge=charge, tag=lifecycle.REFUND_TAG)
        )
        if refund is not None:  # the audit entry says so durably (asked.py)
            ctx.slice(MembershipSlice).requested.add(charge)
        ctx.audit_of(refund, ASKED, target=member, actor=event.sender, detail=payment)
        said = T("Refund of {amount} {currency} ({charge}) requested.", charge=charge,
                 amount=payment["amount"], currency=payment["currency"])  # fmt: skip
        ctx.reply(said, after=refund)
