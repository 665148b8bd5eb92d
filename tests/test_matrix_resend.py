"""A Matrix message whose answer was lost is tried again under the same transaction id, so the
homeserver (a real Synapse) posts it once: a crash or a timeout between the homeserver taking
a message and the outbox recording it used to post the reply twice."""

from __future__ import annotations

import pytest
from support.matrix_fixtures import until

from groupops.core.actions import SendMessage
from groupops.core.delivery_key import carrying
from groupops.core.errors import TransientError
from groupops.core.refs import Ref
from groupops.core.segments import Text

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included


@pytest.fixture
async def club(open_matrix):
    return await open_matrix()


async def test_a_reply_whose_answer_was_lost_is_posted_once(club):
    h = club
    ann = h.member("Ann")
    await h.settle()
    assert h.adapter is not None
    client = h.adapter.client
    real, lost = client.raw, []

    async def answer_lost_once(what, method, path, content=None, **query):
        answered = await real(what, method, path, content, **query)
        if method.name == "PUT" and "/send/" in path and not lost:  # posted; no answer came
            lost.append(path)
            raise TransientError("connection reset by peer")
        return answered

    client.raw = answer_lost_once  # type: ignore[method-assign]
    h.say(ann, "签到")
    await h.settle()
    assert await until(lambda: len(lost) == 1 and "Ann checked in" in " ".join(h.texts()))
    await h.settle()
    assert [t for t in h.texts() if t.startswith("Ann checked in")] == [
        "Ann checked in: +1 point. 1 day in a row, balance 1."
    ]


async def test_the_same_outbox_row_posts_once_and_a_new_one_posts_again(club):
    h = club
    assert h.adapter is not None
    action = SendMessage(chat=Ref.chat("matrix", h.room), segments=(Text("Welcome back"),))
    with carrying("event-1#0"):
        first = await h.adapter.perform(action)
        again = await h.adapter.perform(action)
    with carrying("event-2#0"):
        other = await h.adapter.perform(action)
    assert first.message_ids == again.message_ids != other.message_ids
    assert await until(lambda: h.texts().count("Welcome back") == 2)
