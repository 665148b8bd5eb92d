"""The `tiers` ruleset section: activity tiers (the playbook's 用户分类体系), consumption bands
(the playbook's 月消费 bands) and the perks each tier grants."""

from __future__ import annotations

from datetime import timedelta

from pydantic import Field, field_validator, model_validator

from ..settings import SectionModel, ruleset_section
from ..settings.types import Cron, Duration, LocalizedText, Percent

ACTIVITY_TIERS = ("core", "active", "normal", "lurker")
CONSUMPTION_TIERS = ("vip", "regular", "occasional", "dormant")
PERK_ROLES = ("volunteer", "admin", "deputy", "owner")  # a role's perks reach those above it
PERK_NAMES = ("moderation_exempt", "multiplier")  # plus any name a shop item asks for


@ruleset_section("tiers")
class TiersConfig(SectionModel):
    # Activity: members ranked by messages over `window`; the top `core_share` are core, the
    # next `active_share` active, the rest normal; `lurker_after` without a message is lurker.
    core_share: Percent = Field(default=0.08, gt=0, lt=1)  # playbook: 5-10 % ("8%" or 0.08)
    active_share: Percent = Field(default=0.25, gt=0, lt=1)  # playbook: 20-30 %
    window: Duration = timedelta(days=30)
    lurker_after: Duration = timedelta(days=30)
    demotion_grace: Duration = timedelta(days=7)  # a lower tier sticks only after this long
    recompute_at: Cron = "30 4 * * *"  # cron in the community clock

    # Consumption, from orders over `window`: vip = at least `vip_orders` orders and
    # `vip_invites` confirmed invites; regular = at least `regular_orders`; occasional = less;
    # dormant = no orders and no interaction for `dormant_after`.
    vip_orders: int = Field(default=3, ge=1)
    vip_invites: int = Field(default=5, ge=0)
    regular_orders: int = Field(default=1, ge=1)
    dormant_after: Duration = timedelta(days=30)

    # Multipliers are opt-in (e.g. core = ["multiplier:1.5"]): by default every rule pays the
    # playbook's values whatever the tier.
    perks: dict[str, tuple[str, ...]] = Field(
        default_factory=lambda: {
            "core": ("moderation_exempt", "meetup"),
            "vip": ("meetup",),
            "volunteer": ("meetup",),  # and the roles above: the volunteers' perk
        }
    )

    # what a perk is called where `/tier` lists it: one text, or one per locale
    # (meetup = { en = "meetups", zh_Hans = "线下聚会" }); built-in perks have their own
    perk_names: dict[str, LocalizedText] = Field(default_factory=dict)

    @field_validator("perks")
    @classmethod
    def _check_perks(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        known = (*ACTIVITY_TIERS, *CONSUMPTION_TIERS, *PERK_ROLES)
        for tier, perks in value.items():
            if tier not in known:
                raise ValueError(
                    f"{tier!r} is not a tier or a role (expected one of: {', '.join(known)})"
                )
            for perk in perks:
                name, _, number = perk.partition(":")
                if name == "multiplier" and not _factor(number):
                    raise ValueError(
                        f"{perk!r}: expected 'multiplier:FACTOR', e.g. 1.5 (more than 0, at most "
                        f"{MAX_FACTOR:g}, as a points campaign's factor)"
                    )
        return value

    @model_validator(mode="after")
    def _shares_fit(self) -> TiersConfig:
        if self.core_share + self.active_share >= 1:
            raise ValueError("core_share + active_share must leave room for normal members")
        return self


MAX_FACTOR = 10  # `inf` or `1e30` would fail every award of the tier's members


def _factor(text: str) -> bool:
    try:
        return 0 < float(text) <= MAX_FACTOR  # NaN compares False
    except ValueError:
        return False
