"""Commands addressed with Telegram's `@bot` suffix, on both drivers against the fake Bot API:
one naming another bot is not this bot's (Telegram shows it to every bot in the group), one
naming this bot is its own — `/checkin@groupops_bot`, as a client's command menu writes it,
checks in and is never scored as spam."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.core.storage.models import AuditEntry, Checkin

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
# a low threshold: "/checkin@groupops_bot" scores 0.73 on its words ("_bot"), 0.84 for a newcomer
SPAM_ON = {
    "moderation": {
        "classifier": {"enabled": True, "threshold": 0.6, "review": 0},
        "waves": {"enabled": True},
    }
}


@pytest.fixture
async def h(sqlite_url, driver):
    harness = await TelegramHarness.open(driver, sqlite_url, {"rulesets": {"main": SPAM_ON}})
    yield harness
    await harness.close()


async def test_a_command_for_another_bot_is_left_to_it(h):
    h.member(42, "Ann")
    said = h.world.say(CHAT_ID, 42, "hello all")
    await h.settle()
    h.world.say(CHAT_ID, OWNER_ID, "/ban@RoseBot spam", reply_to_message=said)
    h.world.say(CHAT_ID, 42, "/points@RoseBot")
    await h.settle()
    assert h.fake.called("banChatMember") == []
    assert h.texts() == []  # neither answered
    assert await AuditEntry.filter(action="ban").count() == 0


async def test_a_command_for_this_bot_is_answered(h):
    h.member(42, "Ann")
    h.world.say(CHAT_ID, 42, "/points@groupops_bot")
    await h.settle()
    assert h.texts() == ["Ann has 0 points."]


async def test_a_check_in_from_the_menu_is_a_check_in_not_spam(h):
    for n, name in enumerate(("Ann", "Bob", "Cy")):  # newcomers: the strictest judgement
        h.member(50 + n, name)
        h.world.say(CHAT_ID, 50 + n, "/checkin@groupops_bot")
        await h.settle()
    assert await Checkin.all().count() == 3
    assert h.fake.called("deleteMessage") == h.fake.called("deleteMessages") == []
    assert await AuditEntry.filter(action__in=("remind", "warn", "delete")).count() == 0
