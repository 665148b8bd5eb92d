"""What the bot cannot carry out once lowered below what it needs, against a real Synapse: a
timed mute's end and a captcha's removal are told to the admins, not left silent."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import pytest
from support.matrix_fixtures import make_room, until
from support.matrix_harness import MatrixHarness

from groupops.adapters.matrix import powers
from groupops.core.actions import Mute
from groupops.core.clock import ManualClock, SystemClock
from groupops.core.codec import decode_action
from groupops.core.engine.outbox_rows import requeue, troubled, why_not_requeued
from groupops.core.refs import Ref
from groupops.core.storage.models import AuditEntry, OutboxItem

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included
SWEEP = {"sweep_seconds": 0.1}


def set_levels(h: MatrixHarness, **users: int) -> None:
    levels = h.owner.state(h.room, "m.room.power_levels") or {}
    levels["users"] = {**levels.get("users", {}), **users}
    path = f"/_matrix/client/v3/rooms/{quote(h.room)}/state/m.room.power_levels"
    h.owner.call("PUT", path, levels)


async def with_admin_room(h: MatrixHarness, **options) -> str:
    """An admin room the owner makes and invites the bot into, named in the settings."""
    admins = make_room(h.synapse, h.owner, h.bot)
    joined = await until(lambda: h.owner.membership(admins, h.bot.user_id) == "join")
    assert joined, "the bot did not join the admin room"
    h.raw["communities"]["club"]["admin_chat"] = f"matrix:{admins}"
    await h.stop()
    await h.start(**options)
    return admins


def level_of(h: MatrixHarness, user: str) -> int:
    levels = h.owner.state(h.room, "m.room.power_levels") or {}
    return int((levels.get("users") or {}).get(user, levels.get("users_default", 0)))


async def muted_then_powerless(h: MatrixHarness, name: str, bot_level: int) -> Ref:
    """`name` muted for ten minutes, then the bot's power lowered to `bot_level`."""
    assert h.adapter is not None
    member = h.member(name)
    await h.settle()
    ten_minutes = datetime.now(UTC) + timedelta(minutes=10)
    await h.adapter.perform(Mute(chat=h.chat, user=member, until=ten_minutes))
    assert level_of(h, member.local_id) < 0
    set_levels(h, **{h.bot.user_id: bot_level})
    await h.settle()
    return member


def eleven_minutes_on(h: MatrixHarness) -> None:
    """The adapter's clock past the mute's end: its sweep finds the mute overdue."""
    assert h.adapter is not None
    h.adapter.clock = ManualClock(SystemClock().now() + timedelta(minutes=11))


async def test_a_mute_the_bot_cannot_lift_at_its_end_is_told_and_lifted_later(open_matrix):
    h = await open_matrix(None, **SWEEP)
    admins = await with_admin_room(h, **SWEEP)
    clara = await muted_then_powerless(h, "Clara", 50)  # may no longer change the levels
    eleven_minutes_on(h)
    notice = (
        "The mute of Clara in Test Club has ended, but the bot could not lift it (it may lack "
        "the right to unmute members there): they stay muted until it can. An admin can "
        "unmute them by hand."
    )
    told = await until(lambda: notice in h.texts(admins), settle=h.settle)
    assert told, h.texts(admins)
    said = next(c for c in h.contents(admins) if c["body"] == notice)
    assert f'<a href="https://matrix.to/#/{clara.local_id}">Clara</a>' in said["formatted_body"]
    assert said["m.mentions"] == {}  # named for the admins, not notified
    failed = await OutboxItem.filter(status="failed", kind="unmute").count()
    assert failed == 1  # what `groupops outbox` lists
    assert level_of(h, clara.local_id) < 0  # still muted
    set_levels(h, **{h.bot.user_id: 100})  # power back: the sweep lifts it
    assert await until(lambda: level_of(h, clara.local_id) == 0)
    await h.settle()
    assert h.texts(admins).count(notice) == 1  # said once, however many sweeps failed


# it takes seconds: a hang (as when a stop cancelled the intake inside SQLite's BEGIN and the
# restarted engine waited for its lock, `core/storage/sqlite_begin.py`) costs two minutes
@pytest.mark.timeout(120)
async def test_a_stale_refused_unmute_retried_leaves_a_newer_mute_alone(open_matrix):
    """The adapter lifts an overdue mute itself once it may: the refused unmute it stood for
    leaves `groupops outbox`, and retrying it after an admin muted the member again lifts
    nothing."""
    h = await open_matrix(None, **SWEEP)
    admins = await with_admin_room(h, **SWEEP)
    bob = await muted_then_powerless(h, "Bob", 0)
    eleven_minutes_on(h)
    assert await until(lambda: OutboxItem.filter(status="failed", kind="unmute").exists())
    (stale,) = await OutboxItem.filter(kind="unmute")
    set_levels(h, **{h.bot.user_id: 100})
    assert await until(lambda: level_of(h, bob.local_id) == 0)  # lifted by the adapter
    listed = lambda: troubled(datetime.now(UTC), timedelta(minutes=5), None)  # noqa: E731
    assert await until(lambda: _none_listed(listed)), "the lifted unmute is still listed"
    requeued, refused = await requeue([stale.id])  # `groupops outbox retry ID`
    assert (requeued, await why_not_requeued(refused)) == ([], {stale.id: "already sent"})
    # an admin mutes him again for an hour; the stale unmute, however it comes back, is not his
    an_hour = datetime.now(UTC) + timedelta(hours=1)
    await h.adapter.perform(Mute(chat=h.chat, user=bob, until=an_hour))
    assert level_of(h, bob.local_id) < 0
    await h.adapter.perform(decode_action(stale.payload))
    assert level_of(h, bob.local_id) < 0  # still muted
    assert h.texts(admins)  # the overdue notice went out, once


async def test_power_given_back_as_the_sweep_reads_the_levels_stays(open_matrix, monkeypatch):
    """An admin gives the bot its power back between the sweep's read of the power levels
    and its write: the write, made from levels where the bot had none, used to go through
    and lower the bot back to 0. It is not sent; the next sweep lifts the mute."""
    h = await open_matrix(None, **SWEEP)
    dan = await muted_then_powerless(h, "Dan", 0)
    assert h.adapter is not None
    adapter, read = h.adapter, h.adapter._levels
    given_back = asyncio.Event()

    async def read_then_give_back(chat: Ref) -> dict:
        levels = await read(chat)
        due = powers.due_unmutes(levels, adapter._now_ms())
        if chat == h.chat and dan.local_id in due and not given_back.is_set():
            await asyncio.to_thread(set_levels, h, **{h.bot.user_id: 100})  # the admin
            given_back.set()
        return levels

    monkeypatch.setattr(adapter, "_levels", read_then_give_back)
    eleven_minutes_on(h)
    assert await until(given_back.is_set)
    assert await until(lambda: level_of(h, dan.local_id) == 0)  # lifted by a later sweep
    assert level_of(h, h.bot.user_id) == 100  # what the admin gave it


async def _none_listed(listed) -> bool:
    return not [row for row in await listed() if row.kind == "unmute"]


def captcha() -> dict:
    section = {"enabled": True, "mode": "math", "timeout": "5m"}
    return {"rulesets": {"main": {"pipeline": ["membership", "captcha"], "captcha": section}}}


async def test_a_captcha_removal_the_platform_refuses_is_told_to_the_admins(open_matrix):
    h = await open_matrix(captcha())
    admins = await with_admin_room(h)
    set_levels(h, **{h.bot.user_id: 40})  # below kick and ban (50)
    await h.settle()
    spammer = h.member("Spammer")
    await h.settle()
    assert h.engine is not None
    h.engine.clock = ManualClock(datetime.now(UTC) + timedelta(minutes=6))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.owner.membership(h.room, spammer.local_id) == "join"  # the kick was refused
    assert (
        "Spammer could not be removed: the platform refused (the bot may lack the right to "
        "remove members here). An admin can remove them by hand."
    ) in h.texts(admins)


async def test_a_newcomer_never_shown_the_captcha_is_not_removed_for_it(open_matrix):
    """In an end-to-end encrypted room the bot cannot post the question: the admins are told,
    the audit says the question failed, and its timeout removes nobody."""
    h = await open_matrix(captcha())
    admins = await with_admin_room(h)
    assert h.adapter is not None
    path = f"/_matrix/client/v3/rooms/{quote(h.room)}/state/m.room.encryption/"
    h.owner.call("PUT", path, {"algorithm": "m.megolm.v1.aes-sha2"})
    assert await until(lambda: h.adapter is not None and h.adapter.rooms.room(h.room).encrypted)
    ann = h.member("Ann")
    await h.settle()
    told = (
        "Ann could not be asked the captcha: the question could not be sent. They will not be "
        "removed for leaving it unanswered."
    )
    assert told in h.texts(admins)
    asked = await AuditEntry.get(action="captcha.asked")
    assert asked.outcome == "failed"  # not "done": she was never shown it
    assert h.engine is not None
    h.engine.clock = ManualClock(datetime.now(UTC) + timedelta(minutes=6))
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.owner.membership(h.room, ann.local_id) == "join"  # not kicked
    assert not await AuditEntry.filter(action="captcha.removed").exists()
    assert await AuditEntry.filter(action="captcha.unasked").exists()
    assert not await OutboxItem.filter(kind="kick").exists()  # nothing was even tried
