"""A member named in a sentence ("Ann received 5 points"): a pill on Matrix, listed in
`m.mentions` unless it must not notify; elsewhere the plain name, as before (a Telegram text
mention and a WeChat @-mention would always notify, the local adapter would write "@Ann")."""

from __future__ import annotations

from groupops.adapters.matrix.text import content_of
from groupops.adapters.telegram.wire import text_and_entities
from groupops.adapters.wechat.onebot.protocol import outgoing as onebot_outgoing
from groupops.adapters.wechat.text import outgoing as wechat_outgoing
from groupops.core.actions import Reply
from groupops.core.codec import decode_action, encode_action
from groupops.core.i18n.render import render
from groupops.core.refs import Ref
from groupops.core.segments import Mention, T, Text, named, plain_text

ANN = Ref.user("matrix", "@ann:example.org")


def sentence(member: Mention) -> tuple:
    return render((T("{name} received {n} points.", name=member, n=5),), "en")


def test_matrix_names_the_member_with_a_pill_that_notifies():
    content = content_of(sentence(named(ANN, "Ann")))
    assert content["body"] == "Ann received 5 points."
    assert content["formatted_body"] == (
        '<a href="https://matrix.to/#/@ann:example.org">Ann</a> received 5 points.'
    )
    assert content["m.mentions"] == {"user_ids": ["@ann:example.org"]}


def test_a_mention_that_must_not_notify_is_a_pill_outside_m_mentions():
    content = content_of(sentence(named(ANN, "Ann", notify=False)))
    assert '<a href="https://matrix.to/#/@ann:example.org">Ann</a>' in content["formatted_body"]
    assert content["m.mentions"] == {}


def test_a_reply_lists_the_answered_author_once():
    content = content_of((Text("ok"),), ("@bob:example.org",))
    assert content["m.mentions"] == {"user_ids": ["@bob:example.org"]}
    both = content_of(sentence(named(ANN, "Ann")), ("@ann:example.org",))
    assert both["m.mentions"] == {"user_ids": ["@ann:example.org"]}


def test_another_platforms_member_is_no_matrix_pill():
    content = content_of(sentence(named(Ref.user("telegram", 42), "Ann")))
    assert content["body"] == "Ann received 5 points."
    assert "matrix.to" not in content["formatted_body"]
    assert content["m.mentions"] == {}


def test_telegram_links_a_named_member_unless_told_not_to_notify():
    ann = Ref.user("telegram", 42)
    text, entities = text_and_entities(sentence(named(ann, "Ann")))
    assert text == "Ann received 5 points."
    assert [(e["type"], e["offset"], e["length"], e["user"]["id"]) for e in entities] == [
        ("text_mention", 0, 3, 42)
    ]
    quiet = sentence(named(ann, "Ann", notify=False))  # a ranking pings nobody
    assert text_and_entities(quiet) == ("Ann received 5 points.", [])


def test_wechat_and_the_local_adapter_keep_the_plain_name():
    wx = sentence(named(Ref.user("wechat", "wxid_ann"), "Ann"))
    assert wechat_outgoing(wx, lambda _: "") == ("Ann received 5 points.", [])
    assert [s["data"]["text"] for s in onebot_outgoing(wx)] == ["Ann", " received 5 points."]
    assert plain_text(wx) == "Ann received 5 points."  # the local adapter's text


def test_a_named_mention_survives_the_outbox():
    action = Reply(chat=Ref.chat("matrix", "!r:x"), segments=(named(ANN, "Ann", notify=False),),
                   reply_to="$e", reply_to_sender=ANN)  # fmt: skip
    again = decode_action(encode_action(action))
    assert again == action


def test_an_operators_welcome_names_the_newcomer_where_it_says_name():
    from groupops.core.markup import formatted, render_markup

    text = formatted("Hallo *{name}*, willkommen in {community}!", name=named(ANN, "Ann"),
                     community="Club")  # fmt: skip
    segments, _ = render_markup((text,), "de")
    content = content_of(segments)
    assert content["body"] == "Hallo Ann, willkommen in Club!"
    assert '<a href="https://matrix.to/#/@ann:example.org">Ann</a>' in content["formatted_body"]
    assert content["m.mentions"] == {"user_ids": ["@ann:example.org"]}
    assert plain_text(segments) == "Hallo Ann, willkommen in Club!"


def test_a_named_member_reads_as_the_plain_name_did_in_every_language():
    for locale in ("de", "fa", "ar", "zh_Hans"):
        plain = render((T("{name} may speak again.", name="Ann"),), locale)
        mentioned = render((T("{name} may speak again.", name=named(ANN, "Ann")),), locale)
        assert plain_text(mentioned) == plain_text(plain), locale
