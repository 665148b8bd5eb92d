"""Who is in a Matrix room and who runs it: power levels (and a version-12 room's creators,
whose power is outside them) read as member statuses for the engine's role checks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mautrix.api import Method

from groupops.core.adapter_queries import MemberInfo, MemberQueries
from groupops.core.refs import Ref

from . import powers
from .client import MatrixClient
from .membership import membership_of, room_path
from .rooms import Rooms
from .text import user_ref


class RoomQueries(MemberQueries):
    """Mixed into the adapter, which gives it these."""

    rooms: Rooms
    if TYPE_CHECKING:

        @property
        def client(self) -> MatrixClient: ...

    async def _powers(self, chat: Ref) -> tuple[dict[str, Any], frozenset[str]]:
        """The room's power levels, and its creators where the room version (12) gives them
        unlimited power outside the power levels."""
        path = f"/_matrix/client/v3/rooms/{room_path(chat)}/state"
        state = await self.client.raw("room state", Method.GET, path)
        levels: dict[str, Any] = {}
        creators: frozenset[str] = frozenset()
        for event in state if isinstance(state, list) else ():
            if event.get("type") == "m.room.power_levels":
                levels = dict(event.get("content") or {})
            elif event.get("type") == "m.room.create":
                creators = powers.creators_of(event)
        return levels, creators

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        membership = await membership_of(self.client, chat, user.local_id)
        levels, creators = await self._powers(chat)
        status = powers.status_of(levels, user.local_id, membership, creators)
        name = self.rooms.room(chat.local_id).names.get(user.local_id, "")
        return MemberInfo(user, name, status)

    async def _joined(self, chat: Ref) -> dict[str, Any]:
        path = f"/_matrix/client/v3/rooms/{room_path(chat)}/joined_members"
        return dict((await self.client.raw("joined members", Method.GET, path)).get("joined") or {})

    async def list_admins(self, chat: Ref) -> list[MemberInfo]:
        levels, creators = await self._powers(chat)
        admins = []
        for user_id, profile in (await self._joined(chat)).items():
            status = powers.status_of(levels, user_id, "join", creators)
            if status in ("admin", "owner"):
                name = str((profile or {}).get("display_name") or "")
                admins.append(
                    MemberInfo(user_ref(user_id), name, status, user_id == self.rooms.bot)
                )
        return admins

    async def member_count(self, chat: Ref) -> int | None:
        return len(await self._joined(chat))
