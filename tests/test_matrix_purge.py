"""/purge in a Matrix room, against a real Synapse: it answered "Purging is not possible on this
platform." (event ids are not numbered) although docs/commands.md lists Matrix among its
platforms. Now the messages from the replied-to one to the command are redacted, read back
from the homeserver; what came before stays, and so do joins (state events)."""

from __future__ import annotations

import pytest
from loguru import logger

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included


async def test_purge_redacts_every_message_from_the_replied_to_one_to_the_command(open_matrix):
    h = await open_matrix()
    ann = h.member("Ann")
    h.say(ann, "Guten Morgen")  # before the stretch: stays
    first = h.say(ann, "Werbung eins")
    h.say(ann, "Werbung zwei")
    ben = h.member("Ben")  # a join inside the stretch: a state event, not redacted
    h.say(ben, "Werbung drei")
    await h.settle()
    said: list[str] = []
    sink = logger.add(said.append, format="{message}", level="INFO")
    try:
        reply = {"m.relates_to": {"m.in_reply_to": {"event_id": first}}}
        command = h.owner.send(h.room, "/purge", **reply)
        await h.settle()
    finally:
        logger.remove(sink)
    # the log names the stretch, not "2 message(s)" for the two ids the command named
    assert f"delete of the messages from {first} to {command} in {h.chat}: done" in "".join(said)
    visible = h.visible()
    assert "Guten Morgen" in visible
    for gone in ("Werbung eins", "Werbung zwei", "Werbung drei", "/purge"):
        assert gone not in visible, visible
    assert "Purging is not possible on this platform." not in h.texts()
    assert h.owner.membership(h.room, h.users[ben].user_id) == "join"
