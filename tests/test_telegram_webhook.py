"""Webhook mode on both drivers: the secret token is checked, Telegram's retries of one
update are processed once, the reply goes out after the commit."""

from __future__ import annotations

import asyncio
import json

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness, open_webhook
from yarl import URL

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
SECRET = "s3cret_token-1"
WELCOME = "Welcome to Test Club, Ann! Please read the group rules and say hello."


@pytest.fixture
async def webhook_harness(sqlite_url, driver):
    h = await open_webhook(driver, sqlite_url, SECRET)
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


async def test_a_retry_before_the_first_delivery_commits_waits_for_that_commit(
    webhook_harness, monkeypatch
):
    """Answered at once, the retry's 200 acknowledged an update not yet committed: a crash
    then lost it, as Telegram sends nothing again after a 200."""
    import asyncio

    from groupops.core.engine.processing import Processor

    h = webhook_harness
    gate = asyncio.Event()  # the database answers only once opened
    commit = Processor._commit

    async def slow(self, batch) -> None:
        await gate.wait()
        await commit(self, batch)

    monkeypatch.setattr(Processor, "_commit", slow)
    h.world.user(42, "Ann")
    h.world.join(CHAT_ID, 42)
    update = h.world.updates[-1]
    first = asyncio.ensure_future(h.fake.post_webhook(update))
    await asyncio.sleep(0.5)
    retry = asyncio.ensure_future(h.fake.post_webhook(update))
    await asyncio.sleep(1.0)
    answered_early = retry.done()
    gate.set()
    assert not answered_early  # not acknowledged before the commit
    assert await asyncio.wait_for(retry, 30) == 200
    assert await asyncio.wait_for(first, 30) == 200
    await h.engine.drain(timeout=10)
    assert h.texts() == [WELCOME]


async def test_an_update_the_library_cannot_read_is_logged_and_skipped(webhook_harness):
    from loguru import logger

    h = webhook_harness
    said: list[str] = []
    sink = logger.add(said.append, format="{message}", level="WARNING")
    try:
        # Telegram's (an update_id), but a message without its chat: no library reads it
        broken = {"update_id": 990001, "message": {"message_id": 1, "date": 0, "text": "hi"}}
        assert await h.fake.post_webhook(broken) == 200  # or Telegram sends it for ever
        assert await h.fake.post_webhook({"hello": "world"}) == 400
        assert await h.fake.post_webhook(broken, secret="forged") == 403
    finally:
        logger.remove(sink)
    assert any(s.startswith("telegram: update 990001 skipped: ") for s in said)
    assert any("is no update" in s for s in said)
    assert any("refused: a wrong secret token" in s for s in said)
    assert not any(SECRET in s for s in said)


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ({"message_id": 1, "date": 0, "text": "no chat"}, "message.chat: missing"),
        ({"message_id": 1, "date": 0, "chat": 5, "text": "no chat"}, "message.chat: not an object"),
        (
            {"message_id": "x", "date": 0, "chat": {"id": 1, "type": "group"}, "text": "no chat"},
            "message.message_id: not an integer",
        ),
        (  # PTB said "unreadable (TypeError)", aiogram "message.text: string_type"
            {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "group"}, "text": 424242},
            "message.text: not a string",
        ),
    ],
)
async def test_a_malformed_update_is_logged_by_its_field_not_its_content(
    webhook_harness, body, said
):
    """One line, the same on both drivers: the update id and the failing field path; the
    member's words stay out of the log."""
    from loguru import logger

    lines: list[str] = []
    sink = logger.add(lines.append, format="{message}", level="INFO")
    try:
        update = {"update_id": 99990002, "message": body}
        assert await webhook_harness.fake.post_webhook(update) == 200
        await webhook_harness.engine.drain(timeout=10)
    finally:
        logger.remove(sink)
    skipped = [line.strip() for line in lines if "99990002" in line]
    assert skipped == [f"telegram: update 99990002 skipped: {said}"]
    assert not any("no chat" in line for line in lines)


async def test_a_secret_header_of_any_bytes_is_refused_as_wrong(webhook_harness):
    from loguru import logger

    h = webhook_harness
    said: list[str] = []
    sink = logger.add(said.append, format="{message}", level="WARNING")
    url = URL(h.fake.webhook["url"])
    body = json.dumps({"update_id": 990002}).encode()
    reader, writer = await asyncio.open_connection(url.host, url.port)
    try:  # raw bytes: no HTTP client sends a header that is not UTF-8
        writer.write(
            f"POST {url.path} HTTP/1.1\r\nHost: {url.host}\r\nConnection: close\r\n".encode()
            + b"X-Telegram-Bot-Api-Secret-Token: \xc3\xa9\xff\r\n"
            + f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), 10)
    finally:
        writer.close()
        logger.remove(sink)
    assert status_line.split()[1] == b"403"
    assert [s.strip() for s in said if "webhook" in s] == [
        "telegram: webhook request from 127.0.0.1 refused: a wrong secret token (is "
        "secret_token the one setWebhook was given?)"
    ]


async def test_a_text_link_without_its_url_is_read_as_plain_text(webhook_harness):
    h = webhook_harness
    h.world.user(42, "Ann")
    h.world.add_member(CHAT_ID, 42)
    entity = {"type": "text_link", "offset": 7, "length": 6}  # no url: a client's or a forger's
    message = h.world.say(CHAT_ID, 42, "/rules please", entities=[entity])
    assert await h.fake.post_webhook(h.world.updates[-1]) == 200
    await h.engine.drain(timeout=10)
    assert message["entities"][-1] == entity
    assert h.texts() == ["No group rules have been set yet."]
