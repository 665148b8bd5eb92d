"""What the Matrix adapter does to members: mute and unmute as power levels (a timed mute's
end kept beside them, `powers.py`), kick, ban and unban as membership calls (a timed ban's end
in room state, `bans.py`), a knock approved by an invite or declined by a kick, and the sweep
that lifts timed mutes and bans once due. A due mute the homeserver refuses to lift (the bot
below what changing the power levels needs) is said once, as MuteOverdue, and tried again on
every sweep until the bot may."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from loguru import logger
from mautrix.api import Method

from groupops.core.actions import (
    ActionResult,
    ApproveJoin,
    Ban,
    DeclineJoin,
    Kick,
    Mute,
    Unban,
    Unmute,
)
from groupops.core.clock import Clock
from groupops.core.errors import (
    ActionError,
    Forbidden,
    NotInChat,
    RateLimited,
    TargetNotFound,
    TransientError,
)
from groupops.core.events import MuteOverdue
from groupops.core.refs import Ref
from groupops.core.sink import EventSink

from . import bans, powers
from .client import MatrixClient
from .options import MatrixOptions
from .rooms import Rooms
from .text import PLATFORM, user_ref


def _overdue_key(chat: Ref, user: str, end_ms: int) -> str:
    return f"{PLATFORM}:mute_overdue:{chat.local_id}:{user}:{end_ms}"


def _time_of(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def room_path(chat: Ref) -> str:
    return quote(chat.local_id)


async def membership_of(client: MatrixClient, chat: Ref, user_id: str) -> str:
    """`join`, `invite`, `knock`, `leave` or `ban`; "" for one never in the room."""
    path = f"/_matrix/client/v3/rooms/{room_path(chat)}/state/m.room.member/{quote(user_id)}"
    try:
        return str((await client.raw("member", Method.GET, path)).get("membership", ""))
    except TargetNotFound:
        return ""


class Membership:
    """Mixed into the adapter, which gives it these."""

    if TYPE_CHECKING:

        @property
        def client(self) -> MatrixClient: ...

    rooms: Rooms
    bans: bans.TimedBans
    clock: Clock
    options: MatrixOptions
    # room id -> the due mutes (user, end) already said to be refused, said once each
    overdue: dict[str, set[tuple[str, int]]]

    async def _levels(self, chat: Ref) -> dict[str, Any]:
        path = f"/_matrix/client/v3/rooms/{room_path(chat)}/state/m.room.power_levels"
        return dict(await self.client.raw("power levels", Method.GET, path))

    async def _set_levels(self, chat: Ref, levels: dict[str, Any]) -> None:
        """Write the whole power levels, made from what was just read. Levels that show the
        bot below what changing them needs are not sent: the homeserver refuses them, unless an
        admin raised the bot in between, and then it takes them and lowers the bot back to
        the level read (a due mute retried every sweep undid the admin's fix that way)."""
        bot = self.rooms.bot
        if "mute" not in powers.rights_of(levels, bot, self.rooms.room(chat.local_id).creators):
            raise Forbidden(
                f"set power levels: the bot's power level ({powers.level_of(levels, bot)}) is "
                f"below the {powers.needed_level(levels, 'm.room.power_levels')} changing "
                "them needs"
            )
        path = f"/_matrix/client/v3/rooms/{room_path(chat)}/state/m.room.power_levels"
        await self.client.raw("set power levels", Method.PUT, path, levels)

    async def _membership(self, chat: Ref, user_id: str) -> str:
        return await membership_of(self.client, chat, user_id)

    async def _membership_call(self, verb: str, chat: Ref, user_id: str) -> ActionResult:
        path = f"/_matrix/client/v3/rooms/{room_path(chat)}/{verb}"
        await self.client.raw(verb, Method.POST, path, {"user_id": user_id})
        return ActionResult()

    async def mute(self, action: Mute | Unmute) -> ActionResult:
        levels = await self._levels(action.chat)
        user = action.user.local_id
        if isinstance(action, Unmute):
            if action.ended is not None and not powers.mute_ends_at(
                levels, user, int(action.ended.timestamp() * 1000)
            ):
                return ActionResult()  # lifted already, or muted anew since: not this mute
            await self._set_levels(action.chat, powers.unmuted(levels, user))
        else:
            until = int(action.until.timestamp() * 1000) if action.until else None
            await self._set_levels(action.chat, powers.muted(levels, user, until))
        return ActionResult()

    async def _sweep(self, sink: EventSink | None = None) -> None:
        """Lift the timed mutes and bans that came due, every `sweep_seconds`."""
        while True:
            for room_id, room in list(self.rooms.rooms.items()):
                if room_id in self.rooms.direct or room.encrypted:
                    continue
                chat = Ref.chat(PLATFORM, room_id)
                with contextlib.suppress(ActionError):
                    await self._lift_due(chat, sink)
                # the ends as sync last showed them: the server is asked only once one is due
                if bans.due(room.ban_ends, self._now_ms()):
                    with contextlib.suppress(ActionError):
                        await self._lift_bans(chat)
            await asyncio.sleep(self.options.sweep_seconds)

    def _now_ms(self) -> int:
        return int(self.clock.now().timestamp() * 1000)

    async def _lift_due(self, chat: Ref, sink: EventSink | None = None) -> None:
        levels = await self._levels(chat)
        due = powers.due_unmutes(levels, self._now_ms())
        if not due:
            return
        ends = levels.get(powers.MUTED_UNTIL) or {}
        for user in due:
            levels = powers.unmuted(levels, user)
        try:
            await self._set_levels(chat, levels)
        except (TransientError, RateLimited):
            raise  # the server is away or busy: the next sweep tries again
        except ActionError as exc:
            await self._refused(chat, {(user, int(ends[user])) for user in due}, exc, sink)
            raise
        told = self.overdue.pop(chat.local_id, set())
        logger.info("matrix: mute ended for {} in {}", ", ".join(due), chat.local_id)
        for user, end in sorted(told):
            if sink is not None and user in due:  # its refused unmute is done now
                overdue = _overdue_key(chat, user, end)
                await sink.submit(
                    MuteOverdue(
                        key=f"{overdue}:lifted",
                        chat=chat,
                        time=self.clock.now(),
                        member=user_ref(user),
                        ended=_time_of(end),
                        lifted_after=overdue,
                    )
                )

    async def _refused(
        self, chat: Ref, due: set[tuple[str, int]], exc: ActionError, sink: EventSink | None
    ) -> None:
        """Due mutes the homeserver refused to lift: logged and handed to the engine once
        each (it lifts them through the outbox, which lists the failure and tells the admins),
        not kept quiet until the bot happens to get its power back."""
        told = self.overdue.setdefault(chat.local_id, set())
        told &= due  # those lifted by hand meanwhile are forgotten
        for user, end in sorted(due - told):
            logger.warning(
                "matrix: the mute of {} in {} ended but could not be lifted ({}); tried again "
                "every sweep",
                user,
                chat.local_id,
                exc,
            )
            if sink is not None:
                await sink.submit(
                    MuteOverdue(
                        key=_overdue_key(chat, user, end),
                        chat=chat,
                        time=self.clock.now(),
                        member=user_ref(user),
                        error=str(exc),
                        ended=_time_of(end),
                    )
                )
            told.add((user, end))

    async def _lift_bans(self, chat: Ref) -> None:
        async with self.bans.editing(self.client, chat.local_id) as ends:
            for user in bans.due(ends, self._now_ms()):
                # unbanned meanwhile (by hand, or it failed before the ban): only the entry goes
                if await self._membership(chat, user) == "ban":
                    await self._membership_call("unban", chat, user)
                    logger.info("matrix: ban ended for {} in {}", user, chat.local_id)
                del ends[user]

    async def kick(self, action: Kick) -> ActionResult:
        # kicking a banned member would lift the ban: someone banned stays banned
        membership = await self._membership(action.chat, action.user.local_id)
        if membership == "ban":
            return ActionResult()
        if membership not in ("join", "invite", "knock"):
            raise NotInChat(f"kick: {action.user.local_id} is not in {action.chat.local_id}")
        return await self._membership_call("kick", action.chat, action.user.local_id)

    async def ban(self, action: Ban) -> ActionResult:
        # the end is noted first: a ban never stands without it (a retry notes it again)
        until = int(action.until.timestamp() * 1000) if action.until else None
        await self.bans.note(self.client, action.chat.local_id, action.user.local_id, until)
        return await self._membership_call("ban", action.chat, action.user.local_id)

    async def unban(self, action: Unban) -> ActionResult:
        await self.bans.note(self.client, action.chat.local_id, action.user.local_id, None)
        if await self._membership(action.chat, action.user.local_id) != "ban":
            return ActionResult()  # nothing to lift
        return await self._membership_call("unban", action.chat, action.user.local_id)

    async def approve_join(self, action: ApproveJoin) -> ActionResult:
        return await self._membership_call("invite", action.chat, action.user.local_id)

    async def decline_join(self, action: DeclineJoin) -> ActionResult:
        return await self._membership_call("kick", action.chat, action.user.local_id)
