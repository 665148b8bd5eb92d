"""OneBot 12 wire details: action requests and responses, return codes, message segments."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from groupops.core.commands import PREFIXES
from groupops.core.errors import (
    ActionError,
    Forbidden,
    NotInChat,
    TargetNotFound,
    TransientError,
    Unsupported,
)
from groupops.core.refs import Ref
from groupops.core.segments import Link, Mention, Message, Segment, Text

from ..refused import TokenRefused
from ..text import PLATFORM

# OneBot 12's media segments -> the lock names (core/events.py MEDIA_KINDS); the standard keeps
# `voice` (a voice message) and `audio` (a sound file) apart, as the lock names do
MEDIA = {
    "image": "photo", "voice": "voice", "audio": "audio", "video": "video", "file": "document",
    "location": "location",
}  # fmt: skip


class BridgeAuthError(TokenRefused):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"the OneBot bridge at {where} refused the access token (HTTP 401/403)",
            "check platforms.wechat.access_token (in .secrets.toml) against the bridge's "
            "access_token setting",
        )


class BridgeError(ActionError):
    """The bridge failed the request (bad request, bad parameter)."""


class UnsupportedSegment(BridgeError):
    """The bridge cannot send a segment of the message (retcode 10005), a `reply` say."""


# retcode ranges of the OneBot 12 spec -> the core's error types
RETCODES: tuple[tuple[range, type[ActionError]], ...] = (
    (range(10002, 10003), Unsupported),  # unsupported action
    (range(10005, 10006), UnsupportedSegment),
    (range(10000, 11000), BridgeError),  # bad request / parameter
    (range(20000, 21000), TransientError),  # the bridge's handler failed
    (range(31000, 34000), TransientError),  # its database, files, network
    (range(34000, 35000), Forbidden),  # the platform refused
    (range(35000, 36000), TargetNotFound),  # logic: no such message, member, group ...
    (range(36000, 37000), TransientError),  # "I'm tired"
)
LOGIC = range(35000, 36000)
# The spec leaves the codes within 35xxx (logic errors) to each implementation: one bridge's
# 35003 is "no permission", another's "user not found". A logic error whose message says the
# account lacks the right is a refusal, not a missing target.
NO_RIGHT = re.compile(r"permission|not allowed|denied|forbidden|owner|admin|权限|无权", re.I)
# ... and one that names a member or user (35004 "member not found") is a member not in the
# group: a removal of them has nothing left to do, it was not refused
NO_MEMBER = re.compile(r"member|user|participant|成员|用户|群友", re.I)


def error_of(action: str, response: Mapping[str, Any]) -> ActionError:
    code = int(response.get("retcode") or 0)
    said = str(response.get("message") or "")
    text = f"{action}: {said or 'failed'} (retcode {code})"
    if code in LOGIC and NO_RIGHT.search(said):
        return Forbidden(text)
    if code in LOGIC and NO_MEMBER.search(said):
        return NotInChat(text)
    for codes, kind in RETCODES:
        if code in codes:
            return Unsupported("onebot12", action) if kind is Unsupported else kind(text)
    return BridgeError(text)


def outgoing(segments: Message, mentions: bool = True) -> list[dict[str, Any]]:
    """OneBot segments; without `mentions` (a bridge that cannot send them) "@name" as text."""
    out: list[dict[str, Any]] = []
    for seg in segments:
        if isinstance(seg, Text):
            out.append({"type": "text", "data": {"text": seg.text}})
        elif isinstance(seg, Mention) and seg.named:  # a name in a sentence: as it is
            out.append({"type": "text", "data": {"text": seg.name or seg.user.local_id}})
        elif isinstance(seg, Mention) and not mentions:
            out.append({"type": "text", "data": {"text": f"@{seg.name or seg.user.local_id}"}})
        elif isinstance(seg, Mention):
            out.append({"type": "mention", "data": {"user_id": seg.user.local_id}})
        elif isinstance(seg, Link):
            text = seg.url if not seg.label else f"{seg.label} {seg.url}"
            out.append({"type": "text", "data": {"text": text}})
    return out


def written_mentions(message: list[dict[str, Any]], names: Mapping[str, str]) -> list[dict]:
    """`message` with each mention written as "@name" (the name as the bridge last gave it),
    set apart by a space from words right after it: a reply's "@张小安" before "有 1 积分。"
    read as one name (a sentence's ", please …" needs none)."""
    out: list[dict[str, Any]] = []
    for n, segment in enumerate(message):
        if segment.get("type") != "mention":
            out.append(segment)
            continue
        user = str(segment["data"]["user_id"])
        following = message[n + 1] if n + 1 < len(message) else {}
        words = str(following.get("data", {}).get("text", "")) if following else ""
        gap = " " if following.get("type") == "mention" or words[:1].isalnum() else ""
        out.append({"type": "text", "data": {"text": f"@{names.get(user) or user}{gap}"}})
    return out


def quoted(
    message: Iterable[Mapping[str, Any]], recorded: Callable[[str], str] = lambda _: ""
) -> tuple[dict[str, str], list[Mapping]]:
    """A reply's `reply` segment (`message_id`, and `user_id`: the answered message's author,
    which the spec lets an app leave out only when it sends), and the message without it. A
    bridge may also put a mention of that author right after it, as the client shows a reply:
    it goes too (NoneBot's OneBot 12 adapter drops it likewise), so a reply `/warn` still
    reads `/warn`. The author is the segment's `user_id`, else `recorded(message_id)` (the
    adapter's record of who wrote what): bridges that leave `user_id` out still add the
    mention. Where neither knows the author, that mention is taken for it."""
    segments = list(message)
    at = next((n for n, seg in enumerate(segments) if seg.get("type") == "reply"), None)
    if at is None:
        return {}, segments
    data = segments.pop(at).get("data") or {}
    reply = {key: str(data[key]) for key in ("message_id", "user_id") if data.get(key)}
    author = reply.get("user_id") or recorded(reply.get("message_id", ""))
    after = segments[at] if at < len(segments) else {}
    mentioned = (after.get("data") or {}).get("user_id")
    if after.get("type") == "mention" and mentioned and str(mentioned) == (author or mentioned):
        # with the author unknown (a message from before a restart, or never seen), the
        # mention the client puts right after the reply is taken for its author
        reply.setdefault("user_id", str(mentioned))
        segments.pop(at)
        after = segments[at] if at < len(segments) else {}
    if after.get("type") == "text":
        text = str((after.get("data") or {}).get("text", "")).lstrip()
        segments[at] = {"type": "text", "data": {"text": text}}
    return reply, segments


def command_first(segments: Message, bot: str) -> Message:
    """A command written after a mention, as WeChat's client invites it (`@Ann /warn ads`),
    read as the command with its target (`/warn @Ann ads`); a mention of the bot itself
    before a command (`@bot /points`) only addresses it, and goes."""
    if len(segments) < 2 or not isinstance(segments[0], Mention):
        return segments
    mention, after = segments[0], segments[1]
    if not isinstance(after, Text):
        return segments
    text = after.text.lstrip(" \u2005\u3000")
    if not text.startswith(PREFIXES):
        return segments
    if mention.user.local_id == bot:
        return (Text(text), *segments[2:])
    command, _, rest = text.partition(" ")
    return (Text(command + " "), mention, Text(" " + rest if rest else ""), *segments[2:])


def incoming(message: Iterable[Mapping[str, Any]]) -> tuple[Message, str | None]:
    """Neutral segments and the media kind of a received OneBot message."""
    segments: list[Segment] = []
    media = None
    for seg in message:
        kind, data = seg.get("type"), seg.get("data") or {}
        if kind == "text":
            segments.append(Text(str(data.get("text", ""))))
        elif kind == "mention":
            segments.append(Mention(Ref.user(PLATFORM, data["user_id"])))
        elif kind in MEDIA:
            media = MEDIA[kind]
    return tuple(segments), media
