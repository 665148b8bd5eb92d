"""`groupops report` on the command line: text, JSON, PNG, segments and comparisons."""

from __future__ import annotations

import asyncio
import json
import unicodedata
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from click.testing import CliRunner
from support.harness import START, Harness

from groupops.core.cli import main
from groupops.core.storage.models import Order, ScheduledJob

SETTINGS_TOML = """
[default.rulesets.main]
timezone = "Asia/Shanghai"
[default.communities.club]
ruleset = "main"
title = "Test Club"
chats = ["local:main"]
[default.communities.other]
ruleset = "main"
chats = ["local:other"]
"""
RAW = {
    "communities": {
        "club": {"ruleset": "main", "chats": ["local:main"], "title": "Test Club"},
        "other": {"ruleset": "main", "chats": ["local:other"]},
    }
}


async def play(db_url: str) -> None:
    """Last week (23 Feb): ann and bo speak out of 4. This week (2 Mar): ann, bo and cy speak,
    dan joins; ann orders 3 times, bo once. Long ago (20 Jan): old spoke once."""
    h = await Harness.open(RAW, db_url, start=START - timedelta(days=41))
    try:
        people = {name: h.user(name) for name in ("ann", "bo", "cy", "old")}
        await h.world.say(h.chat, people["old"], "long ago")
        h.clock.set(START - timedelta(days=7))
        for name in ("ann", "bo"):
            await h.world.say(h.chat, people[name], "last week")
        h.clock.set(START)
        for name in ("ann", "bo", "cy"):
            await h.world.say(h.chat, people[name], "this week")
        await h.world.join(h.chat, h.world.user("dan", "Dan"))
        await h.settle()
        for n, name in enumerate(("ann", "ann", "ann", "bo")):
            await Order.create(community="club", member=people[name], amount=Decimal(10),
                               reference=f"r{n}", created_at=START)  # fmt: skip
        # the bot ran on through the week: its daily health check fired on Sunday
        await ran_until(START + timedelta(days=6))
    finally:
        await h.close()


async def ran_until(moment: datetime) -> None:
    await ScheduledJob.create(
        id=f"club:health:{moment.isoformat()}", community="club", job="health",
        due_at=moment, status="done", fired_at=moment,
    )  # fmt: skip


def report(tmp_path, *args: str):
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS_TOML, encoding="utf-8")
    db = f"sqlite://{tmp_path / 'club.db'}"
    if not (tmp_path / "club.db").exists():
        asyncio.run(play(db))
    return CliRunner().invoke(
        main, ["report", "--settings", str(settings), "--db", db, "--community", "club", *args]
    )


def test_week_report_as_text_and_json(tmp_path):
    result = report(tmp_path, "--period", "week", "--date", "2026-03-04")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:4] == [
        "Report for Test Club, week 2026-W10 (Mar 2, 2026 to Mar 8, 2026)",
        "Members: 5 (as reported by the platform); 4 at the start",
        "Messages: 3; joined: 1; left: 0; removed: 0",
        "Orders: 4; points awarded: 0",
    ]
    # Monday 3 of 5 spoke (the platform counted 4 at its start; dan joined that day and was a
    # member too), then six silent days: (3/5) / 7.
    assert "activity rate: 8.6% (act now)" in result.output
    # 4 orders over 5 members: the platform counted 4 at Monday's first message, then dan joined.
    assert "conversion: 80.0% (healthy)" in result.output
    data = json.loads(report(tmp_path, "--date", "2026-03-04", "--format", "json").output)
    assert data["kpis"]["activity"]["value"] == round(0.6 / 7, 4)
    assert data["kpis"]["conversion"]["numerator"] == 4
    assert (data["kpis"]["activity"]["health"], data["kpis"]["conversion"]["health"]) == (
        "alert",
        "healthy",
    )
    assert data["kpis"]["retention_7d"]["health"] is None  # the playbook gives it no band


def test_png_report_is_written(tmp_path):
    out = tmp_path / "week.png"
    result = report(tmp_path, "--date", "2026-03-04", "--format", "png", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_comparison_with_the_week_before(tmp_path):
    result = report(tmp_path, "--date", "2026-03-04", "--compare", "previous")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "Test",
        "Club",
        "2026-W09",
        "Test",
        "Club",
        "2026-W10",
        "difference",
    ]
    assert lines[3].split() == ["messages", "a", "day", "0.3", "0.4", "+0.1"]  # 2/7 vs 3/7
    assert lines[6].split() == ["orders", "0", "4", "+4"]


def test_a_comparison_says_its_unit_in_the_readers_language(tmp_path):
    english = report(tmp_path, "--date", "2026-03-04", "--compare", "previous")
    # activity: 7.1% the week before, 8.6% this week
    assert english.output.splitlines()[7].split()[-2:] == ["+1.4", "pt"]
    persian = report(tmp_path, "--date", "2026-03-04", "--compare", "previous", "--locale", "fa")
    assert persian.exit_code == 0, persian.output
    activity = persian.output.splitlines()[7]
    assert activity.startswith("نرخ فعالیت")
    assert activity.endswith("\u2068+1.4\u2069 واحد درصد")  # the number isolated in RTL text
    assert " pt" not in persian.output
    # the isolates (and the zero-width non-joiner) take no column: the columns stay aligned
    widths = {
        sum(unicodedata.category(c) != "Cf" for c in line)
        for line in persian.output.splitlines()[2:]
    }
    assert len(widths) == 1, persian.output


def test_segments_by_activity_and_consumption(tmp_path):
    result = report(tmp_path, "--segments", "--date", "2026-03-02")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Segments of Test Club: 5 members, last 30 days",
        "By activity:",
        "  core members: 0 (0%; suggested 5–10%)",
        "  active members: 0 (0%; suggested 20–30%)",
        "  ordinary members: 3 (60%; suggested 60–70%)",
        "  lurkers: 2 (40%; suggested 10–15%)",
        "By consumption:",
        "  core customers (3+ orders): 1 (20%; suggested 15–20%)",
        "  active customers (1-2 orders): 1 (20%; suggested 30–35%)",
        "  ordinary (no orders, still interacting): 2 (40%; suggested 40–45%)",
        "  dormant (no orders, no interaction): 1 (20%; suggested —)",
    ]
    out = tmp_path / "segments.png"
    assert report(tmp_path, "--segments", "--format", "png", "--out", str(out)).exit_code == 0
    assert out.read_bytes().startswith(b"\x89PNG")


def test_segments_as_of_an_earlier_date_count_nothing_after_it(tmp_path):
    # 24 Feb: ann and bo had spoken, old had not for 30 days; cy and dan came later, and the
    # orders of 2 Mar had not been placed
    result = report(tmp_path, "--segments", "--date", "2026-02-24", "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found["members"] == 3
    assert found["activity"] == {"core": 0, "active": 0, "ordinary": 2, "lurker": 1}
    assert found["consumption"] == {"core": 0, "active": 0, "ordinary": 2, "dormant": 1}


def test_mistakes_are_named(tmp_path):
    assert report(tmp_path, "--format", "png").exit_code == 2
    unknown = report(tmp_path, "--compare", "nope")
    assert unknown.exit_code == 2
    assert "'nope' is not a community (expected one of: club, other)" in unknown.output
    bad_chat = report(tmp_path, "--chat", "local:elsewhere")
    assert bad_chat.exit_code == 2
    assert "'local:elsewhere' is not a chat of community 'club'" in bad_chat.output


def test_a_date_after_today_is_refused(tmp_path):
    # nothing happened yet, and today's member count is no count of that day
    later = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    for extra in ((), ("--format", "json"), ("--segments",), ("--compare", "previous")):
        result = report(tmp_path, "--period", "day", "--date", later, *extra)
        assert result.exit_code == 2, result.output
        assert result.stdout == ""
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"--date: {later} is in the future (today is ")
        assert line.endswith(" in Asia/Shanghai)")


def test_comparison_of_two_communities_as_json(tmp_path):
    result = report(tmp_path, "--date", "2026-03-04", "--compare", "other", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["columns"] == ["Test Club 2026-W10", "other 2026-W10"]
    # "other" never had an event: nothing recorded, so no counts and no rates, not zeros.
    assert data["rows"]["messages_per_day"] == {"Test Club 2026-W10": 0.4286,
                                                "other 2026-W10": None}  # fmt: skip
    assert data["rows"]["activity"] == {"Test Club 2026-W10": round(0.6 / 7, 4),
                                        "other 2026-W10": None}  # fmt: skip


def test_a_pipeline_without_the_recorder_is_pointed_out(tmp_path):
    settings = tmp_path / "bare.toml"
    settings.write_text(
        SETTINGS_TOML.replace(
            "[default.rulesets.main]\n", '[default.rulesets.main]\npipeline = ["membership"]\n'
        ),
        encoding="utf-8",
    )
    db = f"sqlite://{tmp_path / 'bare.db'}"
    assert (
        CliRunner().invoke(main, ["migrate", "--settings", str(settings), "--db", db]).exit_code
        == 0
    )
    result = CliRunner().invoke(
        main, ["report", "--settings", str(settings), "--db", db, "--community", "club"]
    )
    assert result.exit_code == 0, result.output
    assert "has no 'recorder' component, so nothing is recorded" in result.output


def test_report_in_a_folder_without_settings_or_database_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["report", "--community", "club"])
    assert result.exit_code == 2
    assert "no settings.toml and no database (groupops.db) in " in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_mistyped_database_path_is_refused_not_made(tmp_path):
    report(tmp_path, "--period", "week")  # the club's database exists
    settings = tmp_path / "settings.toml"
    result = CliRunner().invoke(
        main,
        ["report", "--settings", str(settings), "--db", f"sqlite://{tmp_path / 'clb.db'}",
         "--community", "club"],
    )  # fmt: skip
    assert result.exit_code == 1
    assert f"--db: {tmp_path / 'clb.db'}: no such database (check the path)" in result.output
    assert not (tmp_path / "clb.db").exists()


def test_segments_of_one_member_over_one_day_are_singular(tmp_path):
    settings = tmp_path / "solo.toml"
    settings.write_text(
        "[default.rulesets.solo.segments]\nwindow_days = 1\n"
        '[default.communities.club]\nruleset = "solo"\ntitle = "Solo"\nchats = ["local:main"]\n',
        encoding="utf-8",
    )
    db = f"sqlite://{tmp_path / 'solo.db'}"

    async def one_member() -> None:
        raw = {"communities": {"club": {"ruleset": "main", "chats": ["local:main"]}}}
        h = await Harness.open(raw, db, start=START)
        try:
            await h.world.say(h.chat, h.user("ann"), "hello")
            await h.settle()
        finally:
            await h.close()

    asyncio.run(one_member())
    base = ["report", "--settings", str(settings), "--db", db, "--community", "club", "--segments"]
    result = CliRunner().invoke(main, [*base, "--date", "2026-03-02"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Segments of Solo: 1 member, last 1 day"
    russian = CliRunner().invoke(main, [*base, "--date", "2026-03-02", "--locale", "ru"])
    assert russian.output.splitlines()[0] == "Сегменты Solo: 1 участник, за последний 1 день"


def test_a_period_before_the_first_recorded_day_says_nothing_was_recorded(tmp_path):
    # The recorder's first day is 20 Jan 2026 (old spoke); a week in 2025 has nothing to show,
    # and neither zero members nor a platform that "reports no member count" is true of it.
    result = report(tmp_path, "--period", "week", "--date", "2025-01-06")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "Report for Test Club, week 2025-W02 (Jan 6, 2025 to Jan 12, 2025)",
        "Nothing was recorded in this period: the first recorded day is Jan 20, 2026.",
    ]
    persian = report(tmp_path, "--period", "week", "--date", "2025-01-06", "--locale", "fa")
    assert persian.exit_code == 0, persian.output
    assert "در این دوره چیزی ثبت نشده است" in persian.output
    assert "20 ژانویه 2026" in persian.output  # the day as Persian says it, not ISO
    assert "0 (" not in persian.output and "پلتفرم" not in persian.output
    data = json.loads(report(tmp_path, "--date", "2025-01-06", "--format", "json").output)
    assert (data["first_recorded"], data["members"], data["members_basis"]) == (
        "2026-01-20",
        None,
        None,
    )
    assert {kpi["unavailable"] for kpi in data["kpis"].values()} == {"nothing_recorded"}
    # the week the recorder started is a report like any other
    started = report(tmp_path, "--period", "week", "--date", "2026-01-20")
    assert started.output.splitlines()[1] == (
        "Members: 4 (as reported by the platform); 4 at the start"
    )


def test_segments_as_of_a_date_count_that_day_and_nothing_after_it(tmp_path):
    # 1 Mar, the day before dan joined, cy first spoke and the four orders: ann and bo had
    # spoken on 23 Feb, old not for 30 days
    result = report(tmp_path, "--segments", "--date", "2026-03-01", "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert found["members"] == 3
    assert found["activity"] == {"core": 0, "active": 0, "ordinary": 2, "lurker": 1}
    assert found["consumption"] == {"core": 0, "active": 0, "ordinary": 2, "dormant": 1}


def test_segments_as_of_a_date_keep_a_member_who_left_and_came_back_since(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(SETTINGS_TOML, encoding="utf-8")
    db = f"sqlite://{tmp_path / 'back.db'}"

    async def away_and_back() -> None:
        # ann and bo speak on 2 Mar; bo leaves on 4 Mar and joins again on 6 Mar
        h = await Harness.open(RAW, db, start=START)
        try:
            ann, bo = h.user("ann"), h.user("bo")
            for person in (ann, bo):
                await h.world.say(h.chat, person, "hello")
            h.clock.advance(days=2)
            await h.world.leave(h.chat, bo)
            h.clock.advance(days=2)
            await h.world.join(h.chat, bo)
            await h.settle()
        finally:
            await h.close()

    asyncio.run(away_and_back())
    base = ["report", "--settings", str(settings), "--db", db, "--community", "club"]
    for day, members in (("2026-03-03", 2), ("2026-03-05", 1), ("2026-03-06", 2)):
        result = CliRunner().invoke(main, [*base, "--segments", "--date", day, "--format", "json"])
        assert result.exit_code == 0, result.output
        assert json.loads(result.output)["members"] == members, day


def test_a_comparison_writes_its_numbers_as_the_readers_language_does(tmp_path):
    russian = report(tmp_path, "--date", "2026-03-04", "--compare", "previous", "--locale", "ru")
    assert russian.exit_code == 0, russian.output
    lines = russian.output.splitlines()
    plain = report(tmp_path, "--date", "2026-03-04", "--locale", "ru").output
    assert "8,6\xa0%" in plain  # the report's own activity rate, as Russian writes it
    assert lines[3].split()[-3:] == ["0,3", "0,4", "+0,1"]  # messages a day: 2/7 and 3/7
    cells = [cell.strip() for cell in lines[7].split("  ") if cell.strip()]
    assert cells[-3:] == ["7,1\xa0%", "8,6\xa0%", "+1,4 п. п."]


def test_a_compared_period_before_anything_was_recorded_shows_no_counts(tmp_path):
    # the week before the recorder's first day (20 Jan): no zeros, no rates
    result = report(tmp_path, "--date", "2026-01-20", "--compare", "previous")
    assert result.exit_code == 0, result.output
    rows = [line.split("  ") for line in result.output.splitlines()[2:]]
    earlier = [[cell.strip() for cell in row if cell.strip()][1] for row in rows]
    assert earlier == ["—"] * len(rows), result.output
    data = json.loads(
        report(tmp_path, "--date", "2026-01-20", "--compare", "previous", "--format", "json").output
    )
    assert {row["Test Club 2026-W03"] for row in data["rows"].values()} == {None}


def test_a_chats_report_has_no_points_of_its_own(tmp_path):
    # points are awarded to members of the community, not in a chat: null, not 0
    result = report(tmp_path, "--date", "2026-03-04", "--chat", "local:main", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["points"] is None
    assert {day["points"] for day in data["daily"]} == {None}


def test_members_who_only_sent_commands_are_no_speakers(tmp_path):
    async def giveaway(db_url: str) -> None:
        h = await Harness.open(RAW, db_url, start=START)
        try:
            boss = h.user("boss", admin=True)
            people = [h.user(name) for name in ("ann", "bo", "cy", "dee")]
            await h.world.say(h.chat, people[0], "anyone around this week?")
            for member in people[1:]:  # a giveaway's entries: commands, not conversation
                await h.world.say(h.chat, member, "/join draw1")
            await h.world.say(h.chat, boss, "/give @ann 5 thanks")
            await h.settle()
        finally:
            await h.close()

    asyncio.run(giveaway(f"sqlite://{tmp_path / 'club.db'}"))
    result = report(tmp_path, "--period", "day", "--date", "2026-03-02", "--format", "json")
    activity = json.loads(result.output)["kpis"]["activity"]
    # 1 of the 5 members spoke; the four who only sent commands did not (was 5 of 5)
    assert (activity["numerator"], activity["denominator"]) == (1, 5)
    assert activity["value"] == 0.2


def test_days_after_the_bot_last_recorded_are_not_counted_as_quiet(tmp_path):
    # recorded from 20 January to Sunday 8 March (the last daily job): the rest of March is
    # no quiet time, the bot was not running
    month = report(tmp_path, "--period", "month", "--date", "2026-03-04", "--format", "json")
    assert month.exit_code == 0, month.output
    figures = json.loads(month.output)
    assert (figures["days_counted"], figures["recorded_through"]) == (8, "2026-03-08")
    week = report(tmp_path, "--period", "week", "--date", "2026-03-11")
    assert week.exit_code == 0, week.output
    assert week.output.splitlines() == [
        "Report for Test Club, week 2026-W11 (Mar 9, 2026 to Mar 15, 2026)",
        "Nothing was recorded in this period: the last recorded day is Mar 8, 2026.",
    ]
    assert "act now" not in week.output


def test_the_only_community_needs_no_name_and_one_of_several_is_asked_for(tmp_path):
    report(tmp_path, "--date", "2026-03-04")  # the database, played once
    settings, db = tmp_path / "settings.toml", f"sqlite://{tmp_path / 'club.db'}"
    base = ["report", "--db", db, "--date", "2026-03-04"]
    several = CliRunner().invoke(main, [*base, "--settings", str(settings)])
    assert several.exit_code == 2
    assert several.output == (
        "--community: name the community to report on (one of: club, other)\n"
    )
    only = tmp_path / "only.toml"  # a deployment of one community, its database new
    only.write_text(SETTINGS_TOML.split("[default.communities.other]")[0], encoding="utf-8")
    fresh = ["--settings", str(only), "--db", f"sqlite://{tmp_path / 'fresh.db'}"]
    assert CliRunner().invoke(main, ["migrate", *fresh]).exit_code == 0
    result = CliRunner().invoke(main, ["report", *fresh, "--date", "2026-03-04"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Report for Test Club, week 2026-W10"), result.output
