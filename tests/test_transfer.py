"""/export and /import through both Telegram drivers against the fake Bot API: the settings
made in the chat leave as a JSON document (sendDocument), come back from it by a reply
(getFile and the file download), and a broken file changes nothing. WeChat has no files."""

from __future__ import annotations

import json

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, running

telegram = pytest.mark.parametrize("driver", ["aiogram", "ptb"])


def _exported(h) -> tuple[dict, dict]:
    (message,) = [m for m in h.world.bot_messages(CHAT_ID) if "document" in m]
    return message, json.loads(h.world.files[message["document"]["file_id"]])


@telegram
async def test_export_then_import_restores_what_was_removed(driver, open_harness):
    h = await open_harness(driver)
    ann = h.member(42, "Ann")
    for line in (
        "/save faq Read *the guide*",
        "/filter price See the pinned message",
        "/setrules Be kind",
        "/addblocklist casino",
        "/setlang community en",
    ):
        h.world.say(CHAT_ID, OWNER_ID, line)
    hello = h.world.say(CHAT_ID, ann, "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/promote admin", reply_to_message=hello)
    h.world.say(CHAT_ID, ann, "/export")  # an admin now, may export
    h.world.say(CHAT_ID, ann, "/import")  # but importing changes settings: deputies
    await h.settle()
    assert h.texts()[-1] == "Only the owner and deputy owners can use /import."
    message, body = _exported(h)
    (call,) = [params for method, params in h.fake.calls if method == "sendDocument"]
    assert call["chat_id"] == CHAT_ID and message["document"]["file_name"] == "club-settings.json"
    assert message["caption"] == (
        "Settings of Test Club: reply /import to this file to restore them."
    )
    assert body["format"] == "groupops.chat-settings" and body["community"] == "club"
    assert body["settings"] == {
        "blocklist.added": ["casino"],
        "blocklist.removed": [],
        "filters": {"price": "See the pinned message"},
        "locale": "en",
        "notes": {"faq": "Read *the guide*"},
        "rules": "Be kind",
    }  # the role given by /promote is not carried
    h.world.say(CHAT_ID, OWNER_ID, "/clear faq")
    h.world.say(CHAT_ID, OWNER_ID, "/stop price")
    h.world.say(CHAT_ID, OWNER_ID, "/setrules Anything goes")
    h.world.say(CHAT_ID, OWNER_ID, "/import", reply_to_message=message)
    await h.settle()
    assert h.texts()[-1] == (
        "Restored from the file: blocklist.added, blocklist.removed, filters, locale, notes, rules."
    )
    h.world.say(CHAT_ID, ann, "#faq")
    h.world.say(CHAT_ID, ann, "/rules")
    await h.settle()
    note, rules = h.world.bot_messages(CHAT_ID)[-2:]
    assert note["text"] == "Read the guide" and note["entities"][0]["type"] == "bold"
    assert rules["text"] == "Be kind"


@telegram
async def test_the_output_of_groupops_export_for_one_community_imports_too(driver, open_harness):
    from groupops.core.moderation.overrides import exported

    h = await open_harness(driver)
    h.world.say(CHAT_ID, OWNER_ID, "/save faq Read the guide")
    hello = h.world.say(CHAT_ID, h.member(42, "Ann"), "hello")
    h.world.say(CHAT_ID, OWNER_ID, "/promote admin", reply_to_message=hello)
    await h.settle()
    cli = {
        "communities": {"club": {"ruleset": "main", "changed_by_command": await exported("club")}}
    }
    h.world.say(CHAT_ID, OWNER_ID, "/clear faq")
    data = json.dumps(cli).encode()
    upload = h.world.say(CHAT_ID, OWNER_ID, "", document=h.world.document(data, "club.json"))
    h.world.say(CHAT_ID, OWNER_ID, "/import", reply_to_message=upload)
    h.world.say(CHAT_ID, 42, "#faq")
    await h.settle()
    assert h.texts()[-2:] == ["Restored from the file: notes.", "Read the guide"]


BROKEN = [
    (b"{not json", "The file is not JSON; nothing was changed."),
    (
        json.dumps({"format": "something else", "settings": {}}).encode(),
        "The file is not a settings file from /export; nothing was changed.",
    ),
    (
        json.dumps(
            {
                "format": "groupops.chat-settings",
                "version": 1,
                "settings": {"rules": "Fine", "welcome": {"text": 5}},
            }
        ).encode(),
        "The file's setting welcome is not valid; nothing was changed.",
    ),
    (
        json.dumps(
            {"format": "groupops.chat-settings", "version": 1, "settings": {"roles.granted": {}}}
        ).encode(),
        "The file's setting roles.granted is not valid; nothing was changed.",
    ),
]


@telegram
async def test_a_broken_file_gets_one_line_and_changes_nothing(driver, open_harness):
    h = await open_harness(driver)
    h.world.say(CHAT_ID, OWNER_ID, "/setrules Be kind")
    h.world.say(CHAT_ID, OWNER_ID, "/import")
    await h.settle()
    assert h.texts()[-1] == "Reply /import to a settings file made by /export."
    for data, line in BROKEN:
        upload = h.world.say(CHAT_ID, OWNER_ID, "", document=h.world.document(data, "x.json"))
        h.world.say(CHAT_ID, OWNER_ID, "/import", reply_to_message=upload)
        await h.settle()
        assert h.texts()[-1] == line
    h.world.say(CHAT_ID, OWNER_ID, "/rules")
    await h.settle()
    assert h.texts()[-1] == "Be kind"  # the third file's valid "rules" was not applied


async def test_wechat_cannot_send_the_file(harness_with, bridge):
    extra = {"communities": {"club": {"roles": {"owner": ["wechat:user:ann"]}}}}
    h, _ = await running(harness_with, bridge, "forward", extra)
    await bridge.say(ROOM, "ann", "/export")
    assert await until(h, lambda: len(bridge.texts(ROOM)) == 1)
    assert bridge.texts(ROOM) == [
        "Files cannot be sent on this platform; the operator's `groupops export` gives the "
        "same settings."
    ]
