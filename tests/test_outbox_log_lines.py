"""What the run log says of actions that could not go: an action given up on names where it was
going (an outbox id and a kind alone, "…#1 send failed for good: no such chat", left the
operator to guess which chat had gone), and the actions left at a stop are counted once. A
second stop (a signal handler and a `finally`) waited its drain time again for actions nothing
could send any more, and counted them again."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from test_delivery_outbox import ERRANDS

from groupops.adapters.local import LocalAdapter
from groupops.core.errors import TargetNotFound, TransientError


class ChatGone(LocalAdapter):
    async def reply(self, action):
        raise TargetNotFound("no such chat")


class Unreachable(LocalAdapter):
    async def reply(self, action):
        raise TransientError("telegram: Bad Gateway")


@contextmanager
def warnings_logged() -> Iterator[list[str]]:
    from loguru import logger

    said: list[str] = []
    sink = logger.add(said.append, format="{level} {message}", level="WARNING")
    try:
        yield said
    finally:
        logger.remove(sink)


async def test_an_action_given_up_on_is_logged_with_its_chat(harness_factory):
    h = await harness_factory(ERRANDS, run=False)
    await h.start_with(ChatGone(h.world))
    with warnings_logged() as said:
        await h.world.say(h.chat, h.user("ann"), "hello")
        await h.settle()
    (line,) = [line for line in said if "failed for good" in line]
    assert line.startswith("WARNING ") and line.endswith(
        " reply in local:main failed for good: no such chat\n"
    ), line


async def test_a_second_stop_returns_at_once_and_logs_nothing_again(harness_factory):
    h = await harness_factory(ERRANDS, run=False)
    await h.start_with(Unreachable(h.world))
    await h.world.say(h.chat, h.user("ann"), "hello")
    await h.committed()
    with warnings_logged() as said:
        await h.engine.stop(drain_timeout=0.2)
        await h.engine.stop()  # the harness's close stops it a third time
    assert [line for line in said if "still pending at shutdown" in line] == [
        "WARNING outbox: 1 action still pending at shutdown; sent on next start\n"
    ]
