"""Roles with the playbook's permission sets: /roles shows them; commands check them."""

from __future__ import annotations

from groupops.core.permissions import Permission, allows
from groupops.core.roles import Role

SETTINGS = {
    "communities": {
        "club": {"roles": {"deputy": ["local:user:dee"], "volunteer": ["local:user:vic"]}}
    }
}


async def test_roles_listing_and_checks(harness_factory):
    h = await harness_factory(SETTINGS)
    boss, dee, vic, ann = h.user("boss", admin=True), h.user("dee"), h.user("vic"), h.user("ann")
    h.world.chats[h.chat].members[boss].status = "owner"
    for user in (boss, dee, vic, ann):
        await h.world.say(h.chat, user, "hi")
    await h.world.say(h.chat, ann, "/roles")
    await h.world.say(h.chat, vic, "/give @ann 5 thanks")  # a volunteer has a badge, no rights
    await h.world.say(h.chat, dee, "/give @ann 5 thanks")
    await h.settle()
    assert h.world.texts(h.chat)[0].splitlines() == [
        "Roles in Test Club:",
        "Owner: Boss (remove and mute members, announcements, points and orders, group "
        "settings, appoint admins, hand over the group)",
        "Deputy owner: Dee (remove and mute members, announcements, points and orders, group "
        "settings, appoint admins)",
        "Admin: - (remove and mute members, announcements, points and orders)",
        "Volunteer: Vic (a badge, no special rights)",
    ]
    assert h.world.texts(h.chat)[1:] == [
        "Only admins can use /give.",
        "Ann received 5 points (thanks). Balance 5.",
    ]
    assert not allows(Role.DEPUTY, Permission.TRANSFER) and allows(Role.OWNER, Permission.TRANSFER)


async def test_roles_names_an_admin_who_never_spoke_as_adminlist_does(harness_factory):
    h = await harness_factory({"communities": {"club": {"locale": "vi"}}})
    h.user("sari", admin=True)  # an admin the platform names; she has not spoken here
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/roles")
    await h.world.say(h.chat, ann, "/adminlist")
    await h.settle()
    roles, admins = h.world.texts(h.chat)
    assert roles.splitlines()[3].startswith("Quản trị viên: Sari (")  # was "…: sari ("
    assert admins.splitlines()[1] == "• Sari (Quản trị viên)"
