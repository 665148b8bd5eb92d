"""/shop and /redeem for members; /redemptions, /fulfil and /refund for admins.

A redemption spends points atomically (see ledger.spend) and waits as `pending` until an admin
fulfils it or refunds it (a reversing entry gives the points back and frees the stock).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from ..commands import Command
from ..engine import CommandComponent, Context, Slice, Writes, component, on_command
from ..events import MessageEvent
from ..i18n.render import localized
from ..permissions import Permission
from ..roles import Role
from ..segments import TN, T, Text
from ..storage.models import Redemption
from ..storage.statements import insert, update
from .coupons import issue
from .ledger import ref_of, reverse, spend
from .names import display_name
from .perks import has_perk
from .shop_config import ShopConfig, ShopItem

# No ON CONFLICT: two workers picking the same number must fail the later commit (it is then
# decided again on fresh state) rather than drop a paid-for redemption.


class RedemptionRow(NamedTuple):
    community: str
    number: int
    member: str
    item: str
    cost: int
    status: str  # pending | fulfilled | refunded
    created_at: datetime
    settled_by: str


class RedemptionSettled(NamedTuple):
    status: str
    settled_at: datetime
    settled_by: str
    community: str
    number: int


REDEMPTION_INSERT = insert("redemptions", RedemptionRow)
REDEMPTION_SETTLE = update("redemptions", RedemptionSettled, key=("community", "number"))


@dataclass(slots=True)
class Held:
    member: str
    item: str
    cost: int
    status: str


@dataclass(slots=True)
class ShopBook:
    community: str
    last: int = 0
    used: dict[str, int] = field(default_factory=dict)  # item -> redemptions not refunded
    held: dict[int, Held] = field(default_factory=dict)  # number -> redemption

    def redeemed(
        self, writes: Writes, member: str, item: str, cost: int, status: str, at: datetime
    ) -> int:
        """A redemption (paid for already), held and written under the next number."""
        number = self.last = self.last + 1
        self.used[item] = self.used.get(item, 0) + 1
        self.held[number] = Held(member, item, cost, status)
        row = RedemptionRow(self.community, number, member, item, cost, status, at, "")
        writes.write(REDEMPTION_INSERT, row)
        return number

    def settle(self, writes: Writes, number: int, status: str, at: datetime, by: str) -> Held:
        """Fulfilled or refunded (a refund frees its stock)."""
        held = self.held[number]
        held.status = status
        if status == "refunded":
            self.used[held.item] = max(0, self.used.get(held.item, 0) - 1)
        writes.write(REDEMPTION_SETTLE, RedemptionSettled(status, at, by, self.community, number))
        return held


class ShopState(Slice[ShopBook]):
    name = "shop"

    @classmethod
    async def load(cls, community: str, database) -> ShopBook:
        book = ShopBook(community)
        rows = await Redemption.filter(community=community).values_list(
            "number", "member", "item", "cost", "status"
        )
        for number, member, item, cost, status in rows:
            book.last = max(book.last, number)
            book.held[number] = Held(member, item, cost, status)
            if status != "refunded":
                book.used[item] = book.used.get(item, 0) + 1
        return book


@component
class Shop(CommandComponent):
    name = "shop"
    section = "shop"
    order = 31
    slices = (ShopState,)
    config: ShopConfig

    def _left(self, book: ShopBook, item: ShopItem) -> int | None:
        return None if item.stock is None else max(0, item.stock - book.used.get(item.id, 0))

    @on_command("shop", aliases=("商城",))
    def catalogue(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        book: ShopBook = ctx.slice(ShopState)
        tz = ctx.community.clock.tz
        # a limited-time item outside its period is not listed
        on_sale = [(n, i) for n, i in enumerate(self.config.items, 1) if i.on_sale(ctx.now, tz)]
        if not on_sale:
            ctx.reply(T("The points shop has nothing on offer now."))
            return
        lines: list = [T("Points shop (redeem with /redeem ITEM):")]
        for index, item in on_sale:
            lines.append(Text(f"\n{index}. {item.id} · "))
            lines.append(localized(item.title))
            lines.append(Text(" · "))
            lines.append(TN("{n} point", "{n} points", item.cost))
            left = self._left(book, item)
            if left is not None:
                lines.append(Text(" · "))
                lines.append(TN("{n} left", "{n} left", left))
            if item.available_until is not None:
                until = item.available_until
                until = until if until.tzinfo else until.replace(tzinfo=tz)
                lines += [Text(" · "), T("until {when}", when=until)]
        ctx.reply(tuple(lines))

    @on_command("redeem", aliases=("兑换",))
    def redeem(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        item = self.config.item(command.arg(0))
        if item is None:
            ctx.reply(T("No such item. See /shop for what you can redeem."))
            return
        book: ShopBook = ctx.slice(ShopState)
        member = ctx.member(event.sender)
        title = localized(item.title)
        if not item.on_sale(ctx.now, ctx.community.clock.tz):
            ctx.reply(T("{item} is not on sale now.", item=title))
            return
        if self._left(book, item) == 0:
            ctx.reply(T("{item} is out of stock.", item=title))
            return
        if item.perk and not has_perk(ctx.ruleset, member, item.perk, ctx.role_of(event.sender)):
            ctx.reply(T("{item} is reserved for members whose tier grants it.", item=title))
            return
        mine = sum(
            1
            for h in book.held.values()
            if h.member == member.key and h.item == item.id and h.status != "refunded"
        )
        if item.per_member is not None and mine >= item.per_member:
            ctx.reply(TN("{item}: {n} per member.", "{item}: {n} per member.", item.per_member,
                         item=title))  # fmt: skip
            return
        number = book.last + 1
        key = f"redeem:{event.key}"
        if not spend(ctx, member, item.cost, "redeem", key, ref_of(item=item.id, no=number)):
            ctx.reply(
                TN(
                    "{item} costs {n} point; you have {balance}.",
                    "{item} costs {n} points; you have {balance}.",
                    item.cost,
                    item=title,
                    balance=member.balance,
                )
            )
            return
        status = "fulfilled" if item.coupon else "pending"  # a coupon is handed over at once
        book.redeemed(ctx, member.key, item.id, item.cost, status, ctx.now)
        community = ctx.community.name
        if item.coupon:
            code, _ = issue(ctx, member.key, item.coupon, f"shop:{community}:{number}")
            ctx.reply(T(
                "Redeemed {item} (#{number}): your coupon {code} ({coupon}); /coupons lists yours. "
                "Balance {balance}.", item=title, number=str(number), code=code,
                coupon=item.coupon, balance=member.balance,
            ))  # fmt: skip
            return
        ctx.reply(
            T(
                "Redeemed {item} (#{number}); an admin will be in touch. Balance {balance}.",
                item=title,
                number=str(number),
                balance=member.balance,
            )
        )
        admin_chat = ctx.community.settings.admin_chat
        if admin_chat:
            ctx.send(
                T(
                    "{name} redeemed {item} (#{number}): /fulfil {number} or /refund {number}.",
                    name=display_name(ctx, member.key),
                    item=title,
                    number=str(number),
                ),
                chat=admin_chat,
            )

    @on_command("redemptions", role=Role.ADMIN)
    def pending(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        book: ShopBook = ctx.slice(ShopState)
        waiting = [(n, h) for n, h in sorted(book.held.items()) if h.status == "pending"]
        if not waiting:
            ctx.reply(T("No redemptions are waiting."))
            return
        lines: list = [T("Waiting redemptions:")]
        for number, held in waiting:
            lines.append(Text(f"\n#{number} {display_name(ctx, held.member)} · {held.item}"))
        ctx.reply(tuple(lines))

    def _held(self, ctx: Context, command: Command) -> tuple[int, Held] | None:
        wanted = command.arg(0).lstrip("#")
        book: ShopBook = ctx.slice(ShopState)
        held = book.held.get(int(wanted)) if wanted.isdecimal() else None
        if held is None or held.status != "pending":
            ctx.reply(T("No waiting redemption #{number}.", number=wanted or "?"))
            return None
        return int(wanted), held

    def _settle(self, event: MessageEvent, ctx: Context, number: int, held: Held, status: str):
        ctx.slice(ShopState).settle(ctx, number, status, ctx.now, event.sender)
        ctx.audit(status, target=held.member, actor=event.sender, outcome="done",
                  detail={"redemption": number, "item": held.item, "cost": held.cost})  # fmt: skip

    @on_command("fulfil", permission=Permission.POINTS, aliases=("fulfill",))
    def fulfil(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        found = self._held(ctx, command)
        if found is None:
            return
        number, held = found
        self._settle(event, ctx, number, held, "fulfilled")
        ctx.reply(T("Redemption #{number} is fulfilled.", number=str(number)))

    @on_command("refund", permission=Permission.POINTS)
    def refund(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        found = self._held(ctx, command)
        if found is None:
            return
        number, held = found
        self._settle(event, ctx, number, held, "refunded")
        member = ctx.member(held.member)
        key = f"redemption:{ctx.community.name}:{number}"
        reverse(ctx, member, -held.cost, key, "refund", ref_of(no=number, by=event.sender))
        ctx.reply(
            TN(
                "Redemption #{number} is refunded: {n} point back to {name}.",
                "Redemption #{number} is refunded: {n} points back to {name}.",
                held.cost,
                number=str(number),
                name=display_name(ctx, held.member),
            )
        )
