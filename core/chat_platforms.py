"""Which platform each community's chats are on, against the platforms that can serve them.

A chat on a platform no installed adapter serves is a typo (`telegarm:-100…`): nothing could
ever deliver its actions, so it is a settings error naming the platforms meant. A chat on a
real platform without its `[platforms.NAME]` table stays allowed: its actions wait in the
outbox until the platform is configured (docs/architecture.md, "Delivery waits for the
adapter"), but check warns and `run` says which communities nothing serves."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches
from functools import cache
from typing import Any

from .errors import GroupopsError, SettingsProblem
from .registry import adapter_names, load_adapter

LOCAL = "local"  # the local adapter plays any platform, and simulate serves it unconfigured
# The platforms of the adapters groupops ships (pyproject's entry points): known without
# importing their libraries, which takes seconds; other installed adapters are loaded to learn
# theirs only for a chat on none of these.
SHIPPED = frozenset({"telegram", "wechat", "matrix", LOCAL})


@cache
def served_platforms() -> frozenset[str]:
    """The platforms the installed adapters serve (one whose extra is missing still counts:
    its platform is real, and its table says what to install)."""
    served = set(SHIPPED)
    for name in adapter_names():
        try:
            served.add(load_adapter(name).platform)
        except GroupopsError:
            served.add(name)  # not importable here: its own name is the best guess
    return frozenset(served)


def _chats(communities: dict[str, Any]) -> Iterable[tuple[str, int, str]]:
    for name, community in communities.items():
        chats = community.get("chats") if isinstance(community, dict) else None
        for index, chat in enumerate(chats if isinstance(chats, list) else []):
            # one that is no reference at all is refused as such: its "platform" is no name
            if isinstance(chat, str) and ":" in chat and chat.split(":", 1)[0].isidentifier():
                yield name, index, chat


def chat_platform_problems(
    communities: dict[str, Any], platforms: dict[str, Any]
) -> list[SettingsProblem]:
    """A chat whose platform is neither configured nor served by any installed adapter."""
    problems = []
    for name, index, chat in _chats(communities):
        platform = chat.split(":", 1)[0]
        if platform in platforms or platform in SHIPPED or platform in served_platforms():
            continue
        close = get_close_matches(platform, [*platforms, *served_platforms()], n=1)
        guess = f"did you mean {close[0]!r}? " if close else ""
        configured = ", ".join(sorted(platforms)) or "none"
        problems.append(
            SettingsProblem(
                f"communities.{name}.chats[{index}]",
                f"{chat!r}: no adapter serves platform {platform!r} ({guess}configured: "
                f"{configured})",
            )
        )
    return problems


def unserved_platforms(settings: Any) -> dict[str, list[str]]:
    """Each platform that has chats but no [platforms.NAME] table, with its communities."""
    unserved: dict[str, list[str]] = {}
    for name, community in settings.communities.items():
        for chat in community.chats:
            if chat.platform not in settings.platforms and chat.platform != LOCAL:
                owners = unserved.setdefault(chat.platform, [])
                if name not in owners:
                    owners.append(name)
    return unserved


def unserved_communities(settings: Any) -> list[str]:
    """The communities none of whose chats is on a configured platform."""
    return [
        name
        for name, community in settings.communities.items()
        if community.chats
        and not any(chat.platform in settings.platforms for chat in community.chats)
    ]
