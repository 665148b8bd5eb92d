"""Telegram: one mapping layer (inbound.py, outbound.py) and two drivers over it —
aiogram 3 (`AiogramAdapter`) and python-telegram-bot 22 (`PTBAdapter`), both platform
`telegram`, so an operator can switch driver without losing ids or stored state."""

from .adapter import TelegramAdapter

__all__ = ["TelegramAdapter"]
