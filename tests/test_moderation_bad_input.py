"""Input that must neither crash nor stall moderation: each message is handled or skipped,
and the next message is still moderated."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from groupops.core.engine import Outcome
from groupops.core.moderation import ModerationConfig, Moderator, Sample, normalise
from groupops.core.moderation.normalize import MAX_SCAN
from groupops.core.segments import Image, Text


@dataclass(frozen=True, slots=True)
class Sticker:  # a segment type the core does not know
    file: str
    kind = "sticker"


BAD = [
    "x" * 100_000,
    "刷" + "\u200b" * 100_000,
    "a\ud800b\udfffc",
    "",
    "😀🎉🔥" * 50,
    "👍",
    "\u0301\u0301\u0301",
    " " * 10_000,
    "(((((((((((((a" * 1_000,
    "a " * 50_000,
]


@pytest.mark.parametrize("text", BAD, ids=range(len(BAD)))
def test_normalise_and_detectors_accept_anything(text):
    config = ModerationConfig(
        blocklist={"words": ["刷单"]},
        regex={"patterns": [{"name": "nested", "pattern": r"(x+x+)+y"}]},
        links={"enabled": True},
        tags={"enabled": True},
    )
    norm = normalise(text)
    assert len(norm) <= MAX_SCAN
    assert Moderator(config).check(Sample(text, norm, chat="c", sender="s")) == []


async def test_engine_survives_bad_messages_and_still_moderates(harness_factory):
    h = await harness_factory({"rulesets": {"main": {"moderation": {"flood": {"enabled": False}}}}})
    ann = h.user("ann")
    results = []
    for text in BAD:
        results.append(await h.world.say(h.chat, ann, text))
    results.append(await h.world.say(h.chat, ann, [Sticker("x.webp")]))
    results.append(await h.world.say(h.chat, ann, [Image(url="https://example.org/a.png")]))
    results.append(await h.world.say(h.chat, ann, [Text("x" * 100_000), Text(" 加V: abc12345")]))
    results.append(await h.world.say(h.chat, ann, "加V: abc12345"))
    await h.settle()
    assert [r.outcome for r in results] == [Outcome.PROCESSED] * len(results)
    # A long message is checked up to its first MAX_SCAN characters; the plain ad is caught.
    assert h.world.texts(h.chat) == ["@Ann, please mind the group rules: contact details or ads."]
