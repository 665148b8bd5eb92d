"""Roles that mean something, through both Telegram drivers against the fake Bot API and on
WeChat: a platform admin moderates but does not change settings (what /roles says);
/promote and /demote give and take the bot's roles, kept across a restart; volunteers wear
their badge and get their perks."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

from groupops.core.catalog import commands
from groupops.core.permissions import PERMISSIONS, Permission, least_role
from groupops.core.roles import Role

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
BO, CY = 43, 44


@pytest.fixture
async def open_harness(sqlite_url):
    made: list[TelegramHarness] = []

    async def make(driver: str, extra: dict | None = None) -> TelegramHarness:
        harness = await TelegramHarness.open(driver, sqlite_url, extra)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        await harness.close()


async def with_admin(open_harness, driver: str) -> TelegramHarness:
    """Olga owns the group; Bo is a Telegram administrator; Cy a member. All spoke once."""
    h = await open_harness(driver)
    h.world.user(BO, "Bo")
    h.world.add_member(CHAT_ID, BO, "administrator")
    h.member(CY, "Cy")
    for user in (OWNER_ID, BO, CY):
        h.world.say(CHAT_ID, user, "hi")
    await h.settle()
    return h


@telegram
async def test_a_platform_admin_moderates_but_does_not_change_settings(driver, open_harness):
    h = await with_admin(open_harness, driver)
    h.world.say(CHAT_ID, BO, "/lock url")
    h.world.say(CHAT_ID, BO, "/cleanservice on")
    h.world.say(CHAT_ID, BO, "/promote 44 volunteer")
    h.world.say(CHAT_ID, BO, "/warn 44 off topic")
    await h.settle()
    texts = h.texts()
    assert texts[:3] == [
        "Only the owner and deputy owners can use /lock.",
        "Only the owner and deputy owners can use /cleanservice.",
        "Only the owner and deputy owners can use /promote.",
    ]
    assert texts[3] == "Cy, please mind the group rules: off topic."  # an admin moderates


@telegram
async def test_promote_and_demote_are_kept_and_bounded_by_the_givers_role(driver, open_harness):
    h = await with_admin(open_harness, driver)
    h.world.say(CHAT_ID, OWNER_ID, "/promote 43 deputy")
    await h.settle()
    h.world.say(CHAT_ID, BO, "/lock url")  # now a deputy: settings are Bo's too
    h.world.say(CHAT_ID, BO, "/promote 44 deputy")  # not as high as the giver's own
    h.world.say(CHAT_ID, BO, "/promote 44 volunteer")
    h.world.say(CHAT_ID, BO, "/demote 10")
    await h.settle()
    assert h.texts() == [
        "Bo is now: Deputy owner.",
        "Locked: url.",
        "You can only give roles below your own.",
        "Cy is now: Volunteer.",
        "You can only demote members below your own role.",
    ]
    await h.switch("ptb" if driver == "aiogram" else "aiogram")  # a redeploy keeps the roles
    h.world.say(CHAT_ID, CY, "/roles")
    await h.settle()
    assert h.texts()[-1].splitlines()[1:] == [
        "Owner: Olga (remove and mute members, announcements, points and orders, group "
        "settings, appoint admins, hand over the group)",
        "Deputy owner: Bo (remove and mute members, announcements, points and orders, group "
        "settings, appoint admins)",
        "Admin: - (remove and mute members, announcements, points and orders)",
        "Volunteer: Cy (a badge, no special rights)",
    ]
    h.world.say(CHAT_ID, OWNER_ID, "/demote 43")  # back to what Telegram says: an admin
    h.world.say(CHAT_ID, OWNER_ID, "/demote 43")
    h.world.say(CHAT_ID, OWNER_ID, "/demote 44")
    h.world.say(CHAT_ID, BO, "/unlock url")
    await h.settle()
    assert h.texts()[-4:] == [
        "Bo is now: Admin.",
        "Bo's role comes from the platform or the settings; change it there.",
        "Cy is now: Member.",
        "Only the owner and deputy owners can use /unlock.",
    ]


@telegram
async def test_a_volunteer_wears_the_badge_and_gets_the_perks(driver, open_harness):
    perks = {"tiers": {"perks": {"volunteer": ["meetup", "multiplier:2"]}}}
    h = await open_harness(driver, {"rulesets": {"main": perks}})
    h.member(CY, "Cy")
    h.world.say(CHAT_ID, OWNER_ID, "/promote 44 volunteer")
    await h.settle()
    h.world.say(CHAT_ID, CY, "/points")
    h.world.say(CHAT_ID, CY, "/tier")
    await h.settle()
    assert h.texts()[1] == "Cy (Volunteer) has 0 points."
    assert h.texts()[2].startswith("Cy (Volunteer): ")
    assert h.texts()[2].endswith("Perks: offline meetups and points x2.")


def test_every_command_that_exercises_a_right_needs_the_role_roles_shows():
    by_name = {entry.name: entry for entry in commands()}
    for name in ("lock", "setflood", "cleanservice", "disable", "setgoodbye", "captcha"):
        assert by_name[name].role == "deputy"
    for name in ("ban", "pin", "give", "save"):
        assert by_name[name].role == "admin"
    assert by_name["promote"].role == "deputy" == by_name["demote"].role
    # what /roles says each role may do is what the commands require
    for permission in Permission:
        holders = [role for role, held in PERMISSIONS.items() if permission in held]
        assert least_role(permission) == min(holders)
    assert least_role(Permission.SETTINGS) is Role.DEPUTY


async def test_promote_on_wechat_where_roles_come_from_the_bot(harness_with, bridge):
    owner = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", owner)
    await bridge.say(ROOM, "bo", "hello")
    await bridge.say(ROOM, "bo", "/lock url")
    await bridge.say(ROOM, "ann", "/promote @Bo admin")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    await bridge.say(ROOM, "bo", "/warns @Ann")
    await bridge.say(ROOM, "bo", "/lock url")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 4)
    assert bridge.texts(ROOM)[:2] == [
        "Only the owner and deputy owners can use /lock.",
        "Bo is now: Admin.",
    ]
    assert not bridge.texts(ROOM)[2].startswith("Only")  # /warns: an admin's now
    assert bridge.texts(ROOM)[3] == "Only the owner and deputy owners can use /lock."
