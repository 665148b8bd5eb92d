"""The connection side of the OneBot 12 adapter: lifecycle, one WebSocket session at a time,
set-up on every connection, meta events, the event queue, member sweeps and action calls.

Mixed into `OneBotAdapter` (capabilities in `adapter.py`), as the Wechaty adapter's session.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable, Mapping
from typing import Any

import aiohttp
from aiohttp import WSMsgType
from loguru import logger

from groupops.core.adapter import EventSink
from groupops.core.capabilities import Capability
from groupops.core.errors import ActionError, Disconnected, TransientError
from groupops.core.events import Event
from groupops.core.intake import IntakeLoop, IntakeWatch
from groupops.core.redaction import one_line

from ..bridge import BridgeSession, online_or_told
from ..text import PLATFORM
from .inbound import Inbound
from .meta import BridgeStatus, apply_meta
from .options import OneBotOptions
from .protocol import BridgeAuthError, error_of
from .screening import Accounts, missing, warn_malformed
from .transport import Forward, Reverse, frame

READY_TIMEOUT = 10.0
# Listing rooms and their members (both optional in OneBot 12): how leaves while groupops was
# away are found at each connection
MEMBER_LISTS = frozenset({"get_group_list", "get_group_member_list"})
ALWAYS = frozenset({Capability.SEND, Capability.REPLY, Capability.SEND_PRIVATE})
MALFORMED = (AttributeError, KeyError, TypeError, ValueError)  # what a misshapen event raises
# capability -> the standard action it needs
NEEDS: dict[Capability, str] = {Capability.GET_MEMBER: "get_group_member_info"}
# actions that only ask: an unanswered one may time out and be asked again
QUESTION = "get_"


class Session(BridgeSession):
    """Mixed into OneBotAdapter: its connection to the bridge."""

    options: OneBotOptions
    link: Forward | Reverse
    inbound: Inbound
    connected: asyncio.Event
    status: BridgeStatus
    supported: frozenset[str]
    kick_action: str
    quotes: bool
    mentions: bool
    accounts: Accounts
    available: frozenset[Capability]
    capabilities: Any  # the adapter's declared table (a class variable of Adapter)
    _set_up: bool
    set_up_failure: str
    _ws: Any
    _echo: itertools.count
    _waiting: dict[str, asyncio.Future]
    _events: asyncio.Queue[Mapping[str, Any]]
    _sink: EventSink | None
    _tasks: list[asyncio.Task]
    _link_task: asyncio.Task | None
    _accepting: bool
    keep_receiving: Callable[[str, IntakeLoop], asyncio.Task[None]]  # Adapter's
    watch_receiving: Callable[[str], IntakeWatch]  # Adapter's

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        self._sink = sink
        self._tasks.append(self.keep_receiving("events", self._deliver_events))
        self._tasks.append(asyncio.create_task(self._sweep_loop(), name="wechat-onebot-sweep"))
        self._tasks.append(asyncio.create_task(self._watch_beats(), name="wechat-onebot-beat"))
        if isinstance(self.link, Reverse):
            await self.link.start()
            logger.info("wechat: waiting for the OneBot bridge on {}", self.link.where)
            return
        self.link.watch = self.watch_receiving("bridge")
        first = None
        try:
            first = await self.link.connect()
        except BridgeAuthError:
            await self.release()
            raise
        except (aiohttp.ClientError, OSError) as exc:
            logger.warning("wechat: OneBot bridge unreachable ({}); retrying", one_line(exc))
        self._link_task = asyncio.create_task(self.link.run(first), name="wechat-onebot")
        if first is not None:
            await online_or_told(self.connected, lambda: self.set_up_failure, READY_TIMEOUT)

    async def stop(self) -> None:
        """Stop taking events; the connection stays up for the outbox to drain."""
        self._accepting = False
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []

    async def release(self) -> None:
        await self.stop()
        if self._link_task is not None:
            self._link_task.cancel()
            await asyncio.gather(self._link_task, return_exceptions=True)
            self._link_task = None
        if self._ws is not None:
            await self._ws.close()
        await self.link.close()
        self.connected.clear()

    async def _serve(self, ws: Any) -> None:
        """One connection: answers resolve calls; events go to the event queue."""
        self._ws = ws
        self.status = BridgeStatus()
        self.quotes = self.mentions = True  # another bridge, or a newer one, may send them
        setup = asyncio.create_task(self._on_connect())
        try:
            async for message in ws:
                if message.type == WSMsgType.ERROR:  # a frame over the size limit, say
                    logger.warning(
                        "wechat: the OneBot connection broke: {}; what it carried is lost, "
                        "reconnecting", one_line(message.data)
                    )  # fmt: skip
                    continue
                if message.type != WSMsgType.TEXT:
                    continue
                if (data := frame(message.data)) is None:
                    warn_malformed("not a JSON object", message.data)
                    continue
                if data.get("type") == "meta":
                    apply_meta(self.status, data)
                    self._refresh_online()
                elif "status" in data and "echo" in data:
                    future = self._waiting.pop(str(data["echo"]), None)
                    if future is not None and not future.done():
                        future.set_result(data)
                elif self._accepting:
                    self._events.put_nowait(data)
        finally:
            if self._ws is ws:
                self._ws = None
                self._set_up = False
                self.connected.clear()
            setup.cancel()
            for future in self._waiting.values():
                if not future.done():
                    future.set_exception(Disconnected("the OneBot bridge went away"))
            self._waiting.clear()

    async def _on_connect(self) -> None:
        try:
            try:
                self.supported = frozenset(await self.call("get_supported_actions"))
            except ActionError as exc:  # required by the spec; without it assume the minimum
                logger.warning("wechat: get_supported_actions failed ({}); sending only", exc)
                self.supported = frozenset({"send_message", "get_self_info"})
            self.kick_action = next(
                (a for a in self.options.kick_actions if a in self.supported), ""
            )
            learned = {cap for cap, action in NEEDS.items() if action in self.supported}
            learned |= {Capability.KICK} if self.kick_action else set()
            self.available = self.capabilities & (ALWAYS | learned)
            self.inbound.self_id = str((await self.call("get_self_info"))["user_id"])
            if self.supported >= MEMBER_LISTS:  # optional in OneBot 12: without them only
                # the leaves while groupops was away go unnoticed (the notices tell the rest)
                for event in await self.inbound.sweep(self.call):  # leaves while we were away
                    await self._push(event)
                await self.inbound.refresh_rooms(self.call)
                for event in self.inbound.renames():
                    await self._push(event)
            if "get_status" in self.supported:
                self.status.take_status(await self.call("get_status"))
            self._set_up, self.set_up_failure = True, ""
            can = ", ".join(sorted(c.value for c in self.available))  # member.kick, …
            logger.info("wechat: OneBot bridge connected; can {}", can)
            self._refresh_online()
        except ActionError as exc:
            self.set_up_failure = str(exc)  # doctor and init say it, not only this log line
            logger.warning("wechat: OneBot bridge set-up failed: {}", exc)

    def _refresh_online(self) -> None:
        """Open for actions while set up and the account is online; say when that changes."""
        online = self.status.online(self.inbound.self_id)
        if self._set_up and online and not self.connected.is_set():
            self.connected.set()
            logger.info("wechat: the OneBot bridge's account is online; actions go out")
        elif not (self._set_up and online) and self.connected.is_set():
            self.connected.clear()
            logger.warning("wechat: the OneBot bridge reports the account offline; actions wait")

    async def _watch_beats(self) -> None:
        """A bridge that stops beating is gone even if its socket looks open."""
        while True:
            await asyncio.sleep(min(self.status.heartbeat_interval or 5.0, 5.0))
            if self._ws is not None and self.status.beat_missed():
                logger.warning("wechat: the OneBot bridge missed its heartbeats; reconnecting")
                self._set_up = False
                self.connected.clear()
                await self._ws.close()

    def _online(self) -> None:
        if not self.connected.is_set():
            raise Disconnected(
                f"the OneBot bridge at {self.link.where} is not connected or its account is "
                "offline",
                retry_after=min(2.0, self.options.reconnect_max_seconds),
            )

    async def _deliver_events(self) -> None:
        while True:
            data = await self._events.get()
            if self.accounts.foreign(data, self.inbound.self_id):
                continue
            if (reason := missing(data)) is not None:
                warn_malformed(reason, data)
                continue
            try:
                # join notices and messages carry no name: asked once per member
                if data.get("detail_type") == "group_member_increase" or (
                    data.get("type") == "message" and data.get("detail_type") == "group"
                ):
                    await self.inbound.learn_name(self.call, self.supported, data)
                events = self.inbound.translate(data)
            except MALFORMED as exc:  # a field of another shape than the spec's (a string
                # for a list)
                warn_malformed(f"{type(exc).__name__}: {one_line(exc)[:80]}", data)
                continue
            for event in events:
                await self._push(event)

    async def _swept(self) -> list[Event]:
        return await self.inbound.sweep(self.call)

    # --- requests -----------------------------------------------------------------------------

    async def call(self, action: str, **params: Any) -> Any:
        """The bridge's answer to `action`. A question (`get_...`) that goes unanswered for
        `call_timeout_seconds` fails as transient: asking again changes nothing. Anything else
        (a message, a removal) is waited for as long as the connection holds, with a warning
        each `call_timeout_seconds`: OneBot 12 has no idempotency key, so sending it again
        would post it again. Only when the connection drops first is its outcome unknown, and
        the outbox sends it again (at least once: it may then appear twice)."""
        ws = self._ws
        if ws is None:
            raise Disconnected(f"the OneBot bridge at {self.link.where} is not connected")
        echo = str(next(self._echo))
        future = asyncio.get_running_loop().create_future()
        self._waiting[echo] = future
        request = {"action": action, "params": params, "echo": echo}
        if self.inbound.self_id:
            request["self"] = {"platform": PLATFORM, "user_id": self.inbound.self_id}
        try:
            await ws.send_str(json.dumps(request, ensure_ascii=False))
            response = await self._answer(action, future)
        except (ConnectionError, RuntimeError, aiohttp.ClientError):
            raise Disconnected("the OneBot bridge went away") from None
        finally:
            self._waiting.pop(echo, None)
        if response.get("status") != "ok":
            raise error_of(action, response)
        return response.get("data")

    async def _answer(self, action: str, future: asyncio.Future) -> Any:
        late = self.options.call_timeout_seconds
        waited = 0.0
        while True:
            try:
                response = await asyncio.wait_for(asyncio.shield(future), late)
            except TimeoutError:
                if action.startswith(QUESTION):
                    future.cancel()
                    raise TransientError(f"{action}: no answer from the OneBot bridge") from None
                waited += late
                logger.warning(
                    "wechat: the OneBot bridge has not answered {} for {:g} s; still waiting "
                    "(it is not sent again while the connection holds)", action, round(waited, 1)
                )  # fmt: skip
                continue
            if waited:
                logger.info(
                    "wechat: the OneBot bridge answered {} after {:g} s", action, round(waited, 1)
                )
            return response
