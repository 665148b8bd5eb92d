"""Members named by the bot on Matrix are real mentions, against a real Synapse: the welcome,
a check-in, /give, /unmute and /unban carry the member in `m.mentions` (MSC3952) and as a
pill in the HTML body, the plain body keeps the display name, and the member gets a
highlighted notification; a reply lists the answered message's author; a /top ranking
names members without notifying them."""

from __future__ import annotations

from typing import Any

import pytest
from support.matrix_fixtures import until
from support.matrix_harness import MatrixHarness

from groupops.core.refs import Ref

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included


@pytest.fixture
async def club(synapse, sqlite_url):
    h = await MatrixHarness.open(synapse, sqlite_url)
    yield h
    await h.close()


def posted(h: MatrixHarness) -> list[dict[str, Any]]:
    """The bot's messages in the room, oldest first, with their event ids."""
    return [e for e in h._messages(h.room) if e["sender"] == h.bot.user_id and e.get("content")]


def pill(user_id: str, name: str) -> str:
    return f'<a href="https://matrix.to/#/{user_id}">{name}</a>'


def highlighted(h: MatrixHarness, member: Ref) -> set[str]:
    """The events the member's own notifications list as highlighted (a mention of them)."""
    found = h.users[member].get("/_matrix/client/v3/notifications", only="highlight")
    return {n["event"]["event_id"] for n in found["notifications"]}


def answer(h: MatrixHarness, answered: str, text: str) -> str:
    relation = {"m.in_reply_to": {"event_id": answered}}
    return h.owner.send(h.room, text, **{"m.relates_to": relation})


async def test_named_members_are_mentioned_and_notified(club):
    h = club
    ann = h.member("Ann")
    ann_id = ann.local_id
    await h.settle()
    checkin = h.say(ann, "/checkin")
    await h.settle()
    answer(h, checkin, "/give 5 helping out")
    await h.settle()
    answer(h, checkin, "/mute 1h")
    await h.settle()
    answer(h, checkin, "/unmute")
    await h.settle()
    h.owner.send(h.room, f"/unban {ann_id}")
    await h.settle()
    welcome, checked, given, _muted, unmuted, unbanned = posted(h)[-6:]

    assert welcome["content"]["body"] == (
        "Welcome to Test Club, Ann! Please read the group rules and say hello."
    )
    assert pill(ann_id, "Ann") in welcome["content"]["formatted_body"]
    assert welcome["content"]["m.mentions"] == {"user_ids": [ann_id]}

    assert checked["content"]["body"] == "Ann checked in: +1 point. 1 day in a row, balance 1."
    assert checked["content"]["formatted_body"].startswith(pill(ann_id, "Ann") + " checked in")
    assert checked["content"]["m.mentions"] == {"user_ids": [ann_id]}
    assert checked["content"]["m.relates_to"] == {"m.in_reply_to": {"event_id": checkin}}

    assert given["content"]["body"] == "Ann received 5 points (helping out). Balance 6."
    assert pill(ann_id, "Ann") in given["content"]["formatted_body"]
    # the reply also lists the admin whose /give it answers
    assert given["content"]["m.mentions"] == {"user_ids": sorted([ann_id, h.owner.user_id])}

    assert unmuted["content"]["body"] == "Ann may speak again."
    assert ann_id in unmuted["content"]["m.mentions"]["user_ids"]
    assert unbanned["content"]["body"] == "Ann is no longer banned."
    assert ann_id in unbanned["content"]["m.mentions"]["user_ids"]

    ids = {e["event_id"] for e in (welcome, checked, given)}
    assert await until(lambda: ids <= highlighted(h, ann)), highlighted(h, ann)


async def test_a_ranking_names_members_without_notifying_them(club):
    h = club
    ann = h.member("Ann")
    await h.settle()
    h.say(ann, "/checkin")
    await h.settle()
    asked = h.owner.send(h.room, "/top")
    await h.settle()
    ranking = posted(h)[-1]
    assert ranking["content"]["body"].endswith("\n1. Ann · 1 point")
    assert pill(ann.local_id, "Ann") in ranking["content"]["formatted_body"]
    # the answer to the admin's command lists the admin, never the members it ranks
    assert ranking["content"]["m.mentions"] == {"user_ids": [h.owner.user_id]}
    assert ranking["content"]["m.relates_to"] == {"m.in_reply_to": {"event_id": asked}}
    assert ranking["event_id"] not in highlighted(h, ann)
