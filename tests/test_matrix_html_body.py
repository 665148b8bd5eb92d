"""What moderation reads of a Matrix message's HTML body: the links, mentions and text that
clients show, as neutral segments (no homeserver needed)."""

from __future__ import annotations

from groupops.adapters.matrix.text import content_of, segments_of
from groupops.core.refs import Ref
from groupops.core.segments import Link, Mention, Text, plain_text


def html(formatted: str, body: str = "") -> dict:
    return {
        "msgtype": "m.text",
        "body": body,
        "format": "org.matrix.custom.html",
        "formatted_body": formatted,
    }


def test_a_link_behind_words_keeps_its_target():
    got = segments_of(html('Деталі <a href="https://free-gift.example/claim">тут</a>!'))
    assert got == (Text("Деталі "), Link("https://free-gift.example/claim", "тут"), Text("!"))
    assert plain_text(got) == "Деталі тут (https://free-gift.example/claim)!"


def test_a_link_shown_as_its_own_address_is_one_link():
    got = segments_of(html('<p><a href="https://a.example/x">https://a.example/x</a></p>'))
    assert got == (Link("https://a.example/x"),)


def test_pills_are_mentions_also_percent_encoded_or_as_matrix_uris():
    got = segments_of(
        html(
            '<a href="https://matrix.to/#/%40ann%3Ahs.example?via=hs.example">Ann</a> and '
            '<a href="matrix:u/bo:hs.example">Bo</a>'
        )
    )
    assert got == (
        Mention(Ref.user("matrix", "@ann:hs.example"), "Ann"),
        Text(" and "),
        Mention(Ref.user("matrix", "@bo:hs.example"), "Bo"),
    )


def test_a_room_link_is_a_link_not_a_mention():
    got = segments_of(html('<a href="https://matrix.to/#/#spam:hs.example">join</a>'))
    assert got == (Link("https://matrix.to/#/#spam:hs.example", "join"),)


def test_the_reply_fallback_is_left_out_with_its_links():
    quoted = '<mx-reply><blockquote><a href="https://old.example">x</a></blockquote></mx-reply>'
    assert segments_of(html(quoted + "yes &amp; no<br/>ok")) == (Text("yes & no\nok"),)


def test_an_unclosed_link_still_counts():
    got = segments_of(html('free <a href="https://gift.example">click'))
    assert got == (Text("free "), Link("https://gift.example", "click"))


def test_what_the_bot_sends_reads_back_the_same():
    sent = (Text("hi <b> "), Mention(Ref.user("matrix", "@a:hs"), "A"), Link("https://x", "y"))
    assert segments_of(content_of(sent)) == sent
