"""Federations in the database: the statements that change them (written in the event's
transaction) and the reads a command needs (done in `prepare`, as federations span
communities and no one community's memory holds them)."""

from __future__ import annotations

from dataclasses import dataclass

from ..storage.models import Federation, FederationAdmin, FederationBan, FederationMember
from ..storage.statements import Insert, Sql, Update

FEDERATION_INSERT = Insert(
    "federations", ("id", "name", "owner", "community", "created_at"), unique=("id",)
)
MEMBER_INSERT = Insert(
    "federation_members", ("community", "federation", "joined_by", "joined_at"),
    unique=("community",),
)  # fmt: skip
MEMBER_DELETE = Sql("DELETE FROM federation_members WHERE community = ?")
ADMIN_INSERT = Insert(
    "federation_admins", ("federation", "account", "added_by", "added_at"),
    unique=("federation", "account"),
)  # fmt: skip
ADMIN_DELETE = Sql("DELETE FROM federation_admins WHERE federation = ? AND account = ?")
BAN_INSERT = Insert(
    "federation_bans",
    ("id", "entry", "federation", "account", "reason", "evidence", "actor", "community",
     "created_at", "lifted_at"),
    unique=("id",),
)  # fmt: skip
BANS_LIFT_BY_ENTRY = Update("federation_bans", ("lifted_at",), key=("entry",))
BAN_LIFT = Sql(
    "UPDATE federation_bans SET lifted_at = ? "
    "WHERE federation = ? AND account = ? AND lifted_at IS NULL"
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
