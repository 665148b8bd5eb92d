"""Chats a ruleset names must be chats of every community using it: the bot reads a chat's
events only for the community listing it, so a paid chat left out of `chats` passed every
check while its join requests went unanswered (a payer's personal link opened nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import SettingsProblem

# Where rulesets name chats, as key paths inside a ruleset ("*": every table at that level)
RULESET_CHAT_LISTS: tuple[tuple[str, ...], ...] = (("paid", "plans", "*", "chats"),)


def _named(table: Any, path: tuple[str, ...], where: str) -> Iterator[tuple[str, str]]:
    """(key path, chat) for each chat listed at `path` under `table`."""
    if not path:
        for index, chat in enumerate(table if isinstance(table, list) else []):
            if isinstance(chat, str):
                yield f"{where}[{index}]", chat
        return
    if not isinstance(table, dict):
        return
    head, rest = path[0], path[1:]
    keys = table if head == "*" else [head] if head in table else []
    for key in keys:
        yield from _named(table[key], rest, f"{where}.{key}")


def ruleset_chat_problems(
    rulesets: dict[str, Any], communities: dict[str, Any]
) -> list[SettingsProblem]:
    problems: list[SettingsProblem] = []
    for community, table in communities.items():
        name = table.get("ruleset")
        if not isinstance(name, str) or name not in rulesets:
            continue  # said elsewhere: not a defined ruleset
        listed = table.get("chats")
        own = {c for c in listed if isinstance(c, str)} if isinstance(listed, list) else set()
        for path in RULESET_CHAT_LISTS:
            for where, chat in _named(rulesets[name], path, f"rulesets.{name}"):
                if chat not in own:
                    problems.append(
                        SettingsProblem(
                            where,
                            f"{chat!r} is not among the chats of community {community!r}: add it "
                            f"to communities.{community}.chats (the bot reads only those)",
                        )
                    )
    return problems
