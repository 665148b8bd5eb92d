"""Roles given by command (`/promote`, `/demote`): kept per community in `community_settings`
under `roles.granted` (member key -> role name), loaded with the community's state and read
by every role check beside the settings' `roles` and the platform's admin list."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from ..roles import ROLE_NAMES, Role
from ..storage.models import CommunitySetting
from ..storage.statements import sql
from .tables import SETTING_UPSERT, SettingRow

if TYPE_CHECKING:
    from .context import Context

GRANTS_KEY = "roles.granted"


class SessionsEnded(NamedTuple):
    ended_at: datetime
    user: str


# A role taken back ends the console sessions its holder signed in with (`console/links.py`):
# the session would otherwise go on showing the community's members and log until it expired.
SESSIONS_END = sql(
    'UPDATE "console_login_links" SET "ended_at" = ? '
    'WHERE "user" = ? AND "used_at" IS NOT NULL AND "ended_at" IS NULL',
    SessionsEnded,
)
Grants = dict[str, Role]  # member key -> role given by command


async def load_grants(community: str) -> Grants:
    row = await CommunitySetting.get_or_none(community=community, key=GRANTS_KEY)
    stored = json.loads(row.value) if row is not None else {}
    return {key: ROLE_NAMES[name] for key, name in stored.items() if name in ROLE_NAMES}


def set_grant(ctx: Context, member_key: str, role: Role | None) -> None:
    """Give `role` (None: take the given role back); in memory now, stored with the event."""
    grants = ctx.community.granted
    if role is None:
        grants.pop(member_key, None)
    else:
        grants[member_key] = role
    value = {key: held.name.lower() for key, held in sorted(grants.items())}
    actor = getattr(ctx.event, "sender", "") or "system"
    row = SettingRow(ctx.community.name, GRANTS_KEY, json.dumps(value), ctx.now, actor)
    ctx.write(SETTING_UPSERT, row)
    if role is None or role < Role.ADMIN:  # no admin now: signed out of the console
        ctx.write(SESSIONS_END, SessionsEnded(ctx.now, member_key))
