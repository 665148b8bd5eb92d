"""MatrixAdapter: platform `matrix` on the client-server API through mautrix.

Rooms are chats (`matrix:!room:server`), users `matrix:user:@name:server`. Admin rights are
power levels; mute is a power level below what sending needs; kick, ban and unban are the
membership calls (a timed ban's end is kept in room state, `bans.py`); delete is a
redaction; a knock is a join request (approve: invite, decline: kick); private messages go to
a direct room, made on first use. End-to-end encrypted rooms are not supported: the adapter
says so once and refuses every action there (a kick too: a captcha it could not ask must not
remove anyone).
"""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mautrix.api import Method

from groupops.core import redaction
from groupops.core.actions import (
    ActionResult,
    DeleteMessages,
    Outgoing,
    Pin,
    Reply,
    SendImage,
    SendMessage,
    SendPrivate,
    Unpin,
    UnpinAll,
)
from groupops.core.adapter import Adapter, EventSink, RateLimits
from groupops.core.clock import Clock, SystemClock
from groupops.core.doctor.findings import Finding
from groupops.core.errors import SettingsProblem, TargetNotFound
from groupops.core.events import BotRightsLost, MessageEdited, MuteOverdue, ReactionChanged
from groupops.core.onboarding.plan import SeenChat
from groupops.core.refs import Ref
from groupops.core.segments import Message, Rendered, plain_text

from . import bans
from .client import MatrixClient
from .diagnose import findings, posting
from .discovery import rooms_seen
from .errors import EncryptedRoom
from .inbound import Inbound
from .intake import Intake, read_direct_rooms
from .membership import Membership
from .options import MatrixOptions, problems
from .queries import RoomQueries
from .rooms import Rooms
from .signin import check_sign_in, check_when_it_answers
from .spans import SPAN_LIMIT, events_between
from .text import PLATFORM, content_of, user_ref
from .threads import relation
from .transactions import transaction_id


class MatrixAdapter(Membership, RoomQueries, Adapter):
    platform = PLATFORM
    display_name = "Matrix"
    name = "matrix"
    deletes_spans = True  # /purge: the events between two are read back (`spans.py`)
    # edits (m.replace) by the original's author come as MessageEdited: judged again; the
    # bot's power level lowered, or its removal, as BotRightsLost (`standing.py`); a timed mute
    # it could not lift at its end as MuteOverdue (`membership.py`)
    delivers = frozenset(
        {MessageEdited.kind, ReactionChanged.kind, BotRightsLost.kind, MuteOverdue.kind}
    )

    def __init__(self, **options: Any) -> None:
        super().__init__()
        self.options = o = MatrixOptions.model_validate(options)
        redaction.register(o.access_token)
        self.rate_limits = RateLimits(
            o.messages_per_second, o.messages_per_minute, o.messages_per_second_overall
        )
        self.rooms = Rooms(o.user_id)
        self.inbound = Inbound(self.rooms)
        self._client: MatrixClient | None = None
        self.intake: Intake | None = None
        self.bans = bans.TimedBans(self.rooms)
        self.overdue = {}
        self.clock: Clock = SystemClock()  # when timed mutes and bans are due (tests move it)
        self._tasks: list[asyncio.Task] = []
        # what the doctor's sign-in said (None: not tried): the admin rooms' check then does
        # not wait for a homeserver that did not answer a second time
        self.signed_in: bool | None = None
        self._making_direct = asyncio.Lock()  # one direct room a member, however many go at once
        self.ready.clear()  # until the client is open

    @classmethod
    def option_problems(cls, options: Mapping[str, Any]) -> list[SettingsProblem]:
        return problems(options)

    def platform_accounts(self) -> frozenset[Ref]:
        return frozenset({user_ref(self.options.user_id)})

    @property
    def client(self) -> MatrixClient:
        if self._client is None:
            self._client = MatrixClient(
                self.options.homeserver, self.options.user_id, self.options.access_token
            )
        return self._client

    # --- lifecycle ---------------------------------------------------------------------------

    async def start(self, sink: EventSink) -> None:
        answered = await check_sign_in(self.client, self.options.user_id)
        o = self.options
        self.intake = intake = Intake(
            self.client,
            self.rooms,
            self.inbound,
            o.sync_timeout_seconds,
            o.accept_invites,
            self._making_direct,
            self.watch_receiving("sync"),
        )
        self._tasks = [
            self.keep_receiving("sync", lambda: intake.run(sink)),
            asyncio.create_task(self._sweep(sink), name="matrix-sweep"),
        ]
        if not answered:  # the homeserver is down: checked once it answers
            running = list(self._tasks)
            check = check_when_it_answers(
                self.client, o.user_id, lambda: [task.cancel() for task in running]
            )
            self._tasks.append(asyncio.create_task(check, name="matrix-sign-in"))
        self.ready.set()

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks = []

    async def release(self) -> None:
        await self.stop()
        self.ready.clear()
        if self._client is not None:
            await self._client.close()
            self._client = None

    async def perform(self, action: Outgoing) -> ActionResult:
        """Every action for an encrypted room is refused at once, as docs/matrix.md says: the
        bot cannot post there, so it must not act on what its members were never told."""
        room = self.rooms.rooms.get(action.chat.local_id) if action.chat.kind != "user" else None
        if room is not None and room.encrypted:
            raise EncryptedRoom(room.room_id)
        return await super().perform(action)

    # --- sending -------------------------------------------------------------------------------

    async def _post(self, room_id: str, content: dict[str, Any], what: str) -> ActionResult:
        if self.rooms.room(room_id).encrypted:
            raise EncryptedRoom(room_id)
        txn = transaction_id(self.client.api.get_txn_id)
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/send/m.room.message/{txn}"
        sent = await self.client.raw(what, Method.PUT, path, content)
        return ActionResult(message_ids=(str(sent["event_id"]),))

    async def _room_of(self, chat: Ref) -> str:
        """The room an action goes to. A private message's chat is its sender
        (docs/adapters.md): the answer, and a deletion or pin of a message there, go to the
        direct room with them."""
        return await self._directroom_path(chat.local_id) if chat.kind == "user" else chat.local_id

    async def send_message(self, action: SendMessage[Rendered]) -> ActionResult:
        room_id = await self._room_of(action.chat)
        content = content_of(action.segments)
        if action.thread_id:
            content["m.relates_to"] = relation(action.thread_id)
        return await self._post(room_id, content, "send")

    async def reply(self, action: Reply[Rendered]) -> ActionResult:
        answered = action.reply_to_sender
        notified = (
            (answered.local_id,)
            if answered is not None
            and answered.kind == "user"
            and answered.platform == PLATFORM
            and answered.local_id != self.options.user_id
            else ()
        )
        content = content_of(action.segments, notified)
        content["m.relates_to"] = relation(action.thread_id, action.reply_to)
        return await self._post(await self._room_of(action.chat), content, "reply")

    async def send_private(self, action: SendPrivate[Rendered]) -> ActionResult:
        room_id = await self._directroom_path(action.chat.local_id)
        return await self._post(room_id, content_of(action.segments), "send private")

    async def _directroom_path(self, user_id: str) -> str:
        """The direct room with `user_id`, created (and noted in `m.direct`) on first use.
        The saved `m.direct` is read before making one: just after a restart the first sync
        (which brings it) may not have answered yet, and a second empty room was made."""
        known = self.rooms.dm_of.get(user_id)
        if known is not None:
            return known
        async with self._making_direct:
            if user_id not in self.rooms.dm_of:
                await read_direct_rooms(self.client, self.rooms)
            return self.rooms.dm_of.get(user_id) or await self._new_directroom_path(user_id)

    async def _new_directroom_path(self, user_id: str) -> str:
        made = await self.client.raw(
            "create direct room",
            Method.POST,
            "/_matrix/client/v3/createRoom",
            {"is_direct": True, "invite": [user_id], "preset": "trusted_private_chat"},
        )
        room_id = str(made["room_id"])
        self.rooms.mark_direct(room_id, user_id)
        path = f"/_matrix/client/v3/user/{quote(self.rooms.bot)}/account_data/m.direct"
        await self.client.raw("save m.direct", Method.PUT, path, self.rooms.direct_data())
        return room_id

    async def send_image(self, action: SendImage[Rendered]) -> ActionResult:
        image = action.image
        if image.url.startswith("mxc://"):
            uri, data, mime = image.url, b"", "image/png"
        else:
            data = image.data or (Path(image.path).read_bytes() if image.path else b"")
            if not data and image.url:
                data = await self.client.download(image.url)
            name = image.path or image.url or "image.png"
            mime = mimetypes.guess_type(name)[0] or "image/png"
            upload = self.client.client.upload_media(data, mime_type=mime, filename="image.png")
            uri = str(await self.client.call("upload", upload))
        caption = plain_text(action.caption)
        content = {
            "msgtype": "m.image",
            "body": caption or "image.png",
            "filename": "image.png",
            "url": uri,
            "info": {"mimetype": mime, "size": len(data)},
        }
        if action.thread_id:
            content["m.relates_to"] = relation(action.thread_id)
        return await self._post(await self._room_of(action.chat), content, "send image")

    async def delete_messages(self, action: DeleteMessages) -> ActionResult:
        edits = self.inbound.edits
        room = quote(await self._room_of(action.chat))  # a private one: the direct room
        named = action.message_ids
        if action.span and len(named) == 2:  # /purge: the first message and the last
            named = tuple(await events_between(self.client, room, named[0], named[1], SPAN_LIMIT))
        events = dict.fromkeys(e for m in named for e in (m, *edits.get(m, ())))
        for index, event_id in enumerate(events):  # once each, however often an id is named
            txn = transaction_id(self.client.api.get_txn_id, index)
            path = f"/_matrix/client/v3/rooms/{room}/redact/{quote(event_id)}/{txn}"
            await self.client.raw("redact", Method.PUT, path, {})
        return ActionResult()

    async def pin(self, action: Pin | Unpin | UnpinAll) -> ActionResult:
        room = quote(await self._room_of(action.chat))
        path = f"/_matrix/client/v3/rooms/{room}/state/m.room.pinned_events"
        try:
            pinned = list((await self.client.raw("pins", Method.GET, path)).get("pinned") or [])
        except TargetNotFound:
            pinned = []
        if isinstance(action, Pin):
            pinned = [action.message_id, *(p for p in pinned if p != action.message_id)]
        elif isinstance(action, Unpin) and action.message_id:
            pinned = [p for p in pinned if p != action.message_id]
        else:
            pinned = pinned[1:] if isinstance(action, Unpin) else []
        await self.client.raw("pin", Method.PUT, path, {"pinned": pinned})
        return ActionResult()

    def render(self, segments: Message) -> dict[str, Any]:
        """The content a message would be sent as (for previews and tests)."""
        return content_of(segments)

    async def diagnose(self, chats: Sequence[Ref]) -> list[Finding]:
        return await self._diagnosing(findings, chats)

    async def diagnose_posting(self, chats: Sequence[Ref]) -> list[Finding]:
        return await self._diagnosing(posting, chats)

    async def discover_chats(self, wait: float) -> list[SeenChat]:
        """The rooms the bot is in or invited to, for `groupops init` (the homeserver keeps
        them: nothing to wait for)."""
        return await self._diagnosing(lambda adapter, _: rooms_seen(adapter), ())

    async def _diagnosing(self, check: Any, chats: Sequence[Ref]) -> Any:
        opened_here = self._client is None
        try:
            return await check(self, chats)
        finally:
            if opened_here and self._client is not None:  # `groupops doctor`: not running
                await self._client.close()
                self._client = None
