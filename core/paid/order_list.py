"""A community's orders as `groupops orders` lists them, newest first, each with what became of
it: counted, refunded, or held for the admins (a Stars payment no plan accounted for:
unmatched.py) with the reason the admin chat was told, read back from the audit log."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Literal

from ..segments import I18nText, T
from ..storage.models import AuditEntry, Member, MembershipPeriod, Order
from .held_why import why_of

Status = Literal["counted", "refunded", "held"]
# how each status reads in the listing (a held one says why, as the admin chat was told)
STATUS_SAID: dict[Status, I18nText | None] = {
    "counted": None,
    "refunded": T("refunded"),
    "held": T("held for the admins (not an order): {why}"),
}
HELD_UNEXPLAINED = T("held for the admins (not an order)")  # its audit entry is gone (a purge)


@dataclass(frozen=True, slots=True)
class ListedOrder:
    created_at: datetime
    reference: str
    member: str  # the member key
    name: str  # as the community knows them, "" if not
    amount: Decimal
    currency: str
    source: str
    plan: str  # the plan it bought (a Stars payment's from its period), "" if none
    status: Status
    why: I18nText | str | None = None  # held: the reason

    def said_status(self) -> I18nText | None:
        if self.status == "held" and not self.why:
            return HELD_UNEXPLAINED
        said = STATUS_SAID[self.status]
        return I18nText(said.msgid, {"why": self.why}) if said and self.why else said


async def order_communities() -> list[str]:
    rows = await Order.all().distinct().order_by("community").values_list("community", flat=True)
    return [str(c) for c in rows]


async def list_orders(community: str, limit: int) -> list[ListedOrder]:
    """The latest `limit` orders of `community`, newest first."""
    orders = await Order.filter(community=community).order_by("-created_at", "-id").limit(limit)
    references = [o.reference for o in orders]
    held_rows = Order.held(community, reference__in=references)
    held = {str(r) for r in await held_rows.values_list("reference", flat=True)}
    periods = MembershipPeriod.filter(community=community, reference__in=references)
    plans = dict(await periods.values_list("reference", "plan"))
    refunded = set(await periods.filter(status="refunded").values_list("reference", flat=True))
    members = Member.filter(community=community, key__in={o.member for o in orders})
    names = dict(await members.values_list("key", "name"))
    whys = await _why_held(community, held)
    listed: list[ListedOrder] = []
    for order in orders:
        status: Status = (
            "held" if order.reference in held else
            "refunded" if order.reference in refunded else "counted"
        )  # fmt: skip
        listed.append(ListedOrder(
            order.created_at, order.reference, order.member, str(names.get(order.member) or ""),
            Decimal(order.amount), order.currency, order.source,
            str(plans.get(order.reference) or order.plan or ""), status, whys.get(order.reference),
        ))  # fmt: skip
    return listed


async def _why_held(community: str, charges: set[str]) -> dict[str, I18nText | str]:
    """charge -> why it was held, from its `paid.unmatched` audit entry."""
    if not charges:
        return {}
    entries = AuditEntry.filter(community=community, action="paid.unmatched")
    whys: dict[str, I18nText | str] = {}
    for detail_text, evidence in await entries.values_list("detail", "evidence"):
        detail = json.loads(str(detail_text) or "{}")
        charge = detail.get("charge")
        if charge in charges:
            whys[str(charge)] = why_of(detail, str(evidence))
    return whys
