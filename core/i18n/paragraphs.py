"""Each line of a right-to-left message laid out right to left.

A chat shows each line of a message as its own bidi paragraph, whose direction is set by its
first strong letter (UAX #9, rules P2–P3), the letters inside an isolate (FSI … PDI) not
counted. A line that opens with an isolated value (`⁨1⁩. ⁨أحمد⁩ · ⁨1,226⁩` in /top, a KPI's
`⁨معدل النشاط⁩: ⁨5.7%⁩`), a date, an id or a command (`12-06 19:07 …` in /log, `/campaigns – …`
in the help) has no strong letter of its own, or a Latin one, and is laid out left to right:
the rank on the left, the name after the count. Such a line gets a RIGHT-TO-LEFT MARK in front,
and a LEFT-TO-RIGHT MARK after it when the line opens with a command's slash or a note's `#`,
which would otherwise take the right-to-left side (`campaigns/`)."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator

from ..segments import Link, Mention, Segment, Text
from .direction import ATTACHED, Marks

ISOLATE_OPENS = "\u2066\u2067\u2068"  # LRI, RLI, FSI
ISOLATE_CLOSE = "\u2069"  # PDI


def first_strong(text: str) -> str | None:
    """'R' or 'L' for the first strong letter of `text` outside isolates, None without one."""
    depth = 0
    for ch in text:
        if ch in ISOLATE_OPENS:
            depth += 1
        elif ch == ISOLATE_CLOSE:
            depth = max(depth - 1, 0)
        elif not depth:
            kind = unicodedata.bidirectional(ch)
            if kind in ("R", "AL"):
                return "R"
            if kind == "L":
                return "L"
    return None


def _shown(segment: Segment) -> str | None:
    """What a segment puts on its line; None for what is not text (an image, a reply)."""
    if isinstance(segment, Text):
        return segment.text
    if isinstance(segment, Mention):
        return segment.name or segment.user.local_id
    if isinstance(segment, Link):
        return segment.label or segment.url
    return None


def _lines(segments: tuple[Segment, ...]) -> Iterator[tuple[int, int, str]]:
    """(segment index, offset, the line's text) for each line start in the message."""
    start: tuple[int, int] | None = (0, 0)
    line = ""
    for i, segment in enumerate(segments):
        shown = _shown(segment)
        if shown is None:
            continue
        if start is not None and start[0] < i and not line:
            start = (i, 0)  # the line starts with this segment (the ones before showed nothing)
        pieces = shown.split("\n")
        line += pieces[0]
        for piece_at, piece in enumerate(pieces[1:], 1):
            if start is not None:
                yield (*start, line)
            offset = sum(len(p) + 1 for p in pieces[:piece_at])
            start, line = (i, offset), piece
    if start is not None:
        yield (*start, line)


def _mark(line: str, marks: Marks) -> str:
    """What goes in front of the line: nothing when it already reads right to left."""
    if not line.strip() or first_strong(line) == "R":
        return ""
    opening = line.lstrip(marks.open)
    if opening[:1] in ATTACHED and opening[1:2].isalnum():
        return marks.paragraph + marks.before_command
    return marks.paragraph


def paragraphs_marked(segments: tuple[Segment, ...], marks: Marks) -> tuple[Segment, ...]:
    """`segments` with a paragraph mark in front of each line that would read left to right."""
    inserts: dict[int, list[tuple[int, str]]] = {}
    for index, offset, line in _lines(segments):
        mark = _mark(line, marks)
        if mark:
            inserts.setdefault(index, []).append((offset, mark))
    if not inserts:
        return segments
    out: list[Segment] = []
    for i, segment in enumerate(segments):
        if i not in inserts:
            out.append(segment)
        elif isinstance(segment, Text):
            text = segment.text
            for offset, mark in sorted(inserts[i], reverse=True):
                text = text[:offset] + mark + text[offset:]
            out.append(dataclasses.replace(segment, text=text))
        else:  # a mention or a link opens the line: the mark goes before it
            out += [Text(inserts[i][0][1]), segment]
    return tuple(out)
