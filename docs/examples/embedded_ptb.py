"""An existing python-telegram-bot bot with groupops added: run with BOT_TOKEN set and a
settings.toml (communities, rulesets) in the current folder."""

import asyncio
import os
import signal

from telegram.ext import Application, CommandHandler

from groupops.adapters.telegram.embed import embedded
from groupops.adapters.telegram.ptb_driver import PTBAdapter


async def hello(update, context):  # the bot's own handler keeps working
    await update.effective_message.reply_text("hello!")


async def main() -> None:
    application = Application.builder().token(os.environ["BOT_TOKEN"]).build()
    application.add_handler(CommandHandler("hello", hello))
    adapter = PTBAdapter.embedded(application)
    adapter.install(application)  # its own handler group: yours keep running
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGINT, stop.set)
    async with application, embedded(adapter, "settings.toml"):
        await application.updater.start_polling(allowed_updates=adapter.allowed_updates())
        await application.start()
        await stop.wait()
        await application.updater.stop()
        await application.stop()


if __name__ == "__main__":
    asyncio.run(main())
