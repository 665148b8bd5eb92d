"""Library errors on both drivers become the project's typed errors: an answer that is not
the Bot API (a proxy's HTML page) is transient, never a crash or a permanent failure, and an
admin-list lookup that fails leaves the event to go on through the pipeline."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.core.actions import SendMessage
from groupops.core.engine import CommandComponent, component, on_command
from groupops.core.engine.components import default_pipeline
from groupops.core.errors import TransientError
from groupops.core.roles import Role
from groupops.core.segments import Text

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


@component
class ModPing(CommandComponent):
    name = "test_mod_ping"
    default = False

    @on_command("modping", role=Role.ADMIN)
    def ping(self, event, ctx, command):
        ctx.reply("pong")


@pytest.fixture
async def h(sqlite_url, driver):
    pipeline = [*default_pipeline(), "test_mod_ping"]
    moderation = {"blocklist": {"words": ["casino"]}}
    harness = await TelegramHarness.open(
        driver,
        sqlite_url,
        {"rulesets": {"main": {"pipeline": pipeline, "moderation": moderation}}},
    )
    yield harness
    await harness.close()


@pytest.mark.parametrize("status", [200, 502])
async def test_an_answer_that_is_not_the_bot_api_is_transient(h, status):
    h.fake.not_bot_api = {"getChatAdministrators": status, "sendMessage": status}
    with pytest.raises(TransientError):
        await h.adapter.list_admins(h.chat)
    with pytest.raises(TransientError):
        await h.adapter.perform(SendMessage(chat=h.chat, segments=(Text("hello"),)))


async def test_group_messages_go_on_while_the_admin_list_cannot_be_read(h):
    h.member(42, "Ann")
    h.fake.not_bot_api = {"getChatAdministrators": 502}
    h.world.say(CHAT_ID, 42, "join my casino")
    h.world.say(CHAT_ID, 42, "/checkin")
    await h.settle()
    assert h.engine.stats["failed"] == 0
    visible = h.world.visible(CHAT_ID)
    assert "join my casino" not in visible and "/checkin" in visible  # the spam still went
    assert any("blocked word" in text for text in h.texts())
    assert await h.balance(42) > 0  # and the check-in counted


async def test_a_failed_lookup_keeps_the_last_admin_list(h):
    h.member(42, "Ann")
    h.world.say(CHAT_ID, 10, "/modping")  # the owner, known from a good lookup
    await h.settle()
    h.engine.admins.ttl = 0  # every message asks again from now on
    h.fake.not_bot_api = {"getChatAdministrators": 200}
    h.world.say(CHAT_ID, 10, "/modping")
    h.world.say(CHAT_ID, 42, "/modping")
    await h.settle()
    assert h.texts() == ["pong", "pong", "Only admins can use /modping."]
    assert h.engine.stats["failed"] == 0
