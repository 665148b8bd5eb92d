"""Throwaway databases for benchmarks: a SQLite file in a temporary folder, or a fresh
database on the PostgreSQL server named by GROUPOPS_BENCH_POSTGRES (dropped afterwards)."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

POSTGRES_ENV = "GROUPOPS_BENCH_POSTGRES"


def postgres_server() -> str | None:
    """The server URL for PostgreSQL figures, or None when none is configured."""
    return os.environ.get(POSTGRES_ENV) or None


@asynccontextmanager
async def scratch_database(dialect: str) -> AsyncIterator[str]:
    if dialect == "sqlite":
        with tempfile.TemporaryDirectory(prefix="groupops-bench-") as folder:
            yield f"sqlite://{Path(folder) / 'bench.db'}"
        return
    server = postgres_server()
    if server is None:
        raise RuntimeError(f"PostgreSQL figures need {POSTGRES_ENV}=postgres://user@host/db")
    async with throwaway_postgres(server, "groupops_bench_") as url:
        yield url


@asynccontextmanager
async def throwaway_postgres(server: str, prefix: str) -> AsyncIterator[str]:
    """A new database on `server`, dropped afterwards (open connections and all)."""
    import asyncpg

    admin = await asyncpg.connect(server.replace("postgres://", "postgresql://", 1))
    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server.rsplit('/', 1)[0]}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
