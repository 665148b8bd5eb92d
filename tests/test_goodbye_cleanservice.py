"""Goodbyes (off by default; /setgoodbye, /goodbye on|off, or the ruleset) and /cleanservice
(join and leave notices deleted) through both Telegram drivers against the fake Bot API, and
on WeChat, where a goodbye is said and the notices cannot be deleted."""

from __future__ import annotations

import pytest
from support.settings_cli import check, write
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


@telegram
async def test_goodbye_is_off_until_switched_on_and_says_the_text_set(driver, open_harness):
    h = await open_harness(driver, {"rulesets": {"main": {"welcome": {"enabled": False}}}})
    ann, bo, cy = h.member(42, "Ann"), h.member(43, "Bo"), h.member(44, "Cy")
    h.world.leave(CHAT_ID, ann)
    await h.settle()
    assert h.texts() == []  # off by default
    h.world.say(CHAT_ID, OWNER_ID, "/goodbye on")
    h.world.say(CHAT_ID, OWNER_ID, "/setgoodbye So long, {name}: {community} will miss you")
    await h.settle()
    h.world.leave(CHAT_ID, bo)
    h.world.say(CHAT_ID, OWNER_ID, "/ban", reply_to_message=h.world.say(CHAT_ID, cy, "spam"))
    await h.settle()
    assert h.texts()[:3] == [
        "Goodbye messages are on. A member who leaves will read:",
        "Goodbye, Olga! Thanks for being here.",  # the preview, said to be one
        "Goodbye message saved.",
    ]
    assert h.texts()[3] == "So long, Bo: Test Club will miss you"
    assert not any("Cy" in text and "miss" in text for text in h.texts())  # banned: no goodbye
    h.world.say(CHAT_ID, OWNER_ID, "/goodbye off")
    await h.settle()
    assert h.texts()[-1] == "Goodbye messages are off."


@telegram
async def test_goodbye_from_the_ruleset_in_the_communitys_language(driver, open_harness):
    extra = {
        "rulesets": {"main": {"locale": "zh_Hans", "goodbye": {"enabled": True}}},
    }
    h = await open_harness(driver, extra)
    ann = h.member(42, "Ann")
    h.world.leave(CHAT_ID, ann)
    await h.settle()
    assert h.texts() == ["再见，Ann！感谢你的陪伴。"]


@telegram
async def test_cleanservice_deletes_join_and_leave_notices(driver, open_harness):
    h = await open_harness(driver, {"rulesets": {"main": {"welcome": {"enabled": False}}}})
    h.world.service_messages = True
    h.world.user(42, "Ann")
    h.world.user(43, "Bo")
    h.world.join(CHAT_ID, 42)
    await h.settle()
    chat = h.world.chats[CHAT_ID]

    def notices(deleted: bool) -> int:
        return sum(
            1
            for m in chat.messages.values()
            if ("new_chat_members" in m or "left_chat_member" in m)
            and bool(m.get("deleted")) is deleted
        )

    assert notices(deleted=False) == 1  # off: the notice stays
    h.world.say(CHAT_ID, 42, "/cleanservice on")  # a member may not switch it
    h.world.say(CHAT_ID, OWNER_ID, "/cleanservice on")
    await h.settle()
    h.world.join(CHAT_ID, 43)
    h.world.leave(CHAT_ID, 42)
    await h.settle()
    assert notices(deleted=True) == 2 and notices(deleted=False) == 1
    assert h.texts() == [
        "Only the owner and deputy owners can use /cleanservice.",
        "Join and leave notices are deleted.",
    ]


def test_a_broken_goodbye_or_cleanup_setting_is_named(tmp_path):
    body = (
        '[default.rulesets.a.goodbye]\nenabled = "maybe"\n[default.rulesets.a.cleanup]\nservice = 3'
    )
    result = check("--settings", str(write(tmp_path, body)))
    assert result.returncode == 2
    assert "rulesets.a.goodbye.enabled" in result.stderr
    assert "rulesets.a.cleanup.service" in result.stderr


async def test_wechat_says_goodbye_and_cannot_clean_notices(harness_with, bridge):
    extra = {
        "communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}},
        "rulesets": {"main": {"goodbye": {"enabled": True}}},
    }
    h, _ = await running(harness_with, bridge, "forward", extra)
    await bridge.say(ROOM, "bo", "hello")
    await bridge.say(ROOM, "ann", "/cleanservice on")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 1)
    await bridge.leave(ROOM, "bo")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == [
        "Join and leave notices cannot be deleted on this platform.",
        "Goodbye, Bo! Thanks for being here.",
    ]
