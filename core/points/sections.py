"""The `coupons` and `identity` ruleset sections, declared apart from the coupon store and the
identity components, so that validating settings (`groupops check`) imports neither the
engine nor the storage models."""

from __future__ import annotations

from datetime import timedelta
from typing import Literal

from pydantic import Field

from ..settings import SectionModel, ruleset_section
from ..settings.types import Duration


@ruleset_section("coupons")
class CouponsConfig(SectionModel):
    valid_for: Duration = timedelta(days=30)  # from issue to expiry; "0s": never expires
    honours: str = ""  # what each monthly honour's winner gets as a coupon ("20 CNY off")


@ruleset_section("identity")
class IdentityConfig(SectionModel):
    scope: Literal["shared", "separate"] = "shared"  # what linked accounts have in common
    code_ttl: Duration = timedelta(minutes=10)
    account_attempts: int = Field(default=5, ge=1)  # wrong codes per account within `lockout`
    community_attempts: int = Field(default=30, ge=1)  # wrong codes by anyone in the community
    lockout: Duration = timedelta(minutes=15)
