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
    # one point a check-in, more for core members (the example's `multiplier:1.5` perk)
    assert summary["checkins"] < points["by_reason"]["checkin"] <= 2 * summary["checkins"]
    earned = {"checkin", "speak", "order", "challenge", "invite"}
    assert (
        sum(v for k, v in points["by_reason"].items() if k in earned) == summary["points_awarded"]
    )
    assert points["by_reason"]["speak"] > 0  # 发言 earns in the simulated ruleset
    assert points["balance_total"] <= summary["points_awarded"]  # some left with their points
    assert points["redemptions"] == {}  # nobody reaches the cheapest item (100) in 3 days
    ranked = sum(n for tier, n in points["tiers"].items() if tier != "unranked")
    assert {"core", "active", "normal"} <= set(points["tiers"]) and ranked > 0
    assert sum(points["consumption"].values()) == sum(points["tiers"].values())


def test_a_five_week_simulation_plays_the_paid_group_and_the_shop():
    """Members buy the monthly plan, some renew, the rest lapse; points reach the shop."""
    args = ["simulate", "--members", "120", "--days", "35", "--seed", "1", "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{") :])
    paid = summary["memberships"]
    assert paid["started"] > 0 and paid["renewed"] > 0 and paid["lapsed"] > 0
    assert paid["active"] == sum(paid["by_plan"].values())
    assert paid["revenue"]["XTR"] == sum(paid["revenue_by_month"].values())
    assert paid["in_paid_chats"] <= paid["active"]
    assert sum(summary["points"]["redemptions"].values()) > 0  # points are spent in the shop
