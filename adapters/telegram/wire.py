"""Bot API wire details shared by the inbound and outbound mappings: references, UTF-16
entity offsets, and neutral segments as text plus entities (no parse mode, so no escaping);
inbound entities are read in entities.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from unicodedata import category

from groupops.core.adapter_queries import MemberInfo
from groupops.core.errors import TargetNotFound
from groupops.core.refs import Ref
from groupops.core.segments import Link, Mention, Message, Text

PLATFORM = "telegram"
# Telegram's shared sender accounts: a channel post or an anonymous admin arrives "from" them,
# and a linked channel's automatic forward from Telegram's service account.
CHANNEL_BOT_ID = 136817688
GROUP_ANONYMOUS_BOT_ID = 1087968824
TELEGRAM_SERVICE_ID = 777000
STAND_IN_IDS = (CHANNEL_BOT_ID, GROUP_ANONYMOUS_BOT_ID, TELEGRAM_SERVICE_ID)


STATUS = {
    "creator": "owner",
    "administrator": "admin",
    "member": "member",
    "restricted": "restricted",
    "left": "left",
    "kicked": "banned",
}


def chat_ref(chat_id: int | str) -> Ref:
    return Ref.chat(PLATFORM, chat_id)


def user_ref(user_id: int | str) -> Ref:
    return Ref.user(PLATFORM, user_id)


def local_int(ref: Ref) -> int:
    """The numeric id behind a reference (Telegram ids fit in 52 bits). Anything else (an
    erased member's alias, another platform's id) names nobody here: the action fails for
    good instead of crashing the adapter on every retry."""
    try:
        return int(ref.local_id)
    except ValueError:
        raise TargetNotFound(f"{ref} is not a Telegram id") from None


# Characters that draw nothing: spaces, format characters (zero-width, bidi), controls, and
# the blank letters Telegram names are padded with (Hangul fillers, the blank Braille cell)
BLANK_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cf", "Cc", "Mn", "Me"})
BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def visible(text: str) -> bool:
    """Whether `text` shows anything: a name of only blanks reads as an empty mention."""
    return any(c not in BLANK_LETTERS and category(c) not in BLANK_CATEGORIES for c in text)


def full_name(user: Mapping[str, Any]) -> str:
    """The name members see: a person's first and last name, a chat's title; one that shows
    nothing falls back to @username, else the id."""
    name = " ".join(p for p in (user.get("first_name"), user.get("last_name")) if p)
    for shown in (name, user.get("title") or ""):
        if visible(shown):
            return shown
    username = user.get("username")
    return f"@{username}" if username else str(user.get("id", ""))


# Telegram counts offsets in UTF-16 code units, and a message may hold a lone surrogate (a
# client cut an emoji in half): it is carried through, not refused, so moderation still sees
# the message (moderation's `clean` replaces it).
UTF16 = "utf-16-le"
LONE_OK = "surrogatepass"


def utf16_len(text: str) -> int:
    return len(text.encode(UTF16, LONE_OK)) // 2


def units_between(units: bytes, start: int, end: int | None = None) -> str:
    return units[start * 2 : None if end is None else end * 2].decode(UTF16, LONE_OK)


# --- outbound: segments -> text + entities ----------------------------------------------------


def text_and_entities(segments: Message) -> tuple[str, list[dict[str, Any]]]:
    """Rendered segments (i18n already resolved) as Bot API `text` and `entities`."""
    parts: list[str] = []
    entities: list[dict[str, Any]] = []
    offset = 0
    for seg in segments:
        if isinstance(seg, Text):
            piece = seg.text
            length = utf16_len(piece)
            # the neutral styles are named as the Bot API's entity types
            entities += ({"type": s, "offset": offset, "length": length} for s in seg.style)
        elif isinstance(seg, Mention):
            piece = seg.name or seg.user.local_id
            # a text mention links the name and always notifies: a name said in a sentence
            # gets one where it should reach the member (not a leaderboard's names)
            if seg.user.kind == "user" and (seg.notify or not seg.named):
                entities.append(
                    {
                        "type": "text_mention",
                        "offset": offset,
                        "length": utf16_len(piece),
                        "user": {"id": local_int(seg.user), "is_bot": False, "first_name": piece},
                    }
                )
        elif isinstance(seg, Link):
            piece = seg.label or seg.url
            if seg.label:
                entities.append(
                    {
                        "type": "text_link",
                        "offset": offset,
                        "length": utf16_len(piece),
                        "url": seg.url,
                    }
                )
        else:  # images and reply markers are carried by the call, not the text
            continue
        parts.append(piece)
        offset += utf16_len(piece)
    return "".join(parts), entities


TEXT_LIMIT = 4096  # the Bot API's longest message text, in UTF-16 code units
CAPTION_LIMIT = 1024  # and media caption
CUT = "…"


def within(
    text: str, entities: list[dict[str, Any]], limit: int
) -> tuple[str, list[dict[str, Any]]]:
    """Text and entities that Telegram accepts: past `limit` UTF-16 units it answers 400
    "message is too long" and the message is lost, so the text is cut and ends with "…";
    entities past the cut are dropped, those across it end at it."""
    units = text.encode(UTF16, LONE_OK)
    if len(units) // 2 <= limit:
        return text, entities
    keep = limit - utf16_len(CUT)
    if 0xD800 <= int.from_bytes(units[keep * 2 - 2 : keep * 2], "little") <= 0xDBFF:
        keep -= 1  # not half an emoji
    kept = [
        e | {"length": min(e["length"], keep - e["offset"])} for e in entities if e["offset"] < keep
    ]
    return units_between(units, 0, keep) + CUT, kept


def member_info(data: Mapping[str, Any]) -> MemberInfo:
    user = data["user"]
    """A ChatMember object as the neutral MemberInfo."""
    return MemberInfo(
        user_ref(user["id"]),
        full_name(user),
        STATUS.get(data.get("status", ""), "member"),
        bool(user.get("is_bot")),
        data.get("can_be_edited") if data.get("status") == "administrator" else None,
    )
