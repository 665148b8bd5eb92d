"""A giveaway's entrants erased by /forgetme win nothing: one erased before entries close is
left out of the published list, one erased after is drawn in the published order and
forfeited at once (the next in the order wins), and `groupops verify-draw` still verifies."""

from __future__ import annotations

import json
from datetime import timedelta

from support.campaigns import fire
from support.telegram_harness import CHAT_ID, OWNER_ID

from groupops.core.campaigns.draw import verify
from groupops.core.cli.verify_draw import record_from_state
from groupops.core.storage.models import Campaign

ANN, BOB, CAT, DAN = 61, 62, 63, 64


async def forget(h, user: int) -> None:
    h.world.say(user, user, "/forgetme")
    await h.settle()
    h.world.say(user, user, "/forgetme confirm")
    await h.settle()


async def test_forgotten_entrants_are_not_drawn(open_harness):
    h = await open_harness("ptb", {"rulesets": {"main": {"timezone": "UTC"}}})
    h.world.say(CHAT_ID, OWNER_ID, "/campaign new lottery spring prize=Keyboard winners=2 ends=1d")
    await h.settle()
    for user_id, name in ((ANN, "Ann"), (BOB, "Bob"), (CAT, "Cat"), (DAN, "Dan")):
        h.member(user_id, name)
        h.world.private(user_id)
        h.world.say(CHAT_ID, user_id, "/join spring")
    await h.settle()
    ends = h.clock.now() + timedelta(days=1)
    await forget(h, DAN)  # before entries close
    await fire(h, h.clock.now() + timedelta(minutes=1))  # the entries after Ann's, told together
    assert h.texts()[-1] == "Bob and Cat are in the draw for spring (4 entrants)."
    await fire(h, ends)
    assert "3 entrants" in h.texts()[-1]
    await forget(h, ANN)  # after: she is in the published list
    await fire(h, ends + timedelta(minutes=10))  # the draw
    (winners,) = [t for t in h.texts() if t.startswith("Winners")]
    assert winners.startswith("Winners of spring: ")
    named = winners.split(": ", 1)[1].split("\n")[0]
    assert sorted(named.split(" and ")) == ["Bob", "Cat"]
    row = await Campaign.get(community="club", name="spring")
    record = record_from_state(
        row.community, row.name, json.loads(row.config), json.loads(row.state)
    )
    assert all(check.ok for check in verify(record)), verify(record)
    assert not [e for e in record.entrants if e.startswith("forgotten:")]
