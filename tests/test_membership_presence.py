"""What a message says of a member's presence: a join the platform did not report, except for
lines still on their way when the member was removed."""

from __future__ import annotations

from groupops.core.events import LeaveReason


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
