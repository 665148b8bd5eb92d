"""A campaign's leaderboard on the console: who leads and by what, per kind (a table): a
referral drive ranks inviters by confirmed invites, a challenge its members by their best
run of check-in days; the other kinds list who takes part, first come first."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ..campaigns.referral import CONFIRMED
from ..storage.models import CampaignEntry, Member

SHOWN = 10


@dataclass(frozen=True, slots=True)
class Standing:
    member: str
    name: str
    score: int | None  # None: taking part, not ranked
    status: str


def _data(entry: CampaignEntry) -> dict:
    return json.loads(entry.data or "{}")


def _inviters(entries: list[CampaignEntry]) -> list[tuple[str, int | None, str]]:
    confirmed = Counter(str(_data(e).get("inviter")) for e in entries if e.status == CONFIRMED)
    return [(member, count, CONFIRMED) for member, count in confirmed.most_common()]


def _best_runs(entries: list[CampaignEntry]) -> list[tuple[str, int | None, str]]:
    ranked = sorted(entries, key=lambda e: (-int(_data(e).get("best", 0)), e.created_at))
    return [(e.member, int(_data(e).get("best", 0)), e.status) for e in ranked]


def _taking_part(entries: list[CampaignEntry]) -> list[tuple[str, int | None, str]]:
    return [(e.member, None, e.status) for e in sorted(entries, key=lambda e: e.created_at)]


RANKINGS: dict[str, Callable[[list[CampaignEntry]], list[tuple[str, int | None, str]]]] = {
    "referral": _inviters,
    "challenge": _best_runs,
}


async def leaderboard(community: str, campaign: str, kind: str) -> list[Standing]:
    entries = await CampaignEntry.filter(community=community, campaign=campaign)
    ranked = RANKINGS.get(kind, _taking_part)(list(entries))[:SHOWN]
    keys = [member for member, _, _ in ranked]
    names = dict(await Member.filter(community=community, key__in=keys).values_list("key", "name"))
    return [
        Standing(member, str(names.get(member) or member), score, status)
        for member, score, status in ranked
    ]
