"""What a component's `prepare` returns reaches its `handle` for that event only: the value is
kept with the event (on its context), never on the component every community shares."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from groupops.core.engine.components import Component
from groupops.core.engine.context import Context
from groupops.core.events import Event, MessageReceived
from groupops.core.refs import Ref
from groupops.core.segments import Text

TIME = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def message(key: str, chat: str, text: str) -> MessageReceived:
    return MessageReceived(
        key=key,
        chat=Ref(chat),
        time=TIME,
        sender=Ref("local:user:ann"),
        message_id=key,
        segments=(Text(text),),
    )


class Lookup(Component[str]):
    """Reads something slow per event (as a database query would be), then answers with it."""

    name = "test_lookup"
    events = (MessageReceived,)

    def __init__(self) -> None:  # no ruleset needed here
        self.ruleset = None
        self.config = None
        self.gates: dict[str, asyncio.Event] = {}
        self.seen: list[tuple[str, str | None]] = []

    async def prepare(self, event: Event, ctx: Context) -> str | None:
        assert isinstance(event, MessageReceived)
        await self.gates.setdefault(event.key, asyncio.Event()).wait()
        return f"{event.chat}: {event.text}"

    def handle(self, event: Event, ctx: Context) -> None:
        self.seen.append((event.key, self.prepared(ctx)))


async def step(component: Component, event: Event) -> None:
    """One step as the engine runs it (core/engine/processing.py)."""
    ctx = Context(None, None, event)  # type: ignore[arg-type]
    ctx.prepared = (component, await component.prepare(event, ctx))
    component.handle(event, ctx)


async def test_two_concurrent_events_in_two_communities_each_get_their_own_value() -> None:
    shared = Lookup()
    first = message("e1", "local:club", "from the club")
    second = message("e2", "local:guild", "from the guild")
    running = [asyncio.create_task(step(shared, e)) for e in (first, second)]
    await asyncio.sleep(0)
    # the second event's lookup finishes first, while the first event still waits for its own
    shared.gates["e2"].set()
    await asyncio.sleep(0)
    shared.gates["e1"].set()
    await asyncio.gather(*running)
    assert sorted(shared.seen) == [
        ("e1", "local:club: from the club"),
        ("e2", "local:guild: from the guild"),
    ]


async def test_a_handle_without_prepare_for_its_event_sees_nothing() -> None:
    shared = Lookup()
    event = message("e3", "local:club", "hi")
    shared.handle(event, Context(None, None, event))  # type: ignore[arg-type]
    assert shared.seen == [("e3", None)]


async def test_through_the_engine_each_community_answers_with_what_it_prepared(harness_factory):
    """One points component instance per ruleset serves both communities: two /history
    commands submitted together are each answered from their own community's ledger."""
    h = await harness_factory(
        {"communities": {"guild": {"ruleset": "main", "chats": ["local:other"]}}}
    )
    other = Ref("local:other")  # made by the harness, as a chat of the guild
    ann = h.user("ann")
    h.world.add_member(other, ann, "member")
    await h.world.say(h.chat, ann, "签到")
    await asyncio.gather(h.world.say(h.chat, ann, "/history"), h.world.say(other, ann, "/history"))
    await h.settle()
    assert h.world.texts(h.chat)[-1].splitlines()[-1].endswith("+1  daily check-in")
    assert h.world.texts(other) == [
        "No points yet. Check in, answer questions and share to earn some."
    ]
