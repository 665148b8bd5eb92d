"""Who may run admin commands: the platform's admin list (cached, refreshed on change) plus
the roles a community names in settings (for platforms without admin lists)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from loguru import logger

from ..capabilities import Capability
from ..errors import ActionError
from ..refs import Ref
from ..roles import ROLE_NAMES, Role

if TYPE_CHECKING:
    from .engine import Engine
    from .state import CommunityState

ADMIN_TTL_SECONDS = 600.0


class AdminDirectory:
    def __init__(self, engine: Engine, ttl: float = ADMIN_TTL_SECONDS) -> None:
        self.engine = engine
        self.ttl = ttl
        self._admins: dict[Ref, tuple[float, dict[str, Role]]] = {}

    def role_of(self, community: CommunityState, chat: Ref | None, user: str) -> Role:
        """The highest of the settings' role and the platform's status in `chat`."""
        role = Role.MEMBER
        for name, members in community.settings.roles.items():
            if user in members:
                role = max(role, ROLE_NAMES[name])
        entry = self._admins.get(chat) if chat is not None else None
        if entry is not None:
            role = max(role, entry[1].get(user, Role.MEMBER))
        return role

    def is_admin(self, community: CommunityState, chat: Ref | None, user: str) -> bool:
        return self.role_of(community, chat, user) >= Role.ADMIN

    def known(self, chat: Ref) -> dict[str, Role]:
        entry = self._admins.get(chat)
        return dict(entry[1]) if entry else {}

    def fresh(self, chat: Ref) -> bool:
        entry = self._admins.get(chat)
        return entry is not None and entry[0] > time.monotonic()

    async def ensure(self, chat: Ref) -> None:
        """Fetch the chat's admin list unless a fresh copy is cached."""
        if self.fresh(chat):
            return
        adapter = self.engine.adapters.get(chat.platform)
        if adapter is None or not adapter.supports(Capability.LIST_ADMINS):
            return
        try:
            admins = await adapter.list_admins(chat)
        except ActionError as exc:
            logger.warning("cannot list admins of {}: {}", chat, exc)
            return
        roles = {a.user: Role.from_platform_status(a.status) for a in admins}
        self._admins[chat] = (time.monotonic() + self.ttl, roles)

    def invalidate(self, chat: Ref) -> None:
        """Forget the cached list (an admin was promoted or demoted)."""
        self._admins.pop(chat, None)
