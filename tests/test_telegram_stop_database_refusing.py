"""Stopping while the database refuses every commit (made read-only, a full disk): the bot
stops within its drain time instead of waiting forever on a batch of updates that cannot be
committed, and leaves those updates unconfirmed, so Telegram delivers them again."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from support.telegram_harness import CHAT_ID

from groupops.adapters.telegram import intake
from groupops.core.engine.processing import CommitFailed, Processor
from groupops.core.outage import database_away


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_stop_ends_while_every_commit_fails_and_nothing_is_confirmed(
    driver, open_harness, monkeypatch
):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")

    async def refused(self, batch) -> None:
        try:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        except sqlite3.OperationalError as exc:
            raise CommitFailed(set()) from exc

    monkeypatch.setattr(Processor, "_commit", refused)
    monkeypatch.setattr(intake, "STOP_WAIT", 1.0)  # the poller's wait for its batch (10 s)
    confirmed = h.world.confirmed
    h.world.say(CHAT_ID, ann, "hello")
    await asyncio.wait_for(h.world.polled.wait(), 15)
    await asyncio.sleep(0.5)  # the poller now waits on the batch that cannot commit
    await asyncio.wait_for(h.engine.stop(drain_timeout=2), 60)
    assert h.world.confirmed == confirmed  # Telegram sends it again after the restart
    assert h.texts() == []  # nothing was decided, so nothing was said


def test_a_read_only_database_is_an_outage_not_a_bug():
    """One line when it starts and a reminder now and then, not a traceback each try."""
    assert database_away(sqlite3.OperationalError("attempt to write a readonly database"))
    assert database_away(sqlite3.OperationalError("database or disk is full"))


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_token_revoked_while_running_is_named_in_the_log(driver, open_harness):
    from loguru import logger

    h = await open_harness(driver)
    said: list[str] = []
    sink = logger.add(said.append, format="{message}", level="ERROR")
    try:
        h.fake.token = "123:revoked"  # @BotFather made a new one: the old is refused (401)
        h.world.polled.clear()
        await asyncio.wait_for(_until(lambda: any("refused the bot token" in s for s in said)), 30)
    finally:
        logger.remove(sink)
    line = next(s for s in said if "refused the bot token" in s)
    assert "was it revoked in @BotFather? Put the new one in .secrets.toml" in line


async def _until(done) -> None:
    while not done():
        await asyncio.sleep(0.1)
