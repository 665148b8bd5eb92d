"""A homeserver that accepts the connection and never answers: a call gives up after its read
timeout and says so, instead of aiohttp's five minutes and an empty reason (`whoami: `)."""

from __future__ import annotations

import asyncio
import time

import pytest

from groupops.adapters.matrix import client as matrix_client
from groupops.adapters.matrix.client import MatrixClient, read_seconds
from groupops.adapters.matrix.errors import whoami_problem
from groupops.adapters.matrix.signin import signed_in_as
from groupops.core.errors import TransientError


@pytest.fixture
async def silent_homeserver():
    """Takes connections, reads what is sent, answers nothing."""
    held: list[asyncio.StreamWriter] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)
        await reader.read(65536)

    server = await asyncio.start_server(hold, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    for writer in held:
        writer.close()
    server.close()


async def test_an_unanswered_whoami_is_named_a_timeout_within_the_read_timeout(
    silent_homeserver, monkeypatch
):
    monkeypatch.setattr(matrix_client, "READ_SECONDS", 0.5)
    client = MatrixClient(silent_homeserver, "@bot:example.org", "syt_secret_token")
    started = time.monotonic()
    try:
        with pytest.raises(TransientError) as failed:
            await signed_in_as(client)
    finally:
        await client.close()
    assert time.monotonic() - started < 60  # not aiohttp's 300 s (generous: a busy machine)
    setting, said = whoami_problem(failed.value)
    assert setting == "platforms.matrix.homeserver"
    assert said.endswith("(whoami: no answer within 0.5 s)"), said
    assert "syt_secret_token" not in said


def test_a_long_poll_waits_its_own_timeout_beyond_the_read_timeout():
    assert read_seconds({}) == matrix_client.READ_SECONDS
    assert read_seconds({"timeout": "30000", "filter": "1"}) == matrix_client.READ_SECONDS + 30


async def test_an_image_url_that_never_answers_fails_within_the_read_timeout(
    silent_homeserver, monkeypatch
):
    # an image to post, named by URL, is fetched with the calls' timeouts, not aiohttp's 300 s
    monkeypatch.setattr(matrix_client, "READ_SECONDS", 0.5)
    client = MatrixClient("http://127.0.0.1:9", "@bot:example.org", "syt_secret_token")
    started = time.monotonic()
    try:
        with pytest.raises(TransientError) as failed:
            await client.download(f"{silent_homeserver}/chart.png")
    finally:
        await client.close()
    assert time.monotonic() - started < 60
    assert str(failed.value).endswith("no answer within 0.5 s"), str(failed.value)
