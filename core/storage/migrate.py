"""Schema migrations with aerich, one migration folder per dialect (their DDL differs)."""

from __future__ import annotations

from pathlib import Path

from aerich import Command
from loguru import logger

from .database import APP, Database, tortoise_config

MIGRATIONS = Path(__file__).parent / "migrations"


def migration_location(dialect: str) -> Path:
    return MIGRATIONS / dialect


def command_for(database: Database) -> Command:
    return Command(
        tortoise_config(database.url), app=APP, location=str(migration_location(database.dialect))
    )


async def upgrade(database: Database) -> list[str]:
    """Apply every migration the database has not seen; a fresh database gets them all."""
    command = command_for(database)
    await command.init()
    applied = await command.upgrade(run_in_transaction=True)
    for name in applied:
        logger.info("database migrated: {}", name)
    return applied


async def pending(database: Database) -> list[str]:
    command = command_for(database)
    await command.init()
    return await command.heads()
