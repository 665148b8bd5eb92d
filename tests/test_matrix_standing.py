"""Which power-levels changes take rights from the bot (no homeserver needed)."""

from __future__ import annotations

from groupops.adapters.matrix import standing
from groupops.adapters.matrix.powers import rights_of
from groupops.adapters.matrix.rooms import Room

BOT = "@bot:hs"
LEVELS = {"users": {BOT: 100, "@olga:hs": 100}, "redact": 50, "kick": 50, "ban": 50}


def change(content: dict, before: dict | None = None, sender: str = "@olga:hs") -> dict:
    unsigned = {"prev_content": before} if before is not None else {}
    return {
        "type": "m.room.power_levels",
        "state_key": "",
        "event_id": "$e",
        "sender": sender,
        "content": content,
        "unsigned": unsigned,
    }


def test_rights_follow_the_levels_each_needs():
    every = {"delete", "mute", "ban", "remove"}
    assert rights_of(LEVELS, BOT) == every
    assert rights_of({**LEVELS, "events": {"m.room.power_levels": 101}}, BOT) == every - {"mute"}
    assert rights_of({**LEVELS, "users": {BOT: 50}, "state_default": 60}, BOT) == every - {"mute"}
    assert rights_of({**LEVELS, "users": {BOT: 50}, "ban": 60}, BOT) == every - {"ban"}
    assert rights_of({**LEVELS, "users": {}}, BOT) == set()
    assert rights_of({"users": {}}, BOT, frozenset({BOT})) == every


def test_a_lowered_level_is_reported_with_what_it_took():
    room = Room("!r:hs", levels=LEVELS)
    (lost,) = standing.levels_lowered(room, change({**LEVELS, "users": {BOT: 0}}), BOT)
    assert lost.lost == ("delete", "mute", "ban", "remove") and not lost.removed
    assert lost.actor is not None and lost.actor.local_id == "@olga:hs"
    assert lost.key == "matrix:$e.bot"


def test_a_change_that_leaves_the_bot_its_rights_is_not_reported():
    room = Room("!r:hs", levels=LEVELS)
    assert standing.levels_lowered(room, change({**LEVELS, "users": {BOT: 50}}), BOT) == []
    assert standing.levels_lowered(room, change({**LEVELS, "kick": 40}), BOT) == []


def test_the_previous_levels_of_the_event_itself_count_first():
    room = Room("!r:hs", levels={**LEVELS, "users": {BOT: 0}})  # already the new levels
    event = change({**LEVELS, "users": {BOT: 0}}, before=LEVELS)
    assert [e.lost for e in standing.levels_lowered(room, event, BOT)] == [
        ("delete", "mute", "ban", "remove")
    ]


def test_the_bot_leaving_by_itself_is_no_removal():
    room = Room("!r:hs", membership={BOT: "join"})
    left = {"type": "m.room.member", "state_key": BOT, "event_id": "$l", "sender": BOT,
            "content": {"membership": "leave"}}  # fmt: skip
    assert standing.removed(room, left, BOT) == []
    (kicked,) = standing.removed(room, {**left, "sender": "@olga:hs"}, BOT)
    assert kicked.removed
