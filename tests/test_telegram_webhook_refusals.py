"""What anyone who reaches the webhook's port can make it do, seen as the operator sees it:
the answer's status and body, and the log. Malformed HTTP, a wrong secret and connections
over the limit are one warning line a minute at most, never a traceback; a client that sends
its headers slowly is closed; what is no update is refused and said why."""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Iterator

import aiohttp
import pytest
from loguru import logger
from support.telegram_harness import TelegramHarness, open_webhook
from yarl import URL

SECRET = "s3cret_token-1"


@pytest.fixture
def driver() -> str:
    return "aiogram"


@pytest.fixture
async def hook(sqlite_url, driver):
    h = await open_webhook(driver, sqlite_url, SECRET)
    yield h
    await h.close()


@pytest.fixture
def said() -> Iterator[list[str]]:
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(m.strip()), format="{level} {message}", level="INFO")
    yield lines
    logger.remove(sink)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def url_of(h: TelegramHarness) -> URL:
    return URL(h.fake.webhook["url"])


async def post(h: TelegramHarness, body: bytes, secret: str = SECRET) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(
            url_of(h),
            data=body,
            headers={"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"},
        ) as answer,
    ):
        return answer.status, await answer.text()


async def malformed_request(h: TelegramHarness) -> bytes:
    """A header line continued on the next (an obs-fold), sent in two parts: aiohttp's parser
    refuses it. Returns the status line."""
    url = url_of(h)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    try:
        writer.write(f"POST {url.path} HTTP/1.1\r\nHost: x\r\nX-a: b\r\n".encode())
        await writer.drain()
        await asyncio.sleep(0.2)
        writer.write(b" ")
        await writer.drain()
        return await asyncio.wait_for(reader.readline(), 10)
    finally:
        writer.close()


def listener(h: TelegramHarness):
    assert h.adapter.intake.webhook is not None
    return h.adapter.intake.webhook.listener


async def test_malformed_http_is_one_warning_a_minute_without_a_traceback(hook, said, caplog):
    clock = listener(hook).malformed.clock = Clock()
    with caplog.at_level(logging.DEBUG, logger="aiohttp.server"):
        for _ in range(3):
            assert (await malformed_request(hook)).split()[1] == b"400"
        clock.now += 61
        assert (await malformed_request(hook)).split()[1] == b"400"
    await asyncio.sleep(0.2)
    refused = "WARNING telegram: webhook request from 127.0.0.1 refused: malformed HTTP"
    assert [s for s in said if "webhook" in s] == [
        f"{refused} (BadHttpMessage)",
        f"{refused} (BadHttpMessage) (2 more like it in the last 61s)",
    ]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


async def test_a_wrong_secret_is_one_warning_a_minute(hook, said):
    clock = hook.adapter.intake.webhook.forged.clock = Clock()
    update = b'{"update_id": 990003}'
    for _ in range(5):
        assert await post(hook, update, secret="forged") == (403, "wrong secret token")
    clock.now += 61
    assert await post(hook, update, secret="nope") == (403, "wrong secret token")
    refused = (
        "WARNING telegram: webhook request from 127.0.0.1 refused: a wrong secret token (is "
        "secret_token the one setWebhook was given?)"
    )
    assert [s for s in said if "webhook" in s] == [
        refused,
        f"{refused} (4 more like it in the last 61s)",
    ]


async def test_a_client_sending_its_headers_slowly_is_closed(hook, said):
    listener(hook).head_seconds = 0.5
    url = url_of(hook)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    writer.write(f"POST {url.path} HTTP/1.1\r\nHost: x\r\n".encode())
    closed_after = None
    loop = asyncio.get_running_loop()
    started = loop.time()
    try:
        for _ in range(20):  # a header line every 0.2 s: never a whole head
            writer.write(b"X-a: b\r\n")
            await writer.drain()
            try:
                if await asyncio.wait_for(reader.read(100), 0.2) == b"":
                    closed_after = loop.time() - started
                    break
            except TimeoutError:
                continue
    except ConnectionError:
        closed_after = loop.time() - started
    finally:
        writer.close()
    assert closed_after is not None and closed_after < 2
    assert [s for s in said if "webhook connection" in s] == [
        "WARNING telegram: webhook connection from 127.0.0.1 closed: no request within 0.5s"
    ]
    assert await post(hook, b'{"update_id": 990004}') == (200, "ok")  # Telegram's still served


async def test_connections_over_the_limit_are_closed_at_once(hook, said):
    listener(hook).max_connections = 3
    url = url_of(hook)
    held = [await asyncio.open_connection(url.host, url.port) for _ in range(3)]
    await asyncio.sleep(0.2)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    try:
        assert await asyncio.wait_for(reader.read(100), 5) == b""  # closed, nothing said
    finally:
        writer.close()
        for _, held_writer in held:
            held_writer.close()
    assert [s for s in said if "webhook connection" in s] == [
        "WARNING telegram: webhook connection refused: 3 already open (a flood of slow "
        "clients? see the webhook section of docs/adapters.md)"
    ]
    await asyncio.sleep(0.5)  # the held ones are closed: room again
    assert await post(hook, b'{"update_id": 990005}') == (200, "ok")


@pytest.mark.parametrize("update_id", [b"1.5", b"true", b'"7"'])
async def test_an_update_id_that_is_no_integer_is_refused(hook, said, update_id):
    body = b'{"update_id": ' + update_id + b', "message": {}}'
    assert await post(hook, body) == (400, "not a Telegram update")
    assert [s for s in said if "telegram" in s] == [
        "WARNING telegram: webhook request from 127.0.0.1 is no update (update_id: missing "
        "or not an integer)"
    ]


async def test_a_body_over_a_mebibyte_is_refused_as_too_large(hook, said):
    body = b'{"update_id": 990006, "x": "' + b"A" * (2 * 1024 * 1024) + b'"}'
    assert await post(hook, body) == (413, "request body over 1048576 bytes")
    assert [s for s in said if "telegram" in s] == [
        "WARNING telegram: webhook request from 127.0.0.1 refused: its body is over 1048576 "
        "bytes, more than any update"
    ]


@pytest.mark.parametrize(
    ("driver", "update", "line"),
    [
        ("aiogram", b'{"update_id": 990007}', "nothing besides update_id"),
        ("ptb", b'{"update_id": 990007}', "nothing besides update_id"),
        (
            "aiogram",
            b'{"update_id": 990007, "future_kind": {"text": "private words"}}',
            "a kind of update the installed aiogram does not know",
        ),
        ("ptb", b'{"update_id": 990007, "message": {"message_id": 1}}', "message.date: missing"),
    ],
)
async def test_an_update_skipped_is_one_warning_line_and_no_library_warning(
    hook, said, update, line
):
    """aiogram printed a RuntimeWarning on stderr for a kind it does not know, several lines
    quoting the whole update; a malformed update is foreseeable input, not an error."""
    with warnings.catch_warnings(record=True) as raised:
        warnings.simplefilter("always")
        assert await post(hook, update) == (200, "ok")
        await hook.engine.drain(timeout=10)
    assert [s for s in said if "990007" in s] == [
        f"WARNING telegram: update 990007 skipped: {line}"
    ]
    assert not [w for w in raised if issubclass(w.category, RuntimeWarning)]
    assert not any("private words" in s for s in said)
