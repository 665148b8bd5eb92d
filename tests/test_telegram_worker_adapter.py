"""A `groupops worker`'s Telegram adapter delivers without receiving, through both drivers
against the fake Bot API: Telegram serves one getUpdates poller per bot (a second gets 409
Conflict), and `groupops receive` is that poller, so a worker must neither poll nor drop the
receiver's webhook."""

from __future__ import annotations

import pytest
from support.fake_telegram import FakeBotAPI, FakeLimits
from support.telegram_harness import CHAT_ID, START, make_adapter

from groupops.core.actions import Ban
from groupops.core.clock import ManualClock
from groupops.core.refs import Ref
from groupops.core.sink import CallbackSink
from groupops.core.startup import start_adapter


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_workers_adapter_delivers_and_never_polls(driver):
    clock = ManualClock(START)
    fake = FakeBotAPI(clock, limits=FakeLimits())
    await fake.start()
    fake.world.group(CHAT_ID, "Test Club")
    fake.world.user(61, "Ann")
    fake.world.add_member(CHAT_ID, 61)
    adapter = make_adapter(driver, fake, clock)
    received: list = []
    try:
        await start_adapter(adapter, CallbackSink(received.append), sending_only=True)
        fake.world.say(CHAT_ID, 61, "hello")  # an update waiting for the receiver
        await adapter.perform(Ban(chat=Ref(f"telegram:{CHAT_ID}"), user=Ref("telegram:user:61")))
        await adapter.stop()
    finally:
        await adapter.release()
        await fake.close()
    assert fake.world.chats[CHAT_ID].members[61]["status"] == "kicked"
    assert fake.called("getMe")
    assert not fake.called("getUpdates") and not fake.called("deleteWebhook")
    assert not fake.called("setMyCommands")  # the receiver publishes the command menu
    assert received == []
