"""`groupops simulate` reads like a report: every number in the text summary is the JSON's,
member counts add up, each KPI carries the JSON's verdict, a 7-day run counts 7 community
days, and no raw data structure shows."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from test_simulate import simulate, simulations

pytestmark = pytest.mark.timeout(900)
ARGS = ("--members", "150", "--days", "7", "--seed", "2")


def number(text: str, label: str) -> int:
    match = re.search(rf"^  {re.escape(label)}\s+([+-]?[\d,]+)", text, re.M)
    assert match, f"no {label!r} line in:\n{text}"
    return int(match.group(1).replace(",", "").lstrip("+-"))


def test_the_text_summary_agrees_with_the_json():
    text_run, json_run = simulations(ARGS, (*ARGS, "--json"))
    assert text_run.returncode == 0 and json_run.returncode == 0, text_run.stderr
    text, data = text_run.stdout, json.loads(json_run.stdout)
    kpis = data["kpis"]
    removed = kpis["removals"]
    assert number(text, "at the start") == data["members_start"] == kpis["members_start"]
    assert number(text, "joined") == data["joins"] == kpis["joins"]
    assert number(text, "left") == data["leaves"] - removed == kpis["leaves"]
    assert number(text, "removed") == removed
    assert number(text, "at the end") == data["members"]
    assert data["members_start"] + data["joins"] - data["leaves"] == data["members"]
    assert number(text, "messages") == data["messages"] == kpis["messages"]
    assert number(text, "check-ins") == data["checkins"]
    assert number(text, "awarded") == data["points_awarded"]
    for reason, points in data["points"]["by_reason"].items():
        assert f"{reason} {points:,}" in text
    # a 7-day run counts 7 community days
    assert kpis["days_counted"] == 7
    assert "Health over 7 community day(s), 2026-03-02..2026-03-08" in text
    labels = {"activity": "activity rate", "leave_rate": "weekly leave rate"}
    for kpi, label in labels.items():
        status = data["health"][kpi]
        assert status in ("healthy", "watch", "alert")
        line = next(line for line in text.splitlines() if line.strip().startswith(label))
        value = kpis["kpis"][kpi]["value"]
        assert f"{value * 100:.1f}%".replace(".0%", "%") in line and status in line
    assert data["health"]["reach"] == "unavailable"
    assert not re.search(r"[\[\]{}]", text), text  # no raw JSON in the report


def test_no_progress_bar_when_the_output_is_not_a_terminal():
    result = simulate("--members", "300", "--days", "7", "--seed", "1")
    assert result.returncode == 0
    assert "simulating" not in result.stderr and "\r" not in result.stdout + result.stderr


def test_a_report_on_the_simulations_database_counts_what_the_simulation_counted(tmp_path):
    # The simulation sells a members' chat (local:vip); community figures leave it out, in its
    # summary and in `groupops report` on its database alike.
    run = simulate("--members", "60", "--days", "10", "--seed", "3", "--db", "sqlite://sim.db",
                   "--json", cwd=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr
    simulated = json.loads(run.stdout)["kpis"]
    report = subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "report", "--db", "sqlite://sim.db",
         "--community", "simulated", "--period", "month", "--date", "2026-03-05",
         "--format", "json"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    reported = json.loads(report.stdout)
    for count in ("members_start", "joins", "leaves", "removals", "messages", "members"):
        assert reported[count] == simulated[count], count
    # the run's ten community days end at 04:00 on March 12, when the day's jobs ran last
    assert reported["recorded_through"] == "2026-03-11"


def test_a_report_counts_no_day_after_the_simulation_and_no_retention_it_could_not_see(
    tmp_path,
):
    """Seven days end where the eighth begins, as the day's jobs fire: the report counted the
    eighth as a recorded day (0 messages, "act now") and the first day's joiners as kept for 7
    days through it (100 %), where the simulation said nobody joined long enough ago."""
    run = simulate("--members", "60", "--days", "7", "--seed", "3", "--db", "sim.db", "--json",
                   cwd=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["kpis"]["kpis"]["retention_7d"]["value"] is None
    report = subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "report", "--db", "sim.db", "--community",
         "simulated", "--date", "2026-03-05", "--format", "json"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    reported = json.loads(report.stdout)
    assert reported["recorded_through"] == "2026-03-08"
    assert reported["kpis"]["retention_7d"]["value"] is None
