"""A message is a flat tuple of segments. Adapters render segments to their wire format."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .one_line import one_line
from .refs import Ref


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    # Rose-style formatting of an operator's text (core/markup.py): any of STYLES. A platform
    # without formatting shows the text as it is.
    style: tuple[str, ...] = ()
    kind = "text"


STYLES = ("bold", "italic", "underline", "strikethrough", "code")


@dataclass(frozen=True, slots=True)
class Mention:
    """A member in a message. As written (`named` False) an @-mention on every platform; a
    sentence naming a member (`named`: "Ann received 5 points") keeps the plain name where a
    mention would be written "@Ann" (the local adapter, WeChat) or would always notify
    (Telegram), and is a pill on Matrix. `notify` False names them without telling them (a
    ranking, a notice to admins): Matrix leaves them out of `m.mentions`."""

    user: Ref
    name: str = ""
    named: bool = False
    notify: bool = True
    kind = "mention"

    def __post_init__(self) -> None:
        # a key read back from stored state is a plain str; adapters read `user.kind`
        if type(self.user) is str:
            object.__setattr__(self, "user", Ref(self.user))
        if not self.name.isprintable():  # a name with a line break would start a line
            object.__setattr__(self, "name", one_line(self.name))


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    label: str = ""
    kind = "link"


@dataclass(frozen=True, slots=True)
class Image:
    """An image by URL, file path or inline bytes (charts are bytes)."""

    url: str = ""
    path: str = ""
    data: bytes = b""
    kind = "image"


@dataclass(frozen=True, slots=True)
class ReplyTo:
    message_id: str
    kind = "reply_to"


@dataclass(frozen=True, slots=True)
class I18nText:
    """Text looked up in the catalog and rendered in the destination's locale at delivery.

    `plural` and `n` select a plural form; `params` fill `{name}` placeholders (numbers and
    datetimes are formatted for the locale and the community's time zone).
    """

    msgid: str
    params: Mapping[str, Any] = field(default_factory=dict)
    plural: str = ""
    n: int = 0
    kind = "i18n"


Segment = Text | Mention | Link | Image | ReplyTo | I18nText
Message = tuple[Segment, ...]
# A message rendered for its destination: every I18nText is text in the reader's locale. What
# an adapter receives (`Action[Rendered]`, core/actions.py); only the engine's rendering makes it.
RenderedSegment = Text | Mention | Link | Image | ReplyTo
Rendered = tuple[RenderedSegment, ...]

SEGMENT_TYPES: dict[str, type] = {
    cls.kind: cls for cls in (Text, Mention, Link, Image, ReplyTo, I18nText)
}


def named(user: Ref, name: str, *, notify: bool = True) -> Mention:
    """A member named in a sentence (a `{name}` parameter): a real mention where the platform
    shows one as the plain name (a Matrix pill), the name as it is elsewhere."""
    return Mention(user, name or user.local_id, named=True, notify=notify)


def T(msgid: str, /, **params: Any) -> I18nText:
    """Mark a catalog string (extracted by scripts/i18n.py)."""
    return I18nText(msgid, params)


def TN(singular: str, plural: str, n: int, /, **params: Any) -> I18nText:
    """Mark a plural catalog string; `n` picks the form and is also available as `{n}`."""
    return I18nText(singular, {"n": n, **params}, plural, n)


def plain_text(segments: Message) -> str:
    """The text a reader sees, for detectors and logs (i18n segments show their msgid)."""
    parts: list[str] = []
    for seg in segments:
        if isinstance(seg, Text):
            parts.append(seg.text)
        elif isinstance(seg, Mention):
            name = seg.name or seg.user.local_id
            parts.append(name if seg.named else f"@{name}")
        elif isinstance(seg, Link):
            parts.append(seg.url if not seg.label else f"{seg.label} ({seg.url})")
        elif isinstance(seg, I18nText):
            parts.append(seg.msgid)
    return "".join(parts)


def listed(members: Sequence[Mention]) -> I18nText:
    """Several members one after another, joined as the reader's language joins a list
    ("Ann, Bob and Cy", "Ann、Bob和Cy", "Ann، Bob و Cy"): each stays a mention."""
    return I18nText("{members}", {"members": tuple(members)})
