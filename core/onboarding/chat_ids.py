"""The chats given to `groupops init --chat`, as references on the platforms being set up. A
chat given without its platform is placed by its shape (`!room:server` or, from room version
12, `!` and 43 characters is Matrix's, `123@chatroom` WeChat's, a number Telegram's) or, on a
one-platform init, on that platform; one that belongs to no platform being set up is refused
in one line, never dropped."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import GroupopsError, InvalidRef
from ..refs import Ref

# shapes only one platform's chats have, looked at first. A Matrix room id starts with "!",
# with its server after a colon until room version 12, whose ids (Synapse's default) have none
DISTINCT: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\S+"), "matrix"),
    (re.compile(r"\S+@chatroom"), "wechat"),
)
# a bare number: Telegram's, unless WeChat alone is set up (some OneBot bridges number rooms)
NUMBER = re.compile(r"-?\d+")
KNOWN = ("telegram", "wechat", "matrix")
EXAMPLE = {
    "telegram": "-1001234567890",
    "wechat": "wechat:12345@chatroom",
    "matrix": "!AbCdEf123:example.org",
}


class ChatNotPlaced(GroupopsError):
    def __init__(self, given: str, why: str, platforms: Sequence[str]) -> None:
        forms = ", ".join(EXAMPLE[p] for p in platforms)
        super().__init__(f"--chat {given!r}: {why} (expected e.g. {forms})")


def platform_of(given: str, platforms: Sequence[str]) -> str | None:
    prefix, colon, _ = given.partition(":")
    if colon and prefix in KNOWN:
        return prefix
    for shape, platform in DISTINCT:
        if shape.fullmatch(given):
            return platform
    if len(platforms) == 1:
        return platforms[0]
    return "telegram" if NUMBER.fullmatch(given) else None


def chat_ref(given: str, platforms: Sequence[str]) -> Ref:
    given = given.strip()
    platform = platform_of(given, platforms)
    if platform is None:
        raise ChatNotPlaced(given, "names no platform", platforms)
    if platform not in platforms:
        raise ChatNotPlaced(given, f"a {platform} chat, and this init sets up no {platform}",
                            platforms)  # fmt: skip
    local = given.removeprefix(f"{platform}:")
    try:
        return Ref.chat(platform, local) if local else Ref(given)
    except InvalidRef:
        raise ChatNotPlaced(given, "is not a chat id", platforms) from None
