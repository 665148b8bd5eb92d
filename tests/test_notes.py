"""Notes through both Telegram drivers: saved by an admin, fetched by /get or #name, in the
chat's language, with link buttons."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


async def test_save_get_hashtag_list_and_clear(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    h.world.say(
        CHAT_ID,
        OWNER_ID,
        "/save faq Read the guide first [Guide](buttonurl://https://example.org/g)",
    )
    h.world.say(CHAT_ID, ann, "/save faq nope")
    h.world.say(CHAT_ID, ann, "#faq")
    await h.settle()
    assert h.texts() == ["Note #faq saved.", "Only admins can use /save.", "Read the guide first"]
    (note,) = [m for m in h.world.bot_messages(CHAT_ID) if m.get("reply_markup")]
    assert h.world.buttons(CHAT_ID, note["message_id"]) == [
        {"text": "Guide", "url": "https://example.org/g"}
    ]
    h.world.say(CHAT_ID, ann, "/notes")
    h.world.say(CHAT_ID, ann, "/get nothing")
    h.world.say(CHAT_ID, OWNER_ID, "/clear faq")
    h.world.say(CHAT_ID, ann, "#faq")  # gone: an ordinary message now
    await h.settle()
    assert h.texts()[3:] == [
        "Notes: #faq (/get NAME or #NAME)",
        "There is no note #nothing; /notes lists them.",
        "Note #faq removed.",
    ]


async def test_a_note_in_two_languages_follows_the_chat(driver, open_harness):
    chinese = {"communities": {"club": {"locale": "zh_Hans"}}}
    h = await open_harness(driver, chinese)
    h.world.say(CHAT_ID, OWNER_ID, "/save hours:en We meet at 8")
    h.world.say(CHAT_ID, OWNER_ID, "/save hours:zh_Hans 晚上八点见")
    h.world.say(CHAT_ID, OWNER_ID, "/get hours")
    await h.settle()
    assert h.texts()[-1] == "晚上八点见"
