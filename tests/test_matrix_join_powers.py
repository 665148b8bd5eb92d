"""What a Matrix bot says in its log, against a real Synapse: a room it joins on an invite at a
power level too low to moderate is said at once (it was first heard of as a refused
redaction, the spam left up); a homeserver outage is one line and so is its end, and /metrics
shows the outage while it lasts; a token logged out meanwhile is said once, naming the setting."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from loguru import logger
from prometheus_client import CollectorRegistry, generate_latest
from support.matrix_fixtures import until
from support.matrix_harness import MatrixHarness
from support.synapse import Synapse, SynapseUnavailable

from groupops.core.events import MemberJoined
from groupops.core.metrics.prometheus import EngineCollector
from groupops.core.refs import Ref

pytestmark = pytest.mark.timeout(240)  # Synapse starting on a busy machine included
FAILING = 'groupops_intake_failing{loop="sync",platform="matrix"}'


def metrics(engine) -> str:
    registry = CollectorRegistry()
    registry.register(EngineCollector(engine))
    return generate_latest(registry).decode()


async def test_a_room_joined_without_the_power_to_moderate_is_said_at_once(synapse, sqlite_url):
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="WARNING")
    h = await MatrixHarness.open(synapse, sqlite_url)
    try:
        weak = h.owner.create_room(preset="private_chat", invite=[h.bot.user_id])  # level 0
        joined = await until(
            lambda: h.owner.membership(weak, h.bot.user_id) == "join", settle=h.settle
        )
        assert joined, "the bot did not join the room it was invited to"
        ann = h.member("Ann")
        user = h.users[ann]
        direct = user.create_room(
            is_direct=True, invite=[h.bot.user_id], preset="trusted_private_chat"
        )
        assert await until(
            lambda: user.membership(direct, h.bot.user_id) == "join", settle=h.settle
        )
        await h.settle()
    finally:
        logger.remove(sink)
        await h.close()
    lines = [line for line in said if "which may not" in line]
    assert lines == [
        f"WARNING matrix: joined {weak} at power level 0, which may not redact, kick or ban: spam "
        "there stays up and members are not removed until the bot's level is raised (groupops "
        "doctor says what each room lacks)\n"
    ]


async def test_a_homeserver_outage_is_said_once_and_its_end_heard_within_seconds(
    tmp_path, sqlite_url
):
    """Each failed sync was a line, the pause between them grew to a minute, and the bot stayed
    deaf that long after the homeserver was back. Now the outage is one line, then one when it
    answers again, and the sync tries every few seconds meanwhile."""
    server = Synapse(tmp_path / "own")  # its own: the session's server stays up for the rest
    (tmp_path / "own").mkdir()
    try:
        server.start()
    except SynapseUnavailable as exc:
        pytest.skip(str(exc))
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="INFO")
    h = await MatrixHarness.open(server, sqlite_url)
    try:
        assert f"{FAILING} 0.0" in metrics(h.engine)
        server.stop()
        # the sync loop retries by itself: /metrics shows it failing from the third try
        assert await until(lambda: f"{FAILING} 1.0" in metrics(h.engine))
        server.restart()
        assert await until(lambda: any("reachable again" in line for line in said))
        assert f"{FAILING} 0.0" in metrics(h.engine)
        ann = h.member("Ann")
        h.say(ann, "/checkin")
        assert await until(lambda: any("Ann" in text for text in h.texts()), settle=h.settle)
    finally:
        logger.remove(sink)
        await h.close()
        server.stop()
    outage = [line for line in said if line.startswith("WARNING matrix sync")]
    assert len(outage) == 1, said
    assert outage[0].startswith(
        "WARNING matrix sync: the homeserver is unreachable (sync: Cannot connect to host "
    )
    assert outage[0].endswith("; retrying until it is back\n")
    back = [line for line in said if "reachable again" in line]
    assert len(back) == 1 and back[0].startswith("INFO matrix sync: the homeserver reachable again")
    assert not any("matrix sync failed" in line for line in said)


async def test_a_token_logged_out_while_running_is_said_once_naming_the_setting(
    tmp_path, sqlite_url
):
    """A token logged out while the bot ran gave a 'matrix sync failed (M_UNKNOWN_TOKEN …)'
    line at every try, for ever, never naming the setting nor what to do."""
    server = Synapse(tmp_path / "own")
    (tmp_path / "own").mkdir()
    try:
        server.start()
    except SynapseUnavailable as exc:
        pytest.skip(str(exc))
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="INFO")
    h = await MatrixHarness.open(server, sqlite_url)
    try:
        h.bot.call("POST", "/_matrix/client/v3/logout", {})
        assert await until(lambda: f"{FAILING} 1.0" in metrics(h.engine))
    finally:
        logger.remove(sink)
        await h.close()
        server.stop()
    refused = [line for line in said if "M_UNKNOWN_TOKEN" in line]
    assert len(refused) == 1, said
    assert refused[0].startswith(
        "ERROR matrix: platforms.matrix.access_token: the homeserver refused it (sync: "
        "M_UNKNOWN_TOKEN"
    )
    assert "nothing is read or sent on Matrix until a new token is set" in refused[0]
    assert h.bot.token not in "".join(said)


async def test_what_waits_for_a_homeserver_that_is_down_is_said_once_and_sent_once(
    tmp_path, sqlite_url
):
    """A welcome queued while the homeserver was down logged 'failed (…), retry in Ns' at every
    try (one line per action per try, its attempts counted up); it is an outage of the
    platform, said once and when it ends, as a WeChat bridge's is, and the welcome goes once."""
    server = Synapse(tmp_path / "own")
    (tmp_path / "own").mkdir()
    try:
        server.start()
    except SynapseUnavailable as exc:
        pytest.skip(str(exc))
    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="INFO")
    h = await MatrixHarness.open(server, sqlite_url)
    try:
        server.stop()
        joined = MemberJoined(
            key="matrix:test:late", chat=h.chat, time=datetime.now(UTC),
            member=Ref.user("matrix", "@late:localhost"), name="Late",
        )  # fmt: skip
        await h.engine.submit(joined)
        assert await until(lambda: any("outbox matrix" in line for line in said))
        await asyncio.sleep(4)  # a few more tries
        server.restart()
        assert await until(lambda: any("Late" in text for text in h.texts()), settle=h.settle)
        welcomes = [text for text in h.texts() if "Late" in text]
    finally:
        logger.remove(sink)
        await h.close()
        server.stop()
    outage = [line for line in said if line.startswith("WARNING outbox matrix")]
    assert len(outage) == 1, said
    assert "the matrix connection is unreachable" in outage[0]
    assert "retrying until it is back" in outage[0]
    assert not [line for line in said if "retry in" in line], said
    assert any("outbox matrix: the matrix connection reachable again" in line for line in said)
    assert welcomes == ["Welcome to Test Club, Late! Please read the group rules and say hello."]
