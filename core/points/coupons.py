"""Coupons as rewards: a personal code per cause (a completed challenge, a shop item, an
admin's gift), valid for `coupons.valid_for`, used once.

Issuing writes the row with the event (one per cause, so a repeated cause gives nothing new);
redeeming is a conditional update that only an issued, unexpired coupon passes, so two
redemptions of one code (an admin and an import) count once."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import NamedTuple

from ..engine import Context
from ..storage.models import Coupon
from ..storage.statements import insert, sql
from .sections import CouponsConfig


class CouponRow(NamedTuple):
    community: str
    code: str
    member: str
    title: str
    cause: str
    status: str
    issued_at: datetime
    expires_at: datetime | None
    redeemed_ref: str


class CouponRedeemed(NamedTuple):
    redeemed_at: datetime
    redeemed_ref: str
    community: str
    code: str
    valid_at: datetime  # not expired by then


COUPON_INSERT = insert("coupons", CouponRow, unique=("community", "cause"))
COUPON_REDEEM = sql(
    "UPDATE coupons SET status = 'redeemed', redeemed_at = ?, redeemed_ref = ? "
    "WHERE community = ? AND code = ? AND status = 'issued' "
    "AND (expires_at IS NULL OR expires_at > ?)",
    CouponRedeemed,
)


def coupon_code(community: str, cause: str) -> str:
    """A code members can type: 10 characters from the cause, the same for the same cause."""
    return hashlib.sha256(f"{community}:{cause}".encode()).hexdigest()[:10].upper()


def issue(ctx: Context, member: str, title: str, cause: str) -> tuple[str, datetime | None]:
    """Give `member` a coupon for `cause`; returns (code, expiry)."""
    config: CouponsConfig = ctx.ruleset.coupons
    community = ctx.community.name
    code = coupon_code(community, cause)
    expires = ctx.now + config.valid_for if config.valid_for else None
    ctx.write(
        COUPON_INSERT,
        CouponRow(
            community, code, member, title[:191], cause[:191], "issued", ctx.now, expires, ""
        ),
    )
    ctx.audit("coupon.issued", target=member, evidence=title, detail={"code": code})
    return code, expires


def redeem_row(community: str, code: str, reference: str, at: datetime) -> CouponRedeemed:
    return CouponRedeemed(at, reference[:191], community, code.strip().upper(), at)


async def coupon_problems(
    community: str, wanted: list[tuple[int, str, str, datetime, str]]
) -> list[str]:
    """What stops orders redeeming coupons: (line, code, member, order time, reference) each;
    [] if none. A coupon this same order redeemed before (an import run again) passes."""

    codes = {code.upper() for _, code, *_ in wanted}
    found = {c.code: c for c in await Coupon.filter(community=community, code__in=codes)}
    problems, seen = [], set()
    for line, code, member, at, reference in wanted:
        coupon = found.get(code.upper())
        if coupon is not None and coupon.redeemed_ref == reference:
            continue
        if coupon is None:
            problems.append(f"line {line}: coupon {code!r} does not exist")
        elif coupon.status != "issued" or code.upper() in seen:
            problems.append(f"line {line}: coupon {code!r} was already used")
        elif coupon.expires_at is not None and coupon.expires_at <= at:
            problems.append(f"line {line}: coupon {code!r} expired {coupon.expires_at:%Y-%m-%d}")
        elif coupon.member != member:
            problems.append(
                f"line {line}: coupon {code!r} belongs to {coupon.member}, not {member}"
            )
        seen.add(code.upper())
    return problems
