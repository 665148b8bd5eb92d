"""A second messenger beside the harness's local one: platform `wx` with its group `wx:room`
(list it in the community's `chats`), attached to the same engine. Stop the adapter after."""

from __future__ import annotations

from typing import Any

from groupops.adapters.local import LocalAdapter, LocalWorld
from groupops.core.capabilities import Capability
from groupops.core.refs import Ref

ROOM = Ref("wx:room")


async def second_platform(
    h: Any, adapter_type: type[LocalAdapter] = LocalAdapter, **options: Any
) -> tuple[LocalWorld, LocalAdapter]:
    """`wx`'s world and its started adapter (`options`: the adapter's, e.g. capabilities)."""
    wx = LocalWorld("wx", h.clock)
    wx.chat("room")
    adapter = adapter_type(wx, **options)
    h.engine.adapters["wx"] = adapter
    await adapter.start(h.engine)
    return wx, adapter


async def linked_without_bans(
    harness_factory: Any, key: str, linked: str
) -> tuple[Any, LocalWorld, LocalAdapter]:
    """A community in `local:main` and `wx:room` sharing its bans, where `wx` can kick but
    keeps no ban list (as WeChat), and `key`'s member has the linked account `linked` there."""
    h = await harness_factory(
        {
            "rulesets": {"main": {"moderation": {"shared_bans": "ours"}}},
            "communities": {
                "club": {"chats": ["local:main", "wx:room"], "linked_accounts": [[key, linked]]}
            },
        }
    )
    wx, adapter = await second_platform(h, capabilities=set(Capability) - {Capability.BAN})
    return h, wx, adapter
