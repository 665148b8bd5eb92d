"""A burst from one member: the ladder climbs once per message until they are removed; the
burst's tail, still on its way when the removal lands, is deleted without another removal
and another notice each (a burst of seven gave five removals and five notices)."""

from __future__ import annotations

from test_moderation_detectors import ADMINS, deleted, open_club

from groupops.core.storage.models import AuditEntry

RULES = {"blocklist": {"words": ["刷单"]}}


async def test_a_bursts_tail_after_the_removal_is_deleted_not_punished_again(harness_factory):
    h = await open_club(harness_factory, RULES)
    ann = h.user("ann")
    for n in range(7):  # sent together: the last four are on their way when the kick lands
        event = h.world.message_event(h.chat, ann, f"刷单 {n}")
        await h.engine.submit(event)
    await h.settle()
    assert h.world.texts(h.chat) == [
        "@Ann, please mind the group rules: a blocked word.",
        "@Ann has been removed from the group: a blocked word.",
    ]
    assert len(deleted(h)) == 7
    assert await AuditEntry.filter(action="kick", target=ann).count() == 1


async def test_a_member_who_comes_back_is_judged_afresh(harness_factory):
    h = await open_club(harness_factory, RULES)
    ann = h.user("ann")
    for n in range(3):
        await h.world.say(h.chat, ann, f"刷单 {n}")
        await h.settle()
    assert h.world.texts(h.chat)[-1] == "@Ann has been removed from the group: a blocked word."
    h.clock.advance(minutes=5)
    await h.world.join(h.chat, ann)
    await h.world.say(h.chat, ann, "刷单 again")
    await h.settle()
    assert await AuditEntry.filter(action="kick", target=ann).count() == 2


async def test_a_removal_the_platform_refuses_is_said_to_the_admins(harness_factory):
    """A WeChat room the bot does not own: the kick failed for good and nothing was said, so
    the admins believed the spammer gone. With an admin chat it is said there, not in the
    group beside spam the bot could not take down."""
    h = await open_club(harness_factory, RULES)
    ann = h.user("ann")
    h.world.chats[h.chat].bot_is_admin = False  # it may post, not remove
    for n in range(3):
        await h.world.say(h.chat, ann, f"刷单 {n}")
        await h.settle()
    refused = (
        "@Ann could not be removed: the platform refused (the bot may lack the right to remove "
        "members here). An admin can remove them by hand."
    )
    assert h.world.texts(ADMINS)[-1] == refused
    assert refused not in h.world.texts(h.chat)
    assert "@Ann has been removed from the group: a blocked word." not in h.world.texts(h.chat)
