"""Federations in the database: the statements that change them (written in the event's
transaction) and the reads a command needs (done in `prepare`, as federations span
communities and no one community's memory holds them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from ..storage.models import Federation, FederationAdmin, FederationBan, FederationMember
from ..storage.statements import insert, sql, update


class FederationRow(NamedTuple):
    id: str
    name: str
    owner: str
    community: str  # where it was made
    created_at: datetime


class MemberRow(NamedTuple):
    community: str
    federation: str
    joined_by: str
    joined_at: datetime


class MemberGone(NamedTuple):
    community: str


class AdminRow(NamedTuple):
    federation: str
    account: str
    added_by: str
    added_at: datetime


class AdminGone(NamedTuple):
    federation: str
    account: str


class BanRow(NamedTuple):
    id: str
    entry: str  # the audit entry of the ban that decided it
    federation: str
    account: str
    reason: str
    evidence: str
    actor: str
    community: str
    created_at: datetime
    lifted_at: datetime | None


class BansLiftedByEntry(NamedTuple):
    lifted_at: datetime
    entry: str


class BanLifted(NamedTuple):
    lifted_at: datetime
    federation: str
    account: str


FEDERATION_INSERT = insert("federations", FederationRow, unique=("id",))
MEMBER_INSERT = insert("federation_members", MemberRow, unique=("community",))
MEMBER_DELETE = sql("DELETE FROM federation_members WHERE community = ?", MemberGone)
ADMIN_INSERT = insert("federation_admins", AdminRow, unique=("federation", "account"))
ADMIN_DELETE = sql("DELETE FROM federation_admins WHERE federation = ? AND account = ?", AdminGone)
BAN_INSERT = insert("federation_bans", BanRow, unique=("id",))
BANS_LIFT_BY_ENTRY = update("federation_bans", BansLiftedByEntry, key=("entry",))
BAN_LIFT = sql(
    "UPDATE federation_bans SET lifted_at = ? "
    "WHERE federation = ? AND account = ? AND lifted_at IS NULL",
    BanLifted,
)


@dataclass(frozen=True, slots=True)
class FederationView:
    """A federation as a command sees it: its row, promoted admins and member communities."""

    row: Federation
    admins: frozenset[str]  # promoted accounts (the owner is not among them)
    communities: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.row.id

    @property
    def name(self) -> str:
        return self.row.name

    def owned_by(self, identity: frozenset[str]) -> bool:
        return self.row.owner in identity

    def run_by(self, identity: frozenset[str]) -> bool:
        """Whether any of the identity's accounts is the owner or a federation admin."""
        return self.owned_by(identity) or bool(self.admins & identity)


async def view_of(federation_id: str) -> FederationView | None:
    row = await Federation.get_or_none(id=federation_id)
    if row is None:
        return None
    admins = [
        str(a)
        for a in await FederationAdmin.filter(federation=row.id).values_list("account", flat=True)
    ]
    communities = await FederationMember.filter(federation=row.id).order_by("joined_at")
    return FederationView(row, frozenset(admins), tuple(m.community for m in communities))


async def view_of_community(community: str) -> FederationView | None:
    """The federation the community is in, if any."""
    membership = await FederationMember.get_or_none(community=community)
    return await view_of(membership.federation) if membership else None


async def owned_by(identity: frozenset[str]) -> Federation | None:
    return await Federation.filter(owner__in=list(identity)).first()


async def standing_bans(federation_id: str, identity: frozenset[str]) -> list[FederationBan]:
    """The identity's accounts banned in the federation and not lifted."""
    return await FederationBan.filter(
        federation=federation_id, account__in=list(identity), lifted_at=None
    ).order_by("created_at", "id")


async def banned_count(federation_id: str) -> int:
    return await FederationBan.filter(federation=federation_id, lifted_at=None).count()
