"""Bot API wire details shared by the inbound and outbound mappings: references, UTF-16
entity offsets, and neutral segments as text plus entities (no parse mode, so no escaping)."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any
from unicodedata import category

from groupops.core.adapter_queries import MemberInfo
from groupops.core.errors import TargetNotFound
from groupops.core.refs import Ref
from groupops.core.segments import Link, Mention, Message, Text

PLATFORM = "telegram"
# Telegram's shared sender accounts: a channel post or an anonymous admin arrives "from" them.
CHANNEL_BOT_ID = 136817688
GROUP_ANONYMOUS_BOT_ID = 1087968824


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


def _units(units: bytes, start: int, end: int | None = None) -> str:
    return units[start * 2 : None if end is None else end * 2].decode(UTF16, LONE_OK)


# --- inbound: text + entities -> segments -----------------------------------------------------


# each link entity and the field it cannot do without (None: the text itself is the link)
LINKS: dict[str, str | None] = {"text_mention": "user", "text_link": "url", "url": None}
# The Bot API's styling entities, named as the neutral styles (core/segments.py STYLES)
STYLED = {"bold": "bold", "italic": "italic", "underline": "underline"}
STYLED |= {"strikethrough": "strikethrough", "code": "code", "pre": "code"}


def _usable(entity: Mapping[str, Any], kinds: Mapping[str, Any]) -> bool:
    """An entity of one of `kinds` with its offset, length and the field its kind needs: a
    `text_link` without `url` (as a client or a forged update may send) is plain text."""
    kind = entity.get("type")
    if kind not in kinds or not all(isinstance(entity.get(k), int) for k in ("offset", "length")):
        return False
    needed = LINKS.get(str(kind))
    return needed is None or bool(entity.get(needed))


def _link(entity: Mapping[str, Any], piece: str) -> Any:
    kind = entity["type"]
    if kind == "text_mention":
        return Mention(user_ref(entity["user"]["id"]), piece.lstrip("@"))
    return Link(entity["url"], piece) if kind == "text_link" else Link(piece)


def segments_of(text: str, entities: list[Mapping[str, Any]] | None) -> Message:
    """Text with `text_mention`, `text_link` and `url` entities as Mention and Link segments,
    and styling entities (bold, italic …) as the Text segments' styles."""
    if not entities:
        return (Text(text),) if text else ()
    units = text.encode(UTF16, LONE_OK)
    size = len(units) // 2
    links: list[Mapping[str, Any]] = []
    for entity in sorted((e for e in entities if _usable(e, LINKS)), key=lambda e: e["offset"]):
        if not links or entity["offset"] >= links[-1]["offset"] + links[-1]["length"]:
            links.append(entity)  # overlapping links: the first one wins
    styles = [e for e in entities if _usable(e, STYLED)]
    cuts = {0, size}
    for entity in (*links, *styles):
        cuts |= {entity["offset"], min(size, entity["offset"] + entity["length"])}
    out: list[Any] = []
    bounds = sorted(c for c in cuts if 0 <= c <= size)
    for start, end in pairwise(bounds):
        link = next((e for e in links if e["offset"] <= start < e["offset"] + e["length"]), None)
        if link is not None:
            if start == link["offset"]:
                whole = _units(units, start, link["offset"] + link["length"])
                out.append(_link(link, whole))
            continue
        covering = (
            STYLED[e["type"]] for e in styles if e["offset"] <= start < e["offset"] + e["length"]
        )
        style = tuple(dict.fromkeys(covering))
        piece = _units(units, start, end)
        last = out[-1] if out else None
        if isinstance(last, Text) and last.style == style:
            out[-1] = Text(last.text + piece, style)
        elif piece:
            out.append(Text(piece, style))
    return tuple(out)


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
            if seg.user.kind == "user":
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
    return _units(units, 0, keep) + CUT, kept


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
