"""Edits and albums on both drivers against the fake Bot API: one message is one violation
however often it is edited, and a photo album is one post from its sender."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])

RULES = {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["scamcoin"]}}}}}


def edit(h, message: dict, text: str) -> None:
    message.update(text=text, edit_date=h.world.now())
    h.world.push("edited_message", dict(message))


def deletes(h, message_id: int) -> int:
    """How many times the bot asked to delete `message_id`."""
    single = [c for c in h.fake.called("deleteMessage") if int(c["message_id"]) == message_id]
    many = [
        c
        for c in h.fake.called("deleteMessages")
        if message_id in [int(m) for m in c["message_ids"]]
    ]
    return len(single) + len(many)


async def test_two_spam_edits_of_one_message_are_one_strike(driver, open_harness):
    h = await open_harness(driver, RULES)
    vic = h.member(42, "Vic")
    hello = h.world.say(CHAT_ID, vic, "hi there")
    await h.settle()
    edit(h, hello, "buy scamcoin now")
    edit(h, hello, "buy scamcoin now, really")
    await h.settle()
    assert h.texts() == ["Vic please mind the group rules: a blocked word."]
    assert deletes(h, hello["message_id"]) == 1


async def test_spam_and_its_edit_take_one_step(driver, open_harness):
    h = await open_harness(driver, RULES)
    vic = h.member(42, "Vic")
    ad = h.world.say(CHAT_ID, vic, "buy scamcoin now")
    edit(h, ad, "buy scamcoin now!!")
    await h.settle()
    assert h.texts() == ["Vic please mind the group rules: a blocked word."]
    assert deletes(h, ad["message_id"]) == 1
    later = h.world.say(CHAT_ID, vic, "scamcoin again")  # a new message: the next step
    await h.settle()
    assert h.texts()[-1].startswith("Vic A warning from Test Club: a blocked word.")
    assert deletes(h, later["message_id"]) == 1
