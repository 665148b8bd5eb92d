"""Publishing the command menus at start, in the background: each list is compared with what
getMyCommands answers and set only when it differs, so a restart sends nothing new. A failure
(a 429, a 400, an outage) is logged and the lists not yet published are tried again later with
a growing pause; the bot runs on regardless."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Awaitable, Callable
from typing import Any

from loguru import logger

from groupops.core.backoff import Backoff
from groupops.core.catalog import CommandInfo, commands, describe
from groupops.core.errors import ActionError, RateLimited, TransientError
from groupops.core.i18n import SOURCE_LOCALE, available_locales

from .menu import Menu, language_codes, menus

Call = Callable[[str, dict[str, Any]], Awaitable[Any]]


def all_menus(catalog: list[CommandInfo] | None = None) -> list[Menu]:
    """Every scope in every shipped language (the default list first)."""
    source = catalog if catalog is not None else commands(SOURCE_LOCALE)
    codes = language_codes(available_locales())
    out: list[Menu] = []
    for locale, code in sorted(codes.items(), key=lambda item: item[1]):
        translated = [
            dataclasses.replace(c, description=describe(c.name, c.description, locale))
            for c in source
        ]
        out += menus(translated, code)
    return out


def _listed(answer: Any) -> tuple[tuple[str, str], ...]:
    return tuple((c["command"], c["description"]) for c in answer or ())


class MenuPublisher:
    def __init__(self, call: Call, *, first_pause: float = 5.0, longest_pause: float = 3600.0):
        self.call = call
        self.backoff = Backoff(initial=first_pause, maximum=longest_pause)
        self.published = 0  # lists set (the rest were already as wanted)

    async def publish(self, menu: Menu) -> bool:
        """Set one list unless Telegram already has it; True when it was set."""
        params = menu.as_params()
        where = {k: v for k, v in params.items() if k != "commands"}
        if _listed(await self.call("getMyCommands", where)) == menu.commands:
            return False
        if menu.commands:
            await self.call("setMyCommands", params)
        else:
            await self.call("deleteMyCommands", where)
        return True

    async def run(self, wanted: list[Menu] | None = None) -> None:
        try:  # in a thread: the catalog imports every adapter to learn what it can do
            pending = wanted if wanted is not None else await asyncio.to_thread(all_menus)
        except Exception:  # the catalog could not be read: no menu, the bot runs on
            logger.exception("telegram: the command menu could not be built")
            return
        for menu in pending:
            if menu.left_out and not menu.language_code:  # by design: info, not a warning
                logger.info(
                    "telegram: the {} menu lists {} commands, Telegram's limit; left out of "
                    "it (they still work): {}",
                    menu.scope,
                    len(menu.commands),
                    ", ".join(f"/{name}" for name in menu.left_out),
                )
        while pending:
            pending, pause = await self._round(pending)
            if pending:
                pause = max(pause, self.backoff.next_pause())
                logger.info(
                    "telegram: {} command lists not published; trying again in {:.0f} s",
                    len(pending),
                    pause,
                )
                await asyncio.sleep(pause)
        logger.info("telegram: command menus up to date ({} set)", self.published)

    async def _round(self, pending: list[Menu]) -> tuple[list[Menu], float]:
        """Try each list once; the ones left, and the least pause Telegram asked for."""
        left: list[Menu] = []
        for index, menu in enumerate(pending):
            try:
                self.published += await self.publish(menu)
            except RateLimited as exc:  # the rest would be refused too: wait as asked
                logger.warning("telegram: command menu {}: {}", _name(menu), exc)
                return left + pending[index:], exc.retry_after
            except TransientError as exc:  # an outage, or a server without the method: the
                # rest would fail alike, and 33 lines a round would say one thing
                rest = len(pending) - index - 1
                logger.warning(
                    "telegram: command menu {}: {} (and the {} lists after it: not tried)",
                    _name(menu), exc, rest,
                )  # fmt: skip
                return left + pending[index:], 0.0
            except ActionError as exc:  # a 400 or an outage: this list again later
                logger.warning("telegram: command menu {}: {}", _name(menu), exc)
                left.append(menu)
            except Exception as exc:  # an answer not shaped as the Bot API documents: give up
                logger.error(
                    "telegram: command menu {} not published: unexpected answer ({}: {})",
                    _name(menu), type(exc).__name__, exc,
                )  # fmt: skip
        return left, 0.0


def _name(menu: Menu) -> str:
    return f"{menu.scope}/{menu.language_code or 'default'}"
