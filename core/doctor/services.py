"""The services groupops depends on besides the platforms: the database and, for several
workers, Redis. Each probe answers one finding."""

from __future__ import annotations

import asyncio
from pathlib import Path

from ..errors import MissingExtra
from ..extras import missing_extra
from ..settings.schema import Settings
from ..storage.database import (
    has_schema,
    open_database,
    redact_url,
    sqlite_file,
    unwritable,
)
from ..storage.file_identity import deleted_holders
from ..storage.schema_errors import OLDER_SCHEMA, newer_schema
from .findings import Finding, Level

REDIS_TIMEOUT = 5.0


async def database_finding(settings: Settings, base_dir: Path) -> Finding:
    from ..storage.migrate import ahead, behind, pending

    url = settings.database.url
    subject = f"database {redact_url(url)}"
    path = sqlite_file(url, base_dir)
    # first: a file not made yet in a read-only folder cannot be made by `groupops migrate`
    why = unwritable(path) if path is not None else None
    if why is not None:
        return Finding(
            subject, Level.BLOCKER, why, "everything (nothing can be stored)",
            "make it writable for the bot's user (chown, chmod; chattr -i)",
        )  # fmt: skip
    if path is not None and not path.is_file():
        held = deleted_holders(path)
        if held:  # deleted under a running bot: a new database beside it would hide that
            pid = held[0].split("/")[2]
            return Finding(
                subject,
                Level.BLOCKER,
                f"{path} was deleted while process {pid} has it open",
                "what that process stores is lost when it stops",
                f"copy it back while the process runs (mkdir -p {path.parent}; cp {held[0]} "
                f"{path}), then restart it; do not make a new database in its place",
            )
        return Finding(
            subject,
            Level.WARNING,
            f"{path} does not exist yet",
            "nothing is stored until it is created",
            "`groupops migrate` creates it (so do `groupops init` and `groupops run`)",
        )
    try:
        database = await open_database(url, base_dir=base_dir, migrate=False)
    except MissingExtra as exc:  # reachable or not, there is no driver to ask it with
        return Finding(
            subject, Level.BLOCKER, str(exc), "everything", f"pip install 'groupops[{exc.extra}]'"
        )
    except Exception as exc:  # a refused connection, a bad password, a missing database
        return Finding(
            subject, Level.BLOCKER, f"unreachable ({exc})", "everything", "check [database] url"
        )
    try:
        fresh = not await has_schema(database)
        waiting = [] if fresh else await pending(database)
        newer = [] if fresh or waiting else await ahead(database)
        older = not fresh and not waiting and not newer and await behind(database)
    finally:
        await database.close()
    if fresh:  # a database made for the bot, not yet migrated (PostgreSQL's createdb)
        return Finding(
            subject,
            Level.WARNING,
            "reachable, and holds no groupops tables yet",
            "nothing is stored until they are created",
            "`groupops migrate` creates them (so does `groupops run`)",
        )
    if waiting:
        return Finding(
            subject,
            Level.NOTE,
            f"reachable; {len(waiting)} schema migration(s) to apply",
            fix="`groupops migrate` (or `groupops run`, which applies them at start)",
        )
    if newer:  # made by a later release: every command refuses it
        return Finding(
            subject, Level.BLOCKER, newer_schema(newer), "everything",
            "install the release that made it, or restore the backup taken before",
        )  # fmt: skip
    if older:  # made by an earlier release: `run` and `report` refuse it
        return Finding(
            subject,
            Level.BLOCKER,
            OLDER_SCHEMA,
            "everything",
            "`groupops backup`, then `groupops migrate` (it says what it adds)",
        )
    return Finding(subject, Level.OK, "reachable, schema up to date")


async def redis_finding(settings: Settings) -> Finding:
    if not settings.cluster.redis_set:
        return Finding("redis", Level.OK, "not configured (only `groupops worker` needs it)")
    url = settings.cluster.redis_url
    subject = f"redis {redact_url(url)}"
    try:
        from redis.asyncio import Redis
    except ModuleNotFoundError as exc:  # one finding among the rest, not the end of the report
        missing = missing_extra("[cluster]", exc)
        return Finding(
            subject, Level.BLOCKER, str(missing), "`groupops worker` and `groupops receive`",
            f"pip install 'groupops[{missing.extra}]'",
        )  # fmt: skip
    client = Redis.from_url(url)
    try:
        await asyncio.wait_for(client.ping(), REDIS_TIMEOUT)
    except Exception as exc:  # refused, timed out, wrong password
        return Finding(
            subject,
            Level.BLOCKER,
            f"unreachable ({exc or type(exc).__name__})",
            "`groupops worker` and `groupops receive`",
            "start Redis or fix [cluster] redis_url",
        )
    finally:
        await client.aclose()
    return Finding(subject, Level.OK, "reachable")
