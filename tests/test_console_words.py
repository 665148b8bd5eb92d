"""The stored words the console shows (an audit entry's action, an outbox action's kind, a
leaderboard entry's status) are said in the reader's language; a word no table holds is
shown as stored."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from support.console import console_client, link_for, post_form, sign_in

from groupops.core.storage.models import AuditEntry
from groupops.core.words import WORDS, word_of

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

ACTION = re.compile(r"<td>Test Club</td><td>([^<]*)</td>")  # the community by its title
BOARD = re.compile(r'<span class="meta">\(([^)]*)\)</span>')
OUTCOME = re.compile(
    r"<td><bdi class=\"name\"[^>]*>[^<]*</bdi></td>\n<td>([^<·]*?)(?: ·[^<]*)?</td>"
)
OUTBOX_KIND = re.compile(
    r"</td><td>([^<]*)</td><td><bdi>[^<]*</bdi></td><td>[^<]*</td><td>\d+</td>"
)

LEDGER_REASON = re.compile(r"<td>[+-]\d+</td><td>([^<]*)</td>")

SAID = {  # what each reader sees for the stored words
    "en": {"warn": "warning", "campaign.new": "campaign started", "mute": "mute",
           "entered": "entered", "done": "done", "setflood": "flood limit changed",
           "checkin": "check-in"},
    "zh_Hans": {"warn": "警告", "campaign.new": "活动已开始", "mute": "禁言", "entered": "已报名",
                "done": "已完成", "setflood": "刷屏限制已修改", "checkin": "签到"},
}  # fmt: skip


@pytest.mark.parametrize("locale", ["en", "zh_Hans"])
async def test_actions_kinds_and_statuses_are_said_in_the_readers_language(harness, locale):
    h = harness
    boss, ann, olga = h.user("boss", admin=True), h.user("ann"), h.user("olga", owner=True)
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, f"/warn @{ann.local_id}")
    await h.world.say(h.chat, boss, '/campaign new lottery spring winners=1 ends=1d prize="A mug"')
    await h.world.say(h.chat, ann, "/join spring")
    await h.world.say(h.chat, ann, "/checkin")
    await h.world.say(h.chat, olga, "/setflood 8")
    await h.settle()
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale=locale)
        h.world.chats[h.chat].bot_is_admin = False  # the platform refuses the mute: it fails
        page = f"/c/club/m/{ann}"
        await post_form(client, page, f"{page}/act", kind="mute", amount="0", reason="test")
        await h.settle()
        said = SAID[locale]
        log = unescape((await client.get("/moderation")).text)
        actions = ACTION.findall(log)
        assert said["done"] in OUTCOME.findall(log)
        assert said["warn"] in actions and said["campaign.new"] in actions
        assert "warn" not in actions and "campaign.new" not in actions
        assert said["setflood"] in actions and "setflood" not in actions
        ledger = LEDGER_REASON.findall(unescape((await client.get(f"/c/club/m/{ann}")).text))
        assert ledger == [said["checkin"]]
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


AUDITED = re.compile(r"\baudit\(\s*(?:f?\"([a-z_.]+)\{|\"([a-z_.]+)\")")
DYNAMIC = {  # an f-string's prefix -> the endings its code writes
    "captcha.": ("passed", "failed", "removed", "exempt", "unexempt"),
    "report.": ("delete", "kick", "ban", "dismiss"),
    "paid.": ("start", "renew", "lapsed", "refunded"),  # core/paid/lifecycle.py
    "topic.": ("rename", "close", "reopen", "delete"),
    "campaign.": ("new", "pause", "resume", "close"),
}


def test_every_action_the_code_records_has_a_word():
    """An action written by `ctx.audit("…")` anywhere in the project is said in the reader's
    language on the moderation page (a new action needs its word in the table)."""
    import groupops.core

    root = Path(groupops.core.__file__).parent.parent  # core/ and adapters/
    actions: set[str] = set()
    for source in (*root.joinpath("core").rglob("*.py"), *root.joinpath("adapters").rglob("*.py")):
        for whole, prefix in (
            (m.group(2), m.group(1)) for m in AUDITED.finditer(source.read_text())
        ):
            if whole:
                actions.add(whole)
            else:
                actions.update(prefix + end for end in DYNAMIC[prefix])
    assert len(actions) > 60
    assert sorted(a for a in actions if word_of("action", a) == a) == []


def test_an_action_the_outbox_gave_up_on_is_said_by_its_kind():
    """A failed or cancelled platform action is logged with the outbox's kind as its action
    (`send_private`): the log's action column finds it in the outbox's words."""
    unsaid = [kind for kind in WORDS["outbox"] if word_of("action", kind) == kind]
    assert unsaid == []
    assert word_of("action", "delete") == WORDS["action"]["delete"]  # the action's own first
