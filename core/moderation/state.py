"""What moderation keeps per community: warnings, and the compiled moderator built from the
ruleset and the settings admins changed by command."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from ..bounded import BoundedDict
from ..engine import Slice, Writes
from ..engine.windows import Window, Windowed
from ..storage.models import AuditEntry, WarningRow
from ..storage.statements import insert, update
from .albums import Albums
from .learning import Learning
from .moderator import Changes, Moderator
from .overrides import Overrides

MANUAL = "manual"  # the rule of a moderator's own decision


class WarningRecord(NamedTuple):
    id: str  # the audit entry of the warning
    community: str
    member: str
    rule: str
    created_at: datetime
    cleared_at: datetime | None


class WarningCleared(NamedTuple):
    cleared_at: datetime | None  # None: the clearing was undone
    id: str


WARNING_INSERT = insert("warnings", WarningRecord, unique=("id",))
WARNING_CLEAR = update("warnings", WarningCleared, key=("id",))


@dataclass(slots=True)
class Warning:
    id: str
    rule: str
    created_at: datetime
    cleared_at: datetime | None = None
    note: str = ""  # a moderator's own reason (kept as its audit entry's evidence)


@dataclass(slots=True)
class ModerationState(Windowed):
    warnings: dict[str, list[Warning]] = field(default_factory=dict)
    moderator: Moderator | None = None
    built_for: int = -1  # the settings version the moderator was built for
    names: set[str] | None = None  # folded names of members, for foreign @usernames
    tracking: bool = False  # detectors note changed windows (a cluster saves them)
    saved: list[Window] = field(default_factory=list)  # given back before the moderator exists
    learning: Learning = field(default_factory=Learning)  # what admins taught the classifier
    # "chat|message" already acted on -> the rule it was deleted for ("": left up): its edits
    # are the same message, no second strike
    acted: BoundedDict[str, str] = field(default_factory=lambda: BoundedDict("moderation.acted"))
    albums: Albums = field(default_factory=Albums)  # an album broke a rule: all of it goes
    # Windows saved so far, by (kind, key): a rebuilt moderator starts afresh, so the saved
    # copies of the old one's windows must go too (else the next owner would restore them).
    known: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    voided: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)

    def active(self, member: str, now: datetime, expiry: Any) -> list[Warning]:
        return [
            w
            for w in self.warnings.get(member, ())
            if w.cleared_at is None and now - w.created_at < expiry
        ]

    def warn(
        self, writes: Writes, community: str, member: str, entry: str, rule: str,
        at: datetime, expiry: timedelta, note: str = "",
    ) -> None:  # fmt: skip
        """A warning (audited as `entry`), in memory and as a row; warnings past the expiry
        are let go, they never count again."""
        kept = [w for w in self.warnings.get(member, ()) if at - w.created_at < expiry]
        self.warnings[member] = [*kept, Warning(entry, rule, at, note=note)]
        writes.write(WARNING_INSERT, WarningRecord(entry, community, member, rule, at, None))

    def set_cleared(self, writes: Writes, ids: Collection[str], cleared: datetime | None) -> int:
        """Clear the warnings `ids` (or, with None, undo their clearing), also those no longer
        held in memory; returns how many held ones changed."""
        changed = 0
        for warnings in self.warnings.values():
            for warning in warnings:
                if warning.id in ids:
                    warning.cleared_at = cleared
                    changed += 1
        for warning_id in ids:
            writes.write(WARNING_CLEAR, WarningCleared(cleared, warning_id))
        return changed

    def moderator_for(self, config: Any, overrides: Overrides) -> Moderator:
        if self.moderator is None or self.built_for != overrides.version:
            if self.moderator is not None and self.tracking:
                self.voided |= self.known
                self.known = set()
            self.moderator = Moderator(config, changes_of(overrides))
            self.built_for = overrides.version
            if self.tracking:
                self.moderator.track(self.saved)
                self.saved = []
        return self.moderator

    def track_windows(self, saved: Iterable[Window]) -> None:
        self.tracking = True
        self.saved = list(saved)
        self.known = {(w.kind, w.key) for w in self.saved}
        if self.moderator is not None:
            self.moderator.track(self.saved)
            self.saved = []

    def reset_windows(self) -> None:
        """Rebuilt on next use, from nothing; the saved copies go with the settings change
        (else a worker taking over before that use would restore them)."""
        self.moderator = None
        self.saved = []
        self.voided |= self.known
        self.known = set()

    def changed_windows(self) -> list[Window]:
        changed = self.moderator.changed() if self.moderator is not None else []
        fresh = {(w.kind, w.key) for w in changed}
        gone = [Window(kind, key, None) for kind, key in self.voided - fresh]
        self.voided = set()
        self.known |= {(w.kind, w.key) for w in changed if w.saved is not None}
        return changed + gone


def changes_of(overrides: Overrides) -> Changes:
    flood = overrides.get("flood")
    return Changes(
        blocklist_added=tuple(overrides.get("blocklist.added", ())),
        blocklist_removed=frozenset(overrides.get("blocklist.removed", ())),
        locked=tuple(overrides.get("locks.locked", ())),
        unlocked=frozenset(overrides.get("locks.unlocked", ())),
        flood=flood,
    )


class Moderation(Slice[ModerationState]):
    name = "moderation"

    @classmethod
    async def load(cls, community: str, database: Any) -> ModerationState:
        state = ModerationState()
        rows = await WarningRow.filter(community=community, cleared_at=None).values_list(
            "id", "member", "rule", "created_at"
        )
        # a moderator's warning keeps the reason given, as its audit entry's evidence
        manual = [row[0] for row in rows if row[2] == MANUAL]
        notes = dict(
            await AuditEntry.filter(id__in=manual).values_list("id", "evidence") if manual else ()
        )
        for warning_id, member, rule, created_at in sorted(rows, key=lambda r: r[3]):
            warning = Warning(warning_id, rule, created_at, note=notes.get(warning_id) or "")
            state.warnings.setdefault(member, []).append(warning)
        return state
