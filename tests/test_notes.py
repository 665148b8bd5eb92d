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


async def test_a_note_of_buttons_only_is_captioned_with_its_name(driver, open_harness):
    h = await open_harness(driver)
    h.world.say(CHAT_ID, OWNER_ID, "/save links [Guide](buttonurl://https://example.org/g)")
    h.world.say(CHAT_ID, OWNER_ID, "#links")
    h.world.say(CHAT_ID, OWNER_ID, "/setwelcome [Rules](buttonurl://https://example.org/r)")
    h.world.say(CHAT_ID, OWNER_ID, "/welcome")
    await h.settle()
    texts = h.texts()
    assert texts[:2] == ["Note #links saved.", "#links"]
    assert texts[-1] == "Links:"
    captioned = [m for m in h.world.bot_messages(CHAT_ID) if m.get("reply_markup")]
    assert [h.world.buttons(CHAT_ID, m["message_id"]) for m in captioned[:1]] == [
        [{"text": "Guide", "url": "https://example.org/g"}]
    ]


async def test_the_fake_bot_api_refuses_an_empty_text_as_telegram_does(driver, open_harness):
    import aiohttp
    from support.fake_telegram.server import TOKEN

    h = await open_harness(driver)
    url = f"{h.fake.base_url}/bot{TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as http:
        answers = []
        for text in ("", "  \n"):
            async with http.post(url, json={"chat_id": CHAT_ID, "text": text}) as response:
                answers.append((response.status, (await response.json())["description"]))
    assert answers == [
        (400, 'Bad Request: parameter "text" is required'),
        (400, "Bad Request: message text is empty"),
    ]
