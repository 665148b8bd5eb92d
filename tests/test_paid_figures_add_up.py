"""A period's paid-membership figures add up: members at the end = members at the start +
started - lapsed - refunded, also where memberships ran out after the bot last ran (no
`paid.lapsed` in the log for them) and where a member came back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from groupops.core.metrics.memberships import membership_figures
from groupops.core.storage.models import MembershipPeriod

APRIL, MAY = datetime(2026, 4, 1, tzinfo=UTC), datetime(2026, 5, 1, tzinfo=UTC)


async def bought(member: str, kind: str, begins: datetime, days: int = 30) -> None:
    await MembershipPeriod.create(
        community="club", member=member, plan="basic", kind=kind, reference=f"{member}{begins}",
        source="command", amount=Decimal(5), currency="XTR", starts_at=begins,
        ends_at=begins + timedelta(days=days), created_at=begins,
    )  # fmt: skip


async def test_memberships_that_ran_out_unseen_are_counted_as_lapsed(harness_factory):
    await harness_factory({})
    march = APRIL - timedelta(days=10)
    for name in ("ann", "bo", "cy"):  # members at April's start; ann renews, bo and cy do not
        await bought(name, "start", march)
    await bought("ann", "renew", march + timedelta(days=30))
    await bought("dan", "start", APRIL + timedelta(days=5))  # until 5 May: still a member
    await bought("eve", "start", APRIL + timedelta(days=2), days=7)  # ends 9 April
    await bought("eve", "start", APRIL + timedelta(days=20))  # comes back
    # the bot stopped on 15 April: nothing logged bo's and cy's lapse on 20 April
    figures = await membership_figures("club", APRIL, MAY, lambda moment: moment.strftime("%Y-%m"))
    assert figures is not None
    assert (figures.at_start, figures.started, figures.lapsed, figures.refunded) == (3, 3, 3, 0)
    assert figures.members == 3  # ann, dan, eve
    assert figures.at_start + figures.started - figures.lapsed - figures.refunded == 3
    assert figures.renewed == 1  # ann renewed in April: a member all along, no change
