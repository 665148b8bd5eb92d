"""A finding of the doctor: one thing the bot can or cannot do, what that switches off, and
how to fix it. Adapters produce them (`Adapter.diagnose`); so do the service probes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum


class Level(StrEnum):
    OK = "ok"
    NOTE = "note"  # worth knowing; nothing is switched off
    WARNING = "warning"  # a feature is switched off
    BLOCKER = "blocker"  # the bot cannot do its main job there: `doctor` exits non-zero


MARKS: dict[Level, str] = {
    Level.OK: "ok     ",
    Level.NOTE: "note   ",
    Level.WARNING: "WARNING",
    Level.BLOCKER: "BLOCKER",
}


@dataclass(frozen=True, slots=True)
class Finding:
    subject: str  # what it is about: "telegram", "telegram:-100…", "database", "redis"
    level: Level
    what: str  # what the bot can or cannot do
    switches_off: str = ""  # the features that do nothing because of it
    fix: str = ""  # what the operator does about it

    def as_dict(self) -> dict[str, str]:
        return {key: str(value) for key, value in asdict(self).items() if value}

    def lines(self) -> list[str]:
        out = [f"{MARKS[self.level]}  {self.subject}: {self.what}"]
        if self.switches_off:
            out.append(f"           switches off: {self.switches_off}")
        if self.fix:
            out.append(f"           fix: {self.fix}")
        return out


@dataclass(frozen=True, slots=True)
class Refusal(Finding):
    """A blocker that is the platform refusing the credentials (a bridge's token): nothing
    waited for or restarted helps, so `init` writes no settings on it, as on a refused bot
    token."""


def blockers(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.level is Level.BLOCKER]


def render(findings: Sequence[Finding]) -> str:
    lines = [line for finding in findings for line in finding.lines()]
    counts = {level: sum(1 for f in findings if f.level is level) for level in Level}
    lines.append(
        f"{counts[Level.BLOCKER]} blocker(s), {counts[Level.WARNING]} warning(s), "
        f"{counts[Level.OK]} ok"
    )
    return "\n".join(lines)
