"""Embedded mode: groupops inside a developer's own aiogram Dispatcher or PTB Application,
polling the fake Bot API; their handlers and groupops both answer."""

from __future__ import annotations

import asyncio

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.filters import Command
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN
from support.harness import START, merge
from support.telegram_harness import CHAT_ID, SETTINGS
from telegram.ext import Application, CommandHandler

from groupops.adapters.telegram.aiogram_driver import AiogramAdapter
from groupops.adapters.telegram.embed import embedded
from groupops.adapters.telegram.ptb_driver import PTBAdapter
from groupops.core.clock import ManualClock
from groupops.core.settings import validate_settings

WELCOME = "Welcome to Test Club, Ann! Please read the group rules and say hello."


async def open_fake() -> FakeBotAPI:
    fake = FakeBotAPI(ManualClock(START))
    await fake.start()
    fake.world.group(CHAT_ID, "Test Club")
    fake.world.user(42, "Ann")
    return fake


def settings_for(sqlite_url: str):
    return validate_settings(merge(SETTINGS, {"database": {"url": sqlite_url}}), "test")


async def play(fake: FakeBotAPI) -> None:
    """Ann joins, greets the developer's bot, checks in."""
    world = fake.world
    await asyncio.wait_for(world.polled.wait(), 10)
    world.join(CHAT_ID, 42)
    world.say(CHAT_ID, 42, "/hello")
    world.say(CHAT_ID, 42, "签到")
    await fake.wait_until(lambda: len(world.texts(CHAT_ID)) >= 3)


def assert_both_answered(fake: FakeBotAPI) -> None:
    texts = fake.world.texts(CHAT_ID)
    assert WELCOME in texts
    assert "hello from the developer's handler" in texts
    assert any(t.startswith("Ann checked in: +1 point.") for t in texts)


async def test_aiogram_router_in_the_developers_dispatcher(sqlite_url):
    fake = await open_fake()
    session = AiohttpSession(api=TelegramAPIServer.from_base(fake.base_url))
    bot = Bot(TOKEN, session=session)
    dp = Dispatcher()

    @dp.message(Command("hello"))
    async def hello(message):
        await message.answer("hello from the developer's handler")

    adapter = AiogramAdapter.embedded(bot)
    try:
        async with embedded(adapter, settings_for(sqlite_url), clock=fake.world.clock):
            dp.include_router(adapter.router)
            polling = asyncio.create_task(
                dp.start_polling(
                    bot, handle_signals=False, allowed_updates=adapter.allowed_updates()
                )
            )
            try:
                await play(fake)
            finally:
                await dp.stop_polling()
                await polling
    finally:
        await bot.session.close()
        await fake.close()
    assert_both_answered(fake)


async def test_ptb_handler_group_in_the_developers_application(sqlite_url):
    fake = await open_fake()
    application = Application.builder().token(TOKEN).base_url(f"{fake.base_url}/bot").build()

    async def hello(update, context):
        await update.effective_message.reply_text("hello from the developer's handler")

    application.add_handler(CommandHandler("hello", hello))
    adapter = PTBAdapter.embedded(application)
    adapter.install(application)
    try:
        async with (
            application,
            embedded(adapter, settings_for(sqlite_url), clock=fake.world.clock),
        ):
            await application.updater.start_polling(
                allowed_updates=adapter.allowed_updates(), poll_interval=0, timeout=1
            )
            await application.start()
            try:
                await play(fake)
            finally:
                await application.updater.stop()
                await application.stop()
    finally:
        await fake.close()
    assert_both_answered(fake)


async def test_ptb_application_polled_by_groupops_still_runs_the_developers_handlers(sqlite_url):
    """groupops polls and feeds the developer's Application: while their handler group is
    there, updates go through PTB (groupops alone would map the JSON without PTB's objects)."""
    fake = await open_fake()
    application = Application.builder().token(TOKEN).base_url(f"{fake.base_url}/bot").build()
    adapter = PTBAdapter.embedded(application)
    adapter.install(application)

    async def hello(update, context):
        await update.effective_message.reply_text("hello from the developer's handler")

    application.add_handler(CommandHandler("hello", hello))  # after groupops' group
    try:
        async with (
            application,
            embedded(adapter, settings_for(sqlite_url), clock=fake.world.clock) as engine,
        ):
            await adapter.intake.start(engine)
            try:
                await play(fake)
            finally:
                await adapter.intake.stop()
    finally:
        await fake.close()
    assert_both_answered(fake)
