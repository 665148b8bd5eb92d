"""A giveaway's entries in a burst, through both Telegram drivers: the group hears one
confirmation for the first entry and one for everyone who followed within the minute, not a
message per press (at about 20 messages a minute a group's queue had held every answer and the
entries' close for minutes); a restart inside the minute still confirms everyone, and the
draw is the one the entrant list and the secret decide."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from support.campaigns import fire
from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.actions import Priority
from groupops.core.campaigns.draw import verify
from groupops.core.cli.verify_draw import record_from_state
from groupops.core.storage.models import Campaign, OutboxItem

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
FIRST = 5000  # P0's user id; P1 is 5001 and so on


async def _launch(h) -> int:
    """Start the giveaway; the id of its announcement, under which Join is pressed."""
    h.world.say(CHAT_ID, OWNER_ID, "/campaign new lottery burst prize=Pen winners=2 ends=10m")
    await h.settle()
    (announced,) = [
        id_ for id_, m in h.world.chats[CHAT_ID].messages.items()
        if m.get("text", "").startswith("Giveaway burst")
    ]  # fmt: skip
    return announced


def _press(h, announced: int, people: range) -> None:
    for i in people:
        h.member(FIRST + i, f"P{i}")
        h.world.press(CHAT_ID, FIRST + i, announced, "Join")


async def test_a_burst_of_entries_is_confirmed_in_two_messages(driver, open_harness):
    h = await open_harness(driver, {"rulesets": {"main": {"timezone": "UTC"}}})
    announced = await _launch(h)
    before = len(h.texts())
    _press(h, announced, range(30))
    _press(h, announced, range(5, 8))  # pressed twice: told once
    await h.settle()
    assert h.texts()[before:] == ["P0 is in the draw for burst (1 entrant)."]
    assert await fire(h, h.clock.now() + timedelta(seconds=60)) == 1
    assert h.texts()[before:] == [
        "P0 is in the draw for burst (1 entrant).",
        "P1, P2, P3, and 26 others are in the draw for burst (30 entrants).",
    ]
    # a quiet minute after a confirmation: the next entry is again told at once
    h.clock.advance(seconds=60)
    _press(h, announced, range(30, 32))
    await h.settle()
    assert h.texts()[-1] == "P30 is in the draw for burst (31 entrants)."
    assert await fire(h, h.clock.now() + timedelta(seconds=60)) == 1
    assert h.texts()[-1] == "P31 is in the draw for burst (32 entrants)."
    ends = h.clock.now() + timedelta(minutes=10)
    await fire(h, ends)
    assert h.texts()[-1].startswith("Entries for burst are closed: 32 entrants")
    # the list's publication and the draw overtake replies and confirmations queued for the group
    sent = await OutboxItem.filter(kind__in=("send", "reply")).values_list("priority", "payload")
    assert {p for p, payload in sent if " in the draw for {title}" in payload} == {Priority.REPLY}
    assert [p for p, payload in sent if "are closed" in payload] == [Priority.MODERATION]
    await fire(h, ends + timedelta(minutes=10))
    row = await Campaign.get(community="club", name="burst")
    state = json.loads(row.state)
    record = record_from_state(row.community, row.name, json.loads(row.config), state)
    assert record.entrants == sorted(f"telegram:user:{FIRST + i}" for i in range(32))
    assert all(check.ok for check in verify(record)), verify(record)
    assert h.texts()[-1].startswith("Winners of burst: ")
    sent = await OutboxItem.filter(kind="send").values_list("priority", "payload")
    assert [p for p, payload in sent if "Winners of {title}:" in payload] == [Priority.MODERATION]
    (winners,) = [
        m for m in h.world.chats[CHAT_ID].messages.values()
        if m.get("text", "").startswith("Winners of burst")
    ]  # fmt: skip
    mentioned = [e["user"]["id"] for e in winners["entities"] if e["type"] == "text_mention"]
    assert [f"telegram:user:{id_}" for id_ in mentioned] == record.drawn


async def test_a_restart_inside_the_minute_still_confirms_everyone(driver, open_harness):
    h = await open_harness(driver, {"rulesets": {"main": {"timezone": "UTC"}}})
    announced = await _launch(h)
    before = len(h.texts())
    _press(h, announced, range(11))
    await h.settle()
    await h.switch("ptb" if driver == "aiogram" else "aiogram")  # a redeploy mid-window
    _press(h, announced, range(11, 16))
    await h.settle()
    assert h.texts()[before:] == ["P0 is in the draw for burst (1 entrant)."]
    assert await fire(h, h.clock.now() + timedelta(seconds=60)) == 1
    assert h.texts()[before:] == [
        "P0 is in the draw for burst (1 entrant).",
        "P1, P2, P3, and 12 others are in the draw for burst (16 entrants).",
    ]
