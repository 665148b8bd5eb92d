"""OneBotAdapter: platform `wechat` through a OneBot 12 bridge, forward or reverse WebSocket.

On every connection the adapter asks `get_supported_actions` and declares only what the
bridge has: sending is standard; member lookups and removing a member (a platform extension,
see `options.KICK_ACTIONS`) depend on the bridge. Deleting members' messages is not declared:
WeChat lets a bot recall only its own (`recall`). Mute is never
declared (WeChat has none), so the ruleset's fallback applies. Actions are open only while
the bridge says the WeChat account is online (`meta.py`); a newcomer's name is asked of the
bridge so the welcome greets them by name.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from collections.abc import Mapping
from typing import Any

import aiohttp
from aiohttp import WSMsgType
from loguru import logger

from groupops.core.actions import (
    ActionResult,
    Kick,
    Reply,
    SendMessage,
    SendPrivate,
)
from groupops.core.adapter import Adapter, EventSink, MemberInfo, RateLimits
from groupops.core.capabilities import Capability
from groupops.core.errors import ActionError, Disconnected, SettingsProblem, TransientError
from groupops.core.refs import Ref
from groupops.core.segments import Message

from ..text import PLATFORM
from .inbound import Inbound
from .meta import BridgeStatus, apply_meta
from .options import OneBotOptions, problems
from .protocol import BridgeAuthError, error_of, outgoing
from .transport import Forward, Reverse, frame

READY_TIMEOUT = 10.0
ALWAYS = frozenset({Capability.SEND, Capability.REPLY, Capability.SEND_PRIVATE})
# capability -> the standard action it needs
NEEDS: dict[Capability, str] = {Capability.GET_MEMBER: "get_group_member_info"}


class OneBotAdapter(Adapter):
    platform = PLATFORM
    name = "onebot12"

    def __init__(self, **options: Any) -> None:
        super().__init__()
        self.options = o = OneBotOptions.model_validate(options)
        self.rate_limits = RateLimits(o.messages_per_second, o.messages_per_minute)
        self.link = Forward(o, self._serve) if o.mode == "forward" else Reverse(o, self._serve)
        self.inbound = Inbound()
        self.connected = asyncio.Event()  # set while set up and the account is online
        self.status = BridgeStatus()  # what the bridge last said about itself
        self._set_up = False
        self.supported: frozenset[str] = frozenset()
        self.kick_action = ""
        self._ws: Any = None
        self._echo = itertools.count(1)
        self._waiting: dict[str, asyncio.Future] = {}
        self._events: asyncio.Queue[Mapping[str, Any]] = asyncio.Queue()
        self._sink: EventSink | None = None
        self._tasks: list[asyncio.Task] = []
        self._link_task: asyncio.Task | None = None
        self._accepting = True

    @classmethod
    def option_problems(cls, options: Mapping[str, Any]) -> list[SettingsProblem]:
        return problems(options)

    @property
    def reconnects(self) -> int:
        return self.link.reconnects

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        self._sink = sink
        self._tasks.append(asyncio.create_task(self._deliver_events(), name="wechat-onebot-in"))
        self._tasks.append(asyncio.create_task(self._sweep_loop(), name="wechat-onebot-sweep"))
        self._tasks.append(asyncio.create_task(self._watch_beats(), name="wechat-onebot-beat"))
        if isinstance(self.link, Reverse):
            await self.link.start()
            logger.info("wechat: waiting for the OneBot bridge on {}", self.link.where)
            return
        first = None
        try:
            first = await self.link.connect()
        except BridgeAuthError:
            await self.release()
            raise
        except (aiohttp.ClientError, OSError) as exc:
            logger.warning("wechat: OneBot bridge unreachable ({!r}); retrying", exc)
        self._link_task = asyncio.create_task(self.link.run(first), name="wechat-onebot")
        if first is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.connected.wait(), READY_TIMEOUT)

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
        setup = asyncio.create_task(self._on_connect())
        try:
            async for message in ws:
                if message.type != WSMsgType.TEXT or (data := frame(message.data)) is None:
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
            if "get_group_list" in self.supported:
                for event in await self.inbound.sweep(self.call):  # leaves while we were away
                    await self._push(event)
                await self.inbound.refresh_rooms(self.call)
            if "get_status" in self.supported:
                self.status.take_status(await self.call("get_status"))
            self._set_up = True
            logger.info("wechat: OneBot bridge connected; can {}", sorted(self.available))
            self._refresh_online()
        except ActionError as exc:
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
            if data.get("detail_type") == "group_member_increase":
                await self.inbound.learn_name(self.call, self.supported, data)
            try:
                for event in self.inbound.translate(data):
                    await self._push(event)
            except (KeyError, TypeError, ValueError):
                logger.warning("wechat: malformed OneBot event ignored: {}", str(data)[:200])

    async def _push(self, event) -> None:
        assert self._sink is not None
        await self._sink(event)

    async def _sweep_loop(self) -> None:
        while True:
            await asyncio.sleep(self.options.member_sweep_seconds)
            if self.connected.is_set():
                with contextlib.suppress(ActionError):
                    await self.sweep_members()

    async def sweep_members(self) -> int:
        events = await self.inbound.sweep(self.call)
        for event in events:
            await self._push(event)
        return len(events)

    # --- requests -----------------------------------------------------------------------------

    async def call(self, action: str, **params: Any) -> Any:
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
            response = await asyncio.wait_for(future, self.options.call_timeout_seconds)
        except TimeoutError:
            raise TransientError(f"{action}: no answer from the OneBot bridge") from None
        except (ConnectionError, RuntimeError, aiohttp.ClientError):
            raise Disconnected("the OneBot bridge went away") from None
        finally:
            self._waiting.pop(echo, None)
        if response.get("status") != "ok":
            raise error_of(action, response)
        return response.get("data")

    async def _send(self, chat: Ref, message: list[dict]) -> ActionResult:
        self._online()
        target = (
            {"detail_type": "private", "user_id": chat.local_id}
            if chat.kind == "user"
            else {"detail_type": "group", "group_id": chat.local_id}
        )
        data = await self.call("send_message", **target, message=message)
        message_id = str((data or {}).get("message_id") or "")
        return ActionResult(message_ids=(message_id,) if message_id else ())

    def _message(self, segments: Message) -> list[dict]:
        return outgoing(segments)

    # --- capabilities -------------------------------------------------------------------------

    async def send_message(self, action: SendMessage) -> ActionResult:
        return await self._send(action.chat, self._message(action.segments))

    async def reply(self, action: Reply) -> ActionResult:
        quote = {"type": "reply", "data": {"message_id": action.reply_to}}
        return await self._send(action.chat, [quote, *self._message(action.segments)])

    async def send_private(self, action: SendPrivate) -> ActionResult:
        return await self._send(action.chat, self._message(action.segments))

    async def recall(self, message_id: str) -> None:
        """Recall one of the bot's own messages (`delete_message`, where the bridge has it).
        Not the `message.delete` capability: WeChat lets no bot delete members' messages."""
        self._online()
        await self.call("delete_message", message_id=message_id)

    async def kick(self, action: Kick) -> ActionResult:
        self._online()
        await self.call(
            self.kick_action, group_id=action.chat.local_id, user_id=action.user.local_id
        )
        return ActionResult()

    async def get_member(self, chat: Ref, user: Ref) -> MemberInfo:
        data = await self.call(
            "get_group_member_info", group_id=chat.local_id, user_id=user.local_id
        )
        return MemberInfo(user, data.get("user_displayname") or data.get("user_name", ""))

    async def member_count(self, chat: Ref) -> int | None:
        if "get_group_member_list" not in self.supported:
            return None
        return len(await self.inbound.members(self.call, chat.local_id))
