"""The lurker sweep: a preview, a notice first, exemptions, a cap, dry-run by default, and
the same run on a schedule reporting to the admin chat."""

from __future__ import annotations

from groupops.core.points.orders import record_order
from groupops.core.refs import Ref

ADMINS = Ref("local:admins")


async def quiet_club(harness_factory, lurkers: dict):
    extra = {
        # The admin chat shows the sweep's reports alone: no health alerts or weekly digest.
        # One order makes a VIP customer in this club (see the tiers' consumption bands).
        "rulesets": {
            "main": {
                "lurkers": lurkers,
                "health": {"enabled": False},
                "reports": {"weekly_digest": False},
                "tiers": {"vip_orders": 1, "vip_invites": 0},
            }
        },
        "communities": {"club": {"admin_chat": ADMINS}},
    }
    h = await harness_factory(extra)
    h.world.chat("admins")
    boss = h.user("boss", admin=True)
    ann, bob, cy = h.user("ann"), h.user("bob"), h.user("cy")
    for user in (boss, ann, bob, cy):
        await h.world.say(h.chat, user, "hello")
    await h.settle()
    h.clock.advance(days=100)
    await record_order(h.database, "club", cy, "99.00", "CNY", "cy-1", h.clock.now())
    h.engine.state.get("club").members[cy].consumption = "vip"  # as the daily recompute finds
    return h, boss, ann, bob, cy


async def test_preview_then_notice_then_removal_with_a_cap(harness_factory):
    lurkers = {"days": 90, "grace": "7d", "dry_run": False, "cap": 1}
    h, boss, ann, bob, cy = await quiet_club(harness_factory, lurkers)
    await h.world.say(h.chat, boss, "/lurkers")
    await h.world.say(h.chat, boss, "/lurkers run")
    await h.settle()
    assert h.world.texts(h.chat)[-2:] == [
        "2 members silent for 90+ days: Ann, Bob",
        "Lurker sweep:\nnoticed: Ann, Bob\nremoved: -\nwould remove: -",
    ]
    notice = (
        "Hi Ann, you have been quiet in Test Club for over 90 days. Say something in the group "
        "within 7 days if you want to stay; otherwise we will make room."
    )
    assert h.world.private_texts(ann) == [notice]
    assert h.world.private_texts(cy) == [] and h.world.private_texts(boss) == []
    h.clock.advance(days=3)
    await h.world.say(h.chat, boss, "/lurkers run")  # within the grace period: nothing
    h.clock.advance(days=5)
    await h.world.say(h.chat, bob, "still here!")
    await h.world.say(h.chat, boss, "/lurkers run")
    await h.settle()
    assert h.world.texts(h.chat)[-2:] == [
        "Lurker sweep:\nnoticed: -\nremoved: -\nwould remove: -",
        "Lurker sweep:\nnoticed: -\nremoved: Ann\nwould remove: -",
    ]
    assert h.world.chats[h.chat].members[ann].status == "kicked"
    assert h.world.chats[h.chat].members[bob].status == "member"


async def test_dry_run_by_default_and_on_a_schedule(harness_factory):
    h, _boss, ann, _bob, _cy = await quiet_club(harness_factory, {"schedule": "0 10 * * *"})
    await h.engine.scheduler.arm()
    for _ in range(3):  # the run missed since day 1, the notices, then (after the grace) …
        h.clock.advance(days=8)
        await h.engine.scheduler.run_due()
        await h.settle()
    assert h.world.texts(ADMINS) == [
        "Lurker sweep, dry run:\nnoticed: -\nremoved: -\nwould remove: -",
        "Lurker sweep, dry run:\nnoticed: Ann, Bob\nremoved: -\nwould remove: -",
        "Lurker sweep, dry run:\nnoticed: -\nremoved: -\nwould remove: Ann, Bob",
    ]
    assert h.world.chats[h.chat].members[ann].status == "member"


async def test_the_notice_is_a_mention_where_there_are_no_private_messages(harness_factory):
    from groupops.core.capabilities import Capability

    no_private = [c for c in Capability if c is not Capability.SEND_PRIVATE]
    h = await harness_factory({}, capabilities=no_private)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    h.clock.advance(days=91)
    await h.world.say(h.chat, boss, "/lurkers run")
    await h.settle()
    assert h.world.texts(h.chat)[0] == (
        "@Ann: Hi Ann, you have been quiet in Test Club for over 90 days. Say something in the "
        "group within 7 days if you want to stay; otherwise we will make room."
    )
    assert h.world.private_texts(ann) == []


async def test_a_bot_that_joined_is_no_member_and_no_lurker(harness_factory):
    """A bot's join (another bot added to the group, or on Matrix this bot's own) makes no
    member record: the segments and the sweep would count it a lurker and notice it."""
    from dataclasses import replace

    from groupops.core.storage.models import Member

    h = await harness_factory({})
    boss, ann = h.user("boss", admin=True), h.user("ann")
    helper = h.world.user("helper_bot", "Helper Bot")
    await h.world.push(replace(h.world.join_event(h.chat, helper), is_bot=True))
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    assert not await Member.filter(community="club", key=str(helper)).exists()
    h.clock.advance(days=91)
    await h.world.say(h.chat, boss, "/lurkers")
    await h.settle()
    assert h.world.texts(h.chat)[-1] == "1 member silent for 90+ days: Ann"
