"""Settings admins change by command (/addblocklist, /lock, /setflood, /filter, /setwelcome,
/setrules, /approve): kept per community on top of the ruleset, written with the event that
changed them, and shown by `groupops export`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..engine import Context, Slice
from ..engine.connections import PREFIX as CONNECTION
from ..engine.tables import SETTING_UPSERT, SettingRow
from ..engine.windows import Windowed
from ..storage.models import CommunitySetting

# Keys and what they hold.
KEYS = {
    "blocklist.added": "words added with /addblocklist",
    "blocklist.removed": "ruleset words removed with /rmblocklist",
    "locks.locked": "types locked with /lock",
    "locks.unlocked": "ruleset locks lifted with /unlock",
    "flood": "flood limit set with /setflood ({messages, seconds} or {enabled: false})",
    "filters": "keyword replies added with /filter (trigger -> reply)",
    "welcome": "welcome text set with /setwelcome ({text, enabled})",
    "goodbye": "goodbye text set with /setgoodbye ({text, enabled})",
    "cleancommands": "command messages deleted once read (/cleancommands)",
    "cleanservice": "join and leave notices deleted (/cleanservice)",
    "disabled": "commands disabled for members with /disable",
    "disabledel": "disabled commands deleted when used (/disabledel)",
    "rules": "group rules set with /setrules",
    "approved": "members approved with /approve (exempt from moderation)",
    "roles.granted": "roles given with /promote (member -> owner | deputy | admin | volunteer)",
    "locale": "the community's language set with /setlang community",
    "channel_bans": "channels banned in a chat (chat channel -> when the ban ends, '' for good)",
}


@dataclass(slots=True)
class Overrides:
    values: dict[str, Any] = field(default_factory=dict)
    version: int = 0  # bumped on every change, so compiled rules know they are stale

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def set(self, ctx: Context, key: str, value: Any) -> None:
        """Change a setting: in memory now, in the database with the event."""
        self.version += 1
        for held in ctx.community.slices.values():
            if isinstance(held, Windowed):  # compiled under the old settings: start over
                held.reset_windows()
        self.keep(ctx, key, value)

    def keep(self, ctx: Context, key: str, value: Any) -> None:
        """Record a value no rule is compiled from (a channel's ban): rules stay as built."""
        self.values[key] = value
        actor = getattr(ctx.event, "sender", "") or "system"
        value_json = json.dumps(value, ensure_ascii=False)
        row = SettingRow(ctx.community.name, key, value_json, ctx.now, actor)
        ctx.write(SETTING_UPSERT, row)


class CommandSettings(Slice[Overrides]):
    name = "command_settings"

    @classmethod
    async def load(cls, community: str, database: Any) -> Overrides:
        rows = await CommunitySetting.filter(community=community).values_list("key", "value")
        return Overrides({key: json.loads(value) for key, value in rows})


async def exported(community: str) -> dict[str, Any]:
    """What admins changed by command in `community`, with who and when, for the export (a
    member's `/connect` is kept in the same table but is no setting)."""
    rows = (
        await CommunitySetting.filter(community=community)
        .exclude(key__startswith=CONNECTION)
        .order_by("key")
    )
    return {
        row.key: {
            "value": json.loads(row.value),
            "updated_at": row.updated_at.isoformat(),
            "updated_by": row.updated_by,
        }
        for row in rows
    }
