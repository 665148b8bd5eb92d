"""A muted member is shown as muted, with when the mute ends, on their page and in the members
list, not as "in the group"; once it ends (or /unmute lifts it) they are in the group again."""

from __future__ import annotations

import re
from html import unescape

import pytest
from support.console import a_member_who_spoke, console_client, link_for, post_form, sign_in

pytest.importorskip("starlette", reason="the console needs the dashboard extra")


def status_of(html: str) -> str:
    found = re.search(r"Status</dt><dd[^>]*>(.*?)</dd>", unescape(html), re.S)
    assert found, "the page shows no status"
    return found.group(1).strip()


async def test_a_member_muted_from_the_console_is_shown_muted_until_it_ends(harness):
    h = harness
    _, page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, page, f"{page}/act", kind="mute", amount="0",
                        reason="calm down", duration="2h")  # fmt: skip
        await h.settle()
        shown = status_of((await client.get(page)).text)
        assert shown.startswith("muted until ") and shown != "muted until an admin lifts it"
        listed = unescape((await client.get("/members?q=ann")).text)
        assert shown in listed and "in the group" not in listed
        h.clock.advance(hours=3)
        assert status_of((await client.get(page)).text) == "in the group"


async def test_a_mute_without_an_end_says_so_in_the_readers_language(harness):
    h = harness
    _, page = await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, page, f"{page}/act", kind="mute", amount="0", reason="calm down")
        await h.settle()
        assert status_of((await client.get(page)).text) == "muted until an admin lifts it"
        await post_form(client, "/communities", "/language", locale="de")
        assert (
            status_of((await client.get(page)).text) == "stummgeschaltet, bis ein Admin es aufhebt"
        )
