"""An operator cancels a stuck action from the command line: the running bot never sends it,
the chat's actions queued behind it go out, the audit log records who cancelled what, and an
id that cannot be cancelled (unknown, already cancelled) is refused in one line, exit 1."""

from __future__ import annotations

import asyncio
import json

from test_delivery_outbox import ERRANDS, groupops

from groupops.adapters.local import LocalAdapter
from groupops.core.errors import TransientError
from groupops.core.storage.models import AuditEntry, Member, OutboxItem


class StuckOnFirst(LocalAdapter):
    """The reply to the first message it is asked to answer fails with a network error, every
    time; every other action goes through."""

    def __init__(self, world) -> None:
        super().__init__(world)
        self.stuck_reply_to: str | None = None
        self.tries = 0

    async def reply(self, action):
        if self.stuck_reply_to in (None, action.reply_to):
            self.stuck_reply_to = action.reply_to
            self.tries += 1
            raise TransientError("telegram: Bad Gateway")
        return await super().reply(action)


async def until(predicate, timeout: float = 20) -> None:
    async def check() -> None:
        while not await predicate():
            await asyncio.sleep(0.05)

    await asyncio.wait_for(check(), timeout)


async def test_a_cancelled_stuck_action_no_longer_holds_its_chat(harness_factory, tmp_path):
    h = await harness_factory(ERRANDS, run=False)
    await h.start_with(StuckOnFirst(h.world))
    ann, bo = h.user("ann"), h.user("bo")
    await h.world.say(h.chat, ann, "hello")

    async def noted() -> bool:
        return await OutboxItem.filter(kind="reply").exclude(error="").exists()

    await until(noted)
    await h.world.say(h.chat, bo, "hello")  # its reply queues behind the stuck one
    await asyncio.sleep(1.5)
    assert h.world.texts(h.chat) == []
    stuck = await OutboxItem.get(kind="reply", error="telegram: Bad Gateway")

    code, out, err = await groupops("outbox", "cancel", stuck.id, "--db", h.db_url, cwd=tmp_path)
    assert code == 0, err
    assert out.startswith(f"{stuck.id}: cancelled (reply in {h.chat})")
    assert await h.engine.outbox.cancellations.sweep() == 1  # what the running bot does every 30 s

    async def answered() -> bool:
        return h.world.texts(h.chat) == ["ok"]

    await until(answered)  # bo's reply, once the chat's pause after the last failure ended
    tries = h.adapter.tries
    await asyncio.sleep(2.5)  # longer than that pause: the cancelled reply is not tried again
    assert h.adapter.tries == tries and h.world.texts(h.chat) == ["ok"]
    row = await OutboxItem.get(id=stuck.id)
    assert row.status == "cancelled"
    entry = await AuditEntry.get(id=f"{stuck.id}#cancelled")
    assert (entry.actor, entry.action, entry.outcome) == ("operator", "reply", "cancelled")
    assert json.loads(entry.detail)["last_error"] == "telegram: Bad Gateway"

    listing, again, unknown, retry = await asyncio.gather(
        groupops("outbox", "--json", "--db", h.db_url, cwd=tmp_path),
        groupops("outbox", "cancel", stuck.id, "--db", h.db_url, cwd=tmp_path),
        groupops("outbox", "cancel", "nope#0", "--db", h.db_url, cwd=tmp_path),
        groupops("outbox", "retry", stuck.id, "nope#0", "--db", h.db_url, cwd=tmp_path),
    )  # each only reads, or refuses and changes nothing: side by side
    assert listing[0] == 0 and json.loads(listing[1]) == []
    assert again[0] == 1 and again[2] == f"{stuck.id}: already cancelled; nothing to cancel\n"
    assert unknown[0] == 1
    assert unknown[2] == "nope#0: no such action in the outbox; nothing to cancel\n"
    assert retry[0] == 1
    assert f"{stuck.id}: already cancelled" in retry[2]
    assert "nope#0: no such action in the outbox" in retry[2]


async def test_retry_says_a_stuck_action_is_still_being_tried(harness_factory, tmp_path):
    h = await harness_factory(ERRANDS, run=False)
    await h.start_with(StuckOnFirst(h.world))
    await h.world.say(h.chat, h.user("ann"), "hello")
    await until(lambda: OutboxItem.filter(kind="reply").exclude(error="").exists())
    stuck = await OutboxItem.get(kind="reply")
    code, _, err = await groupops("outbox", "retry", stuck.id, "--db", h.db_url, cwd=tmp_path)
    assert code == 1
    assert err.startswith(f"{stuck.id}: still pending: the bot tries it again by itself")
    assert "`groupops outbox cancel ID` drops it" in err


KICK_ON_SPAM = {
    "rulesets": {"main": {"moderation": {"blocklist": {"words": ["刷单"]}, "escalation": ["kick"]}}}
}


async def test_cancelling_a_refused_removal_marks_its_moderation_entry(harness_factory, tmp_path):
    h = await harness_factory(KICK_ON_SPAM)
    ann = h.user("ann")
    h.world.chats[h.chat].bot_is_admin = False  # the kick is refused: failed, listed
    await h.world.say(h.chat, ann, "刷单 加我")
    await h.settle()
    (kick,) = await OutboxItem.filter(kind="kick")
    assert kick.status == "failed"
    code, out, err = await groupops(
        "outbox", "cancel", kick.id, "--json", "--db", h.db_url, cwd=tmp_path
    )
    assert code == 0, err
    assert json.loads(out) == {"cancelled": [kick.id], "not_cancelled": {}}
    step = await AuditEntry.get(action="kick")
    assert step.outcome == "cancelled"
    assert json.loads(step.detail)["cancelled_by"] == "operator"
    assert not await AuditEntry.filter(id=f"{kick.id}#cancelled").exists()
    code, out, _ = await groupops("outbox", "--json", "--db", h.db_url, cwd=tmp_path)
    assert code == 0 and "kick" not in {row["kind"] for row in json.loads(out)}
    assert h.world.chats[h.chat].present(ann)


class BansTimeOut(LocalAdapter):
    """Every kick fails with a network error: the removal stays pending, tried again."""

    async def kick(self, action):
        raise TransientError("telegram: Bad Gateway")


async def test_a_cancelled_stuck_removal_leaves_the_member_a_member(harness_factory, tmp_path):
    """The member was marked gone when the kick was asked for: cancelled, they would have
    stayed out of /top, the report's members and /checkin in private, listed as gone, though
    never removed."""
    h = await harness_factory(KICK_ON_SPAM, run=False)
    await h.start_with(BansTimeOut(h.world))
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "hello all")
    await h.world.say(h.chat, ann, "刷单 加我")
    await until(lambda: OutboxItem.filter(kind="kick").exclude(error="").exists())
    kick = await OutboxItem.get(kind="kick")
    assert (await Member.get(community="club", key=str(ann))).status == "left"  # as asked
    code, _, err = await groupops("outbox", "cancel", kick.id, "--db", h.db_url, cwd=tmp_path)
    assert code == 0, err
    assert await h.engine.outbox.cancellations.sweep() == 1  # what the running bot does every 30 s
    await h.settle()
    assert (await Member.get(community="club", key=str(ann))).status == "member"
    assert h.world.chats[h.chat].present(ann)
