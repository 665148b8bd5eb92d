"""Member queries: the read-only questions the engine and the features ask a platform about a
chat (one member, the admins, how many members, who read, which rights the bot holds).

They are a protocol of their own, apart from the actions the outbox performs: a query is
answered at once and never queued, retried or recorded. An adapter that can answer them says so
by also being a `MemberQueries` (`class MyAdapter(Adapter, MemberQueries)`); the base class
answers "not supported" or "not known", and a platform overrides what it can tell. `member.get`
and `admin.list` are capabilities, so overriding `get_member` or `list_admins` declares them;
the other queries answer None where the platform does not say.
Callers ask for the protocol, never the adapter: `adapter.queries` (the engine) or
`ctx.queries(platform)` (features), None where the adapter answers no queries at all; the
documented fallback is then the same as for a platform that does not say (no names, no rights
known, no count).
"""

from __future__ import annotations

from abc import ABC
from dataclasses import dataclass
from typing import ClassVar

from .capabilities import Capability
from .errors import Unsupported
from .refs import Ref


@dataclass(frozen=True, slots=True)
class MemberInfo:
    user: Ref
    name: str = ""
    status: str = "member"  # member, admin, owner, restricted, left, banned
    is_bot: bool = False
    # Whether the bot may change this admin (Telegram: it promoted them); None: not known
    editable: bool | None = None

    @property
    def is_admin(self) -> bool:
        return self.status in ("admin", "owner")


@dataclass(frozen=True, slots=True)
class Readership:
    """Who read a chat's messages, where the platform says."""

    readers: int
    muted: int = 0


# The queries that are capabilities (declared by overriding them, checked by `supports`).
QUERY_CAPABILITIES: dict[Capability, str] = {
    Capability.GET_MEMBER: "get_member",
    Capability.LIST_ADMINS: "list_admins",
}


class MemberQueries(ABC):
    """What a platform can tell about a chat's members. Answers come from the platform, now:
    cache in the caller (the engine keeps the admin list), not here."""

    name: ClassVar[str]  # the implementation, for `Unsupported`

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        """`user` as the platform sees them in `chat` (status "left" when gone);
        `TargetNotFound` when the platform does not know them."""
        raise Unsupported(self.name, Capability.GET_MEMBER)

    async def list_admins(self, chat: Ref) -> list[MemberInfo]:
        """The chat's administrators and owner, bots included."""
        raise Unsupported(self.name, Capability.LIST_ADMINS)

    async def member_count(self, chat: Ref) -> int | None:
        """How many members the platform reports, or None where it does not say."""
        return None

    async def readership(self, chat: Ref) -> Readership | None:
        """Who read the chat's messages, or None where the platform does not say."""
        return None

    async def holds_rights(self, chat: Ref, capability: Capability) -> bool | None:
        """Whether the bot holds the platform rights `capability` needs in `chat` (asked
        before an action a refusal would leave unexplained); None where it cannot tell."""
        return None
