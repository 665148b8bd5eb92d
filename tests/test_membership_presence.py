"""What a message says of a member's presence: a join the platform did not report, except for
lines still on their way when the member was removed."""

from __future__ import annotations

from groupops.core.events import LeaveReason
from groupops.core.storage.models import Member


async def test_a_line_in_flight_at_a_kick_does_not_bring_the_member_back(harness_factory):
    h = await harness_factory()
    carol = h.user("carol")
    await h.world.say(h.chat, carol, "spam spam")
    await h.settle()
    await h.world.push(h.world.leave_event(h.chat, carol, LeaveReason.KICKED))
    h.clock.advance(seconds=1)  # the flood's tail, delivered after the kick
    await h.world.say(h.chat, carol, "spam spam spam")
    await h.settle()
    member = h.engine.state.get("club").members[carol]
    assert member.status == "left" and member.messages == 2
    h.clock.advance(minutes=5)  # back later, the join unreported: present again
    await h.world.say(h.chat, carol, "sorry about that")
    await h.settle()
    assert member.status == "member"


async def test_leaving_one_of_two_chats_is_not_leaving_the_community(harness_factory):
    """A WeChat 1群 and 2群: a member who quit one room was 'left' community-wide, so their
    giveaway entry and group-buy place were dropped though they were still in the other."""
    from groupops.core.refs import Ref

    h = await harness_factory({"communities": {"club": {"chats": ["local:main", "local:second"]}}})
    second = Ref("local:second")
    h.world.chat("second")
    ann = h.user("ann")
    h.world.add_member(second, ann)
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    await h.world.leave(h.chat, ann)
    await h.settle()
    assert (await Member.get(community="club", key=ann)).status == "member"
    await h.world.leave(second, ann)  # the last of them: now she has left
    await h.settle()
    assert (await Member.get(community="club", key=ann)).status == "left"


async def test_kicked_from_one_of_two_chats_is_still_a_member(harness_factory):
    """A kick removes from the chat it was taken in; the member still in the community's other
    room was recorded as gone (left out of counts, draws and rewards) while they sat there."""
    from groupops.core.refs import Ref

    h = await harness_factory({"communities": {"club": {"chats": ["local:main", "local:second"]}}})
    second = Ref("local:second")
    h.world.chat("second")
    boss, ann = h.user("boss", admin=True), h.user("ann")
    h.world.add_member(second, ann)
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, "/kick @ann off-topic")
    await h.settle()
    assert h.world.chats[h.chat].members[ann].status == "kicked"
    await h.settle()  # the platform's leave, reported as the kick was delivered
    assert (await Member.get(community="club", key=ann)).status == "member"
