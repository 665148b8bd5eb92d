"""Health alerts: the playbook's thresholds, one alert per KPI and period, to the admin chat."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from support.harness import BASE_SETTINGS, merge

from groupops.core.errors import SettingsError
from groupops.core.refs import Ref
from groupops.core.settings import validate_settings

ADMINS = Ref("local:admins")
SETTINGS = {"communities": {"club": {"admin_chat": "local:admins"}}}
ALERT = (
    "Health alert for Test Club: activity rate was 5.0% (yesterday), below the alert line "
    "of 10.0% (healthy: above 15.0%).\n"
    "Suggested action: change the content format or add more interaction."
)


async def next_check(h, day: int) -> None:
    """The clock at 09:00 Shanghai on 2026-03-`day`, when the daily check is due."""
    h.clock.set(datetime(2026, 3, day, 1, 0, tzinfo=UTC))
    await h.engine.scheduler.run_due()
    await h.settle()


async def test_activity_below_ten_percent_alerts_once_a_week(harness_factory):
    h = await harness_factory(SETTINGS)
    h.world.chat("admins")
    people = [h.user(f"m{n}") for n in range(20)]
    for person in people[:5]:  # Monday: 5 of 20 speak, 25%
        await h.world.say(h.chat, person, "hello")
    await h.settle()
    await next_check(h, 3)  # Tuesday's check is about Monday: healthy
    assert h.world.texts(ADMINS) == []
    await h.world.say(h.chat, people[0], "quiet day")  # Tuesday: 1 of 20, 5%
    await next_check(h, 4)
    assert h.world.texts(ADMINS) == [ALERT]
    await h.world.say(h.chat, people[1], "still quiet")  # Wednesday: 5% again, same week
    await next_check(h, 5)
    await next_check(h, 6)  # Thursday: nobody spoke, 0%, same week
    assert h.world.texts(ADMINS) == [ALERT]


async def test_thresholds_come_from_the_ruleset(harness_factory):
    lenient = {"rulesets": {"main": {"health": {"activity": {"alert_below": "4%"}}}}}
    h = await harness_factory(merge(SETTINGS, lenient))
    h.world.chat("admins")
    people = [h.user(f"m{n}") for n in range(20)]
    await h.world.say(h.chat, people[0], "hello")  # Monday: 5%, above a 4% alert line
    await next_check(h, 3)
    assert h.world.texts(ADMINS) == []


async def test_leave_rate_alert_names_the_playbooks_action(harness_factory):
    h = await harness_factory(SETTINGS)
    h.world.chat("admins")
    people = [h.user(f"m{n}") for n in range(20)]
    await h.world.say(h.chat, people[0], "hi")
    await h.world.leave(h.chat, people[1])  # 1 of 20 left: 5% a week, above 2%
    await next_check(h, 3)
    texts = h.world.texts(ADMINS)
    assert any(
        "weekly leave rate was 5.0% (the last 7 days), above the alert line of 2.0%" in t
        and "review the group rules" in t
        for t in texts
    ), texts


def test_bad_thresholds_are_reported_with_their_key_path():
    raw = merge(
        BASE_SETTINGS,
        {"rulesets": {"main": {"health": {"activity": {"alert_below": "150%"}, "period": 1}}}},
    )
    with pytest.raises(SettingsError) as error:
        validate_settings(raw, "settings.toml")
    text = str(error.value)
    assert "rulesets.main.health.activity.alert_below" in text and "outside 0-100%" in text
    assert "rulesets.main.health.period: unknown key" in text


async def test_alert_in_the_admin_chats_language(harness_factory):
    chinese = {"communities": {"club": {"chat_locales": {"local:admins": "zh_Hans"}}}}
    h = await harness_factory(merge(SETTINGS, chinese))
    h.world.chat("admins")
    people = [h.user(f"m{n}") for n in range(20)]
    await h.world.say(h.chat, people[0], "hello")  # Monday: 1 of 20
    await next_check(h, 3)
    assert h.world.texts(ADMINS) == [
        "Test Club 健康预警：昨日活跃度为 5.0%，低于预警线 10.0%（健康值：高于 15.0%）。\n"
        "建议：调整内容形式或增加互动。"
    ]
