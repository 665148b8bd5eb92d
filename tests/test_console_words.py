"""The stored words the console shows (an audit entry's action, an outbox action's kind, a
leaderboard entry's status) are said in the reader's language; a word no table holds is
shown as stored."""

from __future__ import annotations

import re
from html import unescape

import pytest
from support.console import console_client, link_for, post_form, sign_in

from groupops.core.console.words import word_of
from groupops.core.storage.models import AuditEntry

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

ACTION = re.compile(r"<td>club</td><td>([^<]*)</td>")
BOARD = re.compile(r'<span class="meta">\(([^)]*)\)</span>')
OUTCOME = re.compile(
    r'<td class="evidence">[^<]*</td><td>[^<]*</td>\s*<td>([^<·]*?)(?: ·[^<]*)?</td>'
)
OUTBOX_KIND = re.compile(r"</td><td>([^<]*)</td><td>[^<]*</td><td>[^<]*</td><td>\d+</td>")

SAID = {  # what each reader sees for the stored words
    "en": {"warn": "warning", "campaign.new": "campaign started", "mute": "mute",
           "entered": "entered", "done": "done"},
    "zh_Hans": {"warn": "警告", "campaign.new": "活动已开始", "mute": "禁言", "entered": "已报名",
                "done": "已完成"},
}  # fmt: skip


@pytest.mark.parametrize("locale", ["en", "zh_Hans"])
async def test_actions_kinds_and_statuses_are_said_in_the_readers_language(harness, locale):
    h = harness
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, f"/warn @{ann.local_id}")
    await h.world.say(h.chat, boss, '/campaign new lottery spring winners=1 ends=1d prize="A mug"')
    await h.world.say(h.chat, ann, "/join spring")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale=locale)
        page = f"/c/club/m/{boss}"  # the platform refuses to mute an admin: a failed action
        await post_form(client, page, f"{page}/act", kind="mute", amount="0", reason="test")
        await h.settle()
        said = SAID[locale]
        log = unescape((await client.get("/moderation")).text)
        actions = ACTION.findall(log)
        assert said["done"] in OUTCOME.findall(log)
        assert said["warn"] in actions and said["campaign.new"] in actions
        assert "warn" not in actions and "campaign.new" not in actions
        board = BOARD.findall(unescape((await client.get("/campaigns")).text))
        assert board == [said["entered"]]
        kinds = OUTBOX_KIND.findall(unescape((await client.get("/outbox")).text))
        assert said["mute"] in kinds and ("mute" not in kinds or locale == "en")


async def test_a_word_no_table_holds_is_shown_as_stored(harness):
    h = harness
    await AuditEntry.create(id="x#a0", community="club", actor="system", action="plugin.did",
                            created_at=h.clock.now())  # fmt: skip
    assert word_of("action", "plugin.did") == "plugin.did"
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale="zh_Hans")
        assert "plugin.did" in ACTION.findall((await client.get("/moderation")).text)
