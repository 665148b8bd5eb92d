"""Which federation a community is in, kept with the community's state.

A newcomer's arrival asks it every time, and the answer changes only by the community's own
/joinfed and /leavefed, which the engine holding the community runs: so it is read once when
the community's state loads (like any slice) instead of from the database on every join,
and a community in no federation, the usual case, costs a join no read at all. The
federation's own row, admins and bans are still read when needed (they change through other
communities' commands)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..engine.slices import Slice, Writes
from ..storage.models import FederationMember
from .store import MEMBER_DELETE, MEMBER_INSERT, MemberGone, MemberRow


@dataclass(slots=True)
class Membership:
    community: str
    federation: str | None = None  # the federation's id

    def join(self, ctx: Writes, federation: str, by: str, at: datetime) -> None:
        self.federation = federation
        ctx.write(MEMBER_INSERT, MemberRow(self.community, federation, by, at))

    def leave(self, ctx: Writes) -> None:
        self.federation = None
        ctx.write(MEMBER_DELETE, MemberGone(self.community))


class FederationMembership(Slice[Membership]):
    name = "federation_membership"

    @classmethod
    async def load(cls, community: str, database: Any) -> Membership:
        row = await FederationMember.get_or_none(community=community)
        return Membership(community, str(row.federation) if row is not None else None)
