"""Webhook mode on both drivers: the secret token is checked, Telegram's retries of one
update are processed once, the reply goes out after the commit."""

from __future__ import annotations

import pytest
from support.ports import free_port
from support.telegram_harness import CHAT_ID, TelegramHarness

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
SECRET = "s3cret_token-1"
WELCOME = "Welcome to Test Club, Ann! Please read the group rules and say hello."


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


async def test_own_web_framework_hands_updates_over(sqlite_url, driver):
    """A bot behind its own web server passes each update's JSON to the adapter."""
    h = await TelegramHarness.open(driver, sqlite_url)
    try:
        h.world.user(42, "Ann")
        h.world.join(CHAT_ID, 42)
        retried = h.world.updates[-1]
        await h.settle()
        bo = {"id": 43, "is_bot": False, "first_name": "Bo"}
        joined = {
            "update_id": 5000,
            "chat_member": {
                "chat": h.world.chats[CHAT_ID].as_json(),
                "from": bo,
                "date": int(h.clock.now().timestamp()),
                "old_chat_member": {"user": bo, "status": "left"},
                "new_chat_member": {"user": bo, "status": "member"},
            },
        }
        await h.adapter.handle_update(retried)  # already processed: nothing new
        await h.adapter.handle_update(joined)
        await h.engine.drain(timeout=10)
    finally:
        await h.close()
    assert h.texts() == [WELCOME, WELCOME.replace("Ann", "Bo")]
