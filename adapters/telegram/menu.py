"""The Telegram command menu (setMyCommands): which commands each scope lists, in which
languages, within Telegram's limits.

Scopes come from the command catalog (core/catalog.py): groups list the member commands,
chat administrators every command, private chats the commands that answer there. Languages are
the shipped catalogs, published under the language part of Telegram's `language_code`; the
source language is the default list, shown to everyone whose language has no list of its own.
Telegram cannot tell Simplified from Traditional Chinese by `language_code` (both are `zh`), so
`zh` gets the Simplified descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from groupops.core.catalog import CommandInfo
from groupops.core.i18n import SOURCE_LOCALE

from .wire import PLATFORM

MAX_COMMANDS = 100  # per scope and language
MAX_DESCRIPTION = 256
COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
ROLE_ORDER = ("member", "volunteer", "admin", "deputy", "owner")  # kept first when trimming

# scope type (Bot API BotCommandScope*) -> the commands it lists
SCOPES: dict[str, Callable[[CommandInfo], bool]] = {
    "all_private_chats": lambda c: c.private,
    "all_group_chats": lambda c: c.role == "member",
    "all_chat_administrators": lambda c: True,
}
# A language code two catalogs share: the catalog that gets it.
SHARED_CODES = {"zh": "zh_Hans"}


@dataclass(frozen=True, slots=True)
class Menu:
    """One setMyCommands call: a scope, a language ("" = the default list), the commands."""

    scope: str
    language_code: str
    commands: tuple[tuple[str, str], ...]  # (command, description), in menu order
    left_out: tuple[str, ...] = ()  # over Telegram's limit of commands, lowest priority first

    def as_params(self) -> dict:
        params: dict = {
            "commands": [{"command": c, "description": d} for c, d in self.commands],
            "scope": {"type": self.scope},
        }
        if self.language_code:
            params["language_code"] = self.language_code
        return params


def language_codes(locales: Iterable[str]) -> dict[str, str]:
    """Catalog locale -> Telegram language code ("" for the source language, the default)."""
    found: dict[str, str] = {}
    for locale in sorted(locales):
        code = "" if locale == SOURCE_LOCALE else locale.split("_")[0].lower()
        if SHARED_CODES.get(code, locale) != locale:
            continue  # zh_Hant: `zh` goes to zh_Hans
        found.setdefault(code, locale)
    return {locale: code for code, locale in found.items()}


def _priority(command: CommandInfo) -> tuple[int, str]:
    return ROLE_ORDER.index(command.role) if command.role in ROLE_ORDER else 99, command.name


def _description(text: str) -> str:
    flat = " ".join(text.split()) or "-"
    return flat if len(flat) <= MAX_DESCRIPTION else flat[: MAX_DESCRIPTION - 1] + "…"


def menus(catalog: Iterable[CommandInfo], language_code: str = "") -> list[Menu]:
    """The menus of one language, from the catalog in that language."""
    usable = [c for c in catalog if PLATFORM in c.platforms and COMMAND_NAME.fullmatch(c.name)]
    out: list[Menu] = []
    for scope, wanted in SCOPES.items():
        chosen = sorted((c for c in usable if wanted(c)), key=_priority)
        kept, dropped = chosen[:MAX_COMMANDS], chosen[MAX_COMMANDS:]
        out.append(
            Menu(
                scope,
                language_code,
                tuple((c.name, _description(c.description)) for c in kept),
                tuple(c.name for c in dropped),
            )
        )
    return out
