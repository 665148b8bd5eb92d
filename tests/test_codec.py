"""Actions survive the outbox: what is stored comes back as it was."""

from __future__ import annotations

from datetime import UTC, date, datetime

import orjson

from groupops.core.actions import Ban, Button, Priority, Reply, SendImage
from groupops.core.codec import decode_action, dumps, encode_action, restore
from groupops.core.days import Month
from groupops.core.refs import Ref
from groupops.core.segments import TN, Image, Link, Mention, T, Text


def test_round_trip_of_every_segment_and_field():
    reply = Reply(
        chat=Ref("telegram:-1001234567890123"),
        reply_to="77",
        thread_id="5",
        segments=(
            Text("hi "),
            Mention(Ref("telegram:user:9007199254740993"), "Ann"),
            Link("https://example.org", "docs"),
            T("Welcome to {community}, {name}!", community="Club", name="Ann"),
            TN("{n} day", "{n} days", 3, when=datetime(2026, 3, 2, tzinfo=UTC)),
        ),
        buttons=(Button((Text("Rules"),), data="rules"),),
        priority=Priority.MODERATION,
        tag="welcome",
        locale="zh_Hans",
        timezone="Asia/Shanghai",
    )
    back = decode_action(encode_action(reply))
    assert back == reply
    assert back.chat.platform == "telegram" and back.segments[1].user.local_id == "9007199254740993"


def test_images_bans_and_datetimes():
    chat, until = Ref("local:main"), datetime(2026, 4, 1, tzinfo=UTC)
    chart = SendImage(chat=chat, image=Image(data=b"\x89PNG\r\n"), caption=(Text("week"),))
    ban = Ban(chat=chat, user=Ref("local:user:1"), until=until)
    assert decode_action(encode_action(chart)) == chart
    assert decode_action(encode_action(ban)) == ban


def test_a_day_and_a_month_in_a_message_come_back_as_themselves():
    """A report or an honours list waiting in the outbox keeps its dates as dates, so they
    are said in the reader's language when sent ("2026年10月荣誉榜"), not as ISO text."""
    text = T("{month}: {day}", month=Month(2026, 10, 1), day=date(2026, 11, 2))
    back = restore(orjson.loads(dumps(text)))
    assert back == text and type(back.params["month"]) is Month
