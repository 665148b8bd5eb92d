"""/privacy (a member's data export) and /forgetme (erasure after a confirmation), in a
private chat: through both Telegram drivers against the fake Bot API (the JSON file sent with
sendDocument, the database afterwards) and on WeChat through the OneBot bridge (the export as
text messages)."""

from __future__ import annotations

import json

import pytest
from support.onebot_fixtures import ROOM
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import running

from groupops.core.storage.models import (
    AuditEntry,
    ForgetRequest,
    LedgerEntry,
    Member,
    WarningRow,
)

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
ANN = 42
KEY = f"telegram:user:{ANN}"
ASK_PRIVATELY = "For your privacy, send /privacy to me in a private chat."


async def ann_with_history(h) -> None:
    h.member(ANN, "Ann")
    h.world.private(ANN)  # she started the bot
    hello = h.world.say(CHAT_ID, ANN, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/give 5 helped", reply_to_message=hello)
    h.world.say(CHAT_ID, OWNER_ID, "/warn spamming", reply_to_message=hello)
    await h.settle()


LINKED = {"communities": {"club": {"linked_accounts": [[KEY, "wechat:user:ann"]]}}}


@telegram
async def test_privacy_sends_the_members_data_as_a_json_file(driver, open_harness):
    h = await open_harness(driver, LINKED)
    await ann_with_history(h)
    h.world.say(CHAT_ID, ANN, "/privacy")
    h.world.say(ANN, ANN, "/privacy")
    await h.settle()
    assert h.texts()[-1] == ASK_PRIVATELY  # nothing personal in the group
    (sent,) = h.world.bot_messages(ANN)
    assert sent["caption"] == "What Test Club stores about you."
    assert sent["document"]["file_name"] == "groupops-club-data.json"
    export = json.loads(h.world.files[sent["document"]["file_id"]])
    assert export["member"] == KEY and export["accounts"] == [KEY, "wechat:user:ann"]
    assert export["profile"]["name"] == "Ann"
    assert export["profile"]["balance"] == 5
    assert [e["delta"] for e in export["points_ledger"]] == [5]
    assert [w["rule"] for w in export["warnings"]] == ["manual"]
    assert export["orders"] == []


@telegram
async def test_forgetme_erases_after_a_confirmation(driver, open_harness):
    h = await open_harness(driver)
    await ann_with_history(h)
    h.world.say(ANN, ANN, "/forgetme confirm")  # not asked yet: explained first
    await h.settle()
    assert await Member.exists(community="club", key=KEY)
    h.world.say(ANN, ANN, "/forgetme confirm")
    await h.settle()
    warning, done = h.world.texts(ANN)
    assert warning.startswith("This erases what Test Club stores about you")
    assert "Send /forgetme confirm within 10 minutes" in warning
    assert done == "Done: Test Club has forgotten you. What it keeps no longer names you."
    assert not await Member.exists(community="club", key=KEY)
    assert not await WarningRow.exists(community="club", member=KEY)
    (entry,) = await LedgerEntry.filter(community="club", delta=5)
    assert entry.member.startswith("forgotten:")  # the books still balance
    audit = await AuditEntry.filter(community="club")
    assert audit and all(KEY not in (a.actor, a.target) for a in audit)
    assert any(a.action == "warn" and a.target == entry.member for a in audit)
    h.world.say(CHAT_ID, OWNER_ID, f"/info {ANN}")
    await h.settle()
    assert h.texts()[-1].endswith("Not seen in this community yet.")


async def test_privacy_on_wechat_comes_as_text(harness_with, bridge):
    h, _ = await running(harness_with, bridge, "forward")
    await bridge.say(ROOM, "ann", "hello")
    await bridge.say(ROOM, "ann", "/privacy")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 1)
    assert bridge.texts(ROOM) == [ASK_PRIVATELY]
    await bridge.say(None, "ann", "/privacy")
    assert await until(h, lambda: len(bridge.texts("ann")) >= 2)
    caption, *parts = bridge.texts("ann")
    assert caption == "What Test Club stores about you."
    export = json.loads("".join(parts))
    assert export["accounts"] == ["wechat:user:ann"]
    assert export["profile"]["name"] == "Ann"
    await bridge.say(None, "ann", "/forgetme")
    await bridge.say(None, "ann", "/forgetme confirm")
    assert await until(h, lambda: len(bridge.texts("ann")) == 3 + len(parts))
    assert bridge.texts("ann")[-1].startswith("Done: Test Club has forgotten you.")

    async def forgotten() -> bool:  # waits for the erasure, not out the whole timeout
        return not await Member.exists(community="club", key="wechat:user:ann")

    assert await until(h, forgotten)


@telegram
async def test_a_pending_forgetme_survives_a_restart_for_ten_minutes(driver, open_harness):
    other = {"aiogram": "ptb", "ptb": "aiogram"}[driver]
    h = await open_harness(driver)
    await ann_with_history(h)
    h.world.say(ANN, ANN, "/forgetme")
    await h.settle()
    await h.switch(other)  # a redeploy: nothing held in memory carries over
    h.world.say(ANN, ANN, "/forgetme confirm")
    await h.settle()
    assert h.world.texts(ANN)[-1].startswith("Done: Test Club has forgotten you.")
    assert not await Member.exists(community="club", key=KEY)
    assert not await ForgetRequest.exists(community="club")

    h.member(ANN + 1, "Bob")
    h.world.private(ANN + 1)
    h.world.say(ANN + 1, ANN + 1, "/forgetme")
    await h.settle()
    h.clock.advance(minutes=11)
    await h.switch(driver)
    h.world.say(ANN + 1, ANN + 1, "/forgetme confirm")  # too late: explained again
    await h.settle()
    first, again = h.world.texts(ANN + 1)
    assert first == again and "within 10 minutes" in again
