"""Recurring jobs armed further ahead than their schedule allows: a clock that was ahead armed
them (set right since; a backup taken on such a machine). They wait for that time, and every
run until then is lost; `groupops run` arms them again from now when it starts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ..counted import counted
from ..engine.cron import too_far, utc
from ..settings.schema import Settings
from ..storage.database import open_database, redact_url
from ..storage.models import ScheduledJob
from .findings import Finding, Level

SHOWN = 3  # jobs named; a deployment of many communities has as many of each


async def jobs_finding(settings: Settings, base_dir: Path) -> Finding | None:
    """A warning naming such jobs, or None; asked of a database whose schema is up to date."""
    now = datetime.now(UTC)
    database = await open_database(settings.database.url, base_dir=base_dir, migrate=False)
    try:
        armed = (
            await ScheduledJob.filter(status="pending")
            .exclude(recurring="")
            .values_list("community", "job", "recurring", "due_at")
        )
    finally:
        await database.close()
    ahead = sorted(
        (due, f"{job} of {community} at {utc(due)}")
        for community, job, cron, due in armed
        if community in settings.communities  # a community since removed runs nothing
        and too_far(cron, due, now, settings.clock_of(community).timezone)
    )
    if not ahead:
        return None
    named = [said for _, said in ahead[:SHOWN]] + (
        [f"{len(ahead) - SHOWN} more"] if len(ahead) > SHOWN else []
    )
    return Finding(
        f"database {redact_url(settings.database.url)}",
        Level.WARNING,
        f"{counted(len(ahead), 'recurring job')} armed further ahead than "
        f"{'its schedule allows' if len(ahead) == 1 else 'their schedules allow'} "
        f"(the clock was ahead when armed): {', '.join(named)}",
        "those jobs, until the bot starts",
        "`groupops run` arms them again from now when it starts (a running bot: restart it)",
    )
