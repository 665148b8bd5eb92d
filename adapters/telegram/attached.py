"""What a Telegram message shows besides its text or caption: a poll's question and options, a
contact card, a venue, a file's name, an audio's title, the quoted part of a reply, a reply to
a message elsewhere, the buttons an inline bot put under the message. Members read all of it,
so moderation does (`MessageEvent.attached`); commands never do (a poll option is no command).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

Json = Mapping[str, Any]
# message field -> its fields that carry words a member reads
SHOWN: dict[str, tuple[str, ...]] = {
    "poll": ("question",),
    "contact": ("first_name", "last_name", "phone_number"),
    "venue": ("title", "address"),
    "document": ("file_name",),
    "audio": ("title", "performer", "file_name"),
    "video": ("file_name",),
    "animation": ("file_name",),
    "quote": ("text",),
}
# the names a reply to a message elsewhere shows: its origin's and its chat's
ORIGIN_NAMES = ("sender_user_name", "author_signature")
CHATS = ("sender_user", "sender_chat", "chat")
CHAT_NAMES = ("title", "first_name", "last_name", "username")


def _shown(body: Json) -> Iterator[str]:
    for field, names in SHOWN.items():
        part = body.get(field)
        if isinstance(part, Mapping):
            yield from (str(part[name]) for name in names if part.get(name))
    poll = body.get("poll")
    if isinstance(poll, Mapping):
        yield from (str(o.get("text", "")) for o in poll.get("options") or () if o.get("text"))


def _external(reply: Json) -> Iterator[str]:
    origin = reply.get("origin") or {}
    yield from (str(origin[name]) for name in ORIGIN_NAMES if origin.get(name))
    for chat in (origin.get(key) for key in CHATS):
        if isinstance(chat, Mapping):
            yield from (str(chat[name]) for name in CHAT_NAMES if chat.get(name))
    if isinstance(reply.get("chat"), Mapping):
        yield from (str(reply["chat"][name]) for name in CHAT_NAMES if reply["chat"].get(name))
    yield from _shown(reply)


def _buttons(markup: Json) -> Iterator[str]:
    for row in markup.get("inline_keyboard") or ():
        for button in row:
            yield from (str(button[key]) for key in ("text", "url") if button.get(key))


def attached_text(msg: Json) -> str:
    """The words of `msg` outside its text or caption, one part a line ("" when none)."""
    parts = [*_shown(msg)]
    if isinstance(msg.get("external_reply"), Mapping):
        parts += _external(msg["external_reply"])
    if isinstance(msg.get("reply_markup"), Mapping):
        parts += _buttons(msg["reply_markup"])
    return "\n".join(parts)
