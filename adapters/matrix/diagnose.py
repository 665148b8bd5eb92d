"""`groupops doctor` for Matrix: is the token good, is the bot in each room, is the room
encrypted or upgraded to a new one, may it redact, kick, ban, change power levels and note
when bans end there, and may a newcomer post (to answer the captcha)."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from mautrix.api import Method

from groupops.core.doctor.findings import Finding, Level
from groupops.core.errors import ActionError, TargetNotFound, TransientError
from groupops.core.refs import Ref

from . import bans, powers, upgrades
from .errors import whoami_problem
from .signin import owner_problem, signed_in_as

if TYPE_CHECKING:
    from .adapter import MatrixAdapter


async def findings(adapter: MatrixAdapter, chats: Sequence[Ref]) -> list[Finding]:
    subject = f"matrix ({adapter.options.homeserver})"
    bot = adapter.options.user_id
    try:
        found = await signed_in_as(adapter.client)
    except ActionError as exc:
        adapter.signed_in = False
        setting, problem = whoami_problem(exc)
        return [
            Finding(
                subject,
                Level.BLOCKER,
                f"{setting}: {problem}",
                f"everything on Matrix ({len(chats)} room(s))",
                f"check {setting}",
            )
        ]
    wrong = owner_problem(found, bot)
    if wrong is not None:  # run refuses to start with it
        return [
            Finding(
                subject,
                Level.BLOCKER,
                str(wrong),
                f"everything on Matrix ({len(chats)} room(s))",
                "use this account's access token, or set user_id to the token's account",
            )
        ]
    out = [Finding(subject, Level.OK, f"signed in as {bot}")]
    invited = await invited_rooms(adapter)
    for chat in chats:
        out += await _room(adapter, chat, bot, invited)
    return out


async def invited_rooms(adapter: MatrixAdapter) -> set[str]:
    return set(await invites(adapter))


async def invites(adapter: MatrixAdapter) -> dict[str, dict]:
    """The rooms the bot is invited to and has not joined yet, each with its entry in a sync
    that brings no messages (its `invite_state`: the name the bot may not read before
    joining); empty when the homeserver will not say. Synapse answers the same sync request
    from a cache for a while: a doctor run just before the bot was invited (or joined) would be
    answered what that one saw, so each asks with a filter of its own (an event type no room
    has) and `joined_rooms` is asked too."""
    unseen = json.dumps(f"org.groupops.doctor.{time.time_ns()}")
    quiet = (
        '{"room":{"timeline":{"limit":0},"state":{"types":[]}},"presence":{"types":[]},'
        f'"account_data":{{"not_types":[{unseen}]}}}}'
    )
    path = "/_matrix/client/v3/sync"
    try:
        synced = await adapter.client.raw("sync", Method.GET, path, filter=quiet, timeout="0")
        joined = await adapter.client.raw(
            "joined rooms", Method.GET, "/_matrix/client/v3/joined_rooms"
        )
    except ActionError:
        return {}
    invited = ((synced or {}).get("rooms") or {}).get("invite") or {}
    member = set((joined or {}).get("joined_rooms") or ())
    return {room: entry or {} for room, entry in invited.items() if room not in member}


async def _room(adapter: MatrixAdapter, chat: Ref, bot: str, invited: set[str]) -> list[Finding]:
    if chat.local_id in invited:  # the first `groupops run` accepts it
        if adapter.options.accept_invites:
            return [
                Finding(chat, Level.NOTE, "the bot is invited; it joins when groupops run starts")
            ]
        return [
            Finding(
                chat, Level.BLOCKER, "the bot is invited but does not accept invites",
                "everything there", "set accept_invites = true, or join the room as the bot",
            )
        ]  # fmt: skip
    try:
        membership = await adapter._membership(chat, bot)
        levels = await adapter._levels(chat)
        encrypted = await _encrypted(adapter, chat)
    except ActionError as exc:
        return [
            Finding(
                chat,
                Level.BLOCKER,
                f"cannot read the room ({exc})",
                "everything there",
                _unreadable_fix(adapter, chat, bot, exc),
            )
        ]
    if membership != "join":
        return [
            Finding(
                chat,
                Level.BLOCKER,
                "the bot is not in the room",
                "everything there",
                "invite the bot; it joins rooms it is invited to",
            )
        ]
    new_room = await upgrades.replacement(adapter.client, chat.local_id)
    if new_room:
        return [upgrades.replaced_finding(chat, bot, new_room)]
    if encrypted:
        return [
            Finding(
                chat,
                Level.BLOCKER,
                "the room is end-to-end encrypted",
                "everything there: groupops does not support encrypted rooms",
                "use an unencrypted room (encryption cannot be turned off)",
            )
        ]
    level = powers.level_of(levels, bot)
    out = []
    for key, default, feature in powers.NEEDS:
        if level < int(levels.get(key, default)):
            out.append(
                Finding(
                    chat,
                    Level.WARNING,
                    f"power level {level} may not {key}",
                    feature,
                    f"give {bot} power level {levels.get(key, default)} or more",
                )
            )
    events = levels.get("events") or {}
    changing = int(events.get("m.room.power_levels", 100))
    if level < changing:
        out.append(
            Finding(
                chat,
                Level.WARNING,
                f"power level {level} may not change power levels",
                "mutes",
                f"give {bot} power level {changing} or more (m.room.power_levels needs it)",
            )
        )
    noting = int(events.get(bans.BANS, levels.get("state_default", 50)))
    if level < noting:
        out.append(
            Finding(
                chat,
                Level.WARNING,
                f"power level {level} may not note when a ban ends ({bans.BANS})",
                "timed bans (refused: they would stay for good)",
                f"give {bot} power level {noting} or more, or let a lower level send "
                f"{bans.BANS} (state_default, or events)",
            )
        )
    out += _newcomers_silent(chat, levels)
    return out or [Finding(chat, Level.OK, f"in the room, power level {level}")]


def _unreadable_fix(adapter: MatrixAdapter, chat: Ref, bot: str, exc: ActionError) -> str:
    """What to do about a room the bot cannot read: a homeserver says M_FORBIDDEN ("not in
    room") for a room the bot was never invited to, and for a room id it does not know."""
    where = f"check the room id in the community's chats (matrix:{chat.local_id})"
    if isinstance(exc, TransientError):
        return f"check that {adapter.options.homeserver} answers, then run doctor again"
    if isinstance(exc, TargetNotFound):
        return where
    if adapter.options.accept_invites:
        return f"invite {bot} to the room (it joins rooms it is invited to), or {where}"
    return f"invite {bot} to the room and join it as the bot (accept_invites is off), or {where}"


def _newcomers_silent(chat: Ref, levels: dict) -> list[Finding]:
    """A room where a member at the default level may not post: a newcomer cannot type the
    captcha's answer (Matrix has no buttons) and is removed when it times out."""
    newcomer, needed = int(levels.get("users_default", 0)), powers.send_level(levels)
    if newcomer >= needed:
        return []
    return [
        Finding(
            chat,
            Level.WARNING,
            f"members at the default power level ({newcomer}) may not send messages "
            f"(m.room.message needs {needed})",
            "the join captcha: a newcomer cannot type the answer and is removed when it times "
            "out (switch it off for this community if the room is read-only on purpose)",
            f"let power level {newcomer} send messages (events_default, or m.room.message)",
        )
    ]


async def _encrypted(adapter: MatrixAdapter, chat: Ref) -> bool:
    try:
        await adapter.client.raw(
            "encryption",
            Method.GET,
            f"/_matrix/client/v3/rooms/{chat.local_id}/state/m.room.encryption",
        )
    except ActionError:
        return False
    return True


async def posting(adapter: MatrixAdapter, chats: Sequence[Ref]) -> list[Finding]:
    """An admin room (reviews, alerts, reports) the bot is not in, or only invited to."""
    bot = adapter.options.user_id
    rooms = [chat for chat in chats if chat.kind == "chat"]
    if not rooms:
        return []
    unchecked = [
        Finding(chat, Level.NOTE, "the admin room is not checked: signing in failed")
        for chat in rooms
    ]
    if adapter.signed_in is False:  # `findings` waited for it once already
        return unchecked
    try:
        await signed_in_as(adapter.client)
    except ActionError:
        # the token refused or the homeserver not answering: `findings` names it, and whether
        # the bot is in the admin room cannot be known (inviting it would not help)
        return unchecked
    invited = await invited_rooms(adapter)
    out = []
    for chat in rooms:
        problem = "the bot is not in the admin room"
        try:
            membership = await adapter._membership(chat, bot)
        except TransientError as exc:
            membership, problem = "", f"cannot read the admin room ({exc})"
        except ActionError:  # M_FORBIDDEN "not in room": never invited, or no such room
            membership = ""
        if membership == "join":
            out.append(Finding(chat, Level.OK, "the bot is in the admin room"))
        elif chat.local_id in invited and adapter.options.accept_invites:
            out.append(
                Finding(chat, Level.NOTE, "the bot is invited; it joins when groupops run starts")
            )
        else:
            out.append(
                Finding(
                    chat, Level.WARNING, problem, "reviews, alerts and reports for the admins",
                    "invite the bot into it (it joins rooms it is invited to), or correct "
                    "communities.NAME.admin_chat",
                )
            )  # fmt: skip
    return out
