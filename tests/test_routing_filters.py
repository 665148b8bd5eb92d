"""Filters: composed with `&`, `|`, `~`, decided per dispatch key where they can be and per
event where they must; the pipeline's table derived from them routes as it did before."""

from __future__ import annotations

from datetime import UTC, datetime

from groupops.core.engine.commands import CommandComponent
from groupops.core.engine.components import Component, Pipeline, component_names
from groupops.core.engine.context import Context
from groupops.core.engine.filters import Commands, Events, Jobs, Key, Leads, Words
from groupops.core.engine.handlers import on
from groupops.core.events import (
    ButtonPressed,
    Event,
    JobDue,
    MemberJoined,
    MessageEdited,
    MessageEvent,
    MessageReceived,
)
from groupops.core.refs import Ref
from groupops.core.roles import Role
from groupops.core.segments import Text

TIME = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CHAT = Ref("local:main")


def said(text: str) -> MessageReceived:
    return MessageReceived(
        key=f"k{text}", chat=CHAT, time=TIME, sender=Ref("local:user:ann"),
        message_id="1", segments=(Text(text),),
    )  # fmt: skip


def due(job: str) -> JobDue:
    return JobDue(key=f"j{job}", chat=None, time=TIME, job=job, community="club")


def ctx_for(event: Event, role: Role = Role.MEMBER) -> Context:
    class Roles(Context):
        __slots__ = ()

        def role_of(self, user, chat=None):  # type: ignore[override]
            return role

    return Roles(None, None, event)  # type: ignore[arg-type]


def test_keys_decide_what_they_can_and_leave_the_rest_to_the_event() -> None:
    message, joined, job = Key(MessageReceived), Key(MemberJoined), Key(JobDue)
    assert Events(MessageEvent).at(message) is True
    assert Events(MessageEvent).at(joined) is False
    assert Words("签到").at(message) is None and Words("签到").at(joined) is False
    assert Jobs("health").at(job) is None and Jobs("health").at(message) is False
    assert Commands("save").at(Key(MessageReceived, "save", owned=True)) is True
    assert Commands("save").at(Key(MessageReceived, "save", owned=False)) is False  # another's
    assert Commands("save").at(Key(MessageReceived, "get", owned=True)) is False
    assert Commands("save", role=Role.ADMIN).at(Key(MessageReceived, "save", True)) is None
    assert Leads("#").at(Key(MessageReceived, lead="#")) is True
    assert Leads("#").at(Key(MessageReceived)) is False


def test_and_or_not_follow_three_valued_logic() -> None:
    words, joins = Words("hi"), Events(MemberJoined)
    message = Key(MessageReceived)
    assert (words & joins).at(message) is False  # no: whatever the words
    assert (words | joins).at(message) is None  # depends on the words
    assert (words | joins).at(Key(MemberJoined)) is True
    assert (~words).at(message) is None and (~joins).at(message) is True
    assert (Events(MessageEvent) & ~Events(MessageEdited)).at(Key(MessageEdited)) is False


def test_per_event_matching() -> None:
    checkin = Events(MessageReceived) & Words("签到", "/checkin")
    assert checkin.matches(said("签到"), ctx_for(said("签到")))
    assert checkin.matches(said("/CheckIn@bot"), ctx_for(said("x")))
    assert not checkin.matches(said("签到了吗"), ctx_for(said("x")))
    assert Jobs("health").matches(due("health"), ctx_for(due("x")))
    assert not Jobs("health").matches(due("digest"), ctx_for(due("x")))
    save = Commands("save", role=Role.ADMIN)
    assert not save.matches(said("/save x"), ctx_for(said("x"), Role.MEMBER))
    assert save.matches(said("/save x"), ctx_for(said("x"), Role.ADMIN))
    assert (~Leads("#")).matches(said("hello"), ctx_for(said("x")))


class Greeter(Component):
    name = "test_greeter"
    default = False
    events = (MessageReceived, JobDue, ButtonPressed)

    def __init__(self) -> None:
        self.ruleset, self.section = None, None
        self.config = type("Config", (), {"hello_words": ("hello", "hi")})()
        self._handlers = tuple((f.bind(self), h) for f, h in self.handlers)
        self.seen: list[str] = []

    @on(Words.setting("hello_words"))
    def hello(self, event: Event, ctx: Context) -> None:
        self.seen.append("hello")

    @on(Jobs("greet"))
    def greet(self, event: Event, ctx: Context) -> None:
        self.seen.append("greet")


def test_handlers_declared_with_filters_route_the_component_and_its_events() -> None:
    greeter = Greeter()
    route = greeter.route()
    assert route.at(Key(MessageReceived)) is None  # reached; the words decide
    assert route.at(Key(JobDue)) is None
    assert route.at(Key(ButtonPressed)) is False  # in `events`, but no handler takes it
    for event in (said("Hi"), said("hello there"), due("greet"), due("other")):
        greeter.handle(event, ctx_for(event))
    assert greeter.seen == ["hello", "greet"]


def _before(c: Component, kind: type[Event], owner: bool, lead: str) -> bool:
    """The dispatch rule the filters replaced: `events`, `wants`, then `message_leads`."""
    wants = not isinstance(c, CommandComponent) or (
        owner
        or not issubclass(kind, MessageEvent)
        or type(c).on_message is not CommandComponent.on_message
    )
    return (
        issubclass(kind, c.events)
        and wants
        and (
            owner
            or c.message_leads is None
            or not issubclass(kind, MessageEvent)
            or lead in c.message_leads
        )
    )


async def test_every_components_route_dispatches_as_events_wants_and_leads_did(harness) -> None:
    ruleset = harness.engine.pipeline_for("club").components[0].ruleset
    pipeline = Pipeline(ruleset, [n for n in component_names() if not n.startswith("test_")])
    kinds = {k for c in pipeline.components for k in c.events} | {MessageEdited, JobDue}
    commands = [None, *pipeline._owners]
    leads = ["", *pipeline._leads]
    for kind in kinds:
        for command in commands:
            for lead in leads:
                owner = pipeline._owners.get(command) if command else None
                expected = [
                    c.name for c in pipeline.components if _before(c, kind, c is owner, lead)
                ]
                got = [c.name for c, _ in pipeline._steps(kind, command, lead)]
                assert got == expected, (kind, command, lead)
