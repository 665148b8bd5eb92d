"""The mapping layer on its own: Bot API JSON in, neutral events out; neutral segments and
actions out as documented Bot API parameters; settings checked with key paths."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from support.fake_telegram.state import BOT_ID
from support.telegram_harness import CHAT_ID, TelegramHarness

from groupops.adapters.telegram.inbound import map_update
from groupops.adapters.telegram.outbound import calls_for, clamp_until
from groupops.core.actions import CreateInviteLink, Reply, SendFile, SendMessage
from groupops.core.events import LeaveReason, MemberLeft, MessageReceived, ServiceNotice
from groupops.core.refs import Ref
from groupops.core.segments import Link, Mention, Text
from groupops.core.storage.models import ProcessedEvent

GROUP = {"id": -100777, "type": "supergroup", "title": "G"}
ANN = {"id": 42, "is_bot": False, "first_name": "Ann", "language_code": "zh-hans"}


def message(**fields):
    return {
        "update_id": 5,
        "message": {"message_id": 9, "date": 1_700_000_000, "chat": GROUP, "from": ANN, **fields},
    }


def test_text_mentions_and_links_use_utf16_offsets():
    text = "😀 hi Bob see docs"
    entities = [
        {
            "type": "text_mention",
            "offset": 6,
            "length": 3,
            "user": {"id": 7, "is_bot": False, "first_name": "Bob"},
        },
        {"type": "text_link", "offset": 14, "length": 4, "url": "https://x.example"},
    ]
    (event,) = map_update(message(text=text, entities=entities)).events
    assert event.segments == (
        Text("😀 hi "),
        Mention(Ref("telegram:user:7"), "Bob"),
        Text(" see "),
        Link("https://x.example", "docs"),
    )
    assert event.text == "😀 hi @Bob see docs (https://x.example)"
    assert event.language == "zh-hans" and event.key == "telegram:5"


def test_entities_missing_what_their_kind_needs_are_plain_text():
    entities = [
        {"type": "text_link", "offset": 0, "length": 5},
        {"type": "text_mention", "offset": 6, "length": 5},
        {"type": "bold", "offset": 0},
        {"type": "url", "length": 3},
    ]
    (event,) = map_update(message(text="hello world", entities=entities)).events
    assert event.segments == (Text("hello world"),)


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [("/ban@RoseBot spam", True), ("/ban@GroupOps_Bot spam", False), ("/ban spam", False),
     ("mail me@example.com", False), ("/ban @ann", False)],
)  # fmt: skip
def test_a_command_addressed_to_another_bot_is_marked(text, elsewhere):
    (event,) = map_update(message(text=text), BOT_ID, "groupops_bot").events
    assert event.for_other_bot is elsewhere
    (unknown,) = map_update(message(text=text)).events  # the bot's name not known yet: ours
    assert unknown.for_other_bot is False


def test_channel_posts_and_anonymous_admins():
    channel = {"id": -100555, "type": "channel", "title": "Chan"}
    (post,) = map_update(message(text="ad", sender_chat=channel)).events
    assert post.sender == Ref("telegram:-100555") and not post.sender_is_admin
    anonymous = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
    (anon,) = map_update(message(text="/ban", sender_chat=GROUP, **{"from": anonymous})).events
    assert anon.sender_is_admin and anon.sender == Ref("telegram:-100777")
    (ann,) = map_update(message(text="/ban", sender_chat=GROUP)).events  # Ann, not the group
    assert not ann.sender_is_admin and ann.sender == Ref("telegram:user:42")
    assert ann.sender_chat is None and ann.sender_name == "Ann"
    fwd = map_update(message(text="x", forward_origin={"type": "channel", "chat": channel}))
    assert fwd.events[0].forwarded_from_channel


def test_leaves_say_why_and_promotions_refresh_admins():
    def change(old, new, actor, user=ANN):
        return {
            "update_id": 6,
            "chat_member": {
                "chat": GROUP,
                "from": actor,
                "date": 1_700_000_000,
                "old_chat_member": {"user": user, "status": old},
                "new_chat_member": {"user": user, "status": new},
            },
        }

    admin = {"id": 1, "is_bot": False, "first_name": "Adm"}
    assert map_update(change("member", "left", ANN)).events[0].reason is LeaveReason.LEFT
    assert not map_update(change("member", "left", ANN)).events[0].is_bot
    bot = {"id": 9001, "is_bot": True, "first_name": "Helper"}
    assert map_update(change("member", "left", bot, bot)).events[0].is_bot  # no member's leave
    kicked = map_update(change("member", "kicked", admin)).events[0]
    assert isinstance(kicked, MemberLeft) and kicked.reason is LeaveReason.BANNED
    promoted = map_update(change("member", "administrator", admin))
    assert promoted.events == [] and promoted.admins_changed == [Ref("telegram:-100777")]


def test_migration_and_service_messages():
    moved = map_update(message(migrate_to_chat_id=-100888))
    assert moved.migrations == [(Ref("telegram:-100777"), Ref("telegram:-100888"))]
    # chat_member carries joins: the service message is only a notice to delete, not a join
    (notice,) = map_update(message(new_chat_members=[ANN])).events
    assert isinstance(notice, ServiceNotice) and notice.about == "joined"
    topic = map_update(
        message(
            text="hi",
            message_thread_id=3,
            is_topic_message=True,
            reply_to_message={"message_id": 3, "forum_topic_created": {}},
        )
    )
    event = topic.events[0]
    assert isinstance(event, MessageReceived) and event.thread_id == "3" and event.reply_to is None


def test_outbound_reply_mentions_and_invite_link_limits():
    now = datetime(2026, 3, 2, tzinfo=UTC)
    reply = Reply(
        chat=Ref("telegram:-100777"),
        reply_to="9",
        thread_id="3",
        segments=(Text("👋 "), Mention(Ref("telegram:user:42"), "Ann")),
    )
    (call,) = calls_for(reply, now)
    assert call.method == "sendMessage"
    assert call.params["entities"][0] | {"user": None} == {
        "type": "text_mention",
        "offset": 3,
        "length": 3,
        "user": None,
    }
    assert call.params["message_thread_id"] == 3
    assert call.params["reply_parameters"]["message_id"] == 9
    link = CreateInviteLink(
        chat=Ref("telegram:-100777"), name="x" * 40, creates_join_request=True, member_limit=5
    )
    (call,) = calls_for(link, now)
    assert len(call.params["name"]) == 32 and "member_limit" not in call.params
    # under 30 s from Telegram's receipt is a restriction for ever: a margin for the wire, and
    # a fraction of a second rounds up (it was dropped, 29.5 s reached Telegram)
    late = now + timedelta(milliseconds=500)
    assert clamp_until(late + timedelta(seconds=1), late) == int(
        (now + timedelta(seconds=41)).timestamp()
    )
    assert clamp_until(None, now) is None


def test_outbound_texts_are_cut_where_telegram_counts_its_limit():
    chat = Ref("telegram:-100777")
    ann = Mention(Ref("telegram:user:42"), "Ann")
    # Telegram counts UTF-16 units: an emoji is two, so 2,047 of them and "ab" are 4,096
    fits = (Text("😀" * 2047 + "ab", ("bold",)),)
    (call,) = calls_for(SendMessage(chat=chat, segments=fits), datetime.now(UTC))
    assert call.params["text"] == "😀" * 2047 + "ab"
    long = (Text("x" * 4093, ("bold",)), ann, Text(" and more"))
    (call,) = calls_for(SendMessage(chat=chat, segments=long), datetime.now(UTC))
    assert call.params["text"] == "x" * 4093 + "An…"  # 4,096 units with the "…"
    assert call.params["entities"][0] == {"type": "bold", "offset": 0, "length": 4093}
    assert call.params["entities"][1]["type"] == "text_mention"
    assert call.params["entities"][1]["length"] == 2  # across the cut: ends at it
    emoji = (Text("😀" * 2048, ("italic",)), ann)  # the cut would halve the last emoji
    (call,) = calls_for(SendMessage(chat=chat, segments=emoji), datetime.now(UTC))
    assert call.params["text"] == "😀" * 2047 + "…"
    assert call.params["entities"] == [{"type": "italic", "offset": 0, "length": 4094}]
    export = SendFile(chat=chat, filename="a.json", data=b"{}", caption=(Text("y" * 5000),))
    (call,) = calls_for(export, datetime.now(UTC))
    assert call.params["caption"] == "y" * 1023 + "…"


def test_check_names_each_bad_telegram_option(tmp_path):
    (tmp_path / "settings.toml").write_text(
        '[default.platforms.telegram]\nadapter = "ptb"\nmode = "webhook"\n'
        'secret_token = "no spaces"\n'
        "poll_timout = 3\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "groupops.core.cli",
            "check",
            "--settings",
            str(tmp_path / "settings.toml"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    for expected in (
        "platforms.telegram.token: is required",
        "platforms.telegram.webhook_url",
        "platforms.telegram.secret_token",
        "platforms.telegram.poll_timout",
    ):
        assert expected in done.stderr + done.stdout


def check_with_token(tmp_path, token: str) -> subprocess.CompletedProcess:
    """`groupops check` on tmp_path's settings, the token given as the environment gives it."""
    env = {**os.environ, "GROUPOPS_PLATFORMS__telegram__TOKEN": token}
    return subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "check", "--settings", "settings.toml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://bot.example.org/hook", "webhook_url: must start with https://"),
        ("https://bot.example.org:8080/hook", "webhook_url: port 8080: Telegram delivers"),
        ("bot.example.org/hook", "webhook_url: is not a URL"),
    ],
)
def test_check_refuses_a_webhook_url_telegram_never_posts_to(tmp_path, url, said):
    """setWebhook takes some of these and Telegram then delivers nothing: found at start, not
    after a day of silence."""
    (tmp_path / "settings.toml").write_text(
        f'[default.platforms.telegram]\nadapter = "ptb"\nmode = "webhook"\n'
        f'secret_token = "s3cret"\nwebhook_url = "{url}"\n',
        encoding="utf-8",
    )
    done = check_with_token(tmp_path, "123:" + "A" * 35)
    assert done.returncode == 2
    assert f"platforms.telegram.{said}" in done.stderr + done.stdout


def test_the_token_may_come_from_the_environment(tmp_path):
    (tmp_path / "settings.toml").write_text(
        '[default.platforms.telegram]\nadapter = "aiogram"\n', encoding="utf-8"
    )
    token = "123:AAFromTheEnvironment_0123456789abcd"
    done = check_with_token(tmp_path, token)
    assert done.returncode == 0, done.stderr
    assert token not in done.stdout + done.stderr


def test_reactions_buttons_and_join_requests():
    reaction = {
        "update_id": 7,
        "message_reaction": {
            "chat": GROUP,
            "message_id": 9,
            "user": ANN,
            "date": 1_700_000_000,
            "old_reaction": [{"type": "emoji", "emoji": "👍"}],
            "new_reaction": [{"type": "emoji", "emoji": "🔥"}],
        },
    }
    (event,) = map_update(reaction).events
    assert (event.added, event.removed, event.member) == (("🔥",), ("👍",), Ref("telegram:user:42"))
    press = {
        "update_id": 8,
        "callback_query": {
            "id": "q",
            "from": ANN,
            "chat_instance": "c",
            "data": "rules:ok",
            "message": {"message_id": 11, "date": 1_700_000_000, "chat": GROUP},
        },
    }
    (event,) = map_update(press).events
    assert (event.data, event.message_id, event.chat) == ("rules:ok", "11", Ref("telegram:-100777"))
    link = {
        "invite_link": "https://t.me/+abc",
        "creator": ANN,
        "creates_join_request": True,
        "is_primary": False,
        "is_revoked": False,
    }
    request = {
        "update_id": 9,
        "chat_join_request": {
            "chat": GROUP,
            "from": ANN,
            "user_chat_id": 42,
            "date": 1_700_000_000,
            "invite_link": link,
        },
    }
    (event,) = map_update(request).events
    assert event.invite_link == "https://t.me/+abc" and event.member == Ref("telegram:user:42")
    assert event.time.tzinfo is not None


def test_a_bots_updates_are_keyed_by_the_bot_as_well():
    # update ids are each bot's own sequence: a new bot on the same database starts again at
    # low ids, which must not be taken for updates processed already
    first = map_update(message(text="hi"), bot=111).events[0]
    other = map_update(message(text="hi"), bot=222).events[0]
    assert (first.key, other.key) == ("telegram:111:5:m-100777/9", "telegram:222:5:m-100777/9")


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_the_drivers_key_events_by_the_bot_id(driver, sqlite_url):
    h = await TelegramHarness.open(driver, sqlite_url)
    try:
        h.member(42, "Ann")
        h.world.say(CHAT_ID, 42, "hello")
        await h.settle()
        keys = await ProcessedEvent.all().values_list("key", flat=True)
        assert keys and all(key.startswith(f"telegram:{BOT_ID}:") for key in keys), keys
    finally:
        await h.close()
