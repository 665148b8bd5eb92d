"""Delivery through both Telegram drivers against the fake Bot API: a long outage (5xx) loses
nothing, a restart does not deliver before the driver is open, and a notice that says a member
was removed is sent only once the removal succeeded."""

from __future__ import annotations

import asyncio

import pytest
from aiotools import VirtualClock
from loguru import logger
from support.fake_telegram.state import BOT_ID
from support.ping import PIPELINE
from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.storage.models import AuditEntry, Member, OutboxItem

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
OUTAGE_SECONDS = 600


KICK_ON_SPAM = {
    "rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}, "escalation": ["kick"]}}}
}


async def test_a_ten_minute_outage_loses_nothing(driver, open_harness):
    h = await open_harness(driver, PIPELINE)
    h.fake.outage = 502
    h.world.say(CHAT_ID, h.member(42, "Ann"), "ping")
    await h.fake.wait_until(lambda: ("sendMessage", 502) in h.fake.rejected)
    loop = asyncio.get_running_loop()
    clock = VirtualClock()
    clock.vtime = loop.time()
    with clock.patch_loop():  # ten minutes pass on the loop's clock, not the wall clock
        ends = loop.time() + OUTAGE_SECONDS
        while loop.time() < ends:
            await asyncio.sleep(1)
        h.fake.outage = None
        for _ in range(600):  # the next retry comes at most a backoff cap later
            if h.texts():
                break
            await asyncio.sleep(1)
    assert h.texts() == ["pong"]
    await h.engine.outbox.flush()  # the fake saw the reply; its outcome may be on its way
    failures = [code for method, code in h.fake.rejected if method == "sendMessage"]
    assert len(failures) > 8 and set(failures) == {502}  # more tries than the old give-up limit
    (row,) = await OutboxItem.all()
    assert row.status == "sent" and row.attempts == len(failures) + 1


async def test_after_a_restart_delivery_waits_for_the_driver_to_open(driver, open_harness):
    h = await open_harness(driver, PIPELINE)
    h.fake.outage = 502  # the reply stays in the outbox across the restart
    h.world.say(CHAT_ID, h.member(42, "Ann"), "ping")
    await h.fake.wait_until(lambda: ("sendMessage", 502) in h.fake.rejected)
    await h.engine.stop(drain_timeout=0)
    h.fake.outage = None
    crashes: list[str] = []
    sink = logger.add(lambda m: crashes.append(str(m)), level="ERROR")
    try:
        await h.switch(driver)
        await h.settle()
    finally:
        logger.remove(sink)
    assert h.texts() == ["pong"]
    assert crashes == []  # no "adapter crashed" traceback from a driver not yet open
    (row,) = await OutboxItem.all()
    assert row.attempts == 2  # the one refused during the outage, then the one that worked


async def test_the_removal_notice_follows_a_removal_that_worked(driver, open_harness):
    h = await open_harness(driver, KICK_ON_SPAM)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "刷单日结")
    await h.settle()
    assert h.texts() == ["Ann has been removed from the group: a blocked word."]
    assert not h.world.chats[CHAT_ID].present(ann)
    methods = [name for name, _ in h.fake.calls if name in ("banChatMember", "sendMessage")]
    assert methods == ["banChatMember", "sendMessage"]


async def test_a_removal_the_platform_refuses_is_said_as_refused_not_done(driver, open_harness):
    h = await open_harness(driver, KICK_ON_SPAM)
    h.world.chats[CHAT_ID].members[BOT_ID]["status"] = "member"  # the bot lost its admin rights
    h.world.reads_all_messages = True  # privacy mode off, or a non-admin bot sees no chatter
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "刷单日结")
    await h.settle()
    assert h.world.chats[CHAT_ID].present(ann)
    assert h.texts() == [  # not that Ann was removed (she was not), but that she could not be
        "Ann could not be removed: the platform refused (the bot may lack the right to remove "
        "members here). An admin can remove them by hand."
    ]
    (entry,) = await AuditEntry.filter(action="kick")
    assert entry.outcome == "failed"
    assert await OutboxItem.filter(kind="send").count() == 1
    # still a member: she kept her place in /top and the report until she spoke again
    assert (await Member.get(key=f"telegram:user:{ann}")).status == "member"


async def test_a_removal_of_a_user_telegram_does_not_find_is_no_refusal(driver, open_harness):
    # "Bad Request: user not found" (a deleted account, one gone already): nobody refused
    h = await open_harness(driver, KICK_ON_SPAM)
    ann = h.member(42, "Ann")
    h.world.say(CHAT_ID, ann, "刷单日结")
    del h.world.users[ann]
    await h.settle()
    assert h.texts() == ["Ann is no longer in the group: there was nobody to remove."]
    (entry,) = await AuditEntry.filter(action="kick")
    assert entry.outcome == "absent"  # not "failed": nothing went wrong, nobody was there
    h.world.say(CHAT_ID, OWNER_ID, "/log")
    await h.settle()
    (line,) = [line for line in h.texts()[-1].splitlines() if " removal Ann " in line]
    assert line.endswith("nobody there"), line
