"""The `paid` ruleset section: the plans a community sells (the playbook's VIP付费群: basic,
professional and team at 99 / 199 / 299 元 a year) and when members are reminded.

    [rulesets.vip.paid.plans.basic]
    title = { en = "Basic", zh_Hans = "基础版" }
    price = 99
    currency = "CNY"
    stars = 750                  # sold in the chat for Telegram Stars too
    period = "365d"
    chats = ["telegram:-1001234567890"]
    perks = ["weekly Q&A with the founder"]
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal

from pydantic import Field, field_validator, model_validator

from ..money import STARS
from ..settings import SectionModel, ruleset_section
from ..settings.types import ChatRef, Duration, LocalizedText

PLAN_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


class Plan(SectionModel):
    title: LocalizedText = ""
    price: Decimal = Field(ge=0)  # what an order for the plan costs, in `currency`
    currency: str = "CNY"
    stars: int | None = Field(default=None, gt=0)  # its price in Telegram Stars, if sold so
    period: Duration = timedelta(days=365)  # how long one payment keeps the member in
    chats: tuple[ChatRef, ...] = ()  # the paid chats it opens
    perks: tuple[str, ...] = ()  # what members get, as shown by /plans

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str) -> str:
        value = value.strip().upper()
        if not (value.isalpha() and len(value) == 3):
            raise ValueError(f"{value!r} is not a 3-letter currency code such as CNY or XTR")
        return value

    @field_validator("period")
    @classmethod
    def _period(cls, value: timedelta) -> timedelta:
        if value < timedelta(days=1):
            raise ValueError("a plan's period is at least 1 day (e.g. '30d' or '365d')")
        return value

    @model_validator(mode="after")
    def _stars_price(self) -> Plan:
        if self.currency == STARS and self.price <= 0:
            raise ValueError(f"price {self.price} in XTR: a plan sold for Stars costs at least 1")
        if self.currency == STARS and self.price != self.price.to_integral_value():
            raise ValueError(f"price {self.price} in XTR must be a whole number of Stars")
        return self

    def shortfall(self, amount: Decimal, currency: str) -> str | None:
        """Why an order of `amount` `currency` does not pay for the plan, or None: its price
        in its own currency, or in Stars where it is sold so."""
        prices = {self.currency: self.price}
        if (stars := self.stars_price()) is not None:
            prices[STARS] = Decimal(stars)
        asked = " or ".join(f"{_plain(price)} {code}" for code, price in prices.items())
        if currency not in prices:
            return f"paid in {currency}, the plan costs {asked}"
        if amount < prices[currency]:
            return f"{_plain(amount)} {currency} paid, the plan costs {asked}"
        return None

    def over(self, paid_at: datetime, now: datetime) -> bool:
        """The period an order paid at `paid_at` bought has ended by `now` (history)."""
        return paid_at + self.period <= now

    def stars_price(self) -> int | None:
        """Its price in Telegram Stars: `stars`, or the price of a plan priced in XTR."""
        if self.stars is not None:
            return self.stars
        return int(self.price) if self.currency == STARS else None


def _plain(amount: Decimal) -> str:
    """99, not 99.00; 99.50 as written."""
    whole = amount.to_integral_value()
    return f"{whole:f}" if amount == whole else f"{amount:f}"


@ruleset_section("paid")
class PaidConfig(SectionModel):
    plans: dict[str, Plan] = Field(default_factory=dict)
    reminders: tuple[Duration, ...] = (timedelta(days=7), timedelta(days=1))  # before expiry

    @field_validator("plans")
    @classmethod
    def _names(cls, value: dict[str, Plan]) -> dict[str, Plan]:
        for name in value:
            if not PLAN_NAME.match(name):
                raise ValueError(f"{name!r} is not a plan name (expected 1-32 of a-z, 0-9 and _)")
        return value

    @field_validator("reminders")
    @classmethod
    def _before_the_end(cls, value: tuple[timedelta, ...]) -> tuple[timedelta, ...]:
        if any(reminder <= timedelta(0) for reminder in value):
            raise ValueError("a reminder is sent before the end: give how long before, e.g. '1d'")
        return value

    def plan(self, name: str) -> Plan | None:
        return self.plans.get(name.lower())

    def paid_chats(self) -> frozenset[str]:
        return frozenset(chat for plan in self.plans.values() for chat in plan.chats)

    def plans_for(self, chat: str) -> tuple[str, ...]:
        return tuple(name for name, plan in self.plans.items() if chat in plan.chats)
