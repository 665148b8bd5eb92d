"""`groupops simulate` in an operator's folder plays the ruleset's own plans at their own
prices: each simulated payment paid 1 Star, every one was held as matching no plan (43
warnings), and the summary said no membership started."""

from __future__ import annotations

import json

from test_simulate import simulate

SETTINGS = """
[default.rulesets.vip]
timezone = "Europe/Berlin"
[default.rulesets.vip.paid.plans.monthly]
price = 9
currency = "EUR"
stars = 500
period = "30d"
chats = ["telegram:-1009876543210"]
[default.rulesets.vip.paid.plans.yearly]
price = 4500
currency = "XTR"
period = "365d"
chats = ["telegram:-1009876543210"]
[default.rulesets.vip.paid.plans.invoiced]
price = 900
currency = "EUR"
period = "365d"
[default.communities.club]
ruleset = "vip"
chats = ["telegram:-1001234567890", "telegram:-1009876543210"]
"""


def test_the_simulation_sells_the_rulesets_own_plans_at_their_prices(tmp_path):
    (tmp_path / "settings.toml").write_text(SETTINGS)
    run = simulate("--members", "200", "--days", "10", "--seed", "2", "--json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "matches no plan" not in run.stderr, run.stderr
    sold = json.loads(run.stdout)["memberships"]
    assert sold["started"] > 0, sold
    assert set(sold["by_plan"]) <= {"monthly", "yearly"}, sold  # not sold for Stars: no buyer
    assert sum(sold["by_plan"].values()) == sold["active"] == sold["started"], sold
    stars = sold["revenue"]["XTR"]
    yearly = sold["by_plan"].get("yearly", 0)
    assert stars == 500 * (sold["started"] - yearly) + 4500 * yearly, sold
