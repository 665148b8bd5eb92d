"""A second messenger beside the harness's local one: platform `wx` with its group `wx:room`
(list it in the community's `chats`), attached to the same engine. Stop the adapter after."""

from __future__ import annotations

from typing import Any

from groupops.adapters.local import LocalAdapter, LocalWorld
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
