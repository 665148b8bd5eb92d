"""Group-buy (拼团): a product with prices tiered by group size (the playbook's 3 people -> 20 %
off), a deadline, joining by `/join` or the Join button, the group's size and outlook told as
people join (the joins of a busy minute in one message, see confirmations.py); at the
deadline it succeeds (orders created at the reached tier's price) or fails, and the organiser
is told either way."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from ..engine import Context, MemberState
from ..money import said_amount
from ..points import display_name
from ..refs import Ref
from ..segments import TN, T, Text
from ..storage.statements import insert
from .confirmations import (
    UNCONFIRMED,
    Confirmation,
    confirm_gathered,
    enter,
    named_list,
    window_ended,
)
from .kinds import Kind, join_button, kind, organiser_chat
from .spec import GroupBuySpec
from .store import FAILED, GONE, SUCCEEDED, Campaign, Entry, outside, save_entry

JOINED = "joined"
CENT = Decimal("0.01")


class GroupOrderRow(NamedTuple):
    """An order the group-buy creates (no plan: it buys the product)."""

    community: str
    member: str
    amount: Decimal
    currency: str
    reference: str
    source: str
    created_at: datetime


ORDER_INSERT = insert("orders", GroupOrderRow, unique=("community", "reference"))


def price_at(campaign: Campaign, off: int) -> Decimal:
    price = Decimal(str(campaign.config["price"]))
    return (price * (100 - off) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


def reached(campaign: Campaign, size: int) -> dict | None:
    """The best tier a group of `size` has reached."""
    tiers = [t for t in campaign.config["tiers"] if t["size"] <= size]
    return tiers[-1] if tiers else None


def next_tier(campaign: Campaign, size: int) -> dict | None:
    return next((t for t in campaign.config["tiers"] if t["size"] > size), None)


def outlook(campaign: Campaign):
    """`2 more for 20% off.` or `Best price reached: 70.00.`"""
    size = campaign.count(JOINED)
    upcoming, current = next_tier(campaign, size), reached(campaign, size)
    if upcoming is None and current is not None:
        return T(
            "Best price reached: {price}.",
            price=said_amount(price_at(campaign, current["off"]), campaign.config["currency"]),
        )
    assert upcoming is not None
    return TN(
        "{n} more for {off}% off.",
        "{n} more for {off}% off.",
        upcoming["size"] - size,
        off=upcoming["off"],
    )


def joined_together(campaign: Campaign, names: list[str]):
    """The joins a window gathered (or one): `Ann joined …`, `Ann, Bo, and Cy joined …`, `Ann,
    Bo, Cy, and 56 others joined …` (as the reader's language joins a list), with the group's
    size and what it reaches next."""
    size, title = campaign.count(JOINED), campaign.title
    if len(names) == 1:
        joined = TN(
            "{name} joined {title}: {n} person in the group.",
            "{name} joined {title}: {n} people in the group.",
            size, name=names[0], title=title,
        )  # fmt: skip
    else:
        joined = TN(
            "{names} joined {title}: {n} person in the group.",
            "{names} joined {title}: {n} people in the group.",
            size, names=named_list(names), title=title,
        )  # fmt: skip
    if campaign.state.get("concluded_at"):
        return joined  # its result follows at once: what the group would reach is moot
    return (joined, Text(" "), outlook(campaign))


CONFIRMED = Confirmation(JOINED, joined_together)


def tiers_option(value: str) -> object:
    """`/campaign new groupbuy … tiers=3:20,5:30`: size:percent-off pairs."""
    return [dict(zip(("size", "off"), part.split(":"), strict=False)) for part in value.split(",")]


@kind
class GroupBuy(Kind):
    kind = "groupbuy"
    spec = GroupBuySpec
    options = {"tiers": tiers_option}
    joinable = True

    def launched(self, ctx: Context, campaign: Campaign) -> None:
        config = campaign.config
        parts: list = [
            T(
                "Group-buy {title}: {product} at {price} {currency}.",
                title=campaign.title,
                product=config["product"],
                price=said_amount(price_at(campaign, 0), config["currency"]),
                currency=config["currency"],
            )
        ]
        for tier in config["tiers"]:
            parts += [
                Text(" "),
                T(
                    "{size} people: {price} ({off}% off).",
                    size=tier["size"],
                    off=tier["off"],
                    price=said_amount(price_at(campaign, tier["off"]), config["currency"]),
                ),
            ]
        pressed = T(
            "Ends {ends}; /join {name} or press Join.", ends=campaign.ends_at, name=campaign.name
        )
        typed = T(
            "Ends {ends}; send /join {name}.", ends=campaign.ends_at, name=campaign.name
        )  # where the platform has no buttons (Matrix, WeChat)
        for chat in ctx.community.settings.chats:
            how = pressed if ctx.offers_buttons(chat.platform) else typed
            ctx.send((*parts, Text(" "), how), chat=chat, buttons=join_button(campaign))

    def join(self, ctx: Context, campaign: Campaign, member: MemberState, name: str) -> None:
        name = name or display_name(ctx, member.key)
        if outside(ctx, member):  # from a private chat: a banned account's order, a stranger's
            ctx.reply(T("This group-buy is for members of the group."))
            return
        entry = campaign.entries.get(member.key)
        if entry is not None and entry.data.get(UNCONFIRMED):
            return  # pressed twice inside a window: the one message at its end names them
        if entry is not None:
            ctx.reply(
                T(
                    "{name}, you are already in the group-buy {title}.",
                    name=name,
                    title=campaign.title,
                )
            )
            return
        enter(
            ctx, campaign, Entry(member.key, JOINED, ctx.now, {"name": name}), name, joined_together
        )

    def job(self, ctx: Context, campaign: Campaign, step: str, payload: dict[str, Any]) -> None:
        if step == "confirm":
            window_ended(ctx, campaign, CONFIRMED)

    def progress(self, ctx: Context, campaign: Campaign, member: MemberState):
        return (
            TN(
                "{title}: {n} person in the group.",
                "{title}: {n} people in the group.",
                campaign.count(JOINED),
                title=campaign.title,
            ),
            Text(" "),
            outlook(campaign),
        )

    def conclude(self, ctx: Context, campaign: Campaign) -> None:
        people: set[str] = set()  # accounts linked since joining are one buyer: the first join
        for entry in sorted(campaign.entries.values(), key=lambda e: e.created_at):
            if entry.status != JOINED:
                continue
            member = ctx.community.members.get(entry.member)
            person = ctx.community.member_key(entry.member)
            # banned, left, or one person's second account: not charged, and not counted
            # toward everyone's discount
            if (member is not None and member.status in GONE) or person in people:
                entry.status = "forfeited"
                save_entry(ctx, campaign, entry)
            else:
                people.add(person)
        # the joins still gathered are told before the result they count toward
        confirm_gathered(ctx, campaign, CONFIRMED)
        buyers = [entry for entry in campaign.entries.values() if entry.status == JOINED]
        tier = reached(campaign, len(buyers))
        config = campaign.config
        if tier is None:
            campaign.status = FAILED
            need = config["tiers"][0]["size"]
            args = {"title": campaign.title, "n": len(buyers), "size": need}
            self._broadcast(
                ctx,
                T(
                    "Group-buy {title} did not reach {size} people ({n} joined) and is cancelled; "
                    "nobody is charged.",
                    **args,
                ),
            )
            self._tell_organiser(
                ctx,
                campaign,
                T("Your group-buy {title} failed: {n} of {size} people joined.", **args),
            )
            return
        campaign.status = SUCCEEDED
        price = price_at(campaign, tier["off"])
        community = ctx.community.name
        for entry in buyers:
            reference = f"groupbuy:{campaign.name}:{entry.member}"
            ctx.write(
                ORDER_INSERT,
                GroupOrderRow(
                    community,
                    entry.member,
                    price,
                    config["currency"],
                    reference,
                    "group_buy",
                    ctx.now,
                ),
            )
            entry.status = "ordered"
            save_entry(ctx, campaign, entry)
        campaign.state.update(orders=len(buyers), unit_price=str(price))
        args = {
            "title": campaign.title,
            "n": len(buyers),
            "price": said_amount(price, config["currency"]),  # in each reader's digits
            "currency": config["currency"],
            "off": tier["off"],
        }
        self._broadcast(
            ctx,
            T(
                "Group-buy {title} succeeded: {n} people, {price} {currency} each ({off}% off). "
                "Orders have been created.",
                **args,
            ),
        )
        self._tell_organiser(
            ctx,
            campaign,
            T("Your group-buy {title} succeeded: {n} orders at {price} {currency}.", **args),
        )

    def _broadcast(self, ctx: Context, content) -> None:
        for chat in ctx.community.settings.chats:
            ctx.send(content, chat=chat)

    def _tell_organiser(self, ctx: Context, campaign: Campaign, content) -> None:
        target = organiser_chat(ctx, campaign)
        if target is None:
            return
        if Ref(target).kind == "user":
            ctx.send_private(Ref(target), content)
        else:
            ctx.send(content, chat=Ref(target))
