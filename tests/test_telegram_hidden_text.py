"""Text a member's app shows but a plain `text` field would not carry, or carries hidden:
moderation reads it on both drivers against the fake Bot API, and the spam is deleted."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.parametrize("driver", ["aiogram", "ptb"])
WORDS = ["free money", "scamcoin"]
RULES = {"rulesets": {"main": {"moderation": {"blocklist": {"words": WORDS}}}}}
SPAMMER = 400050


def deleted(h, message: dict) -> bool:
    return bool(h.world.chats[h.chat_id].messages[message["message_id"]].get("deleted"))


@pytest.mark.parametrize(
    "text",
    ["free\u0000money", "fr\u0000ee mo\u0000ney", "scam\x00coin\x7f", "ＳＣＡＭ\x00ｃｏｉｎ"],
)
async def test_nul_and_control_characters_hide_no_word(driver, open_harness, text):
    h = await open_harness(driver, RULES)
    h.member(SPAMMER, "Spammer")
    spam = h.world.say(h.chat_id, SPAMMER, text)
    await h.settle()
    assert deleted(h, spam)


AD = "加微信 abc123456"
INVITE = "https://t.me/+AbCdEf123456"
LINKS = {"rulesets": {"main": {"moderation": {"blocklist": {"words": WORDS},
                                              "invites": {"enabled": True}}}}}  # fmt: skip
POLL = {"id": "p1", "question": "Which?", "total_voter_count": 0, "is_closed": False,
        "is_anonymous": True, "type": "regular", "allows_multiple_answers": False,
        "allows_revoting": False, "members_only": False}  # fmt: skip
SHOWN: dict[str, dict] = {
    "poll question": {"poll": POLL | {"question": f"{AD}?", "options": [
        {"persistent_id": "a", "text": "yes", "voter_count": 0}]}},
    "poll option": {"poll": POLL | {"options": [
        {"persistent_id": "a", "text": "free money", "voter_count": 0}]}},
    "contact name": {"contact": {"phone_number": "+1", "first_name": "scamcoin", "last_name": "x"}},
    "venue": {"venue": {"location": {"latitude": 1.0, "longitude": 2.0}, "title": "Shop",
                        "address": f"join {INVITE}"}},
    "file name": {"document": {"file_id": "d", "file_unique_id": "d",
                               "file_name": "free money.pdf"}},
    "audio": {"audio": {"file_id": "a", "file_unique_id": "a", "duration": 3,
                        "title": "scamcoin", "performer": "x"}},
    "quote": {"text": "ok", "quote": {"text": "free money", "position": 0}},
    "external reply": {"text": "ok", "external_reply": {
        "origin": {"type": "hidden_user", "sender_user_name": "scamcoin", "date": 1}}},
    "inline bot buttons": {"text": "ok", "via_bot": {"id": 5, "is_bot": True, "first_name": "B",
                                                       "username": "b_bot"},
                           "reply_markup": {"inline_keyboard": [[{"text": "join",
                                                                  "url": INVITE}]]}},
}  # fmt: skip


@pytest.mark.parametrize("shape", list(SHOWN))
async def test_words_a_message_shows_besides_its_text_are_moderated(driver, open_harness, shape):
    h = await open_harness(driver, LINKS)
    h.member(SPAMMER, "Spammer")
    fields = SHOWN[shape]
    spam = h.world.post(h.chat_id, h.world.users[SPAMMER], fields.get("text", ""),
                        **{k: v for k, v in fields.items() if k != "text"})  # fmt: skip
    h.world.push("message", spam)
    await h.settle()
    assert deleted(h, spam)


async def test_a_poll_option_is_no_command(driver, open_harness):
    h = await open_harness(driver, LINKS)
    h.member(SPAMMER, "Spammer")
    options = [{"persistent_id": "a", "text": "/ban", "voter_count": 0}]
    poll = h.world.post(h.chat_id, h.world.users[SPAMMER], poll=POLL | {"options": options})
    h.world.push("message", poll)
    await h.settle()
    assert h.texts() == [] and not deleted(h, poll)


async def test_a_long_quote_hides_no_ad_at_the_end_of_a_long_text(driver, open_harness):
    """A reply quoting 1,000 characters, its own text padded to 4,010 (both within Telegram's
    limits) and ending in a blocked word: the quote is read first, and the text's end was
    past what moderation read of the two together."""
    h = await open_harness(driver, RULES)
    h.member(SPAMMER, "Spammer")
    text = "good luck " * 400 + "free money"
    spam = h.world.say(h.chat_id, SPAMMER, text, quote={"text": "fine " * 200, "position": 0})
    await h.settle()
    assert deleted(h, spam)
    assert h.texts() == ["Spammer, please mind the group rules: a blocked word."]
