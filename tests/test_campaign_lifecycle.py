"""Campaign lifecycle by command and from the settings file: create, list, pause, close; bad
input is answered with what is wrong; declared campaigns start once, even across restarts."""

from __future__ import annotations

from datetime import timedelta

from click.testing import CliRunner
from loguru import logger
from support.campaigns import fire
from support.harness import BASE_SETTINGS, merge

from groupops.core.cli import main
from groupops.core.refs import Ref
from groupops.core.settings import validate_settings
from groupops.core.storage.models import AuditEntry, Campaign, ScheduledJob

DECLARED = {
    "rulesets": {
        "main": {"campaigns": {"streak": {"kind": "challenge", "ends": "7d", "title": "Streak"}}}
    }
}


async def test_admins_create_list_pause_and_close_campaigns(harness_factory):
    h = await harness_factory(DECLARED)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "/campaign new lottery x")
    await h.world.say(h.chat, boss, "/campaign new lottery")
    await h.world.say(h.chat, boss, "/campaign new lottery Bad!name")
    await h.world.say(h.chat, boss, "/campaign new groupbuy tea price=-3")
    await h.world.say(h.chat, boss, "/campaign new groupbuy tea product=Tea price=30 ends=3d")
    await h.world.say(h.chat, boss, "/campaign new lottery tea")
    await h.world.say(h.chat, boss, "/campaign pause tea")
    await h.world.say(h.chat, ann, "/campaigns")
    await h.world.say(h.chat, boss, "/campaign close streak")
    await h.world.say(h.chat, boss, "/campaign close streak")
    await h.world.say(h.chat, boss, "/campaign stop tea")
    await h.world.say(h.chat, ann, "/challenge")
    await h.settle()
    texts = [
        t for t in h.world.texts(h.chat) if not t.startswith(("Check-in challenge", "Group-buy"))
    ]
    assert texts == [
        "Only admins can use /campaign.",
        "Usage: /campaign new KIND NAME key=value … (kinds: challenge, groupbuy, "
        "lottery, multiplier, referral).",
        "bad!name is not a campaign name: use lower-case Latin letters, digits, - or _ (at most "
        "40); title= may be in any language, e.g. title=bad!name",
        "Cannot create tea: product: is required; price: must be more than 0",
        "tea is taken or not a valid campaign name.",
        "tea is now paused.",
        "Campaigns:\n• Streak (streak): running, ends Mar 9, 2026, 5:00\u202fPM"
        "\n• tea: paused, ends Mar 5, 2026, 5:00\u202fPM",
        "The challenge “Streak” is closed: check-ins no longer count toward it.",
        "Streak has already ended.",
        "Usage: /campaign new KIND NAME key=value … | pause NAME | resume NAME | close NAME | "
        "end NAME. Kinds: challenge, groupbuy, lottery, multiplier, referral.",
        "No check-in challenge is running.",
    ]
    # A closed campaign's deadline does nothing; the paused group-buy still concludes.
    assert await fire(h, h.clock.now() + timedelta(days=8)) == 2
    assert h.world.texts(h.chat)[-1].startswith("Group-buy tea did not reach 3 people")
    statuses = dict(await Campaign.all().values_list("name", "status"))
    assert statuses == {"streak": "closed", "tea": "failed"}


async def test_declared_campaigns_start_once_across_restarts(harness_factory):
    h = await harness_factory(DECLARED)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    await h.restart()
    await h.world.say(h.chat, ann, "hello again")
    await h.settle()
    announcements = [t for t in h.world.texts(h.chat) if t.startswith("Check-in challenge")]
    assert len(announcements) == 1
    assert await Campaign.filter(name="streak").count() == 1
    assert await ScheduledJob.filter(job="campaign.deadline", status="pending").count() == 1


async def test_a_campaign_whose_end_has_passed_is_not_started(harness_factory):
    # declared in the settings: left unstarted, where it was announced and closed at once
    ended = {"old": {"kind": "lottery", "ends": "2026-01-01 20:00", "title": "Old draw"}}
    h = await harness_factory({"rulesets": {"main": {"campaigns": ended}}})
    boss = h.user("boss", admin=True)
    seen: list = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    try:
        await h.world.say(h.chat, boss, "hello")
        await h.world.say(h.chat, boss, "hello again")  # said once, not at every message
        await h.settle()
    finally:
        logger.remove(sink)
    assert [str(m).strip() for m in seen] == [
        "campaign old of club in the settings has ended already; not started"
    ]
    await h.world.say(h.chat, boss, "/campaign new lottery late ends=2026-01-01")
    await h.world.say(h.chat, boss, "/campaign new lottery rev starts=2026-12-20 ends=2026-12-10")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Cannot create late: ends: 2026-01-01 00:00 has passed",
        "Cannot create rev: ends: must be after starts",
    ]
    assert await Campaign.all().count() == 0


async def test_a_huge_number_typed_into_campaign_new_is_refused_and_the_bot_goes_on(
    harness_factory,
):
    h = await harness_factory()
    boss, ann = h.user("boss", admin=True), h.user("ann")
    huge = "99999999999999999999999"  # beyond 64 bits: the ledger and the outbox hold no such
    for line in (
        f"/campaign new challenge big days=2 points={huge}",
        f"/campaign new referral friends points={huge}",
        f"/campaign new referral far stay_days={huge}",
        f"/campaign new lottery rich min_points={huge}",
        f"/campaign new groupbuy tea product=Tea price={huge}",
    ):
        await h.world.say(h.chat, boss, line)
    await h.world.say(h.chat, ann, "签到")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Cannot create big: points: must be at most 1000000",
        "Cannot create friends: points: must be at most 1000000",
        "Cannot create far: stay_days: must be at most 365",
        "Cannot create rich: min_points: must be at most 1000000000",
        "Cannot create tea: price: must be less than 1000000000000",
        "Ann checked in: +1 point. 1 day in a row, balance 1.",
    ]
    assert await Campaign.all().count() == 0


def test_check_names_bad_campaign_keys(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(
        "[default.rulesets.main.campaigns.spring]\n"
        'kind = "lottery"\nwinners = 0\nends = "soon"\n'
        "[default.rulesets.main.campaigns.buy]\n"
        'kind = "groupbuy"\nprice = "9.90"\ncurrency = "yuan"\n'
        "[default.rulesets.main.campaigns.honey]\n"
        'kind = "groupbuy"\nproduct = "Honey"\nprice = "20"\n'
        "tiers = [{ size = 3, off = 30 }, { size = 5, off = 20 }]\n"
        "[default.rulesets.main.campaigns.double]\n"
        'kind = "multiplier"\nstarts = "2026-03-10 00:00"\nends = "2026-03-01 00:00"\n'
    )
    result = CliRunner().invoke(main, ["check", "--settings", str(settings)])
    assert result.exit_code == 2
    # paths as the file writes them (pydantic's union tag, ".lottery", is not in the file)
    assert "rulesets.main.campaigns.spring.winners: got 0" in result.output
    assert "'soon' is not a moment" in result.output
    assert "rulesets.main.campaigns.buy.product: is required" in result.output
    assert (
        "rulesets.main.campaigns.buy.currency: 'yuan' is not a 3-letter currency code"
    ) in result.output
    assert (
        "rulesets.main.campaigns.honey.tiers: 5 people at 20% off after 3 at 30% off "
        "(each bigger group needs a bigger discount)"
    ) in result.output
    assert (
        "rulesets.main.campaigns.double: ends (2026-03-01 00:00) is not after starts "
        "(2026-03-10 00:00)"
    ) in result.output


def test_check_warns_of_a_campaign_whose_end_has_passed(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(
        '[default.rulesets.main]\n[default.communities.club]\nruleset = "main"\n'
        'chats = ["local:main"]\n'
        "[default.rulesets.main.campaigns.old]\n"
        'kind = "lottery"\nends = "2026-01-01 20:00"\n'
        "[default.rulesets.main.campaigns.week]\n"
        'kind = "lottery"\nends = "7d"\n'
    )
    result = CliRunner().invoke(main, ["check", "--settings", str(settings)])
    assert result.exit_code == 0, result.output
    assert (
        "warning: default.rulesets.main.campaigns.old.ends: 2026-01-01 20:00 has passed: the "
        "campaign is never started"
    ) in result.output
    assert "campaigns.week" not in result.output


async def test_a_campaign_started_by_command_is_logged_done(harness_factory):
    """An entry no platform action waits on is done as recorded, where /log and the console
    showed a campaign started (and a reroll, a rejected referral …) as queued for ever."""
    h = await harness_factory()
    boss = h.user("boss", admin=True)
    await h.world.say(h.chat, boss, "/campaign new groupbuy tea product=Tea price=30 ends=1d")
    await h.world.say(h.chat, boss, "/campaign pause tea")
    await h.settle()
    entries = await AuditEntry.filter(action__startswith="campaign.").order_by("created_at", "id")
    assert [(e.action, e.outcome) for e in entries] == [
        ("campaign.new", "done"),
        ("campaign.pause", "done"),
    ]


async def test_an_edited_declared_campaign_says_it_keeps_its_settings(harness_factory):
    grow = {"kind": "referral", "title": "Invite 3", "goal": 3, "gift": "a box", "ends": "10d"}
    declared = {
        "rulesets": {"main": {"campaigns": {"grow": grow}}},
        "communities": {"club": {"admin_chat": "local:admins"}},
    }
    h = await harness_factory(declared)
    h.world.chat("admins")
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    assert h.world.texts(Ref("local:admins")) == []  # as declared: nothing to say
    edited = {**grow, "title": "Invite 2", "goal": 2, "ends": "3d"}
    h.settings = validate_settings(
        merge(
            BASE_SETTINGS, merge(declared, {"rulesets": {"main": {"campaigns": {"grow": edited}}}})
        ),
        "edited",
    )
    await h.restart()
    await h.world.say(h.chat, ann, "/referrals")
    await h.world.say(h.chat, ann, "/referrals")
    await h.settle()
    assert h.world.texts(Ref("local:admins")) == [  # once, not at every event
        "Campaign grow keeps running with the settings it started with; the settings file now "
        "differs (title: Invite 3 → Invite 2; ends: 2026-03-12 17:00 → 2026-03-05 17:00; "
        "goal: 3 → 2) and is not applied to it. To run the new settings, end it (/campaign end "
        "grow, or /campaign close grow) and declare them under a new name."
    ]
    assert h.world.texts(h.chat)[-1].endswith("goal 3.")  # what it said it keeps
