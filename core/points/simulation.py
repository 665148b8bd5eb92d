"""The points features in `groupops simulate`: members redeem what they can afford, and the
summary reports balances, points by reason, redemptions and tier counts."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from tortoise.functions import Count

from ..simulate.behaviours import Step, behaviour
from ..simulate.summary import summary_section
from ..storage.models import Member, Redemption
from .ledger import totals_by_reason

if TYPE_CHECKING:
    from ..engine import Engine
    from ..simulate.runner import Simulation


@behaviour("redemptions")
def redemptions(sim: Simulation, hour: datetime, rng: random.Random) -> list[Step]:
    """At 21:00 local, members who can afford the cheapest item may redeem it."""
    if sim.local_hour(hour) != 21 or sim.engine is None:
        return []
    from ..simulate.runner import COMMUNITY

    state = sim.engine.state.get(COMMUNITY)
    if state is None:
        return []
    items = sorted(state.ruleset.shop.items, key=lambda item: item.cost)
    if not items:
        return []
    cheapest = items[0]
    steps = []
    for person in sim.population.present():
        member = state.members.get(state.member_key(person.ref))
        if member is not None and member.balance >= cheapest.cost and rng.random() < 0.5:
            at = hour + timedelta(minutes=rng.randrange(60))
            text = f"/redeem {cheapest.id}"
            steps.append(Step(at, sim.next_order(), partial(sim.say, person, text)))
    return steps


@summary_section("points")
async def points_summary(sim: Simulation, engine: Engine) -> dict[str, Any]:
    from ..simulate.runner import COMMUNITY

    members = await Member.filter(community=COMMUNITY, status="member").values_list(
        "balance", "tier", "consumption"
    )
    balances = [int(balance) for balance, _, _ in members]
    by_status = (
        await Redemption.filter(community=COMMUNITY)
        .annotate(n=Count("id"))
        .group_by("status")
        .values("status", "n")
    )
    return {
        "balance_total": sum(balances),
        "balance_max": max(balances, default=0),
        "members_with_points": sum(1 for b in balances if b > 0),
        "by_reason": dict(sorted((await totals_by_reason(COMMUNITY)).items())),
        "redemptions": {
            row["status"]: row["n"] for row in sorted(by_status, key=lambda r: r["status"])
        },
        "tiers": dict(sorted(Counter(tier or "unranked" for _, tier, _ in members).items())),
        "consumption": dict(sorted(Counter(c or "unranked" for _, _, c in members).items())),
    }
