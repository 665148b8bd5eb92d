"""/coupons shows a member's coupons; admins give one (/coupon @member WHAT) and record its use
(/usecoupon CODE [ORDER]): only an issued coupon before its expiry passes, once."""

from __future__ import annotations

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command, target_of
from ..events import Event, MessageEvent
from ..permissions import Permission
from ..segments import T, Text
from ..storage.models import Coupon
from .coupons import COUPON_REDEEM, CouponsConfig, issue, redeem_row
from .names import display_name


@component
class Coupons(CommandComponent[list[Coupon] | Coupon]):
    name = "coupons"
    section = "coupons"
    order = 37
    config: CouponsConfig

    async def prepare(self, event: Event, ctx: Context) -> list[Coupon] | Coupon | None:
        """The sender's coupons for /coupons, or the coupon /usecoupon names."""
        await super().prepare(event, ctx)
        found = self.command_of(event)
        if found is None or not isinstance(event, MessageEvent):
            return None
        spec, command = found
        community = ctx.community.name
        if spec.name == "coupons":
            member = ctx.community.member_key(event.sender)
            return (
                await Coupon.filter(community=community, member=member, status="issued")
                .order_by("issued_at")
                .all()
            )
        if spec.name == "usecoupon" and command.args:
            code = command.arg(0).upper()
            return await Coupon.get_or_none(community=community, code=code)
        return None

    @on_command("coupons", aliases=("优惠券",))
    def mine(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        found = self.prepared(ctx)
        held = [c for c in found if _valid(c, ctx)] if isinstance(found, list) else []
        if not held:
            ctx.reply(T("You have no coupons."))
            return
        lines: list = [T("Your coupons:")]
        for coupon in held:
            lines.append(Text(f"\n· {coupon.code}: {coupon.title}"))
            if coupon.expires_at is not None:
                lines += [Text(" — "), T("valid until {date}", date=coupon.expires_at)]
        ctx.reply(tuple(lines))

    @on_command("coupon", permission=Permission.POINTS)
    def give(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        target, rest = target_of(event, command, ctx)
        if target is None or not rest:
            ctx.reply(T("Usage: /coupon @member WHAT (e.g. 10 CNY off the next order)"))
            return
        member = ctx.community.member_key(target)
        title = " ".join(rest)
        code, _ = issue(ctx, member, title, f"admin:{event.key}")
        ctx.send_private(target, T("You received a coupon: {title}, code {code}.", title=title,
                                   code=code))  # fmt: skip
        ctx.reply(T("Coupon {code} given to {name}.", code=code, name=display_name(ctx, member)))

    @on_command("usecoupon", permission=Permission.POINTS)
    def use(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        found = self.prepared(ctx)
        coupon = found if isinstance(found, Coupon) else None
        if not command.args:
            ctx.reply(T("Usage: /usecoupon CODE [ORDER]"))
            return
        code = command.arg(0).upper()
        if coupon is None:
            ctx.reply(T("No coupon {code}.", code=code))
            return
        if coupon.status != "issued":
            ctx.reply(T("Coupon {code} was already used.", code=code))
            return
        if not _valid(coupon, ctx):
            ctx.reply(T("Coupon {code} expired on {date}.", code=code, date=coupon.expires_at))
            return
        reference = command.arg(1) or f"command:{event.key}"
        ctx.write(COUPON_REDEEM, redeem_row(ctx.community.name, code, reference, ctx.now))
        ctx.audit("coupon.redeemed", target=coupon.member, actor=event.sender, evidence=code,
                  detail={"reference": reference})  # fmt: skip
        ctx.reply(T("Coupon {code} ({title}) used for {name}.", code=code, title=coupon.title,
                    name=display_name(ctx, coupon.member)))  # fmt: skip


def _valid(coupon: Coupon, ctx: Context) -> bool:
    return coupon.expires_at is None or coupon.expires_at > ctx.now
