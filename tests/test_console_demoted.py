"""A console session outlives its holder's role: a request asked for after the member lost
admin (a /demote, the platform's admin list) is refused and said so, and nothing happens in
the chat; an admin's own request, and the operator's, go through as before. A warning, a mute
or a ban from the console does not apply to an admin or the owner, as in the chat."""

from __future__ import annotations

import re
from html import unescape

import pytest
from support.console import console_client, link_for, post_form, sign_in

from groupops.core.console.start_outcomes import reason_of
from groupops.core.i18n.render import render_text
from groupops.core.storage.models import AuditEntry, Member

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

OWNER = {"communities": {"club": {"roles": {"owner": ["local:user:olga"]}}}}


def outcome_said(entry: AuditEntry) -> str:
    """The refusal's reason as the console's next page says it (English)."""
    return render_text(reason_of(entry.detail), "en")


def notices(page: str) -> list[str]:
    return re.findall(r'<p class="notice" role="status">([^<]*)</p>', unescape(page))


async def _ban_from_console(h, asker: str, target: str) -> list[str]:
    async with console_client(h) as client:
        await sign_in(client, await link_for(h, asker, ("club",)))
        page = f"/c/club/m/{target}"
        await post_form(client, page, f"{page}/act", kind="ban", amount="0", reason="spam")
        await h.settle()
        return notices((await client.get(page)).text)


async def test_a_ban_asked_before_a_demote_and_carried_out_after_is_refused(harness_factory):
    """A console in its own process leaves the request to the bot's next scheduler pass: the
    member may be demoted meanwhile."""
    h = await harness_factory(OWNER)
    olga, bob, ann = h.user("olga", owner=True), h.user("bob"), h.user("ann")
    await h.world.say(h.chat, olga, f"/promote {bob} admin")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, bob, "hello")
    await h.settle()
    async with console_client(h, engine=False) as client:
        await sign_in(client, await link_for(h, bob, ("club",)))
        page = f"/c/club/m/{ann}"
        await post_form(client, page, f"{page}/act", kind="ban", amount="0", reason="spam")
    await h.world.say(h.chat, olga, f"/demote {bob}")
    await h.settle()
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.world.chats[h.chat].members[ann].status == "member"
    refused = await AuditEntry.get(community="club", action="ban", actor=bob)
    assert refused.outcome == "refused" and refused.target == ann
    assert outcome_said(refused) == "Refused: Bob no longer holds an admin role in this community."


async def test_an_admin_the_platform_demoted_can_no_longer_ban(harness):
    h = harness
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    assert await _ban_from_console(h, boss, ann) == ["Done."]
    assert h.world.chats[h.chat].members[ann].status == "banned"
    carl, bob = h.user("carl", admin=True), h.user("bob")
    await h.world.say(h.chat, carl, "/admincache")  # the bot reads carl as an admin
    h.world.chats[h.chat].members[carl].status = "member"  # then the group demotes him
    await h.world.say(h.chat, bob, "/admincache")  # and the bot reads the list again
    await h.settle()
    async with console_client(h) as client:  # his session keeps no power (test_console_role_lost)
        await sign_in(client, await link_for(h, carl, ("club",)))
        page = f"/c/club/m/{bob}"
        assert (await client.get(page)).status_code == 401
        refused = await client.post(f"{page}/act", data={"kind": "ban", "reason": "spam"})
        assert refused.status_code in (401, 403)
        await h.settle()
    assert h.world.chats[h.chat].members[bob].status == "member"
    assert not await AuditEntry.filter(action="ban", target=bob).exists()


async def test_the_operator_bans_whoever_holds_roles(harness):
    h = harness
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        page = f"/c/club/m/{ann}"
        await post_form(client, page, f"{page}/act", kind="ban", amount="0", reason="spam")
        await h.settle()
        assert notices((await client.get(page)).text) == ["Done."]
    assert h.world.chats[h.chat].members[ann].status == "banned"


async def test_an_admin_cannot_ban_the_owner_or_another_admin_from_the_console(harness_factory):
    h = await harness_factory(OWNER)
    olga, boss, carl = (
        h.user("olga", owner=True),
        h.user("boss", admin=True),
        h.user("carl", admin=True),
    )
    for someone in (olga, boss, carl):
        await h.world.say(h.chat, someone, "hello")
    await h.settle()
    assert await _ban_from_console(h, boss, olga) == [
        "Olga is an admin; that does not apply to admins."
    ]
    assert await _ban_from_console(h, boss, carl) == [
        "Carl is an admin; that does not apply to admins."
    ]
    assert {h.world.chats[h.chat].members[m].status for m in (olga, carl)} == {"owner", "admin"}
    # the refused ban did nothing: the log offers no Undo for it, and an undo asked is refused
    refused = await AuditEntry.get(community="club", action="ban", target=olga)
    assert refused.outcome == "refused"
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        assert f'data-entry="{refused.id}"' not in (await client.get("/moderation")).text
        await post_form(client, "/moderation", "/c/club/undo", entry=refused.id)
        await h.settle()
        assert notices((await client.get("/moderation")).text) == ["That cannot be undone."]


async def test_an_admin_cannot_give_points_to_themselves_from_the_console(harness):
    h = harness
    boss, ann = h.user("boss", admin=True), h.user("ann")
    for someone in (boss, ann):
        await h.world.say(h.chat, someone, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h, boss, ("club",)))
        for member in (boss, ann):
            page = f"/c/club/m/{member}"
            await post_form(client, page, f"{page}/act", kind="points", amount="500", reason="x")
            await h.settle()
            said = notices((await client.get(page)).text)
            assert said == (
                ["Admins cannot give points to themselves; another admin can."]
                if member == boss
                else ["Done."]
            )
    balances = {m.key: m.balance for m in await Member.filter(community="club")}
    assert balances[boss] == 0 and balances[ann] == 500


async def test_a_demoted_member_is_signed_out_of_the_console(harness_factory):
    h = await harness_factory(OWNER)
    olga, bob = h.user("olga", owner=True), h.user("bob")
    await h.world.say(h.chat, olga, f"/promote {bob} admin")
    await h.world.say(h.chat, bob, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h, bob, ("club",)))
        assert "Test Club" in (await client.get("/communities")).text
        await h.world.say(h.chat, olga, f"/demote {bob}")
        await h.settle()
        members = await client.get("/members?q=")
        assert members.status_code == 401 and "Sign in" in members.text
