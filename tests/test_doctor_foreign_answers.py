"""A server at base_url answering a method with JSON that is not the Bot API's (no `ok`: an
emulator's or a gateway's own error object) after answering getMe: said as not the Bot API,
with base_url to check. It is no older Bot API server: upgrading one, or switching drivers,
would not help."""

from __future__ import annotations

import pytest
from support.cli import groupops
from test_doctor import FULL, block, fake, telegram_table, write

__all__ = ["fake"]  # the fixture, used by name

pytestmark = pytest.mark.timeout(900)


@pytest.mark.parametrize(("driver", "status"), [("aiogram", 200), ("aiogram", 500), ("ptb", 200)])
async def test_a_chat_answered_in_json_of_another_shape_is_said_as_not_the_bot_api(
    tmp_path, fake, driver, status
):
    fake.foreign_json["getChat"] = status
    write(tmp_path, telegram_table(driver, fake.base_url))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    said = block(result.out, f"telegram:{FULL}")
    assert said.splitlines()[0].endswith(
        "chat not readable: the server's answer to getChat is not the Bot API"
    ), said
    assert said.splitlines()[2] == (
        "           fix: check [platforms.telegram] base_url (it should lead to a Bot API "
        "server that serves getChat)"
    ), said
    assert "older" not in said and "upgrade" not in said


async def test_a_chat_answered_with_a_5xx_after_getme_is_not_said_as_unreachable(tmp_path, fake):
    """PTB reads a 500 as a network fault: the report said 'Bot API unreachable … check the
    network' of a server that had just answered getMe."""
    fake.foreign_json["getChat"] = 500
    write(tmp_path, telegram_table("ptb", fake.base_url))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    said = block(result.out, "telegram")
    assert "the Bot API answered getMe, then failed reading chat telegram:" in said, said
    assert "unreachable" not in result.out and "check the network" not in result.out, said


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_getme_answered_in_json_of_another_shape_is_no_network_fault(tmp_path, fake, driver):
    """A base_url leading to something else (an emulator's path, a web server) read as 'Bot
    API unreachable … check the network' of a server that had answered."""
    fake.foreign_json["getMe"] = 200
    write(tmp_path, telegram_table(driver, fake.base_url))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    said = block(result.out, "telegram")
    assert "the server answers getMe, but not as the Bot API does" in said, said
    assert "unreachable" not in said and "check the network" not in said, said
