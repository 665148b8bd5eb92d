"""The ledger: balances move only with entries, corrections are audited, a repeat counts once."""

from __future__ import annotations

from groupops.core.storage.models import AuditEntry, LedgerEntry, Member


async def ledger_sum(member: str) -> int:
    return sum(await LedgerEntry.filter(member=member).values_list("delta", flat=True))


async def test_a_correction_without_a_reason_says_none(harness_factory):
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "签到")
    await h.world.say(h.chat, boss, "/give @ann 3")
    await h.world.say(h.chat, boss, "/take @ann 1")
    await h.settle()
    assert h.world.texts(h.chat)[1:] == [
        "Ann received 3 points. Balance 4.",
        "Ann lost 1 point. Balance 3.",
    ]


async def test_points_history_and_admin_corrections(harness_factory):
    h = await harness_factory()
    boss, ann, bob = h.user("boss", admin=True), h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "签到")
    await h.world.say(h.chat, boss, "/give @ann 5 wrote the FAQ")
    await h.world.say(h.chat, boss, "/take @ann 2 duplicate post")
    await h.world.say(h.chat, boss, "/take @ann 50 too much")
    await h.world.say(h.chat, bob, "/give @ann 5 sneaky")
    await h.world.say(h.chat, ann, "/points")
    await h.world.say(h.chat, ann, "/history")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert texts[1:6] == [
        "Ann received 5 points (wrote the FAQ). Balance 6.",
        "Ann lost 2 points (duplicate post). Balance 4.",
        "Ann has only 4 points; nothing was taken.",
        "Only admins can use /give.",
        "Ann has 4 points.",
    ]
    assert texts[6].splitlines() == [
        "Recent points, balance 4:",
        "2026-03-02  -2  taken by an admin",
        "2026-03-02  +5  given by an admin",
        "2026-03-02  +1  daily check-in",
    ]
    assert await h.balance(ann) == 4 == await ledger_sum(ann)
    audits = await AuditEntry.filter(target=ann).order_by("created_at", "id")
    assert [(a.action, a.actor, a.evidence) for a in audits] == [
        ("give", boss, "wrote the FAQ"),
        ("take", boss, "duplicate post"),
    ]


async def test_same_checkin_delivered_twice_counts_once(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    event = h.world.message_event(h.chat, ann, "/checkin")
    await h.engine.submit(event)
    await h.engine.submit(event)  # the platform redelivers it
    await h.world.say(h.chat, ann, "签到")  # and she tries again the same day
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Ann checked in: +1 point. 1 day in a row, balance 1.",
        "Ann, you have already checked in today.",
    ]
    assert await h.balance(ann) == 1 == await ledger_sum(ann)
    assert await LedgerEntry.filter(member=ann).count() == 1


async def test_balance_survives_a_restart_and_is_never_overwritten_from_memory(harness_factory):
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi all")
    await h.world.say(h.chat, boss, "/give @ann 7 welcome gift")
    await h.settle()
    # Someone else's commit moved the balance behind the engine's back (another worker).
    await Member.filter(key=ann).update(balance=70)
    await h.world.say(h.chat, ann, "hello")  # her member row is saved again
    await h.settle()
    assert await h.balance(ann) == 70
    await h.restart()
    await h.world.say(h.chat, ann, "/points")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "Ann has 70 points."
