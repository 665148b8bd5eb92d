"""Segments back to Rose's markup (core/markup.py), so the formatting an admin applied in
the app (Telegram sends bold, links … as entities beside plain text) is kept when the text
is saved (/save, /setwelcome …). Plain text is kept as typed: markup an admin wrote by hand
still reads as markup."""

from __future__ import annotations

from .segments import Link, Mention, Message, Text

# style -> Rose's marker (the reverse of markup._STYLES)
MARKERS: dict[str, str] = {
    "bold": "*",
    "italic": "_",
    "underline": "__",
    "strikethrough": "~~",
    "code": "`",
}


def _styled(text: str, style: tuple[str, ...]) -> str:
    core = text.strip()
    if not core or not style:
        return text
    # markers hug the words: `*bold *` would not read as bold
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    opening = "".join(MARKERS[s] for s in style if s in MARKERS)
    closing = "".join(MARKERS[s] for s in reversed(style) if s in MARKERS)
    return f"{lead}{opening}{core}{closing}{trail}"


def markup_of(segments: Message) -> str:
    """The text of `segments` written in Rose's markup."""
    parts: list[str] = []
    for seg in segments:
        if isinstance(seg, Text):
            parts.append(_styled(seg.text, seg.style))
        elif isinstance(seg, Link):
            parts.append(f"[{seg.label}]({seg.url})" if seg.label else seg.url)
        elif isinstance(seg, Mention):
            parts.append(seg.name or seg.user.local_id)
    return "".join(parts)


def saved_text(segments: Message, words: int) -> str:
    """What follows the first `words` words (the command, a name …), as markup."""
    rest = markup_of(segments).split(None, words)
    return rest[words].strip() if len(rest) > words else ""
