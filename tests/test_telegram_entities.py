"""Entities in: styles and links read from a message's entities, the same as a plain scan of
every entity at every cut would read them, and in work that grows with the entities' number,
not its square (a message of 10,000 one-character bold entities held the bot for a minute)."""

from __future__ import annotations

import random
from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Any

from groupops.adapters.telegram.entities import LINKS, STYLED, _link, _usable, segments_of
from groupops.adapters.telegram.inbound import map_update
from groupops.adapters.telegram.wire import LONE_OK, UTF16, units_between
from groupops.core.segments import Link, Text

GROUP = {"id": -100777, "type": "supergroup", "title": "G"}
ANN = {"id": 42, "is_bot": False, "first_name": "Ann"}


def scanned(text: str, entities: list[Mapping[str, Any]]) -> tuple:
    """Every entity looked at for every cut: slow, plainly right."""
    if not entities:
        return (Text(text),) if text else ()
    units = text.encode(UTF16, LONE_OK)
    size = len(units) // 2
    links: list[Mapping[str, Any]] = []
    usable = (e for e in entities if _usable(e, LINKS))
    for entity in sorted(usable, key=lambda e: e["offset"]):
        if not links or entity["offset"] >= links[-1]["offset"] + links[-1]["length"]:
            links.append(entity)
    styles = [e for e in entities if _usable(e, STYLED)]
    cuts = {0, size}
    for entity in (*links, *styles):
        cuts |= {entity["offset"], min(size, entity["offset"] + entity["length"])}
    out: list[Any] = []
    for start, end in pairwise(sorted(c for c in cuts if 0 <= c <= size)):
        link = next((e for e in links if e["offset"] <= start < e["offset"] + e["length"]), None)
        if link is not None:
            if start == link["offset"]:
                whole = units_between(units, start, link["offset"] + link["length"])
                out.append(_link(link, whole))
            continue
        covering = (
            STYLED[e["type"]] for e in styles if e["offset"] <= start < e["offset"] + e["length"]
        )
        style = tuple(dict.fromkeys(covering))
        piece = units_between(units, start, end)
        last = out[-1] if out else None
        if isinstance(last, Text) and last.style == style:
            out[-1] = Text(last.text + piece, style)
        elif piece:
            out.append(Text(piece, style))
    return tuple(out)


KINDS = [*STYLED, "url", "text_link", "text_mention", "hashtag", "bot_command"]


def random_entity(rng: random.Random, size: int) -> dict[str, Any]:
    entity: dict[str, Any] = {
        "type": rng.choice(KINDS),
        "offset": rng.randint(-2, size + 2),
        "length": rng.randint(-1, size // 2 + 2),
    }
    if entity["type"] == "text_link" and rng.random() < 0.9:
        entity["url"] = "https://example.com"
    if entity["type"] == "text_mention":
        entity["user"] = {"id": rng.randint(1, 99), "is_bot": False, "first_name": "U"}
    return entity


def test_entities_read_as_a_plain_scan_reads_them():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab c😀é\u200b") for _ in range(rng.randint(0, 14)))
        size = len(text.encode(UTF16, LONE_OK)) // 2
        entities = [random_entity(rng, size) for _ in range(rng.randint(0, 8))]
        assert segments_of(text, entities) == scanned(text, entities), (text, entities)


def test_twenty_thousand_entities_map_to_their_segments():
    n = 20_000
    ad = "加微信 abc123456 "
    text = ad + "a " * n
    entities = [{"type": "bold", "offset": len(ad) + 2 * i, "length": 1} for i in range(n)]
    entities.append({"type": "url", "offset": len(ad) + 2 * n - 4, "length": 3})
    update = {"update_id": 1, "message": {"message_id": 9, "date": 1_700_000_000,
                                          "chat": GROUP, "from": ANN, "text": text,
                                          "entities": entities}}  # fmt: skip
    (event,) = map_update(update).events
    bold, plain = Text("a", ("bold",)), Text(" ")
    expected = (Text(ad), *[bold, plain] * (n - 2), Link("a a"), plain)
    assert event.segments == expected
    assert "加微信 abc123456" in event.text


class Counted(Mapping[str, Any]):
    """An entity that counts every read of its fields."""

    reads = 0

    def __init__(self, fields: dict[str, Any]) -> None:
        self.fields = fields

    def __getitem__(self, key: str) -> Any:
        Counted.reads += 1
        return self.fields[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)


def reads_for(n: int) -> int:
    text = "a " * n
    kinds = ["bold", "italic", "pre", "code"]
    entities = [
        Counted({"type": kinds[i % 4], "offset": 2 * i, "length": 1 + i % 3}) for i in range(n)
    ]
    entities += [Counted({"type": "url", "offset": 2 * i, "length": 1}) for i in range(0, n, 7)]
    Counted.reads = 0
    segments_of(text, entities)
    return Counted.reads


def test_work_grows_with_the_number_of_entities_not_its_square():
    small, large = reads_for(1_000), reads_for(10_000)
    assert large <= 12 * small  # a scan of every entity at every cut reads ~100 times more
