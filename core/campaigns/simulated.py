"""What `groupops simulate` reports about the campaigns it ran: per campaign its kind, status
("scheduled" for one whose start the run did not reach) and outcome, read back from the
database (deterministic for a seed)."""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from ..simulate.summary import summary_section
from ..storage.models import Campaign, CampaignEntry, LedgerEntry
from .store import ACTIVE

if TYPE_CHECKING:
    from ..engine import Engine
    from ..simulate.runner import Simulation


def _referral(entries: list[tuple[str, str, dict]], names: dict[str, str]) -> dict[str, Any]:
    statuses = Counter(status for _, status, _ in entries)
    confirmed = Counter(data["inviter"] for _, status, data in entries if status == "confirmed")
    top = sorted(confirmed.items(), key=lambda item: (-item[1], item[0]))[:3]
    return {
        "invites": {s: statuses[s] for s in ("pending", "confirmed", "revoked", "rejected")},
        "top": [[names.get(member, member), n] for member, n in top],
    }


def _challenge(entries: list[tuple[str, str, dict]], names: dict[str, str]) -> dict[str, Any]:
    runs = Counter(data.get("best", 0) for _, _, data in entries)
    return {
        "participants": len(entries),
        "completed": sum(1 for _, status, _ in entries if status == "completed"),
        "best_runs": {str(days): n for days, n in sorted(runs.items())},
    }


def _simple(entries: list[tuple[str, str, dict]], names: dict[str, str]) -> dict[str, Any]:
    return {"entries": dict(sorted(Counter(status for _, status, _ in entries).items()))}


OUTCOMES = {"referral": _referral, "challenge": _challenge}
SCHEDULED = "scheduled"  # the status reported of a campaign whose start is still ahead


@summary_section("campaigns")
async def campaigns_summary(sim: Simulation, engine: Engine) -> dict[str, Any]:
    from ..simulate.runner import COMMUNITY

    names: dict[str, str] = {p.ref: p.name for p in sim.population.people}
    report: dict[str, Any] = {}
    now = engine.clock.now()
    for row in await Campaign.filter(community=COMMUNITY).order_by("name"):
        rows = CampaignEntry.filter(community=COMMUNITY, campaign=row.name).order_by("member")
        entries = [
            (m, s, json.loads(d)) for m, s, d in await rows.values_list("member", "status", "data")
        ]
        paid = await LedgerEntry.filter(community=COMMUNITY, ref=row.name).values_list(
            "delta", flat=True
        )
        outcome = OUTCOMES.get(row.kind, _simple)(entries, names)
        ahead = row.status == ACTIVE and now < row.starts_at  # not started when the run ended
        report[row.name] = {
            "kind": row.kind,
            "status": SCHEDULED if ahead else row.status,
            "points_paid": sum(paid),
            **outcome,
        }
    return report
