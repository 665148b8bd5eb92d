"""One examination of a deployment: each configured platform about its chats, then the
database and Redis. Used by `groupops doctor` and logged by `groupops run` at start."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from loguru import logger

from ..adapter import Adapter
from ..counted import counted
from ..refs import Ref
from ..settings.schema import Settings
from .findings import Finding, Level
from .jobs import jobs_finding
from .services import database_finding, redis_finding
from .unnamed import unnamed_finding

LOG_LEVELS: dict[Level, str] = {
    Level.OK: "INFO",
    Level.NOTE: "INFO",
    Level.WARNING: "WARNING",
    Level.BLOCKER: "ERROR",
}


# where a platform's table is explained (any other: the adapter contract's page)
PLATFORM_DOCS = {
    "telegram": "docs/quickstart.md",
    "wechat": "docs/wechat.md",
    "matrix": "docs/matrix.md",
}


def chats_of(settings: Settings, platform: str) -> list[Ref]:
    """Every configured chat on this platform, each once, in the order written."""
    chats = [c for community in settings.communities.values() for c in community.chats]
    return [Ref(c) for c in dict.fromkeys(c for c in chats if c.platform == platform)]


def admin_chats_of(settings: Settings, platform: str) -> list[Ref]:
    """The communities' admin chats on this platform that are none of their chats: the bot
    only posts there, so it is asked only whether it can."""
    chats = set(chats_of(settings, platform))
    named = [c.admin_chat for c in settings.communities.values() if c.admin_chat is not None]
    return [Ref(c) for c in dict.fromkeys(named) if c.platform == platform and Ref(c) not in chats]


async def examine_platforms(settings: Settings, adapters: Iterable[Adapter]) -> list[Finding]:
    findings: list[Finding] = []
    served = set()
    for adapter in adapters:
        served.add(adapter.platform)
        findings += await adapter.diagnose(chats_of(settings, adapter.platform))
        findings += await adapter.diagnose_posting(admin_chats_of(settings, adapter.platform))
    return findings + unserved(settings, served)


def unserved(settings: Settings, served: set[str]) -> list[Finding]:
    """Chats on a platform no adapter serves here (another process may: an embedded
    adapter, a worker): a note, as `groupops check` gives it."""
    platforms = {c.platform for community in settings.communities.values() for c in community.chats}
    return [
        Finding(
            platform,
            Level.NOTE,
            f"{counted(len(chats_of(settings, platform)), 'chat')} configured, and no "
            f"[platforms.{platform}] to serve them",
            switches_off="nothing from those chats comes in; actions for them wait in the outbox",
            fix=f"add [default.platforms.{platform}] naming its adapter "
            f"({PLATFORM_DOCS.get(platform, 'docs/adapters.md')}), "
            "or serve them from the program that embeds groupops",
        )
        for platform in sorted(platforms - served - {"local"})
    ]


async def examine(settings: Settings, adapters: Iterable[Adapter], base_dir: Path) -> list[Finding]:
    findings = await examine_platforms(settings, adapters)
    database = await database_finding(settings, base_dir)
    findings.append(database)
    if database.level is Level.OK:  # the jobs are read only from a schema this release knows
        ahead = await jobs_finding(settings, base_dir)
        unnamed = await unnamed_finding(settings, base_dir)
        findings += [f for f in (ahead, unnamed) if f is not None]
    findings.append(await redis_finding(settings))
    return findings


def log_findings(findings: Iterable[Finding]) -> None:
    for finding in findings:
        for number, line in enumerate(finding.lines()):
            level = LOG_LEVELS[finding.level] if number == 0 else "INFO"
            logger.log(level, "doctor: {}", line.strip())
