"""Schema migrations with aerich, one migration folder per dialect (their DDL differs), then
what an older database still lacks compared with the models (schema_sync.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aerich import Command
from loguru import logger

from .database import APP, Database, tortoise_config
from .schema_errors import newer_schema
from .schema_sync import Change, SchemaConflict, apply, plan_for

MIGRATIONS = Path(__file__).parent / "migrations"


def migration_location(dialect: str) -> Path:
    return MIGRATIONS / dialect


def command_for(database: Database) -> Command:
    return Command(
        tortoise_config(database.url), app=APP, location=str(migration_location(database.dialect))
    )


@dataclass(frozen=True, slots=True)
class Upgrade:
    migrations: list[str]  # aerich's files applied: all of them on a fresh database
    changes: list[Change]  # what an older database gained besides


async def apply_migrations(database: Database) -> list[str]:
    """Apply every migration the database has not seen; a fresh database gets them all."""
    command = command_for(database)
    await command.init()
    applied = await command.upgrade(run_in_transaction=True)
    for name in applied:
        logger.info("database migrated: {}", name)
    return applied


async def upgrade(database: Database) -> Upgrade:
    """The migrations, then the tables, columns and indexes an older database lacks; refuses
    (SchemaConflict, nothing changed) what cannot be made safely."""
    applied = await apply_migrations(database)
    plan = await plan_for(database)
    if plan.unknown:  # nothing to add, but this release must not run on it either
        raise SchemaConflict(newer_schema(plan.unknown))
    changes = await apply(database, plan)
    for change in changes:
        logger.info("database upgraded: {}", change.said)
    return Upgrade(applied, changes)


async def behind(database: Database) -> bool:
    """Whether the database lacks anything this release's models have."""
    plan = await plan_for(database)
    return bool(plan.changes or plan.conflicts)


async def ahead(database: Database) -> list[str]:
    """The columns a newer release added (table.column), if it made this database."""
    return (await plan_for(database)).unknown


async def pending(database: Database) -> list[str]:
    command = command_for(database)
    await command.init()
    return await command.heads()
