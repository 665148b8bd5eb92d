"""What a campaign is created with: one model per kind, shared by the settings file
(`[rulesets.NAME.campaigns.CAMPAIGN]`) and the `/campaign new KIND NAME key=value …` command.

Moments (`starts`, `ends`) are wall-clock times in the community clock; `ends` may also be a
duration after the start (`3d`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    RootModel,
    create_model,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..days import CommunityClock
from ..durations import parse_duration
from ..settings import SectionModel, ruleset_section
from ..settings.problems import OWN_ERROR
from ..settings.ruleset import ruleset_model
from ..settings.types import Duration, LocalizedText

NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
TIERS = ("lurker", "normal", "active", "core")  # the playbook's activity tiers, lowest first
# Upper bounds for the numbers an admin types into `/campaign new`: a typo such as
# points=99999999999999999999 must be refused here, not reach the ledger (a 64-bit column) or
# a message (encoded as 64-bit JSON numbers), where it would stop the processing of every event.
MAX_POINTS = 1_000_000  # one reward, as /give's largest
MAX_BALANCE = 1_000_000_000  # a balance asked for (min_points)
MAX_PEOPLE = 1_000_000  # a goal or a group's size: above any group's members
MAX_PRICE = Decimal(10) ** 12  # orders.amount holds 14 digits, 2 after the point


def _moment(value: Any) -> Any:
    """A naive local date-time, a date (its midnight) or a duration such as '3d'."""
    if isinstance(value, (datetime, timedelta)):
        return value
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace(" ", "T"))
    except ValueError:
        pass
    try:
        return parse_duration(text)
    except ValueError:
        raise ValueError(
            f"{value!r} is not a moment (expected 'YYYY-MM-DD HH:MM' in the community clock, "
            "a date, or a duration after the start such as '3d')"
        ) from None


Moment = Annotated[datetime | timedelta, BeforeValidator(_moment)]


ENDS_BEFORE_STARTS = f"{OWN_ERROR}ends_before_starts"
DISCOUNT_FALLS = f"{OWN_ERROR}discount_falls"  # group-buy tiers out of order


class SpecBase(SectionModel):
    title: str = ""
    starts: Moment | None = None  # default: when created
    ends: Moment | None = None  # a moment or a duration after the start

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> SpecBase:
        ends, starts = self.ends, self.starts
        if isinstance(ends, timedelta) and ends <= timedelta(0):
            raise ValueError(f"ends: {ends} after the start is no time at all")
        if not (isinstance(ends, datetime) and isinstance(starts, datetime)):
            return self
        if (ends.tzinfo is None) == (starts.tzinfo is None) and ends <= starts:
            # a type of its own: a chat or the console says it in the asker's language
            raise PydanticCustomError(
                ENDS_BEFORE_STARTS,
                "ends ({ends}) is not after starts ({starts})",
                {"ends": f"{ends:%Y-%m-%d %H:%M}", "starts": f"{starts:%Y-%m-%d %H:%M}"},
            )
        return self

    def ended(self, now: datetime, clock: CommunityClock) -> datetime | None:
        """Its end, if that has passed already (a campaign that would close as it opens)."""
        _, ends = self.window(now, clock)
        return ends if ends is not None and ends <= now else None

    def window(self, now: datetime, clock: CommunityClock) -> tuple[datetime, datetime | None]:
        start = self._resolve(self.starts, now, now, clock) or now
        return start, self._resolve(self.ends, start, now, clock)

    @staticmethod
    def _resolve(
        value: datetime | timedelta | None, base: datetime, now: datetime, clock: CommunityClock
    ) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, timedelta):
            return base + value
        return value if value.tzinfo else value.replace(tzinfo=clock.tz)

    def settings(self) -> dict[str, Any]:
        """The kind-specific settings, JSON-ready, as stored with the campaign."""
        skip = {"title", "starts", "ends"}
        return self.model_dump(mode="json", exclude=skip)


class LotterySpec(SpecBase):
    kind: Literal["lottery"] = "lottery"
    prize: LocalizedText = ""  # one for all, or one per locale: each group reads its own
    winners: int = Field(default=1, ge=1, le=1000)
    min_tier: Literal["lurker", "normal", "active", "core"] | None = None
    min_points: int = Field(default=0, ge=0, le=MAX_BALANCE)
    joined_before: date | None = None  # only members who joined before this day
    draw_delay: Duration = timedelta(minutes=10)  # between publishing the entrants and drawing
    # entries after a confirmation are told together when this much time has passed (0: each)
    confirm_window: Duration = timedelta(seconds=60)


class GroupBuyTier(SectionModel):
    size: int = Field(ge=2, le=MAX_PEOPLE)  # people in the group
    off: int = Field(ge=1, le=99)  # percent off the price


class GroupBuySpec(SpecBase):
    kind: Literal["groupbuy"] = "groupbuy"
    product: str
    price: Decimal = Field(gt=0, lt=MAX_PRICE, decimal_places=2)
    currency: str = "CNY"  # a 3-letter code, as orders are recorded in
    # The playbook's example: a group of 3 gets 20 % off.
    tiers: tuple[GroupBuyTier, ...] = (GroupBuyTier(size=3, off=20),)
    # joins after a confirmation are told together when this much time has passed (0: each)
    confirm_window: Duration = timedelta(seconds=60)

    @field_validator("currency")
    @classmethod
    def _code(cls, value: str) -> str:
        code = value.strip().upper()
        if not (code.isalpha() and code.isascii() and len(code) == 3):
            raise ValueError(f"{value!r} is not a 3-letter currency code such as CNY or USD")
        return code

    @field_validator("tiers")
    @classmethod
    def _ordered(cls, tiers: tuple[GroupBuyTier, ...]) -> tuple[GroupBuyTier, ...]:
        if not tiers:
            raise ValueError("needs at least one tier, e.g. [{ size = 3, off = 20 }]")
        ordered = tuple(sorted(tiers, key=lambda t: t.size))
        for smaller, bigger in pairwise(ordered):
            # a bigger group at a smaller discount raises the price as people join
            if bigger.size == smaller.size or bigger.off <= smaller.off:
                raise PydanticCustomError(
                    DISCOUNT_FALLS,
                    "{size} people at {off}% off after {smaller} at {smaller_off}% off (each "
                    "bigger group needs a bigger discount)",
                    {"size": bigger.size, "off": bigger.off,
                     "smaller": smaller.size, "smaller_off": smaller.off},
                )  # fmt: skip
        return ordered


class ChallengeSpec(SpecBase):
    kind: Literal["challenge"] = "challenge"
    days: int = Field(default=7, ge=2, le=365)  # consecutive community days of check-ins
    points: int = Field(default=0, ge=0, le=MAX_POINTS)  # reward in points
    coupon: str = ""  # reward as a coupon: a personal code is sent privately


class ReferralSpec(SpecBase):
    kind: Literal["referral"] = "referral"
    goal: int = Field(default=3, ge=1, le=MAX_PEOPLE)  # confirmed invites for the gift
    gift: str = ""
    # A campaign bonus per confirmed invite, on top of the everyday invite points that the
    # points feature pays ([points] invite, the playbook's +10); 0 = the gift and ranking only.
    points: int = Field(default=0, ge=0, le=MAX_POINTS)
    stay_days: int = Field(default=7, ge=0, le=365)  # the invitee must stay this long
    must_speak: bool = True  # and say something


class MultiplierSpec(SpecBase):
    kind: Literal["multiplier"] = "multiplier"
    factor: Decimal = Field(default=Decimal(2), gt=1, le=10)
    reasons: tuple[Literal["checkin"], ...] = ("checkin",)  # what earns the bonus


# kind -> its spec model, filled by `kinds.kind` as each kind registers
SPECS: dict[str, type[SpecBase]] = {}


class CampaignsBase(RootModel[dict[str, Any]]):
    """Campaigns declared in the settings file, by name; created when the engine first sees
    the community (never twice)."""

    model_config = ConfigDict(frozen=True)

    root: dict[str, Any] = Field(default_factory=dict)

    @field_validator("root")
    @classmethod
    def _names(cls, value: dict[str, Any]) -> dict[str, Any]:
        for name in value:
            if not NAME.match(name):
                raise ValueError(
                    f"{name!r} is not a campaign name (expected lower-case letters, digits, "
                    "'-' or '_', at most 40 characters)"
                )
        return value


def _campaigns_config() -> type[CampaignsBase]:
    """The section: campaigns by name, each validated by its kind's spec (named by `kind`)."""
    specs = tuple(SPECS.values())
    if not specs:
        raise TypeError("no campaign kind is registered")
    item: Any = (
        specs[0] if len(specs) == 1 else Annotated[Union[specs], Field(discriminator="kind")]  # noqa: UP007 - a tuple of types
    )
    model = create_model(
        "CampaignsConfig",
        __base__=CampaignsBase,
        root=(dict[str, item], Field(default_factory=dict)),
    )
    return ruleset_section("campaigns")(model)


def register_spec(kind: str, spec: type[SpecBase]) -> None:
    """A campaign kind's spec joins the settings and `/campaign new` (kinds.kind calls it)."""
    if SPECS.get(kind) is spec:
        return  # a built-in kind, registered below
    SPECS[kind] = spec
    _campaigns_config()
    ruleset_model.cache_clear()


# The built-in kinds' specs are part of the settings without the kinds' behaviour (and the
# engine it imports): `groupops check` validates campaigns from this module alone.
for _kind, _spec in (
    ("challenge", ChallengeSpec),
    ("groupbuy", GroupBuySpec),
    ("referral", ReferralSpec),
    ("lottery", LotterySpec),
    ("multiplier", MultiplierSpec),
):
    SPECS[_kind] = _spec
_campaigns_config()
