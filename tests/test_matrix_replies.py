"""Commands given as replies on Matrix, against a real Synapse: the answered message's author
is the command's target, whether the adapter read that message itself or has to ask the
homeserver for it (a message from before a restart); a thread message that only falls back
to a reply aims at no one; and a command sent in a direct room is answered there, about
the member who sent it (their /points and /history)."""

from __future__ import annotations

import pytest
from support.matrix_fixtures import until
from support.matrix_harness import MatrixHarness
from support.synapse import MatrixUser

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included


def answer(user: MatrixUser, room: str, answered: str, text: str, **relates) -> str:
    """`user` replies to the event `answered` as clients do (`m.in_reply_to`)."""
    relation = {"m.in_reply_to": {"event_id": answered}, **relates}
    return user.send(room, text, **{"m.relates_to": relation})


@pytest.fixture
async def club(synapse, sqlite_url):
    h = await MatrixHarness.open(synapse, sqlite_url)
    yield h
    await h.close()


async def test_warn_given_as_a_reply_warns_the_author_of_the_answered_message(club):
    h = club
    ann = h.member("Ann")
    await h.settle()
    posted = h.say(ann, "buy followers cheap")
    answer(h.owner, h.room, posted, "/warn off-topic ads")
    await h.settle()
    answer(h.owner, h.room, posted, "/warns")
    await h.settle()
    assert h.texts()[-2:] == [
        "Ann now has 1 warning.",
        "Ann has 1 warning: off-topic ads.",
    ]


async def test_ban_as_a_reply_to_a_message_from_before_a_restart(club):
    h = club
    ann = h.member("Ann")
    await h.settle()
    posted = h.say(ann, "join my casino")
    await h.settle()
    await h.stop()
    await h.start()  # a fresh adapter: it never read Ann's message
    assert posted not in h.adapter.inbound.replies.seen
    answer(h.owner, h.room, posted, "/ban")
    await h.settle()
    assert await until(lambda: h.owner.membership(h.room, ann.local_id) == "ban")
    assert h.texts()[-1] == "Ann has been banned: a moderator's decision."


async def test_a_thread_message_falling_back_to_a_reply_aims_at_no_one(club):
    h = club
    ann = h.member("Ann")
    await h.settle()
    root = h.say(ann, "thread about rules")
    thread = {"rel_type": "m.thread", "event_id": root, "is_falling_back": True}
    answer(h.owner, h.room, root, "/warn", **thread)
    await h.settle()
    assert h.texts()[-1] == "Reply to their message, mention them or give their id."


async def test_a_command_in_a_direct_room_is_answered_there(club):
    h = club
    ann = h.member("Ann")
    user = h.users[ann]
    direct = user.create_room(is_direct=True, invite=[h.bot.user_id], preset="trusted_private_chat")
    joined = await until(lambda: user.membership(direct, h.bot.user_id) == "join", settle=h.settle)
    assert joined, "the bot did not join the direct room"
    user.send(direct, "/disconnect")
    await h.settle()
    assert await until(lambda: h.texts(direct), settle=h.settle)
    assert h.texts(direct) == ["You are not connected to any group."]
    assert h.texts() == ["Welcome to Test Club, Ann! Please read the group rules and say hello."]


async def test_points_and_history_in_a_direct_room_are_the_members_own(club):
    h = club
    ann = h.member("Ann")
    await h.settle()
    h.say(ann, "/checkin")
    await h.settle()
    user = h.users[ann]
    direct = user.create_room(is_direct=True, invite=[h.bot.user_id], preset="trusted_private_chat")
    joined = await until(lambda: user.membership(direct, h.bot.user_id) == "join", settle=h.settle)
    assert joined, "the bot did not join the direct room"
    h.users[ann].send(direct, "/points")
    await h.settle()
    h.users[ann].send(direct, "/history")
    await h.settle()
    assert await until(lambda: len(h.texts(direct)) == 2, settle=h.settle)
    points, history = h.texts(direct)
    assert points == "Ann has 1 point."
    assert history.startswith("Recent points, balance 1:\n")
    assert history.endswith("  +1  daily check-in")


async def test_a_command_in_a_thread_is_answered_in_the_thread(club):
    """A member's client puts a message in a thread (`rel_type: m.thread`, the root, and a
    fallback reply to it): the bot's answer carries the thread too, so it shows there and not
    in the main timeline."""
    h = club
    ann = h.member("Ann")
    await h.settle()
    root = h.say(ann, "checking in here")
    fallback = {"rel_type": "m.thread", "event_id": root, "is_falling_back": True}
    asked = answer(h.users[ann], h.room, root, "/checkin", **fallback)
    await h.settle()
    said = h.contents()[-1]
    assert said["body"].startswith("Ann checked in")
    assert said["m.relates_to"] == {  # a reply within the thread (the spec's form)
        "rel_type": "m.thread",
        "event_id": root,
        "is_falling_back": False,
        "m.in_reply_to": {"event_id": asked},
    }
