"""A room upgraded to a new version, against a real Synapse: its members move to the new room,
where the bot is not and which no community names. The bot went on in the old, silent room
without a word in the log, and `groupops doctor` found nothing wrong; now both say which room
replaced it and what to change."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from loguru import logger
from support.cli import groupops
from support.matrix_fixtures import make_room, until
from support.matrix_harness import MatrixHarness
from test_matrix_settings import matrix_platform, matrix_token, settings_file

pytestmark = pytest.mark.timeout(240)


def upgrade(owner, room: str) -> str:
    path = f"/_matrix/client/v3/rooms/{quote(room)}/upgrade"
    return owner.call("POST", path, {"new_version": "12"})["replacement_room"]


async def test_a_room_upgraded_while_the_bot_runs_is_said_in_the_log(synapse, sqlite_url):
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="INFO")
    h = await MatrixHarness.open(synapse, sqlite_url)
    try:
        new_room = upgrade(h.owner, h.room)
        assert await until(lambda: any("was upgraded" in line for line in said), settle=h.settle)
        await h.settle()
    finally:
        logger.remove(sink)
        await h.close()
    lines = [line for line in said if "was upgraded" in line]
    assert lines == [
        f"WARNING matrix: room {h.room} was upgraded and replaced by {new_room}: its members "
        f"move there, where groupops does not run until matrix:{new_room} takes the old room's "
        "place in the community's chats and the bot is invited there\n"
    ]


async def test_doctor_names_the_room_that_replaced_an_upgraded_one(tmp_path, synapse):
    owner, bot = synapse.register("Olga"), synapse.register("Bot")
    room = make_room(synapse, owner, bot)
    bot.join(room)
    new_room = upgrade(owner, room)
    path = settings_file(
        tmp_path, matrix_platform(synapse.url, bot.user_id), matrix_token(bot.token)
    )
    Path(path).write_text(Path(path).read_text().replace("!room:localhost", room))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    assert (
        f"BLOCKER  matrix:{room}: the room was upgraded and replaced by {new_room}\n"
        "           switches off: everything there: its members moved to the new room\n"
        f"           fix: put matrix:{new_room} in the community's chats in place of "
        f"matrix:{room}, and invite {bot.user_id} there\n"
    ) in result.out, result.out
