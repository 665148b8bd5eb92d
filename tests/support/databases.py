"""A throwaway PostgreSQL database per test, created on the server in GROUPOPS_TEST_POSTGRES."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from groupops.core.bench.scratch import throwaway_postgres

POSTGRES_ENV = "GROUPOPS_TEST_POSTGRES"
DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/test"


def server_url() -> str:
    value = os.environ.get(POSTGRES_ENV, "")
    return value if "://" in value else DEFAULT_SERVER


@asynccontextmanager
async def fresh_postgres() -> AsyncIterator[str]:
    async with throwaway_postgres(server_url(), "groupops_t_") as url:
        yield url
