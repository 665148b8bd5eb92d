"""A fake Telegram Bot API server (aiohttp) that aiogram and python-telegram-bot reach through
their base URL setting: documented parameter checks, chat state, 429s, long polling."""

from .server import FakeBotAPI, FakeLimits

__all__ = ["FakeBotAPI", "FakeLimits"]
