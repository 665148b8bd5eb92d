"""`groupops simulate --join-waves`: waves of joins, most of them bots that never answer the
captcha, alongside people who do; the summary reports the outcomes and raid-mode periods."""

from __future__ import annotations

import json
from datetime import datetime

from test_simulate import simulate


def test_join_waves_report_captcha_outcomes_and_raid_periods():
    args = ("--members", "60", "--days", "2", "--seed", "4", "--join-waves", "2", "--json")
    result = simulate(*args)
    assert result.returncode == 0, result.stderr
    defence = json.loads(result.stdout)["join_defence"]
    captcha = defence["captcha"]
    assert captcha["passed"] > 0  # people answered
    assert captcha["removed"] > 0  # bots that never answered were removed at the timeout
    assert captcha["failed"] > 0  # bots that guessed ran out of attempts
    assert captcha["asked"] == captcha["passed"] + captcha["failed"] + captcha["removed"]
    periods = defence["raid_periods"]
    assert len(periods) == 2  # one raid per wave, each ended by itself after 30 minutes
    for period in periods:
        start, end = datetime.fromisoformat(period["start"]), datetime.fromisoformat(period["end"])
        assert (end - start).total_seconds() == 30 * 60 and period["by"] == "detector"
    assert defence["held_in_raids"] > 0


def test_without_waves_nothing_is_asked():
    result = simulate("--members", "40", "--days", "1", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["join_defence"] == {
        "captcha": {"asked": 0, "failed": 0, "passed": 0, "removed": 0},
        "held_in_raids": 0,
        "raid_periods": [],
    }
    text = simulate("--members", "40", "--days", "1", "--join-waves", "1")
    assert "\nJoin defence\n" in text.stdout and "\n  raid periods " in text.stdout
