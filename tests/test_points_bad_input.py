"""Numbers as members and admins write them: digits that are not decimal digits (`²`, `①`)
get the command's usual answer instead of a silently dropped command, and an id in other
digits (Arabic-Indic `١٠٠`) is the same account as in ASCII digits."""

from __future__ import annotations

from groupops.core.storage.models import AuditEntry, Member, Redemption

USAGE = "Usage: /{} @member AMOUNT [REASON] (amount 1 to 1,000,000)."
SETFLOOD = "Usage: /setflood MESSAGES [SECONDS], e.g. /setflood 5 10, or /setflood off"


async def test_superscript_and_circled_digits_get_the_usual_answers(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"moderation": {"flood": {"enabled": False}}}}})
    boss, ann = h.user("boss", owner=True), h.user("ann")
    await h.world.say(h.chat, ann, "hi")
    await h.world.say(h.chat, boss, "/give @ann 150 prize")
    await h.world.say(h.chat, ann, "/redeem 1")  # trial, #1: a real one to aim at
    await h.settle()
    said = len(h.world.texts(h.chat))
    for who, command in (
        (ann, "/redeem ²"),
        (ann, "/redeem ①"),
        (boss, "/give @ann ² x"),
        (boss, "/take @ann ² x"),
        (boss, "/fulfil ²"),
        (boss, "/refund ①"),
        (boss, "/setflood ² 10"),
        (boss, "/setflood 5 ²"),
    ):
        await h.world.say(h.chat, who, command)
    await h.settle()
    assert h.world.texts(h.chat)[said:] == [
        "No such item. See /shop for what you can redeem.",
        "No such item. See /shop for what you can redeem.",
        USAGE.format("give"),
        USAGE.format("take"),
        "No waiting redemption #².",
        "No waiting redemption #①.",
        SETFLOOD,
        SETFLOOD,
    ]
    assert await h.balance(ann) == 50
    assert await Redemption.filter(status="pending").count() == 1


async def test_arabic_indic_digits_are_read_as_the_numbers_they_are(harness_factory):
    h = await harness_factory()
    boss = h.user("boss", admin=True)
    h.world.user(100, "Hundred")
    await h.world.say(h.chat, h.world.user(100, "Hundred"), "hello")
    await h.world.say(h.chat, boss, "/give ١٠٠ ٥ x")
    await h.world.say(h.chat, boss, "/give --5 3 x")  # not an id: the usage, not a crash
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Hundred received 5 points (x). Balance 5.",
        USAGE.format("give"),
    ]
    assert await h.balance(h.world.user(100)) == 5
    keys = await Member.filter(community="club").values_list("key", flat=True)
    assert not [key for key in keys if "١" in key]
    assert await AuditEntry.filter(action="give", target="local:user:100").count() == 1


async def test_an_admin_cannot_give_points_to_themselves(harness_factory):
    from groupops.core.storage.models import AuditEntry

    h = await harness_factory()
    adm = h.user("adm", admin=True)
    await h.world.say(h.chat, adm, "hello")
    await h.world.say(h.chat, adm, "/give @adm 10 self")
    await h.world.say(h.chat, adm, "/give @adm ５")  # full-width digits are digits: still refused
    await h.settle()
    told = "Admins cannot give points to themselves; another admin can."
    assert h.world.texts(h.chat)[-2:] == [told, told]
    assert await h.balance(adm) == 0
    refused = await AuditEntry.filter(action="give", outcome="refused").count()
    assert refused == 2
