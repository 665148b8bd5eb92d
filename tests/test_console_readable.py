"""What an operator reads on the console, in their language and without the stored shorthand:
the moderation log's actions, actors and rules in words, an undo naming what it undid, tiers
and campaign kinds translated, communities by their titles, a ledger entry's reference as
labelled parts, the settings' summary, moments as the locale writes them (with their zone
where communities keep different clocks), and ids and week labels kept whole in Arabic."""

from __future__ import annotations

import re
from html import unescape

import pytest
from support.console import console_client, link_for, post_form, sign_in

from groupops.core.i18n.direction import FSI, PDI
from groupops.core.storage.models import AuditEntry, Member

pytest.importorskip("starlette", reason="the console needs the dashboard extra")
bidi = pytest.importorskip("bidi")

TWO_CLOCKS = {
    "communities": {
        "zhqun": {"ruleset": "main", "chats": ["local:zh", "local:zh2"], "title": "中文群",
                  "timezone": "Europe/Moscow"},
    }
}  # fmt: skip
TAGS = re.compile(r"<[^>]+>")
AUDIT_ROW = re.compile(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>.*?</tr>", re.S)


def cells(row: str) -> list[str]:
    return [TAGS.sub("", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]


def audit_rows(page: str) -> list[list[str]]:
    table = page[page.index('id="audit"') :]
    return [cells(row) for row in re.findall(r"<tr><td>.*?</tr>", table, re.S)]


def as_shown(html: str) -> str:
    """A line as a browser lays it out: each <bdi> an isolate, then the bidi algorithm."""
    text = unescape(TAGS.sub("", html.replace("<bdi>", FSI).replace("</bdi>", PDI)))
    return bidi.get_display(text).translate(str.maketrans("", "", FSI + PDI))


async def _zh_client(h, client):
    await sign_in(client, await link_for(h))
    await post_form(client, "/communities", "/language", locale="zh_Hans")


async def test_the_moderation_log_says_its_words_and_what_an_undo_undid(harness_factory):
    h = await harness_factory(TWO_CLOCKS)
    now = h.clock.now()
    rows = [
        ("a#1", "club", "system", "send_private", "manual", "", "failed"),
        ("a#2", "club", "operator", "paid.start", "", "monthly", "done"),
        ("a#3", "club", "operator", "paid.renew", "", "monthly", "done"),
        ("a#4", "club", "local:user:boss", "mute", "manual", "", "done"),
        ("a#5", "club", "operator", "undo", "manual", "a#4", "done"),
    ]
    for minute, (id_, community, actor, action, rule, evidence, outcome) in enumerate(rows):
        await AuditEntry.create(
            id=id_, community=community, actor=actor, action=action, rule=rule,
            target="local:user:ann", evidence=evidence, outcome=outcome,
            created_at=now.replace(minute=minute),
        )  # fmt: skip
    await AuditEntry.create(id="z#1", community="zhqun", actor="system", action="warn",
                            created_at=now.replace(minute=30))  # fmt: skip
    async with console_client(h) as client:
        await _zh_client(h, client)
        log = audit_rows(unescape((await client.get("/moderation")).text))
    # newest first: 17:30 in Shanghai is 12:30 in Moscow; each moment says its zone
    assert [row[0] for row in log[:2]] == [
        "2026年3月2日 12:30 GMT+03:00",
        "2026年3月2日 17:04 GMT+08:00",
    ]
    said = {row[2]: (row[1], row[4], row[5], row[6]) for row in log}  # action -> the rest
    assert said["私信"] == ("Test Club", "管理员的决定", "", "系统")  # the outbox's failure
    assert said["付费会员已开通"][3] == "运营者" and "付费会员已续期" in said
    assert said["撤销"][2] == "禁言 · local:user:ann · 2026年3月2日 17:03 GMT+08:00"
    assert said["警告"][0] == "中文群"


async def test_tiers_kinds_titles_and_the_settings_summary_are_said(harness_factory):
    h = await harness_factory(TWO_CLOCKS)
    boss, ann = h.user("boss", admin=True), h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, '/campaign new lottery spring winners=1 ends=1d prize="A mug"')
    await h.settle()
    await Member.filter(community="club", key=ann).update(tier="normal")
    async with console_client(h) as client:
        await _zh_client(h, client)
        community = unescape((await client.get("/c/club")).text)
        members = unescape((await client.get("/members?q=ann")).text)
        member = unescape((await client.get(f"/c/club/m/{ann}")).text)
        campaigns = unescape((await client.get("/campaigns")).text)
        settings = unescape((await client.get("/settings")).text)
        start_form = campaigns[campaigns.index('id="lottery-min_tier"') :]
    assert "<td>普通用户</td><td>1</td>" in community and "<td>尚未评级</td>" in community
    assert "(抽奖, 进行中)" in community
    found = cells(re.search(r'<table class="list" id="found">.*?</table>', members, re.S)[0])
    assert found[1:5] == ["local:user:ann", "Test Club", "0", "普通用户"]
    assert '<dd><a href="/c/club">Test Club</a></dd>' in member and "<dd>普通用户</dd>" in member
    assert re.search(r'<p class="meta">Test Club · 抽奖 · <span class="status">进行中</span> · '
                     r"2026年3月2日 – 2026年3月3日</p>", campaigns)  # fmt: skip
    assert '<option value="normal" >普通用户</option>' in start_form
    assert "<p>1 个规则集、2 个社群、3 个群聊，位于 local</p>" in settings
    assert re.search(r'<h2>中文群 <span class="meta"><bdi>zhqun</bdi></span></h2>', settings)


async def test_a_ledger_entry_says_who_and_why(harness):
    h = harness
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello")
    await h.settle()
    async with console_client(h) as client:
        await _zh_client(h, client)
        page = f"/c/club/m/{ann}"
        await post_form(client, page, f"{page}/act", kind="points", amount="5", reason="活动奖励")
        await h.settle()
        shown = unescape((await client.get(page)).text)
    ledger = cells(re.search(r'<table class="list" id="ledger">.*?</table>', shown, re.S)[0])
    # one clock: no zone; the locale's date and time, with the year
    assert ledger == ["2026年3月2日 17:00", "+5", "管理员奖励", "操作人: 运营者 · 原因: 活动奖励"]


async def test_arabic_keeps_week_labels_and_chats_whole(harness_factory):
    h = await harness_factory(TWO_CLOCKS)
    async with console_client(h) as client:
        await sign_in(client, await link_for(h))
        await post_form(client, "/communities", "/language", locale="ar")
        page = (await client.get("/communities")).text
    metas = re.findall(r'<p class="meta">(.*?)</p>', page)
    line = as_shown(metas[1])  # 中文群: two chats
    assert "2026-W10" in line and "local:zh" in line and "local:zh2" in line
    # without the isolates the week and the chats run together into one scrambled run
    assert "2026-W10" not in as_shown(metas[1].replace("<bdi>", "").replace("</bdi>", ""))
