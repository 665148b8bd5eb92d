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
    assert h.texts() == ["Vic, please mind the group rules: a blocked word."]
    assert deletes(h, hello["message_id"]) == 1


async def test_spam_and_its_edit_take_one_step(driver, open_harness):
    h = await open_harness(driver, RULES)
    vic = h.member(42, "Vic")
    ad = h.world.say(CHAT_ID, vic, "buy scamcoin now")
    edit(h, ad, "buy scamcoin now!!")
    await h.settle()
    assert h.texts() == ["Vic, please mind the group rules: a blocked word."]
    assert deletes(h, ad["message_id"]) == 1
    later = h.world.say(CHAT_ID, vic, "scamcoin again")  # a new message: the next step
    await h.settle()
    assert h.texts()[-1].startswith("Vic: A warning from Test Club: a blocked word.")
    assert deletes(h, later["message_id"]) == 1


PHOTO = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90, "file_size": 900}]
LINKS = {"rulesets": {"main": {"moderation": {"locks": {"locked": ["url"]}}}}}


def album(h, user_id: int, count: int, caption: str = "", at: int = 0) -> list[dict]:
    """`count` photos of album 13700, the `at`-th of them with the caption."""
    items = []
    for n in range(count):
        extra = {"caption": caption} if caption and n == at else {}
        items.append(
            h.world.say(CHAT_ID, user_id, "", photo=PHOTO, media_group_id="13700", **extra)
        )
    return items


async def test_an_album_of_seven_photos_is_one_post_for_flood(driver, open_harness):
    h = await open_harness(driver)
    phil = h.member(43, "Phil")
    photos = album(h, phil, 7)
    await h.settle()
    assert h.texts() == []
    assert h.world.chats[CHAT_ID].members[phil]["status"] == "member"
    assert not any(h.world.chats[CHAT_ID].messages[p["message_id"]].get("deleted") for p in photos)


async def test_an_album_with_a_link_in_its_caption_goes_whole(driver, open_harness):
    h = await open_harness(driver, LINKS)
    phil = h.member(43, "Phil")
    other = h.member(44, "Ann")
    first = album(h, phil, 2, caption="cheap stuff https://spam.example/buy")
    await h.settle()
    rest = album(h, phil, 3)  # the client's later uploads of the same album
    unrelated = h.world.say(CHAT_ID, other, "", photo=PHOTO, media_group_id="13700")
    await h.settle()
    messages = h.world.chats[CHAT_ID].messages
    assert all(messages[p["message_id"]].get("deleted") for p in first + rest)
    assert not messages[unrelated["message_id"]].get("deleted")
    assert all(deletes(h, p["message_id"]) == 1 for p in first + rest)


async def test_album_items_seen_before_the_captioned_one_go_too(driver, open_harness):
    h = await open_harness(driver, LINKS)
    phil = h.member(43, "Phil")
    photos = album(h, phil, 4, caption="cheap stuff https://spam.example/buy", at=2)
    await h.settle()
    messages = h.world.chats[CHAT_ID].messages
    assert all(messages[p["message_id"]].get("deleted") for p in photos)


SPEAKING = {"rulesets": {"main": {**RULES["rulesets"]["main"], "points": {"speak": 1}}}}


async def test_a_message_edited_into_spam_loses_the_point_it_earned(driver, open_harness):
    """A clean message earned its speaking point; edited into spam it was deleted, and the
    point stayed with the spammer."""
    h = await open_harness(driver, SPEAKING)
    vic = h.member(42, "Vic")
    hello = h.world.say(CHAT_ID, vic, "hi there, glad to be here")
    await h.settle()
    assert await h.balance(vic) == 1
    edit(h, hello, "buy scamcoin now, glad to be here")
    await h.settle()
    assert deletes(h, hello["message_id"]) == 1
    assert await h.balance(vic) == 0
    h.world.say(CHAT_ID, vic, "/points")
    await h.settle()
    assert h.texts()[-1] == "Vic has 0 points."
