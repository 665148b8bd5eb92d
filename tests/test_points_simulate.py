"""The simulator's JSON reports points, redemptions and tier counts, read from the database."""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_simulation_reports_points_redemptions_and_tiers(tmp_path):
    args = ["simulate", "--members", "60", "--days", "3", "--seed", "3", "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{") :])
    points = summary["points"]
    assert points["by_reason"]["checkin"] == summary["checkins"] == summary["points_awarded"]
    assert points["balance_total"] <= summary["points_awarded"]  # some left with their points
    assert points["redemptions"] == {}  # nobody reaches the cheapest item (100) in 3 days
    ranked = sum(n for tier, n in points["tiers"].items() if tier != "unranked")
    assert {"core", "active", "normal"} <= set(points["tiers"]) and ranked > 0
    assert sum(points["consumption"].values()) == sum(points["tiers"].values())
