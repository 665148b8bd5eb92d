"""The formatting an admin applies in the Telegram app (bold, italic, links: sent as message
entities beside plain text) is kept when the text is saved, through both drivers against the
fake Bot API: the saved note, welcome, rules and keyword reply come back with the same entities."""

from __future__ import annotations

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID
from test_formatting import _entities

from groupops.core.markup_write import markup_of
from groupops.core.segments import Link, Text

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


def styled(text: str, *marks: tuple[str, str, str]) -> dict:
    """`text` with the entities an app sends: (type, the words, url)."""
    entities = [{"type": "bot_command", "offset": 0, "length": text.index(" ")}]
    for kind, words, url in marks:
        entity = {"type": kind, "offset": text.index(words), "length": len(words)}
        entities.append(entity | ({"url": url} if url else {}))
    return {"text": text, "entities": entities}


async def test_a_note_keeps_the_formatting_it_was_sent_with(driver, open_harness):
    h = await open_harness(driver)
    note = styled(
        "/save faq Read the guide, then *ask* us",
        ("bold", "guide", ""),
        ("italic", "then", ""),
        ("text_link", "us", "https://example.org/us"),
    )
    h.world.say(CHAT_ID, OWNER_ID, note["text"], entities=note["entities"])
    h.world.say(CHAT_ID, OWNER_ID, "#faq")
    await h.settle()
    sent = h.world.bot_messages(CHAT_ID)[-1]
    assert sent["text"] == "Read the guide, then ask us"
    assert _entities(sent) == [
        ("bold", "guide", ""),
        ("italic", "then", ""),
        ("bold", "ask", ""),  # markup typed by hand still counts
        ("text_link", "us", "https://example.org/us"),
    ]


async def test_welcome_and_rules_keep_their_formatting(driver, open_harness):
    h = await open_harness(driver)
    welcome = styled("/setwelcome Hello {first}, welcome aboard", ("bold", "welcome aboard", ""))
    rules = styled("/setrules Be kind\nNo spam", ("underline", "kind", ""), ("code", "spam", ""))
    for message in (welcome, rules):
        h.world.say(CHAT_ID, OWNER_ID, message["text"], entities=message["entities"])
    await h.settle()
    h.member(42, "Ann")
    h.world.say(CHAT_ID, 42, "/rules")
    await h.settle()
    (shown,) = [m for m in h.world.bot_messages(CHAT_ID) if m["text"] == "Be kind\nNo spam"]
    assert _entities(shown) == [("underline", "kind", ""), ("code", "spam", "")]
    h.world.user(43, "Bob")
    h.world.join(CHAT_ID, 43)
    await h.settle()
    greeting = h.world.bot_messages(CHAT_ID)[-1]
    assert greeting["text"].startswith("Hello")
    assert ("bold", "welcome aboard", "") in _entities(greeting)


async def test_a_filter_reply_keeps_its_formatting(driver, open_harness):
    h = await open_harness(driver)
    keyword = styled('/filter "opening hours" We open at 9', ("bold", "at 9", ""))
    h.world.say(CHAT_ID, OWNER_ID, keyword["text"], entities=keyword["entities"])
    h.member(42, "Ann")
    h.world.say(CHAT_ID, 42, "what are the opening hours?")
    await h.settle()
    answer = h.world.bot_messages(CHAT_ID)[-1]
    assert answer["text"] == "We open at 9"
    assert _entities(answer) == [("bold", "at 9", "")]


def test_markers_hug_the_words_and_plain_links_stay_bare(driver):
    segments = (
        Text("a "),
        Text("bold ", ("bold",)),
        Text("both", ("bold", "italic")),
        Text(" and "),
        Link("https://x.y"),
    )
    assert markup_of(segments) == "a *bold* *_both_* and https://x.y"
