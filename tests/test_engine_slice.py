"""The thin vertical slice through the real engine: welcome, keyword reply, daily check-in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from loguru import logger

from groupops.core.engine import Outcome
from groupops.core.storage.models import Checkin, LedgerEntry, Member, OutboxItem, ProcessedEvent

WELCOME = {
    "rulesets": {
        "main": {
            "welcome": {
                "text": {
                    "en": "Hi {name}, welcome to {community}!",
                    "zh_Hans": "欢迎 {name} 加入{community}！",
                }
            }
        }
    }
}
AUTOREPLY = {
    "rulesets": {
        "main": {
            "autoreply": {
                "rules": [
                    {"pattern": "price", "reply": "See the pinned message.", "cooldown": "10m"}
                ]
            }
        }
    }
}


async def test_join_gets_a_localized_welcome(harness_factory):
    h = await harness_factory({**WELCOME, "communities": {"club": {"locale": "zh_Hans"}}})
    ann = h.world.user("ann", "Ann")
    result = await h.world.join(h.chat, ann)
    await h.settle()
    assert result.outcome is Outcome.PROCESSED
    assert h.world.texts(h.chat) == ["欢迎 Ann 加入Test Club！"]


async def test_default_welcome_comes_from_the_catalog(harness_factory):
    h = await harness_factory()
    await h.world.join(h.chat, h.world.user("bo", "Bo"))
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Welcome to Test Club, Bo! Please read the group rules and say hello."
    ]


async def test_default_welcome_in_chinese_follows_the_platform_hint(harness_factory):
    h = await harness_factory()
    event = h.world.join_event(h.chat, h.world.user("li", "Li"))
    event.language = "zh-hans"
    await h.engine.submit(event)
    await h.settle()
    assert h.world.texts(h.chat) == ["欢迎 Li 加入Test Club！请先阅读群规，再和大家打个招呼。"]


async def test_keyword_reply_answers_once_per_cooldown(harness_factory):
    h = await harness_factory(AUTOREPLY)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "What is the PRICE?")
    await h.world.say(h.chat, ann, "price again?")  # within the cooldown: silence
    h.clock.advance(minutes=11)
    h.world.clock = h.clock
    await h.world.say(h.chat, ann, "and the price now?")
    await h.settle()
    replies = [m for m in h.world.bot_messages(h.chat)]
    assert [m.text for m in replies] == ["See the pinned message."] * 2
    assert replies[0].reply_to is not None


async def test_checkin_once_per_community_day(harness_factory):
    # Asia/Shanghai with a 04:00 day start: 17:00 local today, 02:00 local is still today.
    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "签到")
    h.clock.set(
        datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    )  # 02:00 next calendar day, same community day
    await h.world.say(h.chat, ann, "/checkin")
    h.clock.set(datetime(2026, 3, 2, 20, 30, tzinfo=UTC))  # 04:30: a new community day
    await h.world.say(h.chat, ann, "/checkin@GroupopsBot")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Ann checked in: +1 point. 1 day in a row, balance 1.",
        "Ann, you have already checked in today.",
        "Ann checked in: +1 point. 2 days in a row, balance 2.",
    ]
    assert await h.balance(ann) == 2
    assert await h.rows(Checkin, community="club") == 2
    days = sorted(await Checkin.filter(community="club").values_list("day", flat=True))
    assert [d.isoformat() for d in days] == ["2026-03-02", "2026-03-03"]


async def test_the_same_event_twice_changes_nothing_the_second_time(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    event = h.world.message_event(h.chat, ann, "签到")
    first = await h.engine.submit(event)
    await h.settle()
    counts = (
        await h.rows(LedgerEntry),
        await h.rows(OutboxItem),
        await h.rows(ProcessedEvent),
        await h.rows(Member),
        len(h.world.texts(h.chat)),
    )
    second = await h.engine.submit(event)
    await h.settle()
    assert first.outcome is Outcome.PROCESSED and second.outcome is Outcome.DUPLICATE
    assert second.actions == ()
    assert await h.balance(ann) == 1
    assert counts == (
        await h.rows(LedgerEntry),
        await h.rows(OutboxItem),
        await h.rows(ProcessedEvent),
        await h.rows(Member),
        len(h.world.texts(h.chat)),
    )
    assert counts[:2] == (1, 1)


async def test_duplicate_survives_a_restart(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    event = h.world.message_event(h.chat, ann, "签到")
    await h.engine.submit(event)
    await h.restart()
    again = await h.engine.submit(event)
    await h.settle()
    assert again.outcome is Outcome.DUPLICATE
    assert await h.balance(ann) == 1
    assert len(h.world.texts(h.chat)) == 1


async def test_a_dropped_duplicate_is_logged_at_debug_with_its_key(harness_factory):
    # a key reused for another event (an adapter's counter begun again at 1) is dropped: the
    # debug log is where an adapter's author finds out why nothing happened
    h = await harness_factory()
    ann = h.user("ann")
    event = h.world.message_event(h.chat, ann, "签到")
    await h.engine.submit(event)
    lines: list[str] = []
    sink = logger.add(lines.append, level="DEBUG", format="{level} {message}")
    try:
        again = await h.engine.submit(event)
    finally:
        logger.remove(sink)
    assert again.outcome is Outcome.DUPLICATE
    assert f"DEBUG {event.key} dropped: its key was processed before\n" in lines, lines


async def test_duplicate_inside_one_batch_is_processed_once(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    event = h.world.message_event(h.chat, ann, "签到")
    first, second = h.engine.submit_nowait(event), h.engine.submit_nowait(event)
    outcomes = sorted([(await first).outcome, (await second).outcome])
    await h.settle()
    assert outcomes == [Outcome.DUPLICATE, Outcome.PROCESSED]
    assert await h.balance(ann) == 1


async def test_events_from_unknown_chats_are_ignored(harness_factory):
    h = await harness_factory()
    stranger_chat = h.world.chat("elsewhere").ref
    ann = h.user("ann", chat=stranger_chat)
    result = await h.world.say(stranger_chat, ann, "签到")
    await h.settle()
    assert result.outcome is Outcome.IGNORED
    assert h.world.texts(stranger_chat) == []


async def test_members_are_recorded_with_their_activity(harness_factory):
    h = await harness_factory()
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, ann, "again")
    await h.world.leave(h.chat, ann)
    await h.settle()
    row = await Member.get(community="club", key=ann)
    assert (row.name, row.messages, row.status) == ("Ann", 2, "left")
    assert row.last_message_at == h.clock.now()
    assert row.left_at is not None and row.left_at - h.clock.now() == timedelta(0)
