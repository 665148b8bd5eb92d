"""A failed action's error, as the Outbox page, `groupops outbox` and the logs show it: every
password, token and credential it quotes is masked the same way (a URL's `user:password@`, a
`?password=` or `?token=` in its query, a bare `secret=…` pair, `Authorization: Bearer …`)."""

from __future__ import annotations

import io
import json

import pytest
from loguru import logger
from support.console import console_client, link_for, sign_in
from test_delivery_outbox import groupops

from groupops.core.logging import setup_logging
from groupops.core.settings.schema import LoggingSettings
from groupops.core.storage.models import OutboxItem

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

SECRETS = ("s3cr3tpass", "qwerty123", "redispw99", "abcdefghijklmnop1234", "hunter2222",
           "tok3n9876", "clientsecret77")  # fmt: skip
ERROR = (
    "ConnectError: postgres://bot:s3cr3tpass@db/x and https://h/x?password=qwerty123 "
    "redis://:redispw99@r:6379 Authorization: Bearer abcdefghijklmnop1234 "
    "password=hunter2222 wss://b/ws?lang=en&token=tok3n9876 client_secret=clientsecret77"
)
MASKED = (
    "ConnectError: postgres://***@db/x and https://h/x?password=*** "
    "redis://***@r:6379 Authorization: Bearer *** "
    "password=*** wss://b/ws?lang=en&token=*** client_secret=***"
)


async def test_an_error_quoting_passwords_is_shown_masked_on_the_page_and_the_cli(
    harness, tmp_path
):
    h = harness
    await OutboxItem.create(
        id="local:1#0", community="club", platform="local", chat=h.chat, kind="reply",
        priority=1, payload="{}", status="failed", attempts=3, error=ERROR,
        created_at=h.clock.now(),
    )  # fmt: skip
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        html = (await client.get("/outbox")).text
    assert f"<bdi>{MASKED}</bdi>" in html.replace("&amp;", "&")
    code, out, err = await groupops("outbox", "--json", "--db", h.db_url, cwd=tmp_path)
    assert code == 0, err
    (listed,) = [row for row in json.loads(out) if row["id"] == "local:1#0"]
    assert listed["error"] == MASKED
    for secret in SECRETS:
        assert secret not in html + out + err, secret


def test_a_logged_error_quoting_passwords_is_masked():
    stream = io.StringIO()
    setup_logging(LoggingSettings(level="DEBUG", format="text"), stream)
    logger.warning("delivery failed: {}", ERROR)
    assert MASKED in stream.getvalue()
