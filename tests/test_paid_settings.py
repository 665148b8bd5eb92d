"""`groupops check` names each bad plan setting on one line, by its key."""

from __future__ import annotations

from support.settings_cli import check_text

BAD = """
[default.rulesets.vip.paid.plans.basic]
price = 99
period = "2h"
currency = "YUAN"
chats = ["telegram:user:42"]
[default.rulesets.vip.paid.plans.stars]
price = 9.5
currency = "XTR"
[default.communities.devs]
ruleset = "vip"
chats = ["telegram:-1001"]
"""


def test_check_names_each_bad_plan_setting(tmp_path):
    result = check_text(tmp_path, BAD)
    assert result.exit_code == 2
    out = result.output
    for expected in (
        "rulesets.vip.paid.plans.basic.period: a plan's period is at least 1 day",
        "rulesets.vip.paid.plans.basic.currency: 'YUAN' is not a 3-letter currency code",
        "rulesets.vip.paid.plans.basic.chats[0]: 'telegram:user:42' is a user reference",
        "rulesets.vip.paid.plans.stars: price 9.5 in XTR must be a whole number of Stars",
    ):
        assert expected in out, (expected, out)
