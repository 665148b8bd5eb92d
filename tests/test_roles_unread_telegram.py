"""When the chat's admin list cannot be read (the Bot API failing getChatAdministrators), an
admin command is answered that roles could not be checked, not that the sender is no admin:
the owner was told "Only admins can use /ban." during an outage."""

from __future__ import annotations

import pytest
from support.fake_telegram.methods import ApiError
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.refs import Ref

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
ANN = 42
UNREAD = (
    "Your role could not be checked just now (the chat's admin list could not be read); "
    "try /{} again in a minute."
)


@pytest.fixture
async def harness(driver, db_url):
    h = await TelegramHarness.open(driver, db_url, {})
    yield h
    await h.close()


@pytest.mark.parametrize("command", ["ban @Ann", "setlang community de"])
async def test_an_owner_is_not_told_they_are_no_admin_when_roles_cannot_be_read(
    driver, harness, command
):
    h = harness
    h.member(ANN, "Ann")
    h.world.say(CHAT_ID, ANN, "hello")
    await h.settle()
    h.engine.admins.invalidate(Ref(f"telegram:{CHAT_ID}"))
    h.fake.refuse["getChatAdministrators"] = [ApiError(502, "Bad Gateway")] * 3
    h.world.say(CHAT_ID, OWNER_ID, f"/{command}")
    await h.settle()
    name = "setlang community" if command.startswith("setlang") else "ban"
    assert h.texts()[-1] == UNREAD.format(name)
    assert not h.fake.called("banChatMember")
    assert h.world.chats[CHAT_ID].present(ANN)
