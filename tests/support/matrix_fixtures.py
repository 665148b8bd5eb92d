"""Fixtures for the Matrix tests: one Synapse per test session, a room per test.

A room is made the way an operator would: a person (`owner`, the room's creator) makes it,
with knocking allowed, invites the bot and gives it power level 100; the adapter joins on the
invite. Members are registered accounts the owner invites and who accept.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import pytest

from groupops.adapters.matrix import MatrixAdapter
from groupops.core.events import Event
from support.synapse import MatrixUser, Synapse, SynapseUnavailable

WAIT = (
    60.0  # events cross a real server on a shared machine: wait generously, assert nothing on time
)


@pytest.fixture(scope="session")
def synapse(tmp_path_factory):
    server = Synapse(tmp_path_factory.mktemp("synapse"))
    try:
        server.start()
    except SynapseUnavailable as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


async def until(check: Callable[[], Any], timeout: float = WAIT, settle=None) -> Any:
    """Poll `check()` (awaited if it returns an awaitable) until it is truthy or time is up;
    `settle` (a coroutine function) runs before each look."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if settle is not None:
            await settle()
        value = check()
        if inspect.isawaitable(value):
            value = await value
        if value or loop.time() > deadline:
            return value
        await asyncio.sleep(0.05)


def make_room(synapse: Synapse, owner: MatrixUser, bot: MatrixUser, **extra: Any) -> str:
    return owner.create_room(
        preset="private_chat",
        name="Test Club",
        invite=[bot.user_id],
        initial_state=[{"type": "m.room.join_rules", "content": {"join_rule": "knock"}}],
        power_level_content_override={"users": {bot.user_id: 100}},
        **extra,
    )


def adapter_for(synapse: Synapse, bot: MatrixUser, **options: Any) -> MatrixAdapter:
    settings = {
        "homeserver": synapse.url,
        "user_id": bot.user_id,
        "access_token": bot.token,
        "sync_timeout_seconds": 5,
        "messages_per_second": 0,
        "messages_per_minute": 0,
        **options,
    }
    return MatrixAdapter.from_settings(settings)  # type: ignore[return-value]


def seen(events: list[Event], predicate: Callable[[Event], bool]) -> Event | None:
    return next((e for e in reversed(events) if predicate(e)), None)


@pytest.fixture
async def open_matrix(synapse, sqlite_url):
    """`await open_matrix(extra_settings, **adapter_options)`: a bot in a room of its own on
    the session's Synapse, closed when the test ends."""
    from support.matrix_harness import MatrixHarness  # it builds on this module's helpers

    made: list[MatrixHarness] = []

    async def make(extra: dict | None = None, **options: Any) -> MatrixHarness:
        h = await MatrixHarness.open(synapse, sqlite_url, extra, **options)
        made.append(h)
        return h

    yield make
    for h in made:
        await h.close()
