"""What a user sees when the OneBot 12 bridge is slow, refuses a segment or a removal."""

from __future__ import annotations

import asyncio
import json

import pytest
from loguru import logger
from support.onebot_bridge import Failed, FakeOneBot
from support.onebot_fixtures import ROOM, TOKEN
from support.wechat_components import MODERATED, PIPELINE
from support.wechat_fixtures import until

from groupops.adapters.wechat import OneBotAdapter
from groupops.core.storage.models import AuditEntry, OutboxItem

WELCOME = "Welcome to Test Club, Newbie! Please read the group rules and say hello."


async def running(harness_with, bridge: FakeOneBot, extra: dict | None = None, **options):
    options |= {"access_token": TOKEN, "messages_per_second": 0, "messages_per_minute": 0}
    options |= {"member_sweep_seconds": 3600, "reconnect_max_seconds": 1}
    adapter = OneBotAdapter(url=await bridge.listen(), **options)
    h = await harness_with(adapter, ROOM, extra)
    assert await until(h, adapter.connected.is_set)
    return h, adapter


async def test_a_slow_bridge_posts_a_message_once_not_again_and_again(harness_with, bridge):
    h, _ = await running(harness_with, bridge, call_timeout_seconds=0.3)
    bridge.slow["send_message"] = 1.0  # answers long after the call timeout
    said: list[str] = []
    sink = logger.add(lambda m: said.append(str(m)), level="WARNING")
    try:
        await bridge.join(ROOM, "newbie", "Newbie", operator="ann")
        assert await until(h, lambda: bridge.texts(ROOM))
        await asyncio.sleep(3)  # time enough for resends (the old retries came at 1 s, 2 s)
        await h.settle()
    finally:
        logger.remove(sink)
    assert bridge.texts(ROOM) == [WELCOME]
    (row,) = await OutboxItem.filter(kind="send")
    assert row.status == "sent" and row.attempts == 1  # the late answer was taken
    assert any("has not answered send_message" in line for line in said)


async def test_a_bridge_without_reply_segments_still_answers_naming_the_member(
    harness_with, bridge
):
    h, adapter = await running(harness_with, bridge, PIPELINE)
    bridge.segments_refused = {"reply"}  # answers send_message with retcode 10005
    await bridge.say(ROOM, "ann", "/poke 7")
    assert await until(h, lambda: bridge.texts(ROOM))
    await bridge.say(ROOM, "ann", "/poke 8")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM) == ["@ann poked wechat:user:7", "@ann poked wechat:user:8"]
    quoting = [
        r for r in bridge.requests
        if r["action"] == "send_message" and r["params"]["message"][0]["type"] == "reply"
    ]  # fmt: skip
    assert len(quoting) == 1  # tried once; the connection remembers the bridge cannot
    assert await OutboxItem.filter(status="sent").count() == 2
    assert not adapter.quotes


async def test_replies_on_a_bridge_without_mentions_or_replies_try_the_mention_once(
    harness_with, bridge
):
    """Once the bridge refused a `mention`, every later reply names the member in text at
    once (not refused again each time), the name set apart from the answer by a space."""
    h, adapter = await running(harness_with, bridge, PIPELINE)
    bridge.segments_refused = {"reply", "mention"}
    for n in (7, 8, 9):
        await bridge.say(ROOM, "ann", f"/poke {n}")
        assert await until(h, lambda n=n: len(bridge.texts(ROOM)) == n - 6)
    assert bridge.texts(ROOM) == [f"@Ann poked wechat:user:{n}" for n in (7, 8, 9)]
    sent = [r["params"]["message"] for r in bridge.requests if r["action"] == "send_message"]
    mentioning = [m for m in sent if any(s["type"] == "mention" for s in m)]
    assert len(mentioning) == 1  # refused once; remembered until the bridge reconnects
    assert not adapter.mentions and not adapter.quotes


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"ann": "Ann", "spam": "Spammer"}


async def test_a_bridge_without_mention_segments_names_the_member_in_text(harness_with, bridge):
    """A bridge answering 10005 to `mention` lost every warning; they now name the member."""
    h, adapter = await running(harness_with, bridge, MODERATED)
    bridge.segments_refused = {"mention"}
    await bridge.say(ROOM, "spam", "加微信 领红包")
    assert await until(h, lambda: bridge.texts(ROOM))
    await bridge.say(ROOM, "spam", "加微信 领红包 again")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM)[0].startswith("@Spammer, please mind the group rules")
    sent = [r for r in bridge.requests if r["action"] == "send_message"]
    assert [s["params"]["message"][0]["type"] for s in sent].count("mention") == 1  # once
    assert await OutboxItem.filter(status="failed").count() == 0
    assert not adapter.mentions


async def test_a_removal_refused_for_lack_of_permission_is_audited_as_refused(harness_with, bridge):
    h, _ = await running(harness_with, bridge, MODERATED)
    # a bridge's own 35xxx code (logic error) for "the account may not remove members"
    refused = Failed(35003, "not the group owner: no permission")
    bridge.refuse["wx.kick_group_member"] = [refused]
    for _ in range(3):
        await bridge.say(ROOM, "spam", "加微信 领红包")
    assert await until(h, lambda: AuditEntry.exists(action="kick", outcome="failed"))
    (entry,) = await AuditEntry.filter(action="kick")
    assert json.loads(entry.detail)["error"] == "Forbidden"
    assert await until(h, lambda: any("could not be removed" in t for t in bridge.texts(ROOM)))
    assert bridge.texts(ROOM)[-1] == (
        "@spam  could not be removed: the platform refused (the bot may lack the right to "
        "remove members here). An admin can remove them by hand."
    )
    assert "spam" in bridge.groups[ROOM]


async def test_a_connection_lost_before_the_answer_sends_the_message_again(harness_with, bridge):
    """The one at-least-once case: nobody can tell whether the bridge posted it."""
    h, _ = await running(harness_with, bridge, call_timeout_seconds=0.3)
    bridge.slow["send_message"] = 1.0
    await bridge.join(ROOM, "newbie", "Newbie", operator="ann")
    while not any(r["action"] == "send_message" for r in bridge.requests):
        await asyncio.sleep(0.05)  # not h.settle(): that waits for the answer
    bridge.drop()  # the connection breaks while the bridge is still posting
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2, timeout=20)
    assert bridge.texts(ROOM) == [WELCOME, WELCOME]
    (row,) = await OutboxItem.filter(kind="send")
    assert row.status == "sent"
