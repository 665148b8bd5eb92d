"""Matrix references and message bodies: segments <-> `body` + HTML `formatted_body`.

A mention is a pill (a matrix.to link to the user) in the HTML and the name in the plain
body, and the user is listed in `m.mentions` so clients notify them (MSC3952; a mention
that must not notify, `notify` False, is a pill only). A reply names the answered event in
`m.relates_to` and lists its author in `m.mentions`, as clients do; clients that still put a
quote of it at the top of the body ("reply fallback") have that quote stripped on the way in.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from groupops.core.refs import Ref
from groupops.core.segments import Link, Mention, Message, Text

from .html_body import html_segments

PLATFORM = "matrix"


def room_ref(room_id: str) -> Ref:
    return Ref.chat(PLATFORM, room_id)


def user_ref(user_id: str) -> Ref:
    return Ref.user(PLATFORM, user_id)


def content_of(segments: Message, notified: tuple[str, ...] = ()) -> dict[str, Any]:
    """An `m.text` content: plain body, HTML body when there is markup, and `m.mentions`: the
    users of the mentions that notify, and `notified` (a reply's answered author)."""
    plain: list[str] = []
    rich: list[str] = []
    mentioned: list[str] = list(notified)
    for seg in segments:
        if isinstance(seg, Text):
            plain.append(seg.text)
            rich.append(html.escape(seg.text).replace("\n", "<br/>"))
        elif isinstance(seg, Mention):
            user_id = seg.user.local_id
            name = seg.name or user_id
            plain.append(name)
            if seg.user.kind != "user" or seg.user.platform != PLATFORM:  # not a Matrix user
                rich.append(html.escape(name))
                continue
            rich.append(
                f'<a href="https://matrix.to/#/{html.escape(user_id)}">{html.escape(name)}</a>'
            )
            if seg.notify:
                mentioned.append(user_id)
        elif isinstance(seg, Link):
            plain.append(seg.url if not seg.label else f"{seg.label} ({seg.url})")
            label = html.escape(seg.label or seg.url)
            rich.append(f'<a href="{html.escape(seg.url)}">{label}</a>')
    content: dict[str, Any] = {"msgtype": "m.text", "body": "".join(plain)}
    if any(not isinstance(seg, Text) for seg in segments):
        content["format"] = "org.matrix.custom.html"
        content["formatted_body"] = "".join(rich)
    content["m.mentions"] = {"user_ids": sorted(set(mentioned))} if mentioned else {}
    return content


def _strip_fallback(body: str) -> str:
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    return "\n".join(lines).lstrip("\n")


def segments_of(content: Mapping[str, Any]) -> Message:
    """Neutral segments of a received message: from the HTML body when there is one (what
    clients show: pills become mentions, links links, `html_body.py`), else the plain body."""
    formatted = content.get("formatted_body")
    if content.get("format") == "org.matrix.custom.html" and isinstance(formatted, str):
        return html_segments(formatted, user_ref)
    body = content.get("body")
    return (Text(_strip_fallback(body)),) if isinstance(body, str) and body else ()
