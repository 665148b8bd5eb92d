"""`groupops init` waiting for a first group: getUpdates takes whole seconds, and the fraction
of a second left at the end of a wait, rounded down to 0, made the Bot API answer at once; the
loop asked again until the deadline, thousands of calls in a few minutes of waiting."""

from __future__ import annotations

import pytest
from support.cli import groupops
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN

pytestmark = pytest.mark.timeout(900)


async def test_waiting_for_a_group_polls_the_bot_api_a_few_times(tmp_path):
    fake = FakeBotAPI()
    await fake.start()
    try:
        # no group yet: the quick look, the announced wait, one "look again", then skip
        typed = "\n".join(["telegram", TOKEN, "", "skip", "", "", ""])
        result = await groupops(
            "init", "--base-url", fake.base_url, "--wait", "2", cwd=tmp_path, stdin=typed
        )
    finally:
        await fake.close()
    assert result.code == 0, result.text
    assert result.out.count("No group seen yet") == 2, result.out
    hint = "no chats yet: add the bot to a group and send a message there, then run `groupops"
    assert f"{hint} init --force`" in result.out
    # about 1 + 2 + 2 seconds of long polling: a call per wait and one to close it, not hundreds
    assert len(fake.called("getUpdates")) <= 10, len(fake.called("getUpdates"))
