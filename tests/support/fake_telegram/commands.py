"""The bot's command menus in the fake: setMyCommands, getMyCommands and deleteMyCommands as
the Bot API documents them. A list is kept per scope (BotCommandScope: its type, plus the chat
and user of the narrower scopes) and language code ("" = every language without its own)."""

from __future__ import annotations

import re
from typing import Any

from .methods import ApiError
from .state import FakeWorld

MAX_COMMANDS = 100
COMMAND = re.compile(r"[a-z0-9_]{1,32}")
LANGUAGE = re.compile(r"[a-z]{2}")
# scope type -> the fields it requires besides `type`
SCOPES: dict[str, tuple[str, ...]] = {
    "default": (),
    "all_private_chats": (),
    "all_group_chats": (),
    "all_chat_administrators": (),
    "chat": ("chat_id",),
    "chat_administrators": ("chat_id",),
    "chat_member": ("chat_id", "user_id"),
}

MenuKey = tuple[tuple[str, Any, Any], str]


def menus(world: FakeWorld) -> dict[MenuKey, list[dict[str, str]]]:
    return world.command_menus


def _key(params: dict[str, Any]) -> MenuKey:
    scope = params.get("scope") or {"type": "default"}
    kind = scope.get("type")
    if kind not in SCOPES or any(field not in scope for field in SCOPES[kind]):
        raise ApiError(400, "Bad Request: can't parse BotCommandScope JSON object")
    language = params.get("language_code", "")
    if language and not LANGUAGE.fullmatch(language):
        raise ApiError(400, "Bad Request: invalid language code specified")
    return (kind, scope.get("chat_id"), scope.get("user_id")), language


def menu(world: FakeWorld, scope: str = "default", language_code: str = "") -> list[str]:
    """Test convenience: the commands (names) a scope lists in a language."""
    return [c["command"] for c in menus(world).get(((scope, None, None), language_code), [])]


def described(world: FakeWorld, scope: str, language_code: str = "") -> dict[str, str]:
    """Test convenience: command -> description of a scope's list in a language."""
    found = menus(world).get(((scope, None, None), language_code), [])
    return {c["command"]: c["description"] for c in found}


def set_commands(world: FakeWorld, params: dict[str, Any]) -> bool:
    commands = params["commands"]
    if len(commands) > MAX_COMMANDS:
        raise ApiError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH")
    clean: list[dict[str, str]] = []
    for item in commands:
        name = item.get("command", "") if isinstance(item, dict) else ""
        description = str(item.get("description", "")).strip() if isinstance(item, dict) else ""
        if not COMMAND.fullmatch(name):
            raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        if not 1 <= len(description) <= 256:
            raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        clean.append({"command": name, "description": description})
    key = _key(params)
    if clean:
        menus(world)[key] = clean
    else:
        menus(world).pop(key, None)
    return True


def get_commands(world: FakeWorld, params: dict[str, Any]) -> list[dict[str, str]]:
    return [dict(c) for c in menus(world).get(_key(params), [])]


def delete_commands(world: FakeWorld, params: dict[str, Any]) -> bool:
    menus(world).pop(_key(params), None)
    return True


METHODS = {
    "setMyCommands": set_commands,
    "getMyCommands": get_commands,
    "deleteMyCommands": delete_commands,
}

SPECS: dict[str, dict[str, tuple[Any, bool]]] = {
    "setMyCommands": {
        "commands": (list, True),
        "scope": (dict, False),
        "language_code": (str, False),
    },
    "getMyCommands": {"scope": (dict, False), "language_code": (str, False)},
    "deleteMyCommands": {"scope": (dict, False), "language_code": (str, False)},
}
