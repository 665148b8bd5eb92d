"""Names and titles as the console shows them: a member's name or a community's title holding a
bidi override does not turn the page's text around it (the bot's own texts drop it too), and
the start form's community menu names communities by their titles, as every other menu does."""

from __future__ import annotations

import pytest
from support.console import console_client, link_for, sign_in

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "Eve\u202egnp.exe" reads as Eve…exe.png
TITLED = {"communities": {"club": {"title": f"Dev{OVERRIDE}sklat"}}}


async def test_a_name_or_title_with_an_override_is_shown_without_it(harness_factory):
    h = await harness_factory(TITLED)
    eve = h.world.user("eve", f"Eve{OVERRIDE}gnp.exe")
    h.world.add_member(h.chat, eve, "member")
    await h.world.say(h.chat, eve, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        shown = {
            "member": (await client.get(f"/c/club/m/{eve}")).text,
            "members": (await client.get("/members?q=eve")).text,
            "communities": (await client.get("/communities")).text,
            "community": (await client.get("/c/club")).text,
            "campaigns": (await client.get("/campaigns")).text,
        }
    for where, html in shown.items():
        assert OVERRIDE not in html, where
    assert "<h1>Evegnp.exe</h1>" in shown["member"]
    assert ">Evegnp.exe</a>" in shown["members"]
    assert "<h1>Devsklat</h1>" in shown["community"]
    assert "Devsklat</a></h2>" in shown["communities"]
    # the start form's community menu: the title, as the moderation log's menu shows it
    assert '<option value="club">Devsklat</option>' in shown["campaigns"]
