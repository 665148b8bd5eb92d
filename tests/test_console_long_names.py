"""A long member or campaign name in a table or a list is one line cut with an ellipsis, the
whole name in its title (right to left too: the name's own direction decides which end is
cut), and a table's columns wrap between words, never inside one."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from support.console import console_client, link_for, post_form, sign_in

from groupops.core.console import svg

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

STYLESHEET = Path(svg.__file__).parent / "static" / "console.css"
LONG = "Maximiliane Konstantinopolskaya-Wunderlich von und zu Hohenzollern-Sigmaringen"
ARABIC = "عبد الرحمن بن محمد بن عبد الله الأنصاري الخزرجي المدني"
CAMPAIGN = "A very long spring giveaway title for every member of the club this year"


def _rules(css: str, selector: str) -> str:
    """The declarations of every rule whose selector list names `selector`."""
    found = re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    return ";".join(body for names, body in found
                    if selector in [n.strip() for n in names.split(",")])  # fmt: skip


def test_names_are_cut_with_an_ellipsis_and_table_columns_wrap_between_words():
    css = STYLESHEET.read_text()
    name = _rules(css, ".name")
    for declaration in ("white-space: nowrap", "overflow: hidden", "text-overflow: ellipsis"):
        assert declaration in name
    cells = _rules(css, "td") + _rules(css, "td bdi")
    assert "overflow-wrap: break-word" in cells and "anywhere" not in cells


@pytest.mark.parametrize("locale", ["en", "ar"])
async def test_a_long_name_is_shown_whole_in_its_title_in_tables_and_lists(harness, locale):
    h = harness
    for key, shown in (("max", LONG), ("abd", ARABIC)):
        member = h.world.user(key, shown)
        h.world.add_member(h.chat, member, "member")
        await h.world.say(h.chat, member, "hello")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/campaigns", "/campaigns/start", community="club",
                        kind="challenge", name="spring",
                        **{"opt.days": "3", "opt.title": CAMPAIGN})  # fmt: skip
        await h.settle()
        await post_form(client, "/communities", "/language", locale=locale)
        members = unescape((await client.get("/members?q=")).text)
        community = unescape((await client.get("/c/club")).text)
    assert f'dir="{"rtl" if locale == "ar" else "ltr"}"' in members
    for full in (LONG, ARABIC):
        assert f'<bdi class="name" title="{full}">{full}</bdi></a></td>' in members
    assert f'<li><bdi class="name" title="{CAMPAIGN}">{CAMPAIGN}</bdi>' in community
