"""An award taken back when moderation removes the message that earned it: the chat is told,
and the award's own notice, if it still waits in a busy chat's queue, is never sent."""

from __future__ import annotations

import asyncio

from groupops.adapters.local import LocalAdapter
from groupops.core.storage.models import LedgerEntry

SPAM = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["加微信"]}}}}}


class BusyChat(LocalAdapter):
    """A platform that answers no message until `gate` opens: what the bot says waits."""

    def __init__(self, world) -> None:
        super().__init__(world)
        self.gate = asyncio.Event()

    async def send_message(self, action):
        await self.gate.wait()
        return await super().send_message(action)

    async def reply(self, action):
        await self.gate.wait()
        return await super().reply(action)


async def post(h, user, text, reply_to=None) -> str:
    await h.world.say(h.chat, user, text, reply_to=reply_to)
    return [m for m in h.world.chats[h.chat].messages.values() if m.sender == user][-1].id


async def answered(h):
    bob, mal = h.user("bob"), h.user("mallory")
    question = await post(h, bob, "How do I deploy this?")
    answer = await post(h, mal, "Run make deploy from the repo root", reply_to=question)
    await h.world.react(h.chat, bob, answer, "👍")
    return mal, answer


async def test_an_answer_edited_into_spam_before_its_notice_left_is_told_taken_back(
    harness_factory,
):
    h = await harness_factory(SPAM, run=False)
    await h.start_with(BusyChat(h.world))
    await h.world.say(h.chat, h.user("cat"), "/balance")  # its answer holds the chat
    mal, answer = await answered(h)  # "earned" queued behind it
    await h.world.edit(h.chat, answer, "Run make deploy, 加微信 for help")
    h.adapter.gate.set()
    await h.settle()
    texts = h.world.texts(h.chat)
    assert "Mallory earned 3 points: helpful answer." not in texts
    assert texts[-2:] == [
        "@Mallory, please mind the group rules: a blocked word.",
        "Mallory's 3 points for a helpful answer were taken back: the message was removed "
        "(a blocked word).",
    ]
    assert await h.balance(mal) == 0
    reasons = await LedgerEntry.filter(member=mal).order_by("id").values_list("reason", "delta")
    assert reasons == [("answer", 3), ("revoke", -3)]


async def test_an_answer_edited_into_spam_after_its_notice_is_told_taken_back(harness_factory):
    h = await harness_factory(SPAM)
    mal, answer = await answered(h)
    await h.settle()
    await h.world.edit(h.chat, answer, "Run make deploy, 加微信 for help")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Mallory earned 3 points: helpful answer.",
        "@Mallory, please mind the group rules: a blocked word.",
        "Mallory's 3 points for a helpful answer were taken back: the message was removed "
        "(a blocked word).",
    ]
    assert await h.balance(mal) == 0
