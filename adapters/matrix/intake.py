"""The sync loop: long-poll `/sync`, push each timeline event's neutral events into the sink
(each returns once committed), then save `next_batch` in the database.

The token is saved only after every event before it committed, so a crash replays at most one
sync's events, and the engine drops those by key: a restart neither loses nor repeats events.
A timeline the server cut short (`limited`, after a long downtime) is filled in from
`/messages` back to the saved token first. The very first sync of an account only learns the
rooms: history from before the bot was set up is not judged.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from loguru import logger
from mautrix.api import Method

from groupops.core.adapter import EventSink
from groupops.core.errors import ActionError, RateLimited, TargetNotFound
from groupops.core.events import Event
from groupops.core.intake import IntakeWatch
from groupops.core.outage import Outage, database_away, queue_away
from groupops.core.storage.models import InboundCursor

from . import powers
from .client import MatrixClient
from .inbound import Inbound
from .rooms import Rooms
from .sync_failures import SyncFailures
from .upgrades import say_replaced

JSON = Mapping[str, Any]
FILTER = {
    "presence": {"types": []},
    "room": {"timeline": {"limit": 50}, "ephemeral": {"types": []}},
}
PAGE = 100  # events per /messages page when filling a gap


class Intake:
    def __init__(
        self,
        client: MatrixClient,
        rooms: Rooms,
        inbound: Inbound,
        timeout: float,
        accept: bool,
        making_direct: asyncio.Lock | None = None,
        watch: IntakeWatch | None = None,
    ) -> None:
        self.client, self.rooms, self.inbound = client, rooms, inbound
        self.watch = watch  # the homeserver down shows on /metrics (this loop never raises)
        # held while the adapter makes a direct room (`adapter.py`)
        self.making_direct = making_direct or asyncio.Lock()
        self.timeout_ms = int(timeout * 1000)
        self.accept_invites = accept
        self.cursor_key = f"matrix:{rooms.bot}"
        self.token: str | None = None
        self.synced = asyncio.Event()  # set after the first sync was absorbed
        self._filter: str | None = None

    async def run(self, sink: EventSink) -> None:
        row = await InboundCursor.get_or_none(key=self.cursor_key)
        self.token = row.value if row else None
        failures = SyncFailures()  # the homeserver away, the token refused, other errors
        # Redis or the database away: one line when it goes, not a traceback every sync
        held = Outage("matrix sync: events not taken in", (queue_away, database_away))
        while True:
            try:
                await self.once(sink)
                failures.answered()
                held.passed()
                if self.watch is not None:
                    self.watch.answered()
            except RateLimited as exc:
                await asyncio.sleep(exc.retry_after)
            except ActionError as exc:  # the server is down or refuses us: keep trying
                if self.watch is not None:
                    self.watch.failed(exc)
                await asyncio.sleep(failures.failure(exc))
            except Exception as exc:  # the token stays, so the events come again
                delay = failures.backoff.next_pause()
                if held.recognize(exc) is not None:
                    held.failed(exc)
                else:  # a bug, or the engine refused
                    logger.exception("matrix sync: events not taken in; again in {:.3g} s", delay)
                await asyncio.sleep(delay)

    async def once(self, sink: EventSink) -> None:
        if self._filter is None:
            path = f"/_matrix/client/v3/user/{quote(self.rooms.bot)}/filter"
            made = await self.client.raw("create filter", Method.POST, path, FILTER)
            self._filter = str(made["filter_id"])
        query = {"timeout": str(self.timeout_ms), "filter": self._filter}
        if self.token:
            query["since"] = self.token
        if not self.synced.is_set():
            # after a restart: every room's whole state (names, direct rooms, encryption) with
            # the events since the saved token, in one answer
            query["full_state"] = "true"
            await self._direct_rooms()
        data = await self.client.raw("sync", Method.GET, "/_matrix/client/v3/sync", **query)
        # A direct room the bot is making may be in this answer before createRoom returned (its
        # own join, without the invite that says `is_direct`): read once it is known as direct,
        # else the join reads as a room of no community.
        async with self.making_direct:
            pass
        await self.absorb(data, sink, replay=self.token is not None)
        self.token = str(data["next_batch"])
        await InboundCursor.update_or_create(
            {"value": self.token, "updated_at": datetime.now(UTC)}, key=self.cursor_key
        )
        self.synced.set()

    async def _direct_rooms(self) -> None:
        await read_direct_rooms(self.client, self.rooms)

    async def absorb(self, data: JSON, sink: EventSink, *, replay: bool) -> None:
        for event in (data.get("account_data") or {}).get("events") or ():
            if event.get("type") == "m.direct":
                self.rooms.read_direct(event.get("content") or {})
        rooms = data.get("rooms") or {}
        for room_id, invite in (rooms.get("invite") or {}).items():
            await self._invited(room_id, invite)
        for room_id, left in (rooms.get("leave") or {}).items():
            await self._left(room_id, left, sink, replay=replay)
        for room_id, joined in (rooms.get("join") or {}).items():
            for event in (joined.get("state") or {}).get("events") or ():
                self.rooms.apply_state(room_id, event)
            say_replaced(self.rooms, room_id, joined)
            timeline = joined.get("timeline") or {}
            events = list(timeline.get("events") or ())
            self.rooms.direct_from_invites(room_id, events)
            # a room the bot just joined: what happened before its own join is history
            start = self._own_join(events)
            if start == len(events):
                start = 0
                if replay and timeline.get("limited") and timeline.get("prev_batch"):
                    events = await self._gap(room_id, str(timeline["prev_batch"])) + events
            seen: set[str] = set()
            for n, event in enumerate(events):
                if event.get("event_id") in seen:
                    continue
                seen.add(str(event.get("event_id")))
                self._check_encryption(room_id, event)
                translated = self._translate(room_id, event)
                for neutral in translated if replay and n >= start else ():
                    await sink.submit(await self._complete(room_id, neutral))

    async def _left(self, room_id: str, left: JSON, sink: EventSink, *, replay: bool) -> None:
        """A room the bot is no longer in: only its own leaving is taken in (a kick or ban
        is reported to the admins), then the room is forgotten."""
        for event in (left.get("timeline") or {}).get("events") or ():
            own = event.get("type") == "m.room.member" and event.get("state_key") == self.rooms.bot
            for neutral in self._translate(room_id, event) if own else ():
                if replay:
                    await sink.submit(neutral)
        self.rooms.rooms.pop(room_id, None)

    def _translate(self, room_id: str, event: JSON) -> list[Event]:
        """One event's neutral events; an event the translation fails on is logged and
        skipped, so it cannot hold up the room forever."""
        try:
            return self.inbound.translate(room_id, event)
        except Exception:
            logger.exception(
                "matrix: event {} in {} not understood", event.get("event_id"), room_id
            )
            return []

    async def _complete(self, room_id: str, event: Event) -> Event:
        """A reply to a message from before the adapter's record, its author asked of the
        homeserver (only for events that are judged: history is not)."""
        return await self.inbound.replies.complete(self.client, room_id, event)

    def _own_join(self, events: list[JSON]) -> int:
        """The index of the bot's own join in a timeline (its length when it is not there)."""
        for n, event in enumerate(events):
            content = event.get("content") or {}
            if (
                event.get("type") == "m.room.member"
                and event.get("state_key") == self.rooms.bot
                and content.get("membership") == "join"
            ):
                return n
        return len(events)

    async def _gap(self, room_id: str, prev_batch: str) -> list[JSON]:
        """The events between the saved token and a cut-short timeline, oldest first."""
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/messages"
        older: list[JSON] = []
        start = prev_batch
        while True:
            page = await self.client.raw(
                "messages",
                Method.GET,
                path,
                dir="b",
                to=self.token or "",
                limit=str(PAGE),
                **{"from": start},
            )
            chunk = page.get("chunk") or []
            older.extend(chunk)
            if not chunk or not page.get("end"):
                return list(reversed(older))
            start = str(page["end"])

    async def _invited(self, room_id: str, invite: JSON) -> None:
        if not self.accept_invites:
            return
        for event in (invite.get("invite_state") or {}).get("events") or ():
            mine = event.get("type") == "m.room.member" and event.get("state_key") == self.rooms.bot
            if mine and (event.get("content") or {}).get("is_direct"):
                self.rooms.mark_direct(room_id, str(event.get("sender")))
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/join"
        try:
            await self.client.raw("join", Method.POST, path, {})
        except ActionError as exc:
            logger.warning("matrix: could not join {} we were invited to ({})", room_id, exc)
            return
        await self._say_what_it_cannot(room_id)

    async def _say_what_it_cannot(self, room_id: str) -> None:
        """A room joined where the bot's power level is too low to moderate: said now, not
        first by a refused redaction when spam arrives."""
        path = f"/_matrix/client/v3/rooms/{quote(room_id)}/state/m.room.power_levels"
        try:
            levels = await self.client.raw("power levels", Method.GET, path)
        except ActionError:
            return  # a direct room has them too; nothing read, nothing to say
        cannot = powers.lacking(levels, self.rooms.bot)
        if cannot and room_id not in self.rooms.direct:  # a direct room is not moderated
            logger.warning(
                "matrix: joined {} at power level {}, which may not {}: spam there stays up "
                "and members are not removed until the bot's level is raised (groupops doctor "
                "says what each room lacks)",
                room_id, powers.level_of(levels, self.rooms.bot), _either(cannot),
            )  # fmt: skip

    def _check_encryption(self, room_id: str, event: JSON) -> None:
        room = self.rooms.room(room_id)
        if event.get("type") in ("m.room.encryption", "m.room.encrypted"):
            room.encrypted = True
        if room.encrypted and not room.warned:
            room.warned = True
            logger.warning(
                "matrix: room {} is end-to-end encrypted; groupops does not support encrypted "
                "rooms and neither reads nor posts there (see docs/matrix.md)",
                room_id,
            )


async def read_direct_rooms(client: MatrixClient, rooms: Rooms) -> None:
    """The account's `m.direct` (which room is the direct room with whom), as saved."""
    path = f"/_matrix/client/v3/user/{quote(rooms.bot)}/account_data/m.direct"
    with contextlib.suppress(TargetNotFound):  # none: no direct room yet
        rooms.read_direct(await client.raw("m.direct", Method.GET, path))


def _either(words: list[str]) -> str:
    """ "redact, kick or ban"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"
