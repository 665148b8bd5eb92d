"""/disable, /enable, /disabled and /disabledel through both Telegram drivers against the fake
Bot API and on WeChat: a disabled command used by a member is ignored (or deleted), admins are
never disabled, and the choice outlives a restart."""

from __future__ import annotations

import pytest
from support.settings_cli import check, write
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
RULES = {"rulesets": {"main": {"welcome": {"rules": "Be kind."}}}}


@telegram
async def test_a_disabled_command_is_ignored_for_members_not_admins(driver, open_harness):
    h = await open_harness(driver, RULES)
    h.world.private(OWNER_ID)  # the owner started the bot: reports would reach them
    ann, spam = h.member(42, "Ann"), h.member(66, "Spammer")
    h.world.say(CHAT_ID, ann, "/disable rules")  # a member may not
    h.world.say(CHAT_ID, OWNER_ID, "/disable rules 举报")  # an alias stands for its command
    await h.settle()
    ad = h.world.say(CHAT_ID, spam, "cheap followers, write me")
    asked = h.world.say(CHAT_ID, ann, "/rules")
    h.world.say(CHAT_ID, ann, "/report@groupops_bot selling", reply_to_message=ad)
    h.world.say(CHAT_ID, OWNER_ID, "/rules")
    h.world.say(CHAT_ID, ann, "/disabled")
    await h.settle()
    assert h.texts() == [
        "Only the owner and deputy owners can use /disable.",
        "Disabled for members: /rules, /report.",
        "Be kind.",  # the owner's /rules; Ann's /rules and /report got nothing
        "Disabled for members: /report, /rules.",
    ]
    assert h.world.texts(OWNER_ID) == []  # no report reached the admins
    assert not h.world.chats[CHAT_ID].messages[asked["message_id"]].get("deleted")  # ignored
    h.world.say(CHAT_ID, OWNER_ID, "/enable rules")
    await h.settle()
    h.world.say(CHAT_ID, ann, "/rules")
    await h.settle()
    assert h.texts()[-2:] == ["Enabled again: /rules.", "Be kind."]


@telegram
async def test_disabledel_deletes_and_the_choice_outlives_a_restart(driver, open_harness):
    h = await open_harness(driver, RULES)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, OWNER_ID, "/disable rules")
    h.world.say(CHAT_ID, OWNER_ID, "/disabledel on")
    await h.settle()
    await h.switch("ptb" if driver == "aiogram" else "aiogram")  # a redeploy
    asked = h.world.say(CHAT_ID, ann, "/rules")
    await h.settle()
    assert h.world.chats[CHAT_ID].messages[asked["message_id"]].get("deleted")
    assert h.texts() == ["Disabled for members: /rules.", "Disabled commands are deleted."]


@telegram
async def test_wrong_names_are_refused(driver, open_harness):
    h = await open_harness(driver)
    h.world.say(CHAT_ID, OWNER_ID, "/disable nosuch")
    h.world.say(CHAT_ID, OWNER_ID, "/disable enable")
    h.world.say(CHAT_ID, OWNER_ID, "/disable")
    await h.settle()
    assert h.texts() == [
        "There is no /nosuch command here.",
        "/enable cannot be disabled.",
        "Name the commands after /disable.",
    ]


def test_a_broken_disabling_setting_is_named(tmp_path):
    body = '[default.rulesets.a.disabling]\ndisabled = ["/举报", "two words", "nosuch", "enable"]'
    result = check("--settings", str(write(tmp_path, body)))
    assert result.returncode == 2
    assert "rulesets.a.disabling.disabled[0]" not in result.stderr  # an alias of /report
    assert "rulesets.a.disabling.disabled[1]: 'two words' is not a command name" in result.stderr
    assert "rulesets.a.disabling.disabled[2]: 'nosuch' is not a command" in result.stderr
    assert "rulesets.a.disabling.disabled[3]: /enable cannot be disabled" in result.stderr


async def test_disabled_on_wechat_from_the_ruleset(harness_with, bridge):
    extra = {
        "communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}},
        "rulesets": {"main": {"disabling": {"disabled": ["/rules"]}, **RULES["rulesets"]["main"]}},
    }
    h, _ = await running(harness_with, bridge, "forward", extra)
    await bridge.say(ROOM, "bo", "/rules")
    await bridge.say(ROOM, "ann", "/rules")
    assert await until(h, lambda: bridge.texts(ROOM))
    await bridge.say(ROOM, "ann", "/disabled")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == ["Be kind.", "Disabled for members: /rules."]
