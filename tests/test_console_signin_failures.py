"""A failed sign-in leaves a trace: one WARNING line naming the address it came from and
never the link tried; an address that fails too often in a minute is answered 429 until the
minute has passed, a good link included."""

from __future__ import annotations

import pytest
from loguru import logger
from support.console import console_client, link_for, sign_in

from groupops.core.console.signin_guard import LIMIT

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

GUESS = "not-a-real-link-but-a-guess-0123456789abcdef"


@pytest.fixture
def warnings():
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="WARNING", format="{level} | {message}")
    yield lines
    logger.remove(sink)


async def test_a_failed_sign_in_is_logged_with_its_address_and_not_its_link(harness, warnings):
    used = await link_for(harness)
    async with console_client(harness) as client:
        guessed = await client.get(f"/login/{GUESS}")
        assert guessed.status_code == 410
        assert "This sign-in link was used already or has expired" in guessed.text
        assert (await sign_in(client, used)).status_code == 303
    async with console_client(harness) as other:
        assert (await sign_in(other, used)).status_code == 410
    failed = [line for line in warnings if "sign-in failed" in line]
    assert len(failed) == 2, warnings
    assert all(
        line.startswith("WARNING | console sign-in failed from 127.0.0.1") for line in failed
    )
    assert not any(GUESS in line or used in line for line in warnings)


async def test_too_many_failures_from_one_address_are_answered_429_for_a_minute(harness):
    good = await link_for(harness)
    async with console_client(harness) as client:
        for n in range(LIMIT):
            assert (await client.get(f"/login/{GUESS}{n}")).status_code == 410
        slowed = await client.get(f"/login/{GUESS}")
        assert slowed.status_code == 429
        assert "Too many failed sign-ins from your address: wait a minute" in slowed.text
        assert 0 < int(slowed.headers["retry-after"]) <= 60
        assert (await client.get(f"/login/{good}")).status_code == 429  # no oracle meanwhile
        harness.clock.advance(minutes=1)
        assert (await sign_in(client, good)).status_code == 303
        assert "Test Club" in (await client.get("/communities")).text
