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


async def test_people_a_raid_held_answer_when_asked_and_only_bots_are_removed(tmp_path):
    """Those a raid holds are asked when it ends; the simulated people answered only the
    question of their join, so every person the raid held was removed as a bot would be."""
    from groupops.core.settings import validate_settings
    from groupops.core.simulate.defaults import BUILTIN_SETTINGS
    from groupops.core.simulate.runner import Simulation, SimulationOptions
    from groupops.core.storage.database import open_database
    from groupops.core.storage.models import AuditEntry

    options = SimulationOptions(members=60, days=2, seed=1, join_waves=2, db=tmp_path / "s.db")
    sim = Simulation(options, validate_settings(BUILTIN_SETTINGS, "built-in defaults"))
    summary = await sim.run()
    assert summary["join_defence"]["held_in_raids"] > 0
    database = await open_database(f"sqlite://{tmp_path / 's.db'}")
    try:
        removed = set(
            await AuditEntry.filter(action="captcha.removed").values_list("target", flat=True)
        )
        held = set(await AuditEntry.filter(action="antiraid.held").values_list("target", flat=True))
    finally:
        await database.close()
    people = {str(p.ref) for p in sim.population.people if not p.spammer}
    assert held & people, "the raid held no person: the case is not exercised"
    assert not removed & people
