"""A received message's HTML `formatted_body` -> neutral segments, with the stdlib HTML parser.

What clients show is the HTML, so what moderation reads comes from it: a pill (a link to a
user) is a Mention, any other `<a href>` a Link with its label (a link hidden behind words,
as Telegram's `text_link`: "/lock url" and the link rules must see its target), the rest
Text. The reply fallback (`<mx-reply>`, a quote of the answered message) is not the sender's
words and is left out.
"""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import unquote

from groupops.core.refs import Ref
from groupops.core.segments import Link, Mention, Message, Segment, Text

# a link to a user, as clients write pills: matrix.to (user id in the fragment, perhaps
# percent-encoded, perhaps with `?via=`) or the matrix: URI scheme
PILL_PREFIXES = ("https://matrix.to/#/", "matrix:u/")
LINE_BREAKS = frozenset({"br"})
SKIPPED = frozenset({"mx-reply"})


def pill_user(href: str) -> str | None:
    """The user id a pill links to, or None for any other link."""
    for prefix in PILL_PREFIXES:
        if href.startswith(prefix):
            target = unquote(href[len(prefix) :].split("?", 1)[0])
            if prefix == "matrix:u/":
                target = "@" + target
            return target if target.startswith("@") and ":" in target else None
    return None


class _Segments(HTMLParser):
    def __init__(self, user_ref: Callable[[str], Ref]) -> None:
        super().__init__(convert_charrefs=True)
        self.user_ref = user_ref
        self.out: list[Segment] = []
        self.text: list[str] = []  # text since the last segment
        self.href: str | None = None  # inside an `<a href>`: its target
        self.label: list[str] = []
        self.skipping = 0  # depth inside the reply fallback

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        elif self.skipping:
            return
        elif tag in LINE_BREAKS:
            (self.label if self.href is not None else self.text).append("\n")
        elif tag == "a":
            href = dict(attrs).get("href")
            if href and self.href is None:
                self._flush()
                self.href, self.label = href.strip(), []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":  # `<a href=…/>` would leave a link open over the rest
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "a" and self.href is not None and not self.skipping:
            self._close_link()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            (self.label if self.href is not None else self.text).append(data)

    def _flush(self) -> None:
        if self.text:
            self.out.append(Text("".join(self.text)))
            self.text = []

    def _close_link(self) -> None:
        href, label = self.href or "", "".join(self.label)
        self.href, self.label = None, []
        user = pill_user(href)
        if user is not None:
            self.out.append(Mention(self.user_ref(user), label))
        else:
            self.out.append(Link(href, "" if label in ("", href) else label))

    def result(self) -> Message:
        self.close()
        if self.href is not None:  # an `<a>` never closed: its link still counts
            self._close_link()
        self._flush()
        return tuple(self.out)


def html_segments(formatted: str, user_ref: Callable[[str], Ref]) -> Message:
    """The segments of an `org.matrix.custom.html` body (`user_ref`: a user id's Ref)."""
    parser = _Segments(user_ref)
    parser.feed(formatted)
    return parser.result()
