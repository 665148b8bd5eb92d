"""An existing aiogram bot with groupops added: run with BOT_TOKEN set and a settings.toml
(communities, rulesets) in the current folder."""

import asyncio
import os

from aiogram import Bot, Dispatcher
from aiogram.filters import Command

from groupops.adapters.telegram.aiogram_driver import AiogramAdapter
from groupops.adapters.telegram.embed import embedded

bot = Bot(os.environ["BOT_TOKEN"])
dp = Dispatcher()


@dp.message(Command("hello"))  # the bot's own handler keeps working
async def hello(message):
    await message.answer("hello!")


async def main() -> None:
    adapter = AiogramAdapter.embedded(bot)
    async with embedded(adapter, "settings.toml"):
        dp.include_router(adapter.router)
        await dp.start_polling(bot, allowed_updates=adapter.allowed_updates())


if __name__ == "__main__":
    asyncio.run(main())
