"""Names and titles as the console shows them: a member's name or a community's title holding a
bidi override does not turn the page's text around it (the bot's own texts drop it too), and
the start form's community menu names communities by their titles, as every other menu does."""

from __future__ import annotations

from html import unescape

import pytest
from support.console import a_member_who_spoke, console_client, link_for, sign_in

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
    assert ">Evegnp.exe</bdi></a>" in shown["members"]
    assert "<h1>Devsklat</h1>" in shown["community"]
    assert "Devsklat</a></h2>" in shown["communities"]
    # the start form's community menu: the title, as the moderation log's menu shows it
    assert '<option value="club">Devsklat</option>' in shown["campaigns"]


INVISIBLE = ("\u202e", "\u200b", "\ufeff", "\u200d")
UNSURE = {"rulesets": {"main": {"moderation": {
    "classifier": {"enabled": True, "threshold": 0.9999, "review": 0.5}}}}}  # fmt: skip


async def test_the_review_queue_and_the_settings_drop_overrides_and_invisible_characters(
    harness_factory,
):
    """The quoted message loses U+202E, U+200B and U+FEFF as names do; a zero-width joiner
    between Latin letters goes too (it joins nothing there), one inside an emoji stays."""
    h = await harness_factory({**UNSURE, **TITLED})
    zed = h.world.user("zed", "zero\u200b\u200dwidth\ufeff")
    h.world.add_member(h.chat, zed, "member")
    said = "Who wants extra money? \u202e</textarea> zero\u200dwidth 👨\u200d💻"
    await h.world.say(h.chat, zed, said)
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        queue = (await client.get("/moderation")).text
        settings = (await client.get("/settings")).text
    assert ">zerowidth</bdi></a>" in queue
    assert "<bdi>Who wants extra money? &lt;/textarea&gt; zerowidth 👨\u200d💻</bdi>" in queue
    assert '"title": "Devsklat"' in unescape(settings)
    for html in (queue.replace("👨\u200d💻", ""), settings):
        assert not any(mark in html for mark in INVISIBLE)


async def test_a_member_is_found_by_the_name_the_console_shows(harness_factory):
    h = await harness_factory()
    eve = h.world.user("eve", f"Eve{OVERRIDE}gnp.exe")
    zed = h.world.user("zed", "zero\u200b\u200dwidth\ufeff")
    for member in (eve, zed):
        h.world.add_member(h.chat, member, "member")
        await h.world.say(h.chat, member, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        by_shown = (await client.get("/members?q=EVEgnp")).text
        by_plain = (await client.get("/members?q=zerowidth")).text
    assert (
        f'<a href="/c/club/m/{eve}"><bdi class="name" title="Evegnp.exe">Evegnp.exe</bdi></a>'
        in by_shown
    )
    assert (
        f'<a href="/c/club/m/{zed}"><bdi class="name" title="zerowidth">zerowidth</bdi></a>'
        in by_plain
    )


TITLES = {"communities": {"club": {"title": {"en": "Runners Club", "de": "Lauftreff"}}}}


async def test_every_page_names_a_community_by_its_title_in_the_readers_language(
    harness_factory,
):
    """The overview and the community's page took the ruleset's language's title ("Lauftreff"
    to an English reader) while the members list and the log beside them said "Runners Club"."""
    h = await harness_factory({**TITLES, "rulesets": {"main": {"locale": "de"}}})
    await a_member_who_spoke(h)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        for reader, title in (("en", "Runners Club"), ("de", "Lauftreff")):
            asked = {"accept-language": reader}
            members = (await client.get("/members?q=ann", headers=asked)).text
            overview = (await client.get("/communities", headers=asked)).text
            community = (await client.get("/c/club", headers=asked)).text
            assert f"<td>{title}</td>" in members, reader
            assert f"{title}</a></h2>" in overview, reader
            assert f"<h1>{title}</h1>" in community, reader
