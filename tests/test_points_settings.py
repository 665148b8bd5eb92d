"""`groupops check` names every bad points, shop, tiers and identity setting by key path."""

from __future__ import annotations

from support.settings_cli import check_text

BAD = """
[default.rulesets.tech.points]
answer = -3
checkin = 99999999999999999999
limits = { farming = { daily_cap = 5 } }
[default.rulesets.tech.shop]
items = [
  { id = "Trial!", cost = 100, title = "Trial" },
  { id = "free", cost = 0, title = "Free lunch" },
  { id = "gold", cost = 1, stock = 99999999999999999999, title = "Gold" },
]
[default.rulesets.tech.tiers]
core_share = 0.6
active_share = 0.5
perks = { wizard = ["multiplier:2"], core = ["multiplier:lots"] }
[default.rulesets.tech.identity]
scope = "everything"
[default.communities.devs]
ruleset = "tech"
chats = ["local:main"]
"""


def test_check_names_each_bad_points_setting(tmp_path):
    result = check_text(tmp_path, BAD)
    assert result.exit_code == 2
    out = result.output
    for expected in (
        "rulesets.tech.points.answer",
        "rulesets.tech.points.limits: 'farming' is not a rule",
        "rulesets.tech.shop.items[0].id: 'Trial!' is not an item id",
        "rulesets.tech.shop.items[1].cost: got 0",
        "rulesets.tech.points.checkin",
        "rulesets.tech.shop.items[2].stock",
        "rulesets.tech.tiers.perks: 'wizard' is not a tier",
        "rulesets.tech.identity.scope",
    ):
        assert expected in out, (expected, out)


def test_a_multiplier_past_ten_is_refused_as_a_campaigns_factor_is(tmp_path):
    for factor in ("inf", "nan", "1e9", "0"):
        written = (
            f'[default.rulesets.tech.tiers]\nperks = {{ core = ["multiplier:{factor}"] }}\n'
            '[default.communities.devs]\nruleset = "tech"\nchats = ["local:main"]\n'
        )
        result = check_text(tmp_path, written)
        assert result.exit_code == 2, result.output
        assert f"'multiplier:{factor}': expected 'multiplier:FACTOR'" in result.output


def test_tier_shares_take_a_percentage_as_health_bands_do(tmp_path):
    written = BAD.split("[default.rulesets.tech.points]")[0] + (
        '[default.rulesets.tech.tiers]\ncore_share = "10%"\nactive_share = "250%"\n'
        '[default.communities.devs]\nruleset = "tech"\nchats = ["local:main"]\n'
    )
    result = check_text(tmp_path, written)
    assert result.exit_code == 2
    assert "rulesets.tech.tiers.core_share" not in result.output  # "10%" is 0.1
    assert "rulesets.tech.tiers.active_share: '250%' is outside 0-100%" in result.output
