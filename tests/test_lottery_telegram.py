"""A giveaway's winners announced through both Telegram drivers: the winners' message names
each winner as a mention the Bot API accepts (it had crashed the adapter on every retry, so
the winners were never announced on Telegram)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from support.campaigns import fire
from support.telegram_harness import CHAT_ID, OWNER_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_the_winners_are_announced_with_mentions(driver, open_harness):
    h = await open_harness(driver, {"rulesets": {"main": {"timezone": "UTC"}}})
    h.world.say(CHAT_ID, OWNER_ID, "/campaign new lottery spring prize=Keyboard winners=2 ends=1d")
    await h.settle()
    for user_id, name in ((61, "Ann"), (62, "Bob"), (63, "Cat")):
        h.member(user_id, name)
        h.world.say(CHAT_ID, user_id, "/join spring")
    h.member(70, "Helper")
    h.world.users[70]["is_bot"] = True  # another bot in the group: no member, no entrant
    h.world.say(CHAT_ID, 70, "/join spring")
    await h.settle()
    assert not [t for t in h.texts() if t.startswith("Helper")], h.texts()
    ends = h.clock.now() + timedelta(days=1)
    await fire(h, ends)  # entries close
    assert any(t.startswith("Entries for spring are closed: 3 entrants") for t in h.texts())
    await h.switch(driver)  # a restart: the entrants now come from the database, as strings
    await fire(h, ends + timedelta(minutes=10))  # the draw
    messages = h.world.chats[CHAT_ID].messages.values()
    winners = [m for m in messages if m.get("text", "").startswith("Winners")]
    assert len(winners) == 1, h.texts()
    text = winners[0]["text"]
    assert text.startswith("Winners of spring: ")
    assert text.endswith("Check it with groupops verify-draw.")
    assert sum(name in text for name in ("Ann", "Bob", "Cat")) == 2
    mentioned = {e["user"]["id"] for e in winners[0]["entities"] if e["type"] == "text_mention"}
    assert len(mentioned) == 2 and mentioned <= {61, 62, 63}


async def test_a_press_after_the_entries_closed_is_refused(driver, open_harness):
    """A callback query carries no date: its event took the date of the message under which
    the button was pressed (the launch), so a press after the close counted as an entry made
    before it and its member was told they were in a draw already published without them."""
    h = await open_harness(driver, {"rulesets": {"main": {"timezone": "UTC"}}})
    h.world.say(CHAT_ID, OWNER_ID, "/campaign new lottery late prize=Pen ends=10m")
    await h.settle()
    (announced,) = [
        id_ for id_, m in h.world.chats[CHAT_ID].messages.items()
        if m.get("text", "").startswith("Giveaway late")
    ]  # fmt: skip
    h.member(61, "Ann")
    h.world.say(CHAT_ID, 61, "/join late")
    await h.settle()
    await fire(h, h.clock.now() + timedelta(minutes=10))  # entries close
    h.member(62, "Bob")
    h.world.press(CHAT_ID, 62, announced, "Join")
    await h.settle()
    assert h.texts()[-1] == "late is not open for entries."
