"""The scenario suite, run on both drivers (aiogram, PTB) against the fake Bot API."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


@pytest.fixture
async def open_harness(sqlite_url):
    made: list[TelegramHarness] = []

    async def make(driver: str, extra: dict | None = None, **options) -> TelegramHarness:
        harness = await TelegramHarness.open(driver, sqlite_url, extra, **options)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.close()


async def test_join_is_welcomed(driver, open_harness):
    h = await open_harness(driver)
    h.world.user(42, "Ann")
    h.world.join(CHAT_ID, 42)
    await h.settle()
    assert h.texts() == ["Welcome to Test Club, Ann! Please read the group rules and say hello."]
