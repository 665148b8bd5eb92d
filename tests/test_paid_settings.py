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


def test_a_free_stars_plan_is_said_as_such(tmp_path):
    result = check_text(tmp_path, BAD.replace("price = 9.5", "price = 0"))
    assert result.exit_code == 2
    assert (
        "rulesets.vip.paid.plans.stars: price 0 in XTR: a plan sold for Stars costs at least 1"
        in (result.output)
    ), result.output


UNLISTED = """
[default.rulesets.vip.paid.plans.monthly]
price = 500
currency = "XTR"
period = "30d"
chats = ["telegram:-1009876543210", "telegram:-1002"]
[default.communities.club]
ruleset = "vip"
chats = ["telegram:-1001", "telegram:-1002"]
"""


def test_a_paid_chat_the_community_does_not_list_is_refused(tmp_path):
    """The bot reads a chat's join requests only for the community listing it: a paid chat
    left out passed every check, and payers' personal links then opened nothing."""
    result = check_text(tmp_path, UNLISTED)
    assert result.exit_code == 2, result.output
    assert result.output.splitlines()[1:] == [
        "  default.rulesets.vip.paid.plans.monthly.chats[0]: 'telegram:-1009876543210' is not "
        "among the chats of community 'club': add it to communities.club.chats (the bot reads "
        "only those)"
    ], result.output
    listed = UNLISTED.replace('"telegram:-1001",', '"telegram:-1001", "telegram:-1009876543210",')
    assert check_text(tmp_path, listed).exit_code == 0
