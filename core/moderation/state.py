"""What moderation keeps per community: warnings, settings changed by command, and the
compiled moderator built from the ruleset and those settings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..engine import Slice
from ..storage.models import CommunitySetting, WarningRow
from ..storage.statements import Insert, Update, Upsert
from .moderator import Moderator, Overrides

WARNING_INSERT = Insert(
    "warnings", ("id", "community", "member", "rule", "created_at", "cleared_at"), unique=("id",)
)
WARNING_CLEAR = Update("warnings", ("cleared_at",), key=("id",))
SETTING_UPSERT = Upsert(
    "community_settings",
    ("community", "key", "value", "updated_at", "updated_by"),
    key=("community", "key"),
    update=("value", "updated_at", "updated_by"),
)


@dataclass(slots=True)
class Warning:
    id: str
    rule: str
    created_at: datetime
    cleared_at: datetime | None = None


@dataclass(slots=True)
class ModerationState:
    warnings: dict[str, list[Warning]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)  # changed by command
    moderator: Moderator | None = None  # rebuilt after a setting changes
    names: set[str] | None = None  # folded names of members, for foreign @usernames

    def active(self, member: str, now: datetime, expiry: Any) -> list[Warning]:
        return [
            w
            for w in self.warnings.get(member, ())
            if w.cleared_at is None and now - w.created_at < expiry
        ]

    def overrides(self) -> Overrides:
        s = self.settings
        return Overrides(
            blocklist_added=tuple(s.get("blocklist.added", ())),
            blocklist_removed=frozenset(s.get("blocklist.removed", ())),
            locked=tuple(s.get("locks.locked", ())),
            unlocked=frozenset(s.get("locks.unlocked", ())),
            flood=s.get("flood"),
        )

    def moderator_for(self, config: Any) -> Moderator:
        if self.moderator is None:
            self.moderator = Moderator(config, self.overrides())
        return self.moderator

    def set(self, ctx: Any, key: str, value: Any, by: str) -> None:
        """Change a setting by command: kept in memory, written with the event."""
        self.settings[key] = value
        self.moderator = None
        ctx.write(
            SETTING_UPSERT,
            (ctx.community.name, key, json.dumps(value, ensure_ascii=False), ctx.now, by),
        )


class Moderation(Slice):
    name = "moderation"

    @classmethod
    async def load(cls, community: str, database: Any) -> ModerationState:
        state = ModerationState()
        rows = await WarningRow.filter(community=community, cleared_at=None).values_list(
            "id", "member", "rule", "created_at"
        )
        for warning_id, member, rule, created_at in sorted(rows, key=lambda r: r[3]):
            state.warnings.setdefault(member, []).append(Warning(warning_id, rule, created_at))
        for key, value in await CommunitySetting.filter(community=community).values_list(
            "key", "value"
        ):
            state.settings[key] = json.loads(value)
        return state
