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


def unknown(name: str) -> str:
    return (
        f"I don't know {name} yet: they have not posted or joined since I arrived. "
        "Reply to one of their messages, or give their id."
    )


async def test_an_unknown_name_is_said_to_be_unknown(harness_factory):
    h = await harness_factory()
    boss, bob = h.user("boss", admin=True), h.user("bob")
    await h.world.say(h.chat, boss, "/give @ann 9 start")  # ann has not posted: unknown
    await h.world.say(h.chat, bob, "hi")
    await h.world.say(h.chat, boss, "/checkin")
    await h.settle()
    said = len(h.world.texts(h.chat))
    for command in (
        "/give @nobody_here 5 x",
        "/take @nosuchuser 5 x",
        "/points @nosuchuser",
        "/history @eve",
        "/tier @eve",
        "/order @eve 10 CNY o-1",
    ):
        await h.world.say(h.chat, boss, command)
    await h.world.say(h.chat, bob, "/points @nosuchuser")  # a member sees their own
    await h.settle()
    assert h.world.texts(h.chat)[said:] == [
        unknown("@nobody_here"),
        unknown("@nosuchuser"),
        unknown("@nosuchuser"),
        unknown("@eve"),
        unknown("@eve"),
        unknown("@eve"),
        "Bob has 0 points.",
    ]


async def test_an_admin_sees_the_named_members_figures(harness_factory):
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "签到")
    await h.world.say(h.chat, boss, "/checkin")
    await h.world.say(h.chat, boss, "/give @ann 2 thanks")
    await h.world.say(h.chat, boss, "/history @ann")
    await h.world.say(h.chat, boss, "/tier @ann")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert texts[3].splitlines() == [
        "Recent points, balance 3:",
        "2026-03-02  +2  given by an admin",
        "2026-03-02  +1  daily check-in",
    ]
    assert texts[4] == "Ann: not ranked yet (tiers are worked out once a day)."


async def test_a_name_typed_first_outranks_the_reply(harness_factory):
    h = await harness_factory()
    boss, bob, eve = h.user("boss", admin=True), h.user("bob"), h.user("eve")
    await h.world.say(h.chat, eve, "hello")
    await h.world.say(h.chat, bob, "hi")
    await h.settle()
    bobs = [m for m in h.world.chats[h.chat].messages.values() if m.sender == bob][-1].id
    await h.world.say(h.chat, boss, "/give @eve 3", reply_to=bobs)
    await h.world.say(h.chat, boss, "/give @nosuchuser 3", reply_to=bobs)
    await h.world.say(h.chat, boss, "/give 4 replied", reply_to=bobs)
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Eve received 3 points. Balance 3.",
        unknown("@nosuchuser"),
        "Bob received 4 points (replied). Balance 4.",
    ]
