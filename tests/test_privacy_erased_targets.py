"""What admins meet once a member is forgotten: their log entries cannot be undone (only an
alias is left), and an action naming something that is no Telegram id fails for good with
one line instead of crashing the adapter on every retry."""

from __future__ import annotations

import asyncio

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.actions import Unban
from groupops.core.codec import encode_action
from groupops.core.errors import TargetNotFound
from groupops.core.refs import Ref
from groupops.core.storage.models import AuditEntry, JoinChallenge, OutboxItem, ScheduledJob

ANN = 201
ERASED = (
    "That cannot be undone: the member's data was erased at their request. A ban can still be "
    "lifted with /unban and their platform id."
)


async def test_undoing_a_ban_of_a_forgotten_member_is_refused(open_harness):
    h = await open_harness("ptb")
    h.member(ANN, "Ann")
    h.world.private(ANN)
    said = h.world.say(CHAT_ID, ANN, "buy followers")
    h.world.say(CHAT_ID, OWNER_ID, "/ban spam", reply_to_message=said)
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme confirm")
    await h.settle()
    ban = await AuditEntry.get(community="club", action="ban")
    h.world.say(CHAT_ID, OWNER_ID, f"/undo {ban.id}")
    await h.settle()
    assert h.texts()[-1] == ERASED
    assert not await OutboxItem.filter(kind="unban").exists()
    assert (
        ANN not in h.world.chats[CHAT_ID].members
        or h.world.chats[CHAT_ID].members[ANN]["status"] == "kicked"
    )  # still banned: lifted only by /unban with her id


async def test_an_unparseable_reference_fails_the_action_for_good(open_harness):
    h = await open_harness("ptb")
    with pytest.raises(TargetNotFound, match="forgotten:0c8a8d7c21447d71 is not a Telegram id"):
        await h.adapter.perform(Unban(chat=h.chat, user=Ref("forgotten:0c8a8d7c21447d71")))
    # an unban queued by an /undo before erased entries were refused
    unban = Unban(chat=h.chat, user=Ref("forgotten:0c8a8d7c21447d71"))
    await OutboxItem.create(
        id="undo#0", community="club", platform="telegram", chat=h.chat, kind="unban",
        priority=int(unban.effective_priority()), payload=encode_action(unban),
        created_at=h.clock.now(),
    )  # fmt: skip
    assert await h.engine.outbox.rescan() == 1
    for _ in range(200):  # its outcome is recorded in the background
        row = await OutboxItem.get(id="undo#0")
        if row.status != "pending":
            break
        await asyncio.sleep(0.05)
    assert (row.status, row.attempts) == ("failed", 1)
    assert row.error == "forgotten:0c8a8d7c21447d71 is not a Telegram id"


async def test_a_newcomer_forgotten_while_asked_is_removed_as_if_they_did_not_answer(
    open_harness,
):
    h = await open_harness("ptb", {"rulesets": {"main": {"captcha": {"enabled": True}}}})
    h.world.user(ANN, "Ann")
    h.world.join(CHAT_ID, ANN)
    h.world.private(ANN)
    await h.settle()
    assert h.world.chats[CHAT_ID].members[ANN]["status"] == "restricted"
    (question,) = h.texts()
    assert question.startswith("Ann, welcome!")
    h.world.say(ANN, ANN, "/forgetme")
    await h.settle()
    h.world.say(ANN, ANN, "/forgetme confirm")
    await h.settle()
    assert h.world.chats[CHAT_ID].status(ANN) == "left"  # removed, free to come back
    h.clock.advance(minutes=6)  # the question is deleted, the timeout finds nothing to do
    await h.engine.scheduler.run_due()
    await h.settle()
    assert h.texts() == []
    assert not await JoinChallenge.exists(member=f"telegram:user:{ANN}")
    jobs = await ScheduledJob.all().values_list("payload", flat=True)
    assert not [p for p in jobs if f"telegram:user:{ANN}" in p]
    (removed,) = await AuditEntry.filter(action="captcha.removed")
    assert removed.target.startswith("forgotten:")
