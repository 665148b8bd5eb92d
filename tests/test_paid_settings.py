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


DAYPASS = """
[default.rulesets.vip.paid]
reminders = ["7d", "1d"]
[default.rulesets.vip.paid.plans.daypass]
price = 10
currency = "XTR"
period = "1d"
chats = ["telegram:-1002"]
[default.rulesets.vip.paid.plans.monthly]
price = 500
currency = "XTR"
period = "30d"
chats = ["telegram:-1002"]
[default.communities.club]
ruleset = "vip"
chats = ["telegram:-1001", "telegram:-1002"]
"""


def test_a_reminder_longer_than_a_plans_period_is_warned_of(tmp_path):
    """A day pass's buyers get neither the 7-day nor the 1-day reminder: both fall before the
    pass starts, which nothing said."""
    result = check_text(tmp_path, DAYPASS)
    assert result.exit_code == 0, result.output
    assert (
        "warning: default.rulesets.vip.paid.reminders: 1w, 1d before the end: never sent for "
        "plan 'daypass', whose period is 1d (a reminder falls within the period)"
    ) in result.output, result.output
    assert "'monthly'" not in result.output


def test_a_reminder_at_the_end_itself_is_refused(tmp_path):
    result = check_text(tmp_path, DAYPASS.replace('["7d", "1d"]', '["0d"]'))
    assert result.exit_code == 2
    assert (
        "rulesets.vip.paid.reminders: a reminder is sent before the end: give how long before, "
        "e.g. '1d'"
    ) in result.output, result.output
