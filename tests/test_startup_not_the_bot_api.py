"""A server at base_url that answers getMe, but not as the Bot API does (an emulator leaving
out `is_bot`): one line naming base_url, saying it was reached and what its answer lacks, the
same on both drivers; not "cannot reach", nor a Python TypeError."""

from __future__ import annotations

import pytest
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN
from test_startup_errors import groupops, telegram, the_one_error, write


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_getme_answer_lacking_a_field_is_said_as_that(tmp_path, driver):
    fake = FakeBotAPI()
    fake.omitted["getMe"] = ("is_bot",)
    try:
        url = await fake.start()
        write(tmp_path, telegram(driver, url))
        code, output = await groupops(tmp_path, "run", token=TOKEN)
    finally:
        await fake.close()
    assert code == 1
    assert the_one_error(output) == (
        f"error: platforms.telegram.base_url: {url} answers getMe, but not as the Bot API does "
        "(telegram: the server's answer lacks fields the library needs (is_bot))"
    )
