"""A lone surrogate (half of an emoji pair, as a cut at a UTF-16 length leaves it) in a name
or a text, over the Bot API's JSON (`\\ud83d` escaped alone): it cannot be UTF-8, so an outbox
payload naming the member was refused and event processing stopped, the bot with it, on every
restart as the update came again. Now the half becomes `?` and the bot goes on."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID

from groupops.core.storage.models import Member


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_name_with_half_an_emoji_is_answered_and_the_bot_goes_on(driver, open_harness):
    h = await open_harness(driver)
    lina, ann = h.member(77, "Li\ud83dna"), h.member(42, "Ann")
    h.world.say(CHAT_ID, lina, "签到")
    h.world.say(CHAT_ID, lina, "half an emoji here: \ud83d and a link https://example.com")
    h.world.say(CHAT_ID, ann, "签到")
    await h.settle()
    texts = h.texts()
    assert texts[0].startswith("Li?na checked in: +1 point."), texts
    assert texts[1].startswith("Ann checked in: +1 point."), texts
    assert (await Member.get(key="telegram:user:77")).name == "Li?na"
