"""A session shows and acts on only the communities where its member still holds admin or
above. A sign-in link grants what the member held when it was made; a role taken away since
(the settings edited and the console restarted, a /promote to moderator, the platform's admin
list) would otherwise leave them reading members, evidence and settings, and asking for bans,
until the session expired. `/demote` ends sessions at once (`engine/grants.py`); this reads
the rest on every request.

What the console reads itself: the settings' roles (linked accounts included, as
`access.communities_of`) and the roles /promote gave. The platform's admin lists are known to
the bot alone: a member whose link came from that list (`held_by` platform) keeps the
community while the console cannot tell, and, served by `groupops run`, while the list the bot
holds does not say otherwise. The bot still refuses such a member's requests (`standing.py`)."""

from __future__ import annotations

from typing import Any

from ..engine.grants import load_grants
from ..refs import Ref
from ..roles import ROLE_NAMES, Role
from .links import BY_PLATFORM, Grant


def accounts_of(config: Any, user: str) -> set[str]:
    """The member's accounts in a community: `user` and those the settings link to it."""
    return {user}.union(*(group for group in config.linked_accounts if user in group))


def by_settings(config: Any, user: str) -> bool:
    """Whether the community's settings give one of the member's accounts admin or above."""
    accounts = accounts_of(config, user)
    return any(ROLE_NAMES[role] >= Role.ADMIN for role, members in config.roles.items()
               if accounts & set(members))  # fmt: skip


def member_key(config: Any, user: str) -> str:
    """The key the member's record (and a /promote) goes by: the first of linked accounts."""
    return next((group[0] for group in config.linked_accounts if user in group), user)


async def by_promote(community: str, config: Any, user: str) -> bool:
    granted = await load_grants(community)
    return granted.get(member_key(config, user), Role.MEMBER) >= Role.ADMIN


async def by_platform(engine: Any, config: Any, user: str) -> bool:
    """Whether the platform's admin lists of the community's chats on the member's platform
    still make them an admin, fetched afresh where stale, as the bot reads them for a request
    (`standing.stepped_down`); unknown, so not taken away, without the bot's engine or where
    a list cannot be read."""
    if engine is None:
        return True
    platform = Ref(user).platform
    chats = [chat for chat in config.chats if chat.platform == platform]
    for chat in chats:
        await engine.admins.ensure(chat)
    if any(engine.admins.unread(chat) for chat in chats):
        return True
    return any(engine.admins.known(chat).get(user, Role.MEMBER) >= Role.ADMIN for chat in chats)


async def holds(settings: Any, engine: Any, grant: Grant, community: str) -> bool:
    config = settings.communities.get(community)
    if config is None:
        return False
    if by_settings(config, grant.user) or await by_promote(community, config, grant.user):
        return True
    return grant.held_by == BY_PLATFORM and await by_platform(engine, config, grant.user)


async def still_held(settings: Any, engine: Any, grant: Grant) -> Grant:
    """The grant narrowed to the communities its member still holds admin or above in (the
    operator's, from the server's shell, is the operator's)."""
    if grant.operator or not grant.user:
        return grant
    kept = tuple([name for name in grant.communities
                  if await holds(settings, engine, grant, name)])  # fmt: skip
    return Grant(grant.user, grant.name, kept, grant.held_by)
