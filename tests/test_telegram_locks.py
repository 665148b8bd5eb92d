"""/lock on Telegram: every type the core offers deletes the Telegram messages of that type,
through both drivers and the fake Bot API, and leaves a neighbouring unlocked type alone. The
message shapes are checked against aiogram's and PTB's own models, which the embedded drivers
dump back to JSON before groupops reads them."""

from __future__ import annotations

from typing import Any

import pytest
from support.telegram_harness import CHAT_ID, OWNER_ID, TelegramHarness

from groupops.adapters.matrix.inbound import MEDIA as MATRIX_MEDIA
from groupops.adapters.telegram.inbound import MEDIA, map_update
from groupops.adapters.wechat.onebot.protocol import MEDIA as ONEBOT_MEDIA
from groupops.adapters.wechat.onebot.protocol import incoming
from groupops.adapters.wechat.wechaty.inbound import MEDIA as WECHATY_MEDIA
from groupops.core.events import MEDIA_KINDS
from groupops.core.moderation.modsettings import LOCK_TYPES

MEMBER = 66


def _file(n: int, **more: Any) -> dict[str, Any]:
    return {"file_id": f"AgAD{n}", "file_unique_id": f"AQAD{n}", "file_size": 1000 + n, **more}


PLACE = {"latitude": 31.2304, "longitude": 121.4737}
DOCUMENT = _file(5, file_name="menu.pdf", mime_type="application/pdf")
# Message fields as the Bot API sends them, one sample per kind; the key is the lock that
# should catch it. An animation carries `document` and a venue `location` too (Bot API compat).
SAMPLES: dict[str, dict[str, Any]] = {
    "photo": {"photo": [_file(1, width=90, height=60), _file(2, width=1280, height=853)]},
    "video": {"video": _file(3, width=1280, height=720, duration=12, mime_type="video/mp4")},
    "video_note": {"video_note": _file(4, length=384, duration=7)},
    "gif": {
        "animation": _file(
            6, width=320, height=240, duration=3, file_name="cat.mp4", mime_type="video/mp4"
        ),
        "document": _file(6, file_name="cat.mp4", mime_type="video/mp4"),
    },
    "sticker": {
        "sticker": _file(
            7,
            type="regular",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
            emoji="😀",
            set_name="Animals",
        )
    },
    "document": {"document": DOCUMENT, "caption": "Lunch menu"},
    "voice": {"voice": _file(8, duration=4, mime_type="audio/ogg")},
    "audio": {
        "audio": _file(9, duration=200, performer="Band", title="Song", mime_type="audio/mpeg")
    },
    "contact": {"contact": {"phone_number": "+8613800000000", "first_name": "Li", "user_id": 77}},
    "location": {"location": PLACE},
    "venue": {
        "venue": {"location": PLACE, "title": "People's Square", "address": "Huangpu, Shanghai"},
        "location": PLACE,
    },
    "poll": {
        "poll": {
            "id": "5123",
            "question": "Lunch?",
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": True,
            "type": "regular",
            "allows_multiple_answers": False,
            "allows_revoting": False,
            "members_only": False,
            "options": [
                {"persistent_id": "a", "text": "Noodles", "voter_count": 0},
                {"persistent_id": "b", "text": "Rice", "voter_count": 0},
            ],
        }
    },
    "forward": {
        "text": "Meet at six",
        "forward_origin": {
            "type": "user",
            "date": 1767225600,
            "sender_user": {"id": 88, "is_bot": False, "first_name": "Wu"},
        },
    },
    "forward_chat": {
        "text": "Notice from the other group",
        "forward_origin": {
            "type": "chat",
            "date": 1767225600,
            "sender_chat": {"id": -100444, "type": "supergroup", "title": "Other"},
        },
    },
    "forward_hidden": {
        "text": "Passed on",
        "forward_origin": {"type": "hidden_user", "date": 1767225600, "sender_user_name": "X"},
    },
    "forward_channel": {
        "text": "Weekend picks",
        "forward_origin": {
            "type": "channel",
            "date": 1767225600,
            "chat": {"id": -100555, "type": "channel", "title": "Deals"},
            "message_id": 7,
        },
    },
    "url": {
        "text": "see https://example.com/deal",
        "entities": [{"type": "url", "offset": 4, "length": 24}],
    },
    "hidden_link": {
        "photo": [_file(10, width=640, height=480)],
        "caption": "tap here",
        "caption_entities": [
            {"type": "text_link", "offset": 4, "length": 4, "url": "https://example.com"}
        ],
    },
}
# sample -> the lock that deletes it
LOCK_OF = dict(
    {kind: kind for kind in SAMPLES},
    video_note="video",
    venue="location",
    forward_chat="forward",
    forward_hidden="forward",
    forward_channel="forward",
    hidden_link="url",
)
# sample -> a sample of another type that the same lock must leave alone (a GIF is not a
# document, a voice message not an audio file, a plain message not a forward)
NEIGHBOUR = {
    "photo": "sticker", "video": "gif", "video_note": "voice", "gif": "video", "sticker": "photo",
    "document": "gif", "voice": "audio", "audio": "voice", "contact": "location",
    "location": "contact", "venue": "contact", "poll": "document", "forward": "url",
    "forward_chat": "url", "forward_hidden": "url", "forward_channel": "url", "url": "forward",
    "hidden_link": "photo",
}  # fmt: skip
# what each library calls the sample, where not by its own name: (aiogram's content_type,
# PTB's effective_message_type); both read a forward's `forward_origin` besides
LIBRARY_KIND = {
    "gif": ("animation", "animation"), "venue": ("venue", "location"),
    "forward": ("text", "text"), "forward_chat": ("text", "text"),
    "forward_hidden": ("text", "text"), "forward_channel": ("text", "text"),
    "url": ("text", "text"), "hidden_link": ("photo", "photo"),
}  # fmt: skip
# sample -> what groupops reports as its media: the lock name, but forwards and links are none
MEDIA_OF = {s: None if LOCK_OF[s] in ("forward", "url") else LOCK_OF[s] for s in SAMPLES}
MEDIA_OF["hidden_link"] = "photo"  # a photo with a hidden link in its caption


def update(sample: str) -> dict[str, Any]:
    message = {
        "message_id": 9,
        "date": 1767225600,
        "chat": {"id": CHAT_ID, "type": "supergroup", "title": "Test Club"},
        "from": {"id": MEMBER, "is_bot": False, "first_name": "Ann"},
        **SAMPLES[sample],
    }
    return {"update_id": 500, "message": message}


def library_kinds(message: dict[str, Any]) -> tuple[str, str]:
    """The kind aiogram's and PTB's own models read: the sample is a real Bot API shape."""
    from aiogram.types import Message as AiogramMessage
    from telegram import Message as PTBMessage
    from telegram.helpers import effective_message_type

    aiogram = AiogramMessage.model_validate(message)
    ptb = PTBMessage.de_json(message, None)
    assert (
        (aiogram.forward_origin is None)
        == (ptb.forward_origin is None)
        == ("forward_origin" not in message)
    )
    return aiogram.content_type.value, str(effective_message_type(ptb))


def kinds(sample: str) -> tuple[str, str]:
    return LIBRARY_KIND.get(sample, (sample, sample))


def library_dumps(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The update as each embedded driver hands it over: parsed by the library, dumped back."""
    from aiogram.types import Update as AiogramUpdate
    from telegram import Update as PTBUpdate

    aiogram = AiogramUpdate.model_validate(data)
    ptb = PTBUpdate.de_json(data, None)
    assert ptb is not None
    return [aiogram.model_dump(mode="json", exclude_none=True, by_alias=True), ptb.to_dict()]


def test_every_lock_type_has_a_telegram_sample():
    assert set(LOCK_OF.values()) == set(LOCK_TYPES)


def test_adapters_report_media_in_the_lock_vocabulary():
    for table in (MEDIA, WECHATY_MEDIA, ONEBOT_MEDIA, MATRIX_MEDIA):
        assert set(table.values()) <= set(MEDIA_KINDS), table
    assert set(MEDIA_KINDS) <= set(LOCK_TYPES)
    place = {"latitude": 31.2, "longitude": 121.4, "title": "", "content": ""}
    assert incoming([{"type": "location", "data": place}])[1] == "location"
    assert incoming([{"type": "audio", "data": {"file_id": "f1"}}])[1] == "audio"


@pytest.mark.parametrize("sample", SAMPLES)
def test_each_kind_maps_to_its_lock_name_as_the_libraries_read_it(sample):
    data = update(sample)
    assert library_kinds(data["message"]) == kinds(sample)
    for shape in (data, *library_dumps(data)):  # polled JSON; aiogram's and PTB's dumps
        (event,) = map_update(shape).events
        assert event.media == MEDIA_OF[sample], shape
        assert event.forwarded == (LOCK_OF[sample] == "forward")


def test_kinds_without_a_lock_name_are_not_media():
    dice = {"dice": {"emoji": "🎲", "value": 4}}
    data = update("photo")
    data["message"] = {k: v for k, v in data["message"].items() if k != "photo"} | dice
    assert library_kinds(data["message"]) == ("dice", "dice")
    assert map_update(data).events == []  # nothing a lock could name: not a message said
    data["message"]["forward_origin"] = SAMPLES["forward"]["forward_origin"]
    (event,) = map_update(data).events
    assert event.media is None and event.forwarded  # forwarded, `/lock forward` takes it


ONLY_LOCKS = {"rulesets": {"main": {"moderation": {"contacts": {"enabled": False}}}}}


async def _post(h: TelegramHarness, sample: str) -> int:
    fields = dict(SAMPLES[sample])
    message = h.world.say(CHAT_ID, MEMBER, fields.pop("text", ""), **fields)
    assert library_kinds(message) == kinds(sample)  # as the fake sent it
    return message["message_id"]


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
@pytest.mark.parametrize("sample", SAMPLES)
async def test_a_locked_type_is_deleted_and_its_neighbour_is_not(driver, sample, sqlite_url):
    # a contact card's phone number is read by the `contacts` detector; here only locks judge
    h = await TelegramHarness.open(driver, sqlite_url, ONLY_LOCKS)
    try:
        h.member(MEMBER, "Ann")
        lock = LOCK_OF[sample]
        h.world.say(CHAT_ID, OWNER_ID, f"/lock {lock}")
        await h.settle()
        assert h.texts() == [f"Locked: {lock}."]
        locked = await _post(h, sample)
        kept = await _post(h, NEIGHBOUR[sample])
        plain = h.world.say(CHAT_ID, MEMBER, "good morning")["message_id"]
        await h.settle()
        messages = h.world.chats[CHAT_ID].messages
        assert messages[locked].get("deleted"), f"{sample} survived /lock {lock}"
        assert not messages[kept].get("deleted"), f"{NEIGHBOUR[sample]} fell to /lock {lock}"
        assert not messages[plain].get("deleted")
    finally:
        await h.close()
