"""The ladder's private warning on real platforms: refused when it is sent (Telegram answers
403 to a bot the member never started, WeChat delivers only between friends), it falls back
to the ruleset's `send_private` fallback, a mention in the group, instead of vanishing."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from support.onebot_bridge import FakeOneBot
from support.telegram_harness import CHAT_ID, TelegramHarness
from support.wechat_fixtures import until
from test_wechat_onebot import ROOM, TOKEN, running

from groupops.core.engine.outbox_rows import requeue, troubled
from groupops.core.storage.models import OutboxItem

WARNED = {
    "rulesets": {
        "main": {
            "moderation": {
                "blocklist": {"words": ["casino", "加微信"]},
                "escalation": ["warn_private"],
            }
        }
    }
}
WARNING = "A warning from {}: a blocked word. You have 1 warning; more may get you removed."


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_telegram_a_member_who_never_started_the_bot_is_warned_in_the_group(
    sqlite_url, driver
):
    h = await TelegramHarness.open(driver, sqlite_url, WARNED)
    try:
        h.member(42, "Ann")  # never started the bot: 403 to a private message
        h.member(43, "Bo")
        h.world.private(43)  # started it: the warning stays private
        h.world.say(CHAT_ID, 42, "join my casino")
        h.world.say(CHAT_ID, 43, "casino tonight")
        await h.settle()
        await h.settle()  # the fallback is queued when the refusal comes back
        warning = WARNING.format("Test Club")
        assert h.texts() == [f"Ann: {warning}"]
        assert h.world.texts(43) == [warning]
        assert ("sendMessage", 403) in h.fake.rejected
        rows = await OutboxItem.filter(kind="send_private").values_list("status", flat=True)
        assert sorted(rows) == ["failed", "sent"]
        mention = h.world.bot_messages(CHAT_ID)[0]["entities"][0]
        assert mention["type"] == "text_mention" and mention["user"]["id"] == 42
        # told in the group: no failure for `groupops outbox` to list, nor for retry --all
        assert await troubled(datetime.now(UTC), timedelta(minutes=5), None) == []
        assert (await requeue(None))[0] == []
    finally:
        await h.close()


async def test_wechat_a_stranger_is_warned_in_the_room(wechat_factory, wechaty_peer):
    # The peer lives for the whole session and keeps what it was sent per conversation:
    # fresh ids keep one run's private messages out of the next one's.
    tag = uuid.uuid4().hex[:8]
    room, sam, ann = f"{tag}@chatroom", f"sam{tag}", f"ann{tag}"
    wechaty_peer(
        "world",
        contacts=[{"id": sam, "name": "Sam", "friend": False}, {"id": ann, "name": "Ann"}],
        rooms=[{"id": room, "topic": "Test room", "owner": "bot", "members": ["bot", sam, ann]}],
    )
    h = await wechat_factory(room, WARNED)
    wechaty_peer("say", **{"from": sam}, room=room, text="加微信 领红包")
    wechaty_peer("say", **{"from": ann}, room=room, text="加微信 拿优惠")

    def room_texts():
        return [m["text"] for m in wechaty_peer("sent", conversation=room)]

    sent = await until(h, room_texts)
    warning = WARNING.format("Test Club")
    assert len(sent) == 1 and sent[0].endswith(warning) and sent[0].startswith("@Sam")
    assert [m["mentions"] for m in wechaty_peer("sent", conversation=room)] == [[sam]]
    private = await until(h, lambda: wechaty_peer("sent", conversation=ann))
    assert [m["text"] for m in private] == [warning]
    assert wechaty_peer("sent", conversation=sam) == []


@pytest.mark.parametrize("mode", ["forward", "reverse"])
async def test_onebot_a_stranger_is_warned_in_the_group(harness_with, mode):
    bridge = FakeOneBot(TOKEN)
    bridge.group(ROOM, {"ann": "Ann", "sam": "Sam"})
    bridge.strangers.add("sam")
    try:
        h, _ = await running(harness_with, bridge, mode, WARNED)
        await bridge.say(ROOM, "sam", "加微信 领红包")
        await bridge.say(ROOM, "ann", "加微信 拿优惠")
        assert await until(h, lambda: bridge.texts(ROOM) and bridge.texts("ann"))
    finally:
        await bridge.close()
    warning = WARNING.format("Test Club")
    assert bridge.texts(ROOM) == [f"@sam : {warning}"]
    assert bridge.texts("ann") == [warning]
    assert [m for m in bridge.sent if m.get("user_id") == "sam"] == []


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_telegram_link_in_the_group_says_the_code_was_sent_only_once_it_was(
    sqlite_url, driver
):
    # /link's code is never posted in the group: refused (403), the member is told how to
    # get it, not that it was sent
    h = await TelegramHarness.open(driver, sqlite_url)
    try:
        h.member(42, "Ann")  # never started the bot
        h.member(43, "Bo")
        h.world.private(43)
        h.world.say(CHAT_ID, 42, "/link")
        await h.settle()
        await h.settle()  # the answer is queued when the refusal comes back
        h.world.say(CHAT_ID, 43, "/link")
        await h.settle()
        await h.settle()
        assert h.texts() == [
            "I could not send you a link code privately: open a private chat with me first, "
            "then send /link again.",
            "I sent you a link code privately.",
        ]
        assert ("sendMessage", 403) in h.fake.rejected
        assert h.world.texts(43)[0].startswith("Your link code is ")
    finally:
        await h.close()
