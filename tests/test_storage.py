"""Migrations: a fresh database is migrated on first start; the migrations match the models."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from tortoise import Tortoise

from groupops.core.cli import main
from groupops.core.storage.database import open_database
from groupops.core.storage.migrate import pending


async def _columns(database) -> dict[str, set[str]]:
    conn = database.connection
    if database.dialect == "sqlite":
        _, tables = await conn.execute_query("SELECT name FROM sqlite_master WHERE type='table'")
        found = {}
        for row in tables:
            _, cols = await conn.execute_query(f"PRAGMA table_info({row['name']})")
            found[row["name"]] = {c["name"] for c in cols}
        return found
    _, rows = await conn.execute_query(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema='public'"
    )
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(row["table_name"], set()).add(row["column_name"])
    return found


@pytest.mark.empty_database
async def test_fresh_database_gets_a_schema_that_matches_the_models(db_url):
    database = await open_database(db_url)
    try:
        assert await pending(database) == []
        columns = await _columns(database)
        for model in Tortoise.apps["groupops"].values():
            table = model._meta.db_table
            expected = set(model._meta.fields_db_projection.values())
            assert table in columns, f"table {table} missing: run scripts/make_migration.py"
            assert expected <= columns[table], (
                f"{table}: {expected - columns[table]} missing: run scripts/make_migration.py"
            )
    finally:
        await database.close()


def test_migrate_command_is_idempotent(tmp_path):
    url = f"sqlite://{tmp_path / 'm.db'}"
    first = CliRunner().invoke(main, ["migrate", "--db", url])
    second = CliRunner().invoke(main, ["migrate", "--db", url])
    assert first.exit_code == 0 and "applied 0_" in first.output
    assert second.exit_code == 0 and "up to date" in second.output
