"""What an operator types or an address holds reaches the database only as text it can keep: a
NUL in a search, a member's address or a form is no server error but the console's own answer,
in the reader's language."""

from __future__ import annotations

from html import unescape

import pytest
from support.console import a_member_who_spoke, console_client, link_for, post_form, sign_in

from groupops.core.storage.models import AuditEntry, Campaign

pytest.importorskip("starlette", reason="the console needs the dashboard extra")


async def test_a_nul_in_a_search_or_an_address_finds_no_one(harness):
    h = harness
    await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale="de")
        for query in ("%00", "a%00b"):
            found = await client.get(f"/members?q={query}")
            assert found.status_code == 200
            assert "Kein Mitglied gefunden." in unescape(found.text)
            assert "<nav" in found.text  # the console's layout, not a bare error
        missing = await client.get("/c/club/m/local:user:%00")
        assert missing.status_code == 404
        assert "Dieses Mitglied gibt es in dieser Community nicht." in unescape(missing.text)


async def test_a_nul_in_a_form_is_left_out_of_what_is_kept(harness):
    h = harness
    ann, member_page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        banned = await post_form(client, member_page, f"{member_page}/act", kind="ban",
                                 amount="0", reason="spam\x00links")  # fmt: skip
        assert banned.status_code == 303
        await h.settle()
        assert h.world.chats[h.chat].members[ann].status == "banned"
        assert (await AuditEntry.get(community="club", action="ban", target=ann)).evidence == (
            "spamlinks"
        )
        started = await post_form(client, "/campaigns", "/campaigns/start", community="club",
                                  kind="challenge", name="spr\x00ing",
                                  **{"opt.days": "3", "opt.title": "Spr\x00ing"})  # fmt: skip
        assert started.status_code == 303
        await h.settle()
        assert (await Campaign.get(community="club", name="spring")).title == "Spring"


async def test_an_address_or_an_id_longer_than_the_database_keeps_is_not_found(harness):
    """A member's address, or a log entry's or an outbox action's id, made longer than its
    column was refused by the ORM before the database was asked: a bare 500."""
    h = harness
    _, member_page = await a_member_who_spoke(h)
    long = "x" * 5000
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        missing = await client.get(f"/c/club/m/{long}")
        assert missing.status_code == 404
        assert "No such member in this community." in unescape(missing.text)
        refused = {
            f"/c/club/m/{long}/act": ({"kind": "ban", "amount": "0"}, 404,
                                      "No such member in this community."),
            "/c/club/undo": ({"entry": long}, 404, "No such log entry in this community."),
            "/c/club/review": ({"entry": long, "verdict": "spam"}, 404,
                               "No such review in this community."),
            "/outbox/retry": ({"id": long}, 404, "No such action in the outbox."),
        }  # fmt: skip
        for action, (fields, status, said) in refused.items():
            answer = await post_form(client, member_page, action, **fields)
            assert answer.status_code == status, action
            assert said in unescape(answer.text), action
    assert await AuditEntry.filter(community="club", action="ban").count() == 0
