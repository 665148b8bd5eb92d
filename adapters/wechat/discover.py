"""The groups the bridge's account is in, for `groupops init` to offer as Telegram's and
Matrix's are offered: WeChat needs no message in a room for the bridge to list it. Both
bridge adapters connect for it (and let go) as they do for `groupops doctor`."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from groupops.core.errors import GroupopsError, Unsupported
from groupops.core.onboarding.plan import SeenChat
from groupops.core.refs import Ref
from groupops.core.sink import CallbackSink

from .diagnose import WAIT_SECONDS, Bridged, ignore_events
from .text import PLATFORM

# (room id, its name) of each group the account is in
Groups = Callable[[], Awaitable[list[tuple[str, str]]]]


async def listed_groups(adapter: Bridged, running: bool, groups: Groups) -> list[SeenChat]:
    """[] when the bridge is not online with the account in; Unsupported when it is but
    cannot list its groups (init then says the chats given are not checked)."""
    try:
        if not running:
            await adapter.start(CallbackSink(ignore_events))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(adapter.connected.wait(), WAIT_SECONDS)
        if not adapter.connected.is_set():
            return []
        listed = await groups()
    except Unsupported:
        raise
    except GroupopsError:  # the doctor's lines, said before, tell what is wrong
        return []
    finally:
        if not running:
            await adapter.release()
    return [SeenChat(Ref.chat(PLATFORM, room), name) for room, name in listed]
