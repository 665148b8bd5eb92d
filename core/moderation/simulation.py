"""What moderation did in a simulated community, for `groupops simulate`'s summary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tortoise.functions import Count

from ..simulate.summary import summary_section
from ..storage.models import AuditEntry
from .ladder import STEPS

if TYPE_CHECKING:
    from ..engine import Engine
    from ..simulate.runner import Simulation


@summary_section("moderation")
async def moderation_summary(sim: Simulation, engine: Engine) -> dict[str, Any]:
    from ..simulate.runner import COMMUNITY

    rows = (
        # the ladder's steps only: memberships and coupons audit as the system too
        await AuditEntry.filter(community=COMMUNITY, actor="system", action__in=list(STEPS))
        .annotate(n=Count("id"))
        .group_by("rule", "action")
        .values("rule", "action", "n")
    )
    by_rule: dict[str, dict[str, int]] = {}
    for row in sorted(rows, key=lambda r: (r["rule"], r["action"])):
        by_rule.setdefault(row["rule"], {})[row["action"]] = row["n"]
    return by_rule
