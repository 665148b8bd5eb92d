"""Inbound text + entities -> neutral segments: `text_mention`, `text_link` and `url` entities
as Mention and Link segments, styling entities (bold, italic …) as the Text segments' styles.

One sweep over the cut points (O(N log N) in the entities): a message may carry thousands of
one-character entities, and scanning them all at every cut held the bot for seconds."""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from groupops.core.segments import Link, Mention, Message, Text

from .wire import LONE_OK, UTF16, units_between, user_ref

Entity = Mapping[str, Any]
# each link entity and the field it cannot do without (None: the text itself is the link)
LINKS: dict[str, str | None] = {"text_mention": "user", "text_link": "url", "url": None}
# The Bot API's styling entities, named as the neutral styles (core/segments.py STYLES)
STYLED = {"bold": "bold", "italic": "italic", "underline": "underline"}
STYLED |= {"strikethrough": "strikethrough", "code": "code", "pre": "code"}


def _usable(entity: Entity, kinds: Mapping[str, Any]) -> bool:
    """An entity of one of `kinds` with its offset, length and the field its kind needs: a
    `text_link` without `url` (as a client or a forged update may send) is plain text."""
    kind = entity.get("type")
    if kind not in kinds or not all(isinstance(entity.get(k), int) for k in ("offset", "length")):
        return False
    needed = LINKS.get(str(kind))
    return needed is None or bool(entity.get(needed))


def _end(entity: Entity) -> int:
    return entity["offset"] + entity["length"]


def _link(entity: Entity, piece: str) -> Any:
    kind = entity["type"]
    if kind == "text_mention":
        return Mention(user_ref(entity["user"]["id"]), piece.lstrip("@"))
    return Link(entity["url"], piece) if kind == "text_link" else Link(piece)


class StylesAt:
    """The styles covering each position, asked in increasing order: entities start and end
    as the positions pass them. A style is listed in the order its first covering entity
    has in the message's list (what the member's app sent first)."""

    def __init__(self, styles: list[Entity]) -> None:
        self.styles = styles
        self.starts = sorted(range(len(styles)), key=lambda i: styles[i]["offset"], reverse=True)
        self.ends = sorted(range(len(styles)), key=lambda i: _end(styles[i]), reverse=True)
        self.ended = [False] * len(styles)
        self.covering: dict[str, list[int]] = {}  # style -> heap of its entities' indices

    def at(self, position: int) -> tuple[str, ...]:
        styles, starts, ends = self.styles, self.starts, self.ends
        while starts and styles[starts[-1]]["offset"] <= position:
            index = starts.pop()
            heapq.heappush(self.covering.setdefault(STYLED[styles[index]["type"]], []), index)
        while ends and _end(styles[ends[-1]]) <= position:
            self.ended[ends.pop()] = True
        firsts: list[tuple[int, str]] = []
        for style, heap in self.covering.items():
            while heap and self.ended[heap[0]]:
                heapq.heappop(heap)
            if heap:
                firsts.append((heap[0], style))
        return tuple(style for _, style in sorted(firsts))


def _links(entities: list[Entity]) -> list[Entity]:
    """The link entities, by offset; of overlapping ones the first wins."""
    links: list[Entity] = []
    for entity in sorted((e for e in entities if _usable(e, LINKS)), key=lambda e: e["offset"]):
        if not links or entity["offset"] >= _end(links[-1]):
            links.append(entity)
    return links


def segments_of(text: str, entities: list[Entity] | None) -> Message:
    """Text with its entities as segments; adjacent text of the same styles is one segment."""
    if not entities:
        return (Text(text),) if text else ()
    units = text.encode(UTF16, LONE_OK)
    size = len(units) // 2
    links = _links(entities)
    styles = [e for e in entities if _usable(e, STYLED)]
    cuts = {0, size}
    for entity in (*links, *styles):
        cuts |= {entity["offset"], min(size, _end(entity))}
    # links that cover anything never overlap: one pointer walks them with the cuts
    spans = [e for e in links if e["length"] > 0]
    span = 0
    styles_at = StylesAt(styles)
    out: list[Any] = []
    run: list[str] = []  # the pieces of the Text segment being built, joined once
    run_style: tuple[str, ...] = ()
    for start, end in pairwise(sorted(c for c in cuts if 0 <= c <= size)):
        while span < len(spans) and _end(spans[span]) <= start:
            span += 1
        link = spans[span] if span < len(spans) and spans[span]["offset"] <= start else None
        style = styles_at.at(start)
        if link is not None:
            if start == link["offset"]:
                if run:
                    out.append(Text("".join(run), run_style))
                    run = []
                out.append(_link(link, units_between(units, start, _end(link))))
            continue
        piece = units_between(units, start, end)
        if run and style != run_style:
            out.append(Text("".join(run), run_style))
            run = []
        if piece or run:
            run.append(piece)
            run_style = style
    if run:
        out.append(Text("".join(run), run_style))
    return tuple(out)
