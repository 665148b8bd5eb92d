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
RETRY_FAILED_SECONDS = 30.0  # after a failed lookup, the chat's messages do not each ask again

Roles = dict[str, Role]


class SharedAdmins:
    """Where admin lists are kept beyond this process. One process keeps none (this class);
    a cluster shares them in Redis (core/cluster/admins.py), so a worker taking over a chat
    need not ask the platform again."""

    async def get(self, chat: Ref) -> tuple[Roles, float] | None:
        """The chat's list and the seconds it stays fresh, if another worker fetched it."""
        return None

    async def put(self, chat: Ref, roles: Roles, ttl: float) -> None:
        """Offer a freshly fetched list to the others."""

    def drop_soon(self, chat: Ref) -> None:
        """The list changed: have every copy forgotten (in the background: callers are
        synchronous)."""


class AdminDirectory:
    def __init__(self, engine: Engine, ttl: float = ADMIN_TTL_SECONDS) -> None:
        self.engine = engine
        self.ttl = ttl
        self.shared = SharedAdmins()
        self._admins: dict[Ref, tuple[float, Roles]] = {}
        self._changed: set[Ref] = set()  # dropped here: not to be read back from `shared`
        self._failed_until: dict[Ref, float] = {}  # chats whose last lookup failed

    def role_of(self, community: CommunityState, chat: Ref | None, user: str) -> Role:
        """The highest of the settings' role, the role given by /promote and the platform's
        status in `chat`."""
        role = community.granted.get(community.member_key(user), Role.MEMBER)
        for name, members in community.settings.roles.items():
            if user in members:
                role = max(role, ROLE_NAMES[name])
        entry = self._admins.get(chat) if chat is not None else None
        if entry is not None:
            role = max(role, entry[1].get(user, Role.MEMBER))
        return role

    def is_admin(self, community: CommunityState, chat: Ref | None, user: str) -> bool:
        return self.role_of(community, chat, user) >= Role.ADMIN

    def known(self, chat: Ref) -> Roles:
        entry = self._admins.get(chat)
        return dict(entry[1]) if entry else {}

    def unread(self, chat: Ref | None) -> bool:
        """The chat's admin list could not be read just now and none is known: nobody's
        platform role can be told (an owner reads as a member)."""
        if chat is None or chat in self._admins:
            return False
        return self._failed_until.get(chat, 0.0) > time.monotonic()

    def fresh(self, chat: Ref) -> bool:
        entry = self._admins.get(chat)
        return entry is not None and entry[0] > time.monotonic()

    async def ensure(self, chat: Ref) -> None:
        """Fetch the chat's admin list unless a fresh copy is cached here or shared."""
        if self.fresh(chat):
            return
        if chat not in self._changed:
            found = await self.shared.get(chat)
            if found is not None:
                self._admins[chat] = (time.monotonic() + found[1], found[0])
                return
        adapter = self.engine.adapters.get(chat.platform)
        asked = adapter.queries if adapter is not None else None
        if asked is None or adapter is None or not adapter.supports(Capability.LIST_ADMINS):
            return
        if self._failed_until.get(chat, 0.0) > time.monotonic():
            return
        # A lookup that fails leaves the last list known (or nobody an admin) in force: the
        # event goes on through the pipeline rather than being skipped.
        try:
            admins = await asked.list_admins(chat)
        except ActionError as exc:
            self._lookup_failed(chat, str(exc))
            return
        except Exception as exc:  # a driver's untranslated error is still not the event's fault
            self._lookup_failed(chat, repr(exc))
            return
        self._failed_until.pop(chat, None)
        # Bots among the admins (this one included) are nobody to alert or to obey.
        roles: Roles = {a.user: Role.from_platform_status(a.status) for a in admins if not a.is_bot}
        self._admins[chat] = (time.monotonic() + self.ttl, roles)
        self._changed.discard(chat)
        await self.shared.put(chat, roles, self.ttl)

    def _lookup_failed(self, chat: Ref, reason: str) -> None:
        self._failed_until[chat] = time.monotonic() + RETRY_FAILED_SECONDS
        kept = "the last list known" if chat in self._admins else "nobody an admin"
        logger.warning("cannot list admins of {} ({}); going on with {}", chat, reason, kept)

    def invalidate(self, chat: Ref) -> None:
        """Forget the cached list, here and shared (an admin was promoted or demoted)."""
        self.forget(chat)
        self._changed.add(chat)
        self._failed_until.pop(chat, None)
        self.shared.drop_soon(chat)

    def forget(self, chat: Ref) -> None:
        """Forget this process's copy only (another worker said the list changed)."""
        self._admins.pop(chat, None)
