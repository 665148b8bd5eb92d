"""WeChat text with @mentions, both ways.

WeChat writes a mention as `@Name` followed by a four-per-em space (U+2005) and lists the
mentioned ids beside the text; both bridge protocols carry the same pair.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from groupops.core.refs import Ref
from groupops.core.segments import Link, Mention, Message, Segment, Text

MENTION_END = "\u2005"
PLATFORM = "wechat"


def outgoing(segments: Message, name_of: Callable[[str], str]) -> tuple[str, list[str]]:
    """The text to send and the ids it mentions (rendered i18n segments are Text already)."""
    parts: list[str] = []
    mentioned: list[str] = []
    for seg in segments:
        if isinstance(seg, Text):
            text = seg.text
            if parts and parts[-1].endswith(MENTION_END):  # the mention's own separator
                text = text.removeprefix(", ").removeprefix("，").removeprefix(" ")
                text = text.removeprefix(": ").removeprefix("：")  # "{member}:" before a sentence
            parts.append(text)
        elif isinstance(seg, Mention) and seg.named:  # a name in a sentence: as it is
            parts.append(seg.name or name_of(seg.user.local_id) or seg.user.local_id)
        elif isinstance(seg, Mention):
            user = seg.user.local_id
            parts.append(f"@{seg.name or name_of(user) or user}{MENTION_END}")
            mentioned.append(user)
        elif isinstance(seg, Link):
            parts.append(seg.url if not seg.label else f"{seg.label} {seg.url}")
    return "".join(parts), mentioned


SEPARATORS = " ,，:：、"


def unnamed(segments: Message, user: str) -> Message:
    """A reply that @mentions the member it answers, without the name its sentence starts
    with: "@张伟 张伟 签到成功" reads "@张伟 签到成功", "@张伟 张伟，你今天…" "@张伟 你今天…"."""
    first = segments[0] if segments else None
    if not (isinstance(first, Mention) and first.named and first.user.local_id == user):
        return segments
    rest = segments[1:]
    if rest and isinstance(rest[0], Text):
        words = rest[0].text.lstrip(SEPARATORS)
        rest = (Text(words), *rest[1:]) if words else rest[1:]
    return rest


def incoming(text: str, mention_ids: Iterable[str], names: Mapping[str, str]) -> Message:
    """Segments for a received text: each `@Name` of a mentioned id becomes a Mention."""
    segments: list[Segment] = []
    rest = text
    for user in mention_ids:
        ref = Ref.user(PLATFORM, user)
        name = names.get(user, "")
        marker = f"@{name}" if name else ""
        at = rest.find(marker) if marker else -1
        if at < 0:  # the bridge listed a mention the text does not show: keep it anyway
            segments.append(Mention(ref, name))
            continue
        if at:
            segments.append(Text(rest[:at]))
        segments.append(Mention(ref, name))
        rest = rest[at + len(marker) :]
        if rest[:1] in (MENTION_END, " "):  # the separator WeChat puts after a mention, kept
            rest = " " + rest[1:]  # as a space: `@张三 发广告` is a target and a reason
    if rest:
        segments.append(Text(rest))
    return tuple(segments)
