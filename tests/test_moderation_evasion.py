"""Every disguise of a blocked word is caught, and no message skips moderation because of odd
code points: through the detectors, and through the Telegram drivers on the fake Bot API."""

from __future__ import annotations

import pytest
from aiogram.types import Update
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.adapters.telegram.inbound import map_update
from groupops.core.moderation import ModerationConfig, Moderator, Sample, normalise
from groupops.core.moderation.normalize import clean

EVASIONS = [
    ("f r e e  m o n e y here", "free money"),  # letters spaced, words apart
    ("get FREE-MONEY now", "free money"),  # separator inside words
    ("f.r.e.e money", "free money"),
    ("free m0ney today", "free money"),  # digit look-alike
    ("fr€e money", "free money"),  # symbol look-alike
    ("fr33 c4$h", "free cash"),
    ("\u202eyenom eerf", "free money"),  # right-to-left override: read backwards
    ("🅵🆁🅴🅴 money", "free money"),  # negative squared letters
    ("🅕🅡🅔🅔 money", "free money"),  # negative circled letters
    ("𝐟𝐫𝐞𝐞 𝐦𝐨𝐧𝐞𝐲", "free money"),  # mathematical bold
    ("ⓕⓡⓔⓔ money", "free money"),  # circled
    ("🇫🇷🇪🇪 money", "free money"),  # regional indicators
    ("兼职日结 加薇信", "加微信"),  # Chinese sound-alikes of the contact word
    ("兼职日结 加V信", "加微信"),
    ("兼职日结 加威信", "加微信"),
    ("兼职日结 加wei信", "加微信"),  # half pinyin, half Han
    ("兼职日结 加v 详聊", "加微信"),
    ("兼职 add weixin", "微信"),
    ("需要的加VX", "加微信"),  # Latin spellings after 加
    ("需要的加weixin", "加微信"),
    ("需要的加wx", "加微信"),
    ("f.r.e.e m.o.n.e.y", "free money"),  # separators inside both words
    ("f-r-e-e m-o-n-e-y", "free money"),
    ("free😀money", "free money"),  # pictographs as separators
    ("f❤r❤e❤e m❤o❤n❤e❤y", "free money"),
    ("加🌹微🌹信", "加微信"),
    ("刷💰单", "刷单"),
    ("get fr\U000e0020ee money", "free money"),  # an invisible tag character
    ("fr\u206aee money", "free money"),  # a deprecated format character
    ("fr\ufff9ee money", "free money"),  # an interlinear annotation anchor
    ("fr🌹ee mo🌹ney", "free money"),  # pictographs inside words, not between them
    ("get your freemoney here", "free money"),  # a several-word entry written as one word
    ("f/r/e/e m/o/n/e/y", "free money"),  # slashes, bars, backslashes between letters
    ("f|r|e|e m|o|n|e|y", "free money"),
    ("f\\r\\e\\e m\\o\\n\\e\\y", "free money"),
    ("ꜰʀᴇᴇ ᴍᴏɴᴇʏ", "free money"),  # small capitals
    ("free mօney", "free money"),  # Armenian օ
    ("fr€€ m0n€¥", "free money"),  # ¥ for y
]


def moderator(words: list[str]) -> Moderator:
    return Moderator(ModerationConfig.model_validate({"blocklist": {"words": words}}))


def check(mod: Moderator, text: str) -> list[str]:
    text = clean(text)
    return [hit.rule for hit in mod.check(Sample(text=text, norm=normalise(text)))]


@pytest.mark.parametrize(("text", "word"), EVASIONS)
def test_each_disguise_is_caught_by_the_blocklist(text, word):
    assert check(moderator([word]), text) == ["blocklist"]


@pytest.mark.parametrize(
    "text",
    ["I bought an mp3 player and win10 keys", "the h264 build costs 100usdt", "see my-site.com"],
)
def test_model_numbers_and_prices_are_not_read_as_words(text):
    assert check(moderator(["mpe", "winio", "ioousdt", "my site"]), text) == []


@pytest.mark.parametrize("text", ["freemoneys for all", "the todo list"])
def test_a_joined_phrase_matches_only_as_a_whole_word_of_some_length(text):
    assert check(moderator(["free money", "to do"]), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "press Ctrl+V to paste",  # a key, not 加v
        "Copy with Ctrl+C, paste with Ctrl+Shift+V",
        "+v1.2 已发布",  # a version
        "I use wxPython for the GUI",  # a word starting with wx
        "有人用过 wxWidgets 吗",
        "wx python rocks",  # prose after a keyword
        "I.e. the U.S. office",
    ],
)
def test_keys_versions_and_words_are_not_contacts(text):
    mod = Moderator(ModerationConfig.model_validate({"blocklist": {"words": ["加微信"]}}))
    assert check(mod, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "visit https://evil.example/x now",
        "visit evil[.]com/x now",  # a dot written not to be a link
        "visit evil(dot)com/x now",
        "visit evil。com/x now",  # an ideographic full stop
        "".join(f"{c}\U000e0020" for c in "visit https://evil.example/x now"),  # tags
    ],
)
def test_disguised_links_are_links(text):
    mod = Moderator(ModerationConfig.model_validate({"links": {"enabled": True}}))
    assert check(mod, text) == ["links"]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("join tg://join?invite=abcdef", "invites"),  # the app's own invite link
        ("tg://resolve?domain=spambot", "invites"),
        ("join t . me/+abcdef", "invites"),  # spaces around the dot
        ("see evil.xn--p1ai/x", "links"),  # an internationalised domain (.рф)
        ("v x: abc1234", "contacts"),  # the keyword's letters spaced
        ("w x: abc1234", "contacts"),
        ("v.x: abc1234", "contacts"),
        ("加薇 abc123", "contacts"),
        ("call 一三八〇〇一三八〇〇〇", "contacts"),  # a number in Chinese numerals
        ("call +86 138o0l38000", "contacts"),  # letters posing as digits
    ],
)
def test_disguised_invites_links_and_contacts(text, rule):
    config = {"links": {"enabled": True}, "contacts": {"usernames": False}}
    assert check(Moderator(ModerationConfig.model_validate(config)), text) == [rule]


@pytest.mark.parametrize(
    "text",
    ["the box is 10 w x 20 h", "I paid 1300 for the lot in 2019", "一二三四五六", "room 101o",
     "I got it . me/+1 for this", "v.x: 2.5 m/s", "see fig v.x: left"],
)  # fmt: skip
def test_sizes_prices_and_counting_are_not_contacts(text):
    assert check(Moderator(ModerationConfig.model_validate({})), text) == []


def test_a_commands_at_name_is_its_target_not_an_ad():
    mod = Moderator(ModerationConfig.model_validate({}))
    text = "/give @user2001 1000"
    sample = Sample(text=text, norm=normalise(text), command=True)
    assert [hit.rule for hit in mod.check(sample)] == []
    assert check(mod, "ask @user2001 for cheap followers") == ["contacts"]


def test_addresses_and_ids_keep_their_shape_for_the_contact_patterns():
    assert normalise("wx.qq.com/x") == "wx.qq.com/x"
    mod = Moderator(ModerationConfig.model_validate({}))
    assert check(mod, "加V: abc12345 低价代购") == ["contacts"]
    assert check(mod, "薇信 abc_def1 详聊") == ["contacts"]


ODD = [
    "\ud83d https://spam.example/x",  # a lone high surrogate before a link
    "https://spam.example/x \udc00",  # a lone low surrogate after it
    "\udc00\ud83d",
    "\x00\ufffe\uffff https://spam.example/x",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_code_points_are_still_moderated(text):
    mod = Moderator(ModerationConfig.model_validate({"links": {"enabled": True}}))
    cleaned = clean(text)
    cleaned.encode("utf-8")  # encodable from here on
    sample = Sample(text=cleaned, norm=normalise(cleaned), links=("https://spam.example/x",))
    assert [hit.rule for hit in mod.check(sample)] == ["links"]


def lone_surrogate_update(update_id: int = 7) -> dict:
    text = "\ud83d free money https://spam.example/x"
    return {
        "update_id": update_id,
        "message": {
            "message_id": 3,
            "date": 1_700_000_000,
            "chat": {"id": CHAT_ID, "type": "supergroup", "title": "G"},
            "from": {"id": 66, "is_bot": False, "first_name": "Spammer"},
            "text": text,
            "entities": [{"type": "url", "offset": 13, "length": 22}],
        },
    }


def test_a_lone_surrogate_beside_a_link_entity_maps_through_a_real_aiogram_update():
    update = Update.model_validate(lone_surrogate_update())
    dumped = update.model_dump(mode="json", exclude_none=True, by_alias=True)
    (event,) = map_update(dumped).events
    assert "https://spam.example/x" in event.text
    assert event.segments[-1].url == "https://spam.example/x"


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_lone_surrogate_message_is_deleted_through_the_drivers(driver, sqlite_url):
    moderation = {"moderation": {"blocklist": {"words": ["free money"]}}}
    h = await TelegramHarness.open(driver, sqlite_url, {"rulesets": {"main": moderation}})
    try:
        h.member(66, "Spammer")
        sent = h.world.say(
            CHAT_ID,
            66,
            lone_surrogate_update()["message"]["text"],
            entities=[{"type": "url", "offset": 13, "length": 22}],
        )
        await h.settle()
        assert h.world.chats[CHAT_ID].messages[sent["message_id"]].get("deleted")
        assert any("please mind the group rules" in t for t in h.texts())
    finally:
        await h.close()


async def test_a_message_opening_with_a_right_to_left_override_is_read_as_shown(
    harness_factory,
):
    """`\u202eyenom eerf` shows as "free money": the override opening the message was dropped
    with the marks a copied command carries, and the reversed words were read as written."""
    h = await harness_factory(
        {"rulesets": {"main": {"moderation": {"blocklist": {"words": ["free money"]}}}}}
    )
    text = "\u202eyenom eerf"
    await h.world.say(h.chat, h.user("ann"), text)
    await h.settle()
    assert [m.text for m in h.world.chats[h.chat].messages.values() if m.deleted] == [text]
    assert h.world.texts(h.chat) == ["@Ann, please mind the group rules: a blocked word."]


@pytest.mark.parametrize(
    ("moderation", "text", "rule"),
    [
        ({}, "加 wei xin abc123456", "contacts"),  # the pinyin of 微信 as two words
        ({}, "wei信 abc123456", "contacts"),  # half pinyin, half Han
        ({}, "加 wei 信 abc123456", "contacts"),
        ({}, "绿泡泡 abc123456", "contacts"),  # WeChat's nickname
        ({}, "卫星 abc123456", "contacts"),  # a sound-alike of 微信
        ({}, "企鹅 123456789", "contacts"),  # QQ's nickname
        ({}, "兼职日结 电话壹叁捌零零壹叁捌零零零", "contacts"),  # a phone in financial numerals
        ({"links": {"enabled": True}}, "http://1.2.3.4/win", "links"),  # an address by number
        ({"links": {"enabled": True}}, "grab it at 1.2.3.4:8080/win", "links"),
    ],
)
def test_contacts_and_links_in_disguise_are_caught(moderation, text, rule):
    mod = Moderator(ModerationConfig.model_validate(moderation))
    assert check(mod, text) == [rule]


@pytest.mark.parametrize(
    "text",
    [
        "version 1.2.3.4 is out",
        "ping 10.0.0.1 first",
        "my friend Wei Xin says hi",
        "卫星发射成功了",
        "绿泡泡上聊吧",
        "我喜欢企鹅",
        "合计壹佰元整",
    ],
)
def test_version_numbers_and_names_are_no_links_or_contacts(text):
    assert (
        check(Moderator(ModerationConfig.model_validate({"links": {"enabled": True}})), text) == []
    )
