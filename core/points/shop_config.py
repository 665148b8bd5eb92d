"""The `shop` ruleset section: the redemption catalogue (the playbook's 积分使用方式 by default)."""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from pydantic import Field, field_validator

from ..settings import SectionModel, ruleset_section
from ..settings.types import LocalizedText

ITEM_ID = re.compile(r"^[a-z0-9_]{1,32}$")


class ShopItem(SectionModel):
    id: str  # what members type: /redeem trial
    cost: int = Field(gt=0)
    title: LocalizedText
    stock: int | None = Field(default=None, ge=0)  # None: unlimited
    perk: str = ""  # only members whose tier grants this perk (see [tiers.perks]) may redeem
    # A coupon item: redeeming it gives the member a coupon code at once (what it is worth)
    coupon: str = ""
    per_member: int | None = Field(default=None, ge=1)  # most redemptions by one member
    # A limited-time item (a points campaign): on sale from / until these local times.
    available_from: datetime | None = None
    available_until: datetime | None = None

    def on_sale(self, now: datetime, tz: tzinfo) -> bool:
        start, end = (
            t if t is None or t.tzinfo else t.replace(tzinfo=tz)
            for t in (self.available_from, self.available_until)
        )
        return (start is None or start <= now) and (end is None or now < end)

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ITEM_ID.match(value):
            raise ValueError(f"{value!r} is not an item id (expected 1-32 of a-z, 0-9 and _)")
        return value


DEFAULT_ITEMS = (
    ShopItem(
        id="trial", cost=100, title={"en": "Premium feature trial", "zh_Hans": "产品高级功能试用"}
    ),
    ShopItem(
        id="consult", cost=200, title={"en": "One-to-one consultation", "zh_Hans": "一对一技术咨询"}
    ),
    ShopItem(
        id="lifetime", cost=500, title={"en": "Lifetime free access", "zh_Hans": "产品终身免费使用"}
    ),
    ShopItem(
        id="meetup",
        cost=1000,
        title={"en": "Meetup invitation", "zh_Hans": "线下聚会邀请"},
        stock=20,
    ),
)


@ruleset_section("shop")
class ShopConfig(SectionModel):
    items: tuple[ShopItem, ...] = DEFAULT_ITEMS

    @field_validator("items")
    @classmethod
    def _unique(cls, value: tuple[ShopItem, ...]) -> tuple[ShopItem, ...]:
        seen: set[str] = set()
        for item in value:
            if item.id in seen:
                raise ValueError(f"item id {item.id!r} appears twice")
            seen.add(item.id)
        return value

    def item(self, wanted: str) -> ShopItem | None:
        """By id, or by its position in /shop (1-based)."""
        wanted = wanted.lower().lstrip("#")
        if wanted.isdigit() and 0 < int(wanted) <= len(self.items):
            return self.items[int(wanted) - 1]
        return next((item for item in self.items if item.id == wanted), None)
