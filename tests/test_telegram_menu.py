"""The Telegram command menu, on both drivers against the fake Bot API: what a member, an
admin and a private chat see when they type "/", in their language, within Telegram's limits;
published once (a restart sends nothing new), and a refusal never stops the bot."""

from __future__ import annotations

import asyncio

import pytest
from loguru import logger
from support.fake_telegram.commands import described, menu
from support.fake_telegram.methods import ApiError
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.adapters.telegram.menu import MAX_COMMANDS, menus
from groupops.core.catalog import CommandInfo

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
LANGUAGES = {"", "ar", "de", "es", "fa", "id", "pt", "ru", "uk", "vi", "zh"}
SCOPES = {"all_group_chats", "all_chat_administrators", "all_private_chats"}


async def published(h: TelegramHarness) -> None:
    assert h.adapter.menu_task is not None
    await asyncio.wait_for(h.adapter.menu_task, 60)


async def test_menus_per_scope_and_language(driver, db_url):
    h = await TelegramHarness.open(driver, db_url)
    try:
        await published(h)
        set_calls = h.fake.called("setMyCommands")
        assert {c.get("language_code", "") for c in set_calls} == LANGUAGES
        assert {c["scope"]["type"] for c in set_calls} == SCOPES
        assert len(set_calls) == len(LANGUAGES) * len(SCOPES)
        world = h.world
        members = described(world, "all_group_chats")
        assert members["points"] == "your points balance"
        assert "ban" not in members and "report" in members
        admins = menu(world, "all_chat_administrators")
        assert {"ban", "mute", "points", "report"} <= set(admins)
        assert admins.index("points") < admins.index("ban")  # member commands first
        private = menu(world, "all_private_chats")
        assert "points" in private and "setlang" in private and "ban" not in private
        assert described(world, "all_group_chats", "ru")["points"] == "ваш баланс баллов"
        assert described(world, "all_chat_administrators", "ru")["ban"] == (
            "забанить участника (ответом, @упоминанием или по id), можно с причиной"
        )
        assert described(world, "all_group_chats", "zh")["points"] == "你的积分余额"
        for (_, language), listed in world.command_menus.items():
            assert language in LANGUAGES and 0 < len(listed) <= MAX_COMMANDS
            assert all(0 < len(c["description"]) <= 256 for c in listed)
        # a restart (the other driver, the same bot) finds every list as wanted
        await h.switch("ptb" if driver == "aiogram" else "aiogram")
        await published(h)
        assert len(h.fake.called("setMyCommands")) == len(set_calls)
    finally:
        await h.close()


async def test_refusals_are_retried_and_the_bot_runs_on(driver, db_url):
    h = await TelegramHarness.open(driver, db_url, command_menu=False)
    try:
        assert h.fake.called("getMyCommands") == []  # switched off: no menu at all
        h.fake.refuse["setMyCommands"] = [
            ApiError(400, "Bad Request: BOT_COMMAND_INVALID"),
            ApiError(429, "Too Many Requests: retry after 1", retry_after=1),
        ]
        await h.switch(driver, menu_pause=0.05)
        h.member(41, "Ann")
        h.world.say(CHAT_ID, 41, "/points")
        await h.settle()
        assert h.texts() == ["Ann has 0 points."]  # answered while the menu waited
        await published(h)
        assert ("setMyCommands", 400) in h.fake.rejected
        assert ("setMyCommands", 429) in h.fake.rejected
        assert {language for _, language in h.world.command_menus} == LANGUAGES
        assert len(h.world.command_menus) == len(LANGUAGES) * len(SCOPES)
    finally:
        await h.close()


def test_a_scope_over_the_limit_keeps_the_member_commands(driver):
    def info(name: str, role: str, description: str = "d") -> CommandInfo:
        return CommandInfo(name, (), role, ("telegram",), "x", description)

    catalog = [info(f"own{n:02}", "owner") for n in range(30)]
    catalog += [info(f"cmd{n:02}", "member") for n in range(99)]
    catalog += [info("long", "member", "d" * 300), info("bad-name", "member")]
    admins = next(m for m in menus(catalog, "ru") if m.scope == "all_chat_administrators")
    assert len(admins.commands) == MAX_COMMANDS and admins.language_code == "ru"
    assert admins.left_out == tuple(f"own{n:02}" for n in range(30))
    assert "bad-name" not in dict(admins.commands)
    assert len(dict(admins.commands)["long"]) == 256


async def test_an_odd_answer_leaves_no_menu_and_stopping_still_stops(driver, db_url):
    """A server answering `true` where getMyCommands' list is due (an emulator) leaves the
    menu unpublished and logged; the bot answers and stops as asked, where the failed menu
    task broke the shutdown and the process had to be killed."""
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    h = await TelegramHarness.open(driver, db_url, command_menu=False)
    try:
        h.fake.odd_results["getMyCommands"] = True
        await h.switch(driver, menu_pause=0.05)
        h.member(41, "Ann")
        h.world.say(CHAT_ID, 41, "/points")
        await h.settle()
        assert h.texts() == ["Ann has 0 points."]
        for _ in range(600):  # the answer read and said, not only the call made
            if any(line.startswith("telegram: command menu") for line in seen):
                break
            await asyncio.sleep(0.05)
    finally:
        await asyncio.wait_for(h.close(), 30)
        logger.remove(sink)
    assert h.world.command_menus == {}
    assert any(line.startswith("telegram: command menu") for line in seen), seen


async def test_a_server_failing_every_list_is_one_warning_a_round(driver, db_url):
    """A Bot API server (or a proxy) failing getMyCommands fails each of the 33 lists alike:
    one warning a round says it, where there were 33 lines every round."""
    seen: list[str] = []
    sink = logger.add(seen.append, level="INFO", format="{level} {message}")
    h = await TelegramHarness.open(driver, db_url, command_menu=False)
    try:
        h.fake.not_bot_api["getMyCommands"] = 502
        await h.switch(driver, menu_pause=0.05)
        for _ in range(600):
            if any("command lists not published" in line for line in seen):
                break
            await asyncio.sleep(0.05)
    finally:
        await asyncio.wait_for(h.close(), 30)
        logger.remove(sink)
    first_round = seen[: next(i for i, s in enumerate(seen) if "not published" in s)]
    warned = [line for line in first_round if line.startswith("WARNING telegram: command menu")]
    assert len(warned) == 1, warned
    assert warned[0].startswith("WARNING telegram: command menu all_private_chats/default"), warned
    assert "(and the 32 lists after it: not tried)" in warned[0], warned
