"""Rose-style formatting in the texts admins save (notes, welcome, goodbye, rules, filters).

`*bold*`, `_italic_`, `__underline__`, `~~strike~~`, `` `code` ``, `[text](url)`, and link
buttons `[Label](buttonurl://https://x.y)`; `[Label](buttonurl://https://x.y:same)` goes
beside the button before it. markdown-it-py's inline parser reads it (no block rules, so a line
starting with `#`, `-` or `1.` stays as written, and a backslash keeps a `*` literal); as in
Rose a single `*` means bold, so emphasis is mapped by its marker, not by CommonMark's meaning.

The text is parsed at delivery, once the destination's language variant is chosen, and the
fillings (`{first}`, `{mention}`, `{id}`, `{chatname}` …) go in after parsing, so a member's
name is never read as markup. Platforms show styles as they can (Telegram: entities and an
inline keyboard; WeChat: plain text with the buttons' links listed).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .actions import Button
from .i18n import localized
from .i18n.render import format_value, render, template_of
from .refs import Ref
from .segments import I18nText, Link, Mention, Message, Segment, T, Text

MARKUP = "_markup"  # an I18nText param: its text is Rose markup
MENTION = "_mention"  # an I18nText param: the user `{mention}` names
LABEL = "_label"  # an I18nText param: shown when the text is only buttons (a note's #name)
BUTTON_SCHEME = "buttonurl:"
SAME_ROW = ":same"

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# (token, marker) -> style; Rose's `*x*` is bold and its `__x__` underline
_STYLES: dict[tuple[str, str], str] = {
    ("em_open", "*"): "bold",
    ("em_open", "_"): "italic",
    ("strong_open", "**"): "bold",
    ("strong_open", "__"): "underline",
    ("s_open", "~~"): "strikethrough",
}
_BREAKS = frozenset({"softbreak", "hardbreak"})


@dataclass(frozen=True, slots=True)
class Parsed:
    segments: tuple[Text | Link, ...]
    buttons: tuple[Button, ...]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # built at first use: `groupops check` and `--help` never parse markup
    from markdown_it import MarkdownIt

    return MarkdownIt("zero").enable(
        ["emphasis", "backticks", "link", "escape", "newline", "strikethrough", "entity"]
    )


def formatted(text: str | Mapping[str, str], /, **params: Any) -> I18nText:
    """An admin's text (one, or one per locale) to be read as markup at delivery."""
    return localized(text, **params, **{MARKUP: True})


def fillings(user: Ref, name: str, chatname: str | I18nText) -> dict[str, Any]:
    """What Rose fills in for the member a text is about (the newcomer, the one asking)."""
    words = name.split()
    return {
        "first": words[0] if words else name,
        "fullname": name,
        "id": user.local_id,
        "chatname": chatname,
        MENTION: str(user),
    }


def _button(label: str, href: str) -> Button | None:
    if not href.startswith(BUTTON_SCHEME):
        return None
    url = href[len(BUTTON_SCHEME) :].removeprefix("//")
    same = url.endswith(SAME_ROW)
    url = url.removesuffix(SAME_ROW) if same else url
    if "://" not in url:  # Rose writes buttonurl://example.com
        url = f"https://{url}"
    return Button(label=(Text(label),), url=url, same_row=same)


@lru_cache(maxsize=2048)
def parse(text: str) -> Parsed:
    """Segments (styled text and links) and link buttons of a text written in markup."""
    out: list[Text | Link] = []
    buttons: list[Button] = []
    styles: list[str] = []
    href: str | None = None
    label: list[str] = []
    for token in _parser().parseInline(text)[0].children or ():
        kind = token.type
        if kind == "link_open":
            href, label = str(token.attrs.get("href", "")), []
        elif kind == "link_close":
            words = "".join(label)
            button = _button(words, href or "")
            if button is not None:
                buttons.append(button)
            else:
                out.append(Link(href or "", words))
            href = None
        elif kind.endswith("_open"):
            styles.append(_STYLES.get((kind, token.markup), "bold"))
        elif kind.endswith("_close"):
            styles = styles[:-1]
        else:
            piece = "\n" if kind in _BREAKS else token.content
            if href is not None:
                label.append(piece)
                continue
            style = tuple(dict.fromkeys([*styles, *(["code"] if kind == "code_inline" else [])]))
            last = out[-1] if out else None
            if isinstance(last, Text) and last.style == style:
                out[-1] = Text(last.text + piece, style)
            elif piece:
                out.append(Text(piece, style))
    while out and isinstance(out[-1], Text) and not out[-1].text.strip():
        out.pop()  # what stood between the text and its buttons
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text.rstrip(), out[-1].style)
    return Parsed(tuple(out), tuple(buttons))


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _filler(params: Mapping[str, Any], locale: str, timezone: str):
    values = _KeepMissing(
        {k: format_value(v, locale, timezone) for k, v in params.items() if not k.startswith("_")}
    )

    def fill(text: str) -> str:
        if "{" not in text:
            return text
        try:
            return text.format_map(values)
        except (ValueError, IndexError, AttributeError):
            return text  # stray braces are shown as written

    return fill


def expand(
    segment: I18nText, locale: str, timezone: str = "UTC"
) -> tuple[list[Segment], list[Button]]:
    """One markup text for one destination: its segments and its buttons, filled in."""
    params = segment.params
    parsed = parse(template_of(segment, locale))
    fill = _filler(params, locale, timezone)
    # `{mention}` and a placeholder holding a member (the welcome's `{name}`) stand for them
    members: dict[str, Mention] = {k: v for k, v in params.items() if isinstance(v, Mention)}
    if params.get(MENTION):
        members["mention"] = Mention(Ref(str(params[MENTION])), str(params.get("first", "")))
    cut = re.compile("({" + "}|{".join(map(re.escape, members)) + "})") if members else None
    out: list[Segment] = []
    for seg in parsed.segments:
        if isinstance(seg, Link):
            out.append(Link(fill(seg.url), fill(seg.label)))
            continue
        for i, piece in enumerate(cut.split(seg.text) if cut else [seg.text]):
            if i % 2:
                out.append(members[piece[1:-1]])
            elif piece:
                out.append(Text(fill(piece), seg.style))
    buttons = [
        Button((Text(fill(b.label[0].text)),), url=fill(b.url), same_row=b.same_row)
        for b in parsed.buttons
        if isinstance(b.label[0], Text)
    ]
    if buttons and not out:
        # only buttons: Telegram refuses a message without text, so the buttons get a caption
        label = params.get(LABEL)
        out.append(Text(str(label)) if label else T("Links:"))
    return out, buttons


def render_markup(
    segments: Message, locale: str, timezone: str = "UTC"
) -> tuple[Message, tuple[Button, ...]]:
    """Rendered segments, with markup texts expanded, and the buttons their markup wrote."""
    if not any(isinstance(s, I18nText) and s.params.get(MARKUP) for s in segments):
        return render(segments, locale, timezone), ()
    out: list[Segment] = []
    buttons: list[Button] = []
    for seg in segments:
        if isinstance(seg, I18nText) and seg.params.get(MARKUP):
            found, more = expand(seg, locale, timezone)
            out += found
            buttons += more
        else:
            out.append(seg)
    return render(tuple(out), locale, timezone), tuple(buttons)
