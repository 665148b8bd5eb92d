"""Group-buy (拼团): a product with prices tiered by group size (the playbook's 3 people -> 20 %
off), a deadline, joining by `/join` or the Join button, a progress message on every join;
at the deadline it succeeds (orders created at the reached tier's price) or fails, and the
organiser is told either way."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from ..engine import Context, MemberState
from ..points import display_name
from ..refs import Ref
from ..segments import TN, T, Text
from ..storage.statements import insert
from .kinds import Kind, join_button, kind, organiser_chat
from .spec import GroupBuySpec
from .store import FAILED, GONE, SUCCEEDED, Campaign, Entry, save_entry

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
                price=str(price_at(campaign, 0)),
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
                    price=str(price_at(campaign, tier["off"])),
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
        if member.status in GONE:  # from a private chat: a banned account's order
            ctx.reply(T("This group-buy is for members of the group."))
            return
        if member.key in campaign.entries:
            ctx.reply(
                T(
                    "{name}, you are already in the group-buy {title}.",
                    name=name,
                    title=campaign.title,
                )
            )
            return
        save_entry(ctx, campaign, Entry(member.key, JOINED, ctx.now, {"name": name}))
        joined = TN(
            "{name} joined {title}: {n} person in the group.",
            "{name} joined {title}: {n} people in the group.",
            campaign.count(JOINED),
            name=name,
            title=campaign.title,
        )
        ctx.reply((joined, Text(" "), self._outlook(campaign)))

    def _outlook(self, campaign: Campaign):
        size = campaign.count(JOINED)
        upcoming, current = next_tier(campaign, size), reached(campaign, size)
        if upcoming is None and current is not None:
            return T("Best price reached: {price}.", price=str(price_at(campaign, current["off"])))
        assert upcoming is not None
        return TN(
            "{n} more for {off}% off.",
            "{n} more for {off}% off.",
            upcoming["size"] - size,
            off=upcoming["off"],
        )

    def progress(self, ctx: Context, campaign: Campaign, member: MemberState):
        return (
            TN(
                "{title}: {n} person in the group.",
                "{title}: {n} people in the group.",
                campaign.count(JOINED),
                title=campaign.title,
            ),
            Text(" "),
            self._outlook(campaign),
        )

    def conclude(self, ctx: Context, campaign: Campaign) -> None:
        buyers = []
        for entry in campaign.entries.values():
            if entry.status != JOINED:
                continue
            member = ctx.community.members.get(entry.member)
            if member is not None and member.status in GONE:  # banned or left: not charged,
                entry.status = "forfeited"  # and not counted toward everyone's discount
                save_entry(ctx, campaign, entry)
            else:
                buyers.append(entry)
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
            "price": str(price),  # as written: a Decimal has no place in the outbox
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
