"""When a cron job runs next on its community's wall clock, and whether a run stored for it
lies further ahead than that: one armed by a process whose clock was ahead (set wrong and then
corrected, a backup taken on such a machine, a VM booted with a wrong clock) would wait for
that time, and every run until then is lost without a word."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache

from loguru import logger

# two machines' clocks, or one stepped by NTP, differ by this much without either being wrong
CLOCK_MARGIN = timedelta(minutes=1)


# by schedule, moment and zone: croniter takes a third of a millisecond a call, and arming
# (or checking) 10,000 communities' jobs asks the same few schedules at one `now` each time
@lru_cache(maxsize=1024)
def next_run(cron: str, after: datetime, timezone: str) -> datetime:
    from croniter import croniter  # here: the command line loads settings without it

    from ..days import zone

    # on the wall clock, as people read a schedule: on the night the clocks go back, 02:30
    # comes twice and croniter's aware times fired a daily 02:30 post at both
    tz = zone(timezone)
    since = after.astimezone(UTC)  # compared in UTC: times of one zone compare as wall clocks
    times = croniter(cron, since.astimezone(tz).replace(tzinfo=None))
    while True:
        # fold 0: a time that comes twice is its first; one the clocks skip reads with the
        # offset before the change (02:30 on the spring night is 03:30 summer time)
        due = times.get_next(datetime).replace(tzinfo=tz).astimezone(UTC)
        if due > since:
            return due.astimezone(tz)


def too_far(cron: str, due: datetime, now: datetime, timezone: str) -> bool:
    """Whether a run armed for `due` lies further ahead of `now` than the job's period and the
    margin: past its first run after that, which a right clock never arms (the first run after
    any earlier moment comes no later). A one-off job has no period: it keeps its time."""
    return due > next_run(cron, now + CLOCK_MARGIN, timezone)


def utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def warn_rearmed(community: str, job: str, stored: datetime, due: datetime) -> None:
    logger.warning(
        "job {} of {} was armed for {}, further ahead than its schedule: the clock must have "
        "been ahead when it was armed; re-armed for {}",
        job,
        community,
        utc(stored),
        utc(due),
    )
