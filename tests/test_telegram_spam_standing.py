"""Spam earns no standing, on both drivers against the fake Bot API: messages moderation
removed (each item of a spam album) do not make their sender a regular, and a regular's spam
is acted on where no admin chat would be asked about it."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])

ADMIN_CHAT_ID = -1009876543210
EARN = "Earn $500 a day from home, DM me now for details"  # 0.99 from the starter samples
PHOTO = [{"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90, "file_size": 900}]
MODERATION = {
    "classifier": {"enabled": True},
    "blocklist": {"words": ["casino"]},
    "duplicates": {"enabled": False},
}
RULES = {"rulesets": {"main": {"moderation": MODERATION}}}
WITH_ADMIN_CHAT = {**RULES, "communities": {"club": {"admin_chat": f"telegram:{ADMIN_CHAT_ID}"}}}


def spam_album(h, user_id: int, album: str) -> list[dict]:
    """Ten photos, the first captioned with a blocked word."""
    return [
        h.world.say(CHAT_ID, user_id, "", photo=PHOTO, media_group_id=album,
                    **({"caption": f"free money casino bonus {album}"} if n == 0 else {}))
        for n in range(10)
    ]  # fmt: skip


def deleted(h, message: dict) -> bool:
    return bool(h.world.chats[CHAT_ID].messages[message["message_id"]].get("deleted"))


async def test_two_deleted_spam_albums_make_no_regular_of_their_sender(driver, open_harness):
    h = await open_harness(driver, WITH_ADMIN_CHAT)
    h.world.group(ADMIN_CHAT_ID, "Admins")
    hank = h.member(55, "Hank")
    albums = spam_album(h, hank, "1501") + spam_album(h, hank, "1502")
    await h.settle()
    assert all(deleted(h, item) for item in albums)
    probe = h.world.say(CHAT_ID, hank, EARN)
    await h.settle()
    assert deleted(h, probe)  # judged as anyone's: 20 removed photos are no standing
    assert not any(t.startswith("Review:") for t in h.texts(ADMIN_CHAT_ID))


async def test_a_regulars_spam_is_acted_on_where_no_admin_chat_would_be_asked(driver, open_harness):
    h = await open_harness(driver, RULES)
    old_hand = h.member(88, "Old hand")
    for n in range(20):
        h.world.say(CHAT_ID, old_hand, f"status update {n}: the nightly build is green")
    spam = h.world.say(CHAT_ID, old_hand, EARN)
    await h.settle()
    assert deleted(h, spam)
    assert h.texts()[-1] == "Old hand, please mind the group rules: spam."
