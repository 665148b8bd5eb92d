"""`/setlang community LANGUAGE`: the community's language, set by a deputy, stored with the
changes made by command (kept over a restart, shown by `groupops export`); through both
Telegram drivers against the fake Bot API and on WeChat through the OneBot bridge."""

from __future__ import annotations

import asyncio
import json
import sys

import pytest
from support.onebot_fixtures import ROOM
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import running

from groupops.core.i18n import available_locales

KNOWN = ", ".join(sorted(available_locales()))
OTHER = {"aiogram": "ptb", "ptb": "aiogram"}


async def export_of(db_url: str, tmp_path) -> dict:
    settings = tmp_path / "export.toml"
    settings.write_text(
        f'[default.database]\nurl = "{db_url}"\n'
        '[default.rulesets.main]\ntimezone = "Asia/Shanghai"\n'
        f'[default.communities.club]\nruleset = "main"\nchats = ["telegram:{CHAT_ID}"]\n',
        encoding="utf-8",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", "export", "--settings", str(settings),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    return json.loads(out)["communities"]["club"]


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_deputy_sets_the_communitys_language(driver, open_harness, sqlite_url, tmp_path):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "/setlang community zh_Hans")
    h.world.say(CHAT_ID, OWNER_ID, "/setlang community")
    h.world.say(CHAT_ID, OWNER_ID, "/setlang community klingon")
    h.world.say(CHAT_ID, OWNER_ID, "/setlang community zh_Hans")
    h.world.say(CHAT_ID, ann, "/setlang")
    await h.settle()
    assert h.texts() == [
        "Only the owner and deputy owners can use /setlang community.",
        "The community's language is English. Usage: /setlang community LANGUAGE, one of: "
        f"{KNOWN}.",
        f"I don't speak 'klingon'. Choose one of: {KNOWN}.",
        "社群语言现在是 中文 (简体)。",
        f"用法：/setlang 语言，可选：{KNOWN}。",
    ]
    await h.switch(OTHER[driver])  # a restart: the language was stored
    h.world.say(CHAT_ID, ann, "/setlang en")  # her own choice answers her in English
    h.world.say(CHAT_ID, ann, "/rules")
    await h.settle()
    assert h.texts()[-2:] == ["Your language is now English.", "还没有设置群规。"]
    changed = (await export_of(sqlite_url, tmp_path))["changed_by_command"]
    assert changed["locale"]["value"] == "zh_Hans"
    assert changed["locale"]["updated_by"] == f"telegram:user:{OWNER_ID}"


async def test_the_communitys_language_on_wechat(harness_with, bridge):
    owner = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", owner)
    await bridge.say(ROOM, "bo", "/setlang community zh_Hans")
    await bridge.say(ROOM, "ann", "/setlang community zh_Hans")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    await bridge.say(ROOM, "bo", "/setlang")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 3)
    assert bridge.texts(ROOM) == [
        "Only the owner and deputy owners can use /setlang community.",
        "社群语言现在是 中文 (简体)。",
        f"用法：/setlang 语言，可选：{KNOWN}。",
    ]
