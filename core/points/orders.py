"""Orders: purchases recorded for members, by admin command (/order), by the Python API
(`record_order`) and by `groupops orders import FILE.csv`. The shop's reference identifies an
order: the same reference is recorded once, whichever way it arrives."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from ..commands import Command
from ..engine import CommandComponent, Context, component, on_command
from ..errors import GroupopsError
from ..events import Event, MessageEvent
from ..money import STARS, said_amount
from ..permissions import Permission
from ..refs import Ref
from ..segments import T
from ..storage.models import Order
from ..storage.statements import insert
from .names import display_name
from .subjects import aimed_at

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal(10) ** 12  # orders.amount: 14 digits, 2 after the point
WRITTEN_AMOUNT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")  # 99, 99.00, .5 (and -1: refused)


class OrderRow(NamedTuple):
    community: str
    member: str
    amount: Any  # text on SQLite, the Decimal on PostgreSQL
    currency: str
    reference: str
    source: str
    created_at: datetime
    plan: str | None  # what a paid membership order buys


ORDER_INSERT = insert("orders", OrderRow, unique=("community", "reference"))


class OrderError(GroupopsError, ValueError):
    """An order that cannot be recorded; the text names the field and the value."""


@dataclass(frozen=True, slots=True)
class OrderInput:
    community: str
    member: str
    amount: Decimal
    currency: str
    reference: str
    created_at: datetime
    source: str = "api"
    plan: str | None = None  # the paid plan it buys (see docs/membership.md)

    @classmethod
    def parse(
        cls,
        community: str,
        member: str,
        amount: str | Decimal | float,
        currency: str,
        reference: str,
        created_at: datetime | str | None = None,
        source: str = "api",
        plan: str | None = None,
    ) -> OrderInput:
        not_a_number = OrderError(f"amount {amount!r} is not a number (expected e.g. 99.00)")
        # as written: digits and a point; Decimal would also read 1e9, 1_000 and NaN
        if isinstance(amount, str) and not WRITTEN_AMOUNT.fullmatch(amount.strip()):
            raise not_a_number
        try:
            value = Decimal(str(amount))
        except InvalidOperation:
            raise not_a_number from None
        if not value.is_finite():
            raise not_a_number
        if value <= 0:  # a free order would still count towards a customer band
            raise OrderError(f"amount {amount!r} must be more than zero")
        # the column's 14 digits, 2 of cents (compared first: 1e9999 cannot even be rounded)
        if value >= MAX_AMOUNT or value.quantize(CENT) >= MAX_AMOUNT:
            raise OrderError(f"amount {amount!r} is too large (at most {MAX_AMOUNT - CENT})")
        # stored in cents: a written 0.001 would become 0.00 (a float's last bits are noise)
        if value != value.quantize(CENT) and not isinstance(amount, float):
            raise OrderError(f"amount {amount!r} has more than two decimal places")
        try:
            Ref(member)
        except ValueError:
            raise OrderError(
                f"member {member!r} is not a user reference (expected e.g. telegram:user:42)"
            ) from None
        if not reference.strip():
            raise OrderError("reference is empty (expected the shop's own order id)")
        currency = (currency or "CNY").strip().upper()
        if not (currency.isalpha() and len(currency) == 3):
            raise OrderError(f"currency {currency!r} is not a 3-letter code such as CNY or USD")
        if currency == STARS and value != value.to_integral_value():  # Stars are whole
            raise OrderError(f"amount {amount!r} in {STARS} must be a whole number of Stars")
        when = created_at or datetime.now(UTC)
        if isinstance(when, str):
            try:
                when = datetime.fromisoformat(when)
            except ValueError:
                raise OrderError(
                    f"time {when!r} is not ISO 8601 (e.g. 2026-03-02T10:00:00+08:00)"
                ) from None
        if when.tzinfo is None:
            raise OrderError(f"time {when.isoformat()!r} has no UTC offset")
        amount_value = value.quantize(CENT)
        return cls(
            community, member, amount_value, currency, reference.strip()[:191],
            when.astimezone(UTC), source, (plan or "").strip().lower() or None,
        )  # fmt: skip

    def row(self, dialect: str) -> OrderRow:
        # SQLite keeps decimals as text; PostgreSQL's numeric takes the Decimal itself.
        amount = str(self.amount) if dialect == "sqlite" else self.amount
        return OrderRow(
            self.community, self.member, amount, self.currency, self.reference, self.source,
            self.created_at, self.plan,
        )  # fmt: skip


async def record_orders(database, orders: list[OrderInput]) -> int:
    """Record orders (duplicates by reference are skipped); returns how many were new."""
    if not orders:
        return 0
    before = await Order.filter(community__in={o.community for o in orders}).count()
    async with database.transaction() as conn:
        await database.write(conn, [(ORDER_INSERT, [o.row(database.dialect) for o in orders])])
    return await Order.filter(community__in={o.community for o in orders}).count() - before


async def record_order(
    database,
    community: str,
    member: str,
    amount: str | Decimal | float,
    currency: str,
    reference: str,
    created_at: datetime | None = None,
) -> bool:
    """The Python API: True if the order is new, False if its reference was recorded before."""
    order = OrderInput.parse(community, member, amount, currency, reference, created_at)
    return await record_orders(database, [order]) == 1


@component
class Orders(CommandComponent):
    name = "orders"
    order = 34

    async def prepare(self, event: Event, ctx: Context) -> bool | None:
        """Whether the reference of an /order is recorded already (the reply says so)."""
        await super().prepare(event, ctx)
        found = self.command_of(event)
        if found is None or found[0].name != "order" or not found[1].args:
            return None
        reference = found[1].args[-1].strip()[:191]
        return await Order.filter(community=ctx.community.name, reference=reference).exists()

    @on_command("order", permission=Permission.POINTS)
    def record(self, event: MessageEvent, ctx: Context, command: Command) -> None:
        """/order @member AMOUNT [CURRENCY] REFERENCE"""
        usage = T("Usage: /order @member AMOUNT [CURRENCY] REFERENCE")
        found = aimed_at(event, ctx, command, usage)
        if found is None:
            return
        target, rest = found
        args = list(rest)
        if len(args) < 2:
            ctx.reply(usage)
            return
        currency = args.pop(1) if len(args) == 3 else "CNY"
        member = ctx.community.member_key(target)
        try:
            order = OrderInput.parse(
                ctx.community.name, member, args[0], currency, args[-1], ctx.now, "command"
            )
        except OrderError as exc:
            ctx.reply(T("Order not recorded: {problem}", problem=str(exc)))
            return
        if self.prepared(ctx):  # the same reference is recorded once
            ctx.reply(
                T(
                    "Order {reference} was recorded before: nothing changed.",
                    reference=order.reference,
                )
            )
            return
        ctx.member(target)
        ctx.write(ORDER_INSERT, order.row(ctx.dialect))
        ctx.audit("order", target=member, actor=event.sender, outcome="done",
                  detail={"amount": str(order.amount), "currency": order.currency,
                          "reference": order.reference})  # fmt: skip
        ctx.reply(
            T(
                "Order {reference} recorded for {name}: {amount} {currency}.",
                reference=order.reference,
                name=display_name(ctx, member),
                amount=said_amount(order.amount, order.currency),
                currency=order.currency,
            )
        )
