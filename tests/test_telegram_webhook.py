"""Webhook mode on both drivers: the secret token is checked, Telegram's retries of one
update are processed once, the reply goes out after the commit."""

from __future__ import annotations

import socket

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
SECRET = "s3cret_token-1"
WELCOME = "Welcome to Test Club, Ann! Please read the group rules and say hello."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
async def webhook_harness(sqlite_url, driver):
    port = free_port()
    h = await TelegramHarness.open(
        driver,
        sqlite_url,
        mode="webhook",
        webhook_url=f"http://127.0.0.1:{port}/hook",
        webhook_port=port,
        webhook_path="/hook",
        secret_token=SECRET,
    )
    yield h
    await h.close()


async def test_webhook_checks_the_secret_and_dedupes_retries(webhook_harness):
    h = webhook_harness
    assert h.fake.webhook["secret_token"] == SECRET
    assert "chat_member" in h.fake.webhook["allowed_updates"]
    h.world.user(42, "Ann")
    h.world.join(CHAT_ID, 42)
    update = h.world.updates[-1]
    assert await h.fake.post_webhook(update, secret="forged") == 403
    assert await h.fake.post_webhook(update) == 200
    assert await h.fake.post_webhook(update) == 200  # Telegram retried: same update_id
    await h.engine.drain(timeout=10)
    assert h.texts() == [WELCOME]
