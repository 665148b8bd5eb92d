"""The content calendar posts on schedule to every chat on every platform, in each chat's
language, exactly once across restarts; missed posts run late or are skipped by policy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from support.campaigns import fire, second_platform

from groupops.core.storage.models import ScheduledJob

START = datetime(2026, 3, 1, 23, 59, tzinfo=UTC)  # Monday 2 March, 07:59 in Asia/Shanghai
AT_0800 = datetime(2026, 3, 2, 0, 0, 30, tzinfo=UTC)

POSTS = [
    {
        "name": "morning",
        "cron": "0 8 * * *",
        "text": {"en": "Good morning, {community}!", "zh_Hans": "早上好，{community}！"},
    },
    {"name": "noon", "cron": "0 12 * * *", "text": "Lunch topic", "policy": "skip"},
    {"name": "evening", "cron": "0 21 * * *", "text": "Evening discussion", "policy": "late"},
    {"name": "monday", "cron": "0 9 * * mon", "text": "Monday: sharing day", "policy": "late"},
]
SETTINGS = {
    "rulesets": {"main": {"calendar": {"posts": POSTS}}},
    "communities": {
        "club": {
            "chats": ["local:main", "local:second", "wechat:room"],
            "chat_locales": {"local:second": "zh_Hans"},
        }
    },
}


async def test_calendar_posts_everywhere_once_across_a_restart(harness_factory):
    h = await harness_factory(SETTINGS, start=START)
    wechat, room = await second_platform(h, "wechat", "room")
    second = h.world.chat("second").ref
    assert await fire(h, START + timedelta(seconds=30)) == 0
    assert await fire(h, AT_0800) == 1
    await h.restart()
    assert await fire(h, AT_0800 + timedelta(minutes=1)) == 0  # no second morning post
    assert await fire(h, AT_0800 + timedelta(hours=1)) == 1  # the Monday theme at 09:00
    assert h.world.texts(h.chat) == ["Good morning, Test Club!", "Monday: sharing day"]
    assert h.world.texts(second) == ["早上好，Test Club！", "Monday: sharing day"]
    assert wechat.texts(room) == ["Good morning, Test Club!", "Monday: sharing day"]


async def test_missed_posts_run_late_or_are_skipped(harness_factory):
    h = await harness_factory(SETTINGS, start=START)
    wechat, room = await second_platform(h, "wechat", "room")
    # Down from 07:59 until 22:30: morning and noon were "skip" (dropped), the Monday theme and
    # the evening post are "late" (posted once on return).
    await h.restart()
    assert await fire(h, datetime(2026, 3, 2, 14, 30, tzinfo=UTC)) == 2
    assert h.world.texts(h.chat) == ["Monday: sharing day", "Evening discussion"]
    assert wechat.texts(room) == ["Monday: sharing day", "Evening discussion"]
    skipped = await ScheduledJob.filter(status="skipped").order_by("job").values_list("job")
    assert skipped == [("calendar.morning",), ("calendar.noon",)]
    # The next morning everything is armed again and fires once.
    assert await fire(h, datetime(2026, 3, 3, 0, 0, 10, tzinfo=UTC)) == 1
    assert await fire(h, datetime(2026, 3, 3, 0, 0, 20, tzinfo=UTC)) == 0
    assert h.world.texts(h.chat)[-1] == "Good morning, Test Club!"


async def test_announce_reaches_every_chat_and_is_for_admins(harness_factory):
    h = await harness_factory(SETTINGS, start=START)
    wechat, room = await second_platform(h, "wechat", "room")
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "/announce free pizza")
    await h.world.say(h.chat, boss, "/announce Meetup on Friday at 19:00")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Only admins can use /announce.",
        "Announcement sent to 3 chats.",  # replies outrank broadcasts
        "Meetup on Friday at 19:00",
    ]
    assert h.world.texts(h.world.chat("second").ref) == ["Meetup on Friday at 19:00"]
    assert wechat.texts(room) == ["Meetup on Friday at 19:00"]


async def test_bad_calendar_settings_name_the_key(tmp_path):
    from groupops.core.errors import SettingsError
    from groupops.core.settings import validate_settings

    bad = {
        "rulesets": {
            "main": {"calendar": {"posts": [{"name": "x", "cron": "at noon", "text": "hi"}]}}
        }
    }
    try:
        validate_settings(bad, "test")
    except SettingsError as exc:
        message = str(exc)
    else:
        raise AssertionError("bad cron accepted")
    assert "rulesets.main.calendar.posts[0].cron" in message
    assert "'at noon' is not a cron schedule" in message
