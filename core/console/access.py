"""Which communities a member may see in the console from the shell: those whose settings
give them a role of admin or above (`[communities.X.roles]`). In a chat, /dashboard grants
the community where the platform or the settings make the sender an admin."""

from __future__ import annotations

from typing import Any

from ..roles import ROLE_NAMES, Role


def communities_of(settings: Any, user: str) -> list[str]:
    found = []
    for name, community in settings.communities.items():
        linked = {a for group in community.linked_accounts if user in group for a in group}
        accounts = linked | {user}
        roles = [ROLE_NAMES[role] for role, members in community.roles.items()
                 if accounts & set(members)]  # fmt: skip
        if roles and max(roles) >= Role.ADMIN:
            found.append(name)
    return found
