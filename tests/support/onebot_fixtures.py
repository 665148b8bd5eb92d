"""Fixtures for the OneBot 12 bridge tests: one fake OneBot serving one WeChat room.

A test module whose room needs other members overrides `room_members`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from support.onebot_bridge import FakeOneBot

TOKEN = "onebot-secret-7"
ROOM = "2001@chatroom"


@pytest.fixture
def room_members() -> dict[str, str]:
    """The room's members, user id → nickname."""
    return {"ann": "Ann", "bo": "Bo"}


@pytest.fixture
async def bridge(room_members: dict[str, str]) -> AsyncIterator[FakeOneBot]:
    fake = FakeOneBot(TOKEN)
    fake.group(ROOM, room_members)
    yield fake
    await fake.close()
