"""A community's own timezone: one ruleset drives groups in several time zones, each seeing
its own clock (announced times, the community day, scheduled posts), where every community
of a ruleset read the ruleset's time."""

from __future__ import annotations

from datetime import timedelta

from click.testing import CliRunner
from support.harness import BASE_SETTINGS, START, merge

from groupops.core.cli import main
from groupops.core.settings import validate_settings

MOSCOW = {"communities": {"club": {"timezone": "Europe/Moscow"}}}


async def test_a_community_sees_its_own_clock_under_a_shared_ruleset(harness_factory):
    h = await harness_factory(MOSCOW)  # the ruleset says Asia/Shanghai
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "/campaign new lottery tea ends=1d")
    await h.settle()
    # 09:00 UTC tomorrow: 12:00 in Moscow (17:00 in Shanghai, the ruleset's zone)
    assert "entries close Mar 3, 2026, 12:00\u202fPM." in h.world.texts(h.chat)[0]


def test_the_clock_of_a_community_is_its_own_else_its_rulesets():
    settings = validate_settings(
        merge(BASE_SETTINGS, {**MOSCOW, "communities": {
            **MOSCOW["communities"], "other": {"ruleset": "main", "chats": ["local:other"]}}}),
        "test",
    )  # fmt: skip
    moscow, shanghai = settings.clock_of("club"), settings.clock_of("other")
    assert (moscow.timezone, shanghai.timezone) == ("Europe/Moscow", "Asia/Shanghai")
    late = START + timedelta(hours=13)  # 22:00 UTC: 01:00 in Moscow, 06:00 in Shanghai
    assert moscow.local(late).hour == 1 and shanghai.local(late).hour == 6


def test_check_accepts_a_communitys_timezone_and_names_a_wrong_one(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(
        '[default.rulesets.main]\ntimezone = "Asia/Shanghai"\n'
        '[default.communities.ru]\nruleset = "main"\nchats = ["local:ru"]\n'
        'timezone = "Europe/Moscow"\n'
        '[default.communities.xx]\nruleset = "main"\nchats = ["local:xx"]\n'
        'timezone = "Mars/Olympus"\n'
    )
    result = CliRunner().invoke(main, ["check", "--settings", str(settings)])
    assert result.exit_code == 2, result.output
    assert "communities.xx.timezone" in result.output and "Mars/Olympus" in result.output
    assert "communities.ru" not in result.output
