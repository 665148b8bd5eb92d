"""The activity recorder: counters per chat and day, distinct speakers, member counts."""

from __future__ import annotations

from datetime import date, timedelta

from groupops.core.engine.unit import UnitOfWork
from groupops.core.metrics.tables import ACTIVITY_TALLY
from groupops.core.storage.models import ChatDay, MemberSample, MembershipMove, SpeakerDay

DAY = date(2026, 3, 2)  # START is 17:00 in Asia/Shanghai on this day


async def test_a_day_of_chatter_is_counted_per_chat_and_day(harness_factory):
    h = await harness_factory()
    ann, bo = h.user("ann"), h.user("bo")
    pending = [
        h.engine.submit_nowait(h.world.message_event(h.chat, ann, f"hi {n}")) for n in range(5)
    ]
    pending.append(h.engine.submit_nowait(h.world.message_event(h.chat, bo, "hello")))
    for future in pending:
        await future
    cy = h.world.user("cy", "Cy")
    await h.world.join(h.chat, cy)
    await h.world.leave(h.chat, bo)
    h.clock.advance(days=1)
    await h.world.say(h.chat, cy, "next day")
    await h.settle()

    rows = (
        await ChatDay.filter(community="club")
        .order_by("day")
        .values_list("chat", "day", "messages", "joins", "leaves", "removals")
    )
    assert rows == [
        (h.chat, DAY, 6, 1, 1, 0),
        (h.chat, DAY + timedelta(days=1), 1, 0, 0, 0),
    ]
    speakers = (
        await SpeakerDay.filter(community="club")
        .order_by("day", "member")
        .values_list("day", "member")
    )
    assert speakers == [(DAY, ann), (DAY, bo), (DAY + timedelta(days=1), cy)]
    # The platform's count, asked once a day: ann and bo at the first message; cy alone later.
    samples = await MemberSample.filter(community="club", chat=h.chat).order_by("day")
    assert [(s.day, s.members, s.readers) for s in samples] == [
        (DAY, 2, None),
        (DAY + timedelta(days=1), 2, None),
    ]
    moves = (
        await MembershipMove.filter(community="club").order_by("at").values_list("member", "kind")
    )
    assert moves == [(cy, "join"), (bo, "leave")]


async def test_a_redelivered_event_counts_once(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    event = h.world.message_event(h.chat, ann, "once")
    await h.engine.submit(event)
    await h.engine.submit(event)
    await h.settle()
    row = await ChatDay.get(community="club", chat=h.chat, day=DAY)
    assert row.messages == 1


def test_a_batch_writes_one_counter_row_per_key():
    uow, other = UnitOfWork(), UnitOfWork()
    key = ("club", "local:main", DAY)
    for _ in range(3):
        uow.tally(ACTIVITY_TALLY, key, (1, 0, 0, 0))
    other.tally(ACTIVITY_TALLY, key, (0, 1, 0, 0))
    uow.extend(other)
    assert list(uow) == [(ACTIVITY_TALLY, [(*key, 3, 1, 0, 0)])]
    assert len(uow) == 1


async def test_a_failed_count_is_asked_again_later_not_recorded_as_zero(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    answers = [ConnectionError("platform down")]

    async def flaky(chat):
        if answers:
            raise answers.pop()
        return 7

    h.adapter.member_count = flaky
    await h.world.say(h.chat, ann, "one")  # the count fails: nothing recorded
    h.clock.advance(minutes=5)
    await h.world.say(h.chat, ann, "two")  # too soon to ask again
    assert await MemberSample.filter(community="club").count() == 0
    h.clock.advance(minutes=6)
    await h.world.say(h.chat, ann, "three")
    await h.settle()
    samples = await MemberSample.filter(community="club").values_list("day", "members")
    assert samples == [(DAY, 7)]
