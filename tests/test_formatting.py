"""Rose's markup in saved texts: through both Telegram drivers against the fake Bot API (the
entities and inline keyboard sent), and on WeChat through the OneBot bridge (plain text, the
buttons' links listed)."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

from groupops.core.markup import parse
from groupops.core.segments import Link, Text

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])

NOTE = (
    "/save faq *Read* the _guide_ `first` at [our site](https://example.org/site)\n"
    "2 \\* 3 stays\n"
    "[Guide](buttonurl://https://example.org/g) [Chat](buttonurl://example.org/c:same)\n"
    "[FAQ](buttonurl://https://example.org/f)"
)


def _entities(message: dict) -> list[tuple[str, str, str]]:
    text = message["text"]
    return [
        (e["type"], text[e["offset"] : e["offset"] + e["length"]], e.get("url", ""))
        for e in message.get("entities", [])
    ]


@telegram
async def test_a_note_is_sent_with_entities_and_rows_of_buttons(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann Lee")
    h.world.say(CHAT_ID, OWNER_ID, NOTE)
    h.world.say(CHAT_ID, ann, "#faq")
    await h.settle()
    note = h.world.bot_messages(CHAT_ID)[-1]
    assert note["text"] == "Read the guide first at our site\n2 * 3 stays"
    assert _entities(note) == [
        ("bold", "Read", ""),
        ("italic", "guide", ""),
        ("code", "first", ""),
        ("text_link", "our site", "https://example.org/site"),
    ]
    assert note["reply_markup"]["inline_keyboard"] == [
        [
            {"text": "Guide", "url": "https://example.org/g"},
            {"text": "Chat", "url": "https://example.org/c"},
        ],
        [{"text": "FAQ", "url": "https://example.org/f"}],
    ]


@telegram
async def test_welcome_rules_and_filters_fill_in_and_format(driver, open_harness):
    h = await open_harness(driver)
    h.world.say(CHAT_ID, OWNER_ID, "/setwelcome Hi {mention} (id {id}), *welcome* to {chatname}!")
    h.world.say(CHAT_ID, OWNER_ID, "/setrules 1. Be __kind__, {first}\n2. No ~~spam~~")
    h.world.say(CHAT_ID, OWNER_ID, "/filter price See {first}: [prices](buttonurl://example.org/p)")
    await h.settle()
    h.world.user(42, "Ann *Star*")
    h.world.join(CHAT_ID, 42)
    await h.settle()
    welcome = h.world.bot_messages(CHAT_ID)[-1]
    assert welcome["text"].startswith("Hi Ann (id 42), welcome to Test Club!")
    mention, bold = welcome["entities"][:2]
    assert mention["type"] == "text_mention" and mention["user"]["id"] == 42
    assert _entities(welcome)[1:2] == [("bold", "welcome", "")]
    assert bold["type"] == "bold"
    assert welcome["text"].endswith("1. Be kind, Ann\n2. No spam")  # the rules follow
    h.world.say(CHAT_ID, 42, "/rules")
    h.world.say(CHAT_ID, 42, "what is the price?")
    await h.settle()
    rules, answer = h.world.bot_messages(CHAT_ID)[-2:]
    assert rules["text"] == "1. Be kind, Ann\n2. No spam"
    assert _entities(rules) == [("underline", "kind", ""), ("strikethrough", "spam", "")]
    assert answer["text"] == "See Ann:"  # a name is never read as markup: "*Star*" stays out
    assert answer["reply_markup"] == {
        "inline_keyboard": [[{"text": "prices", "url": "https://example.org/p"}]]
    }


@telegram
async def test_markdownhelp_explains_the_markup(driver, open_harness):
    h = await open_harness(driver)
    h.member(42, "Ann")
    h.world.say(CHAT_ID, 42, "/markdownhelp")
    await h.settle()
    (text,) = h.texts()
    assert "*bold*" in text and "buttonurl://https://example.org:same" in text
    assert "{mention}" in text


def test_a_name_with_markup_characters_is_not_parsed():
    parsed = parse("Hi {first} *there*")
    assert parsed.segments == (Text("Hi {first} "), Text("there", ("bold",)))
    assert parse("[x](javascript:alert(1))").segments[0] == Text("[x](javascript:alert(1))")
    assert parse("see [a](https://x.y/a_b)").segments[1] == Link("https://x.y/a_b", "a")


@pytest.fixture
def room_members() -> dict[str, str]:
    return {"ann": "Ann", "bo": "Bo"}


async def test_wechat_shows_the_text_plain_and_lists_the_links(harness_with, bridge):
    extra = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", extra)
    await bridge.say(ROOM, "ann", NOTE)
    await bridge.say(ROOM, "ann", "/setwelcome Hi {mention}, *welcome*!")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    await bridge.say(ROOM, "bo", "#faq")
    await bridge.join(ROOM, "cy", "Cy", operator="ann")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 4)
    assert bridge.texts(ROOM)[2:] == [
        "Read the guide first at our site https://example.org/site\n2 * 3 stays"
        "\nGuide: https://example.org/g\nChat: https://example.org/c\nFAQ: https://example.org/f",
        "Hi @cy , welcome!",
    ]


async def test_wechat_shows_a_note_of_buttons_only_under_its_name(harness_with, bridge):
    extra = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", extra)
    await bridge.say(ROOM, "ann", "/save links [Guide](buttonurl://https://example.org/g)")
    await bridge.say(ROOM, "bo", "#links")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 2)
    assert bridge.texts(ROOM)[1] == "#links\nGuide: https://example.org/g"
