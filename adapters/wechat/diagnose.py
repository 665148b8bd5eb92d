"""Whether a WeChat bridge is online with a logged-in account, and the bot in each configured
room where the bridge lists its rooms, for `groupops doctor` and the start of `groupops run`.
Both bridge adapters set `connected` only once the account is in."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from groupops.core.doctor.findings import Finding, Level, Refusal
from groupops.core.errors import GroupopsError, reason_of
from groupops.core.refs import Ref
from groupops.core.sink import CallbackSink

from .bridge import online_or_told
from .refused import TlsRefused, TokenRefused
from .wechaty.stubgen import StubsMissing

WAIT_SECONDS = 10.0


class Bridged(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def connected(self) -> asyncio.Event: ...

    async def start(self, sink: Any) -> None: ...

    async def release(self) -> None: ...


async def ignore_events(event: Any) -> None:
    """Events met while only checking are not processed (the bot is not running)."""


# the rooms the logged-in account is in, as the bridge lists them (None: it cannot tell)
RoomList = Callable[[], Awaitable[set[str] | None]]


async def _no_list() -> set[str] | None:
    return None


async def bridge_findings(
    adapter: Bridged,
    chats: Sequence[Ref],
    where: str,
    account: Callable[[], str],
    running: bool,
    fix: str = "",
    rooms: RoomList = _no_list,
    refusal: Callable[[], str] = str,
    failure: Callable[[], str] = str,
) -> list[Finding]:
    """`fix`: what else to try when the bridge is not reached (the adapter's own options);
    `rooms`: asked once online, so a configured room the bot is not in is named; `failure`:
    why the bridge, reached, could not be set up (an action it refused)."""
    subject = f"wechat ({adapter.name} bridge at {where})"
    joined: set[str] | None = None
    try:
        if not running:
            await adapter.start(CallbackSink(ignore_events))
        await online_or_told(adapter.connected, lambda: refusal() or failure(), WAIT_SECONDS)
        online, who = adapter.connected.is_set(), account()  # before release clears them
        if online:
            with contextlib.suppress(GroupopsError):  # not listed: the rooms go unchecked
                joined = await rooms()
    except StubsMissing as exc:  # nothing was dialled: the bridge is not what to fix
        fix = "generate the modules as above, once per installation (docs/wechat.md)"
        return [_offline(subject, str(exc), len(chats), fix)]
    except TokenRefused as exc:  # no QR code or restart helps: only the right token
        return [Refusal(subject, Level.BLOCKER, exc.what, _switched_off(len(chats)), exc.fix)]
    except TlsRefused as exc:  # a TLS setting: said as it is, not as a bridge that is down
        return [Finding(subject, Level.BLOCKER, exc.what, _switched_off(len(chats)), exc.fix)]
    except GroupopsError as exc:
        return [_offline(subject, str(exc), len(chats))]
    except OSError as exc:  # reverse mode: the port the bridge dials is taken
        return [_port_taken(subject, exc)]
    finally:
        if not running:
            await adapter.release()
    if not online and "twice" in refusal():  # Wechaty: one event stream, `run` holds it
        return [_stream_taken(subject, refusal())]
    if not online and failure():  # reached, so no QR code or endpoint is to blame
        return [_offline(subject, f"reached, but set-up failed: {failure()}", len(chats),
                         SET_UP_FIX)]  # fmt: skip
    if not online:
        detail = f"not online and logged in after {WAIT_SECONDS:g} s"
        return [_offline(subject, detail, len(chats), f"{BRIDGE_FIX}{fix}")]
    return [Finding(subject, Level.OK, f"online, logged in as {who}"), *_rooms(chats, joined)]


def _rooms(chats: Sequence[Ref], joined: set[str] | None) -> list[Finding]:
    if joined is None:  # said, so a mistyped room id is not taken for a checked one
        return [Finding(chat, Level.NOTE, UNCHECKED) for chat in chats]
    return [
        Finding(chat, Level.OK, "the bot is in the room")
        if chat.local_id in joined
        else Finding(
            chat,
            Level.BLOCKER,
            "the bot is not in the room (the bridge's account is no member of it)",
            "everything there",
            "invite the bot's WeChat account into the group, or correct the room id",
        )
        for chat in chats
    ]


def admin_rooms(chats: Sequence[Ref], joined: set[str]) -> list[Finding]:
    """Whether the bot is in each admin room, which it only posts to (reviews, alerts)."""
    return [
        Finding(chat, Level.OK, "the bot is in the admin room")
        if chat.local_id in joined
        else Finding(
            chat, Level.WARNING,
            "the bot is not in the admin room (the bridge's account is no member of it)",
            "reviews, alerts and reports for the admins",
            "invite the bot's WeChat account into it, or correct communities.NAME.admin_chat",
        )
        for chat in chats
        if chat.kind == "chat"
    ]  # fmt: skip


UNCHECKED = (
    "not checked whether the bot is in the room: the bridge gives no list of the account's "
    "groups (OneBot get_group_list)"
)

BRIDGE_FIX = (
    "start the bridge, check endpoint and token in settings, and log the WeChat account in "
    "(scan the bridge's QR code)"
)

SET_UP_FIX = "use a bridge version that offers the action, or see docs/wechat.md"


def _port_taken(subject: str, error: OSError) -> Finding:
    """Most often `groupops run` holds it, and the bridge is connected there: not checked
    from here, but no blocker either."""
    return Finding(
        subject,
        Level.WARNING,
        f"cannot listen for the bridge: {reason_of(error)}",
        "this check: the bridge dials that port, and another process holds it",
        "if `groupops run` is up, the bridge connects to it (its log says 'online'); "
        "otherwise free the port or change listen_port",
    )


def _stream_taken(subject: str, said: str) -> Finding:
    """The puppet service serves one event stream, and a running `groupops run` holds it."""
    return Finding(
        subject,
        Level.WARNING,
        f"the bridge serves its events to another process ({said})",
        "this check: it cannot follow the events while another does",
        "if `groupops run` is up, it holds them (its log says 'connected'); otherwise restart "
        "the bridge",
    )


def _switched_off(chats: int) -> str:
    return f"everything on WeChat ({chats} chat(s)): actions wait in the outbox"


def _offline(subject: str, detail: str, chats: int, fix: str = BRIDGE_FIX) -> Finding:
    return Finding(subject, Level.BLOCKER, detail, _switched_off(chats), fix)
