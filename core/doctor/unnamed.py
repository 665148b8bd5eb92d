"""Communities the database holds members of and the settings no longer name: a community
renamed in the settings starts empty under its new name, its members, points and warnings
left under the old one, and its jobs wait unrun; nothing else says so."""

from __future__ import annotations

from pathlib import Path

from tortoise.functions import Count

from ..counted import counted
from ..settings.schema import Settings
from ..storage.database import open_database, redact_url
from ..storage.models import Member, ScheduledJob
from .findings import Finding, Level

SHOWN = 3  # communities named


async def unnamed_finding(settings: Settings, base_dir: Path) -> Finding | None:
    """A warning naming such communities, or None; asked of a database on this schema."""
    known = list(settings.communities)
    database = await open_database(settings.database.url, base_dir=base_dir, migrate=False)
    try:
        members = dict(
            await Member.exclude(community__in=known)
            .annotate(n=Count("id"))
            .group_by("community")
            .values_list("community", "n")
        )
        jobs = dict(
            await ScheduledJob.filter(status="pending")
            .exclude(community__in=known)
            .annotate(n=Count("id"))
            .group_by("community")
            .values_list("community", "n")
        )
    finally:
        await database.close()
    if not members:
        return None
    named = [
        f"{name} ({counted(count, 'member')}"
        + (f", {counted(jobs[name], 'pending job')})" if jobs.get(name) else ")")
        for name, count in sorted(members.items(), key=lambda item: -item[1])[:SHOWN]
    ] + ([f"{len(members) - SHOWN} more"] if len(members) > SHOWN else [])
    return Finding(
        f"database {redact_url(settings.database.url)}",
        Level.WARNING,
        f"holds {counted(len(members), 'community', 'communities')} the settings do not name: "
        + ", ".join(named),
        "their members' points, warnings and tiers, and their scheduled jobs",
        "a community renamed in the settings: give it its earlier name again "
        "([communities.NAME]); one removed for good: nothing to do",
    )
