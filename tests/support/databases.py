"""A throwaway PostgreSQL database per test, created on the server in GROUPOPS_TEST_POSTGRES."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

POSTGRES_ENV = "GROUPOPS_TEST_POSTGRES"
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/test"


def server_url() -> str:
    value = os.environ.get(POSTGRES_ENV, "")
    return value if "://" in value else DEFAULT_SERVER


@asynccontextmanager
async def fresh_postgres() -> AsyncIterator[str]:
    server = server_url()
    admin = await asyncpg.connect(server.replace("postgres://", "postgresql://", 1))
    name = f"groupops_t_{uuid.uuid4().hex[:12]}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{server.rsplit('/', 1)[0]}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
