"""The command framework: roles decide who may run what; targets by reply, mention or id."""

from __future__ import annotations

from loguru import logger

from groupops.core.catalog import CommandInfo
from groupops.core.cli.commands import shared_names
from groupops.core.commands import matches_word
from groupops.core.engine import CommandComponent, component, on_command, target_of
from groupops.core.engine import components as component_registry
from groupops.core.roles import Role
from groupops.core.segments import Mention, Text
from groupops.core.storage.models import AuditEntry


@component
class Pinger(CommandComponent):
    name = "test_pinger"
    default = False

    @on_command("ping")
    def ping(self, event, ctx, command):
        ctx.reply("pong")

    @on_command("poke", role=Role.ADMIN, aliases=("nudge",))
    def poke(self, event, ctx, command):
        target, rest = target_of(event, command, ctx)
        ctx.audit("poke", target=target or "", actor=event.sender, evidence=" ".join(rest))
        ctx.reply(f"poked {target} {' '.join(rest)}".strip())


SETTINGS = {"rulesets": {"main": {"pipeline": ["membership", "test_pinger", "checkin"]}}}


async def test_members_may_ping_but_not_poke(harness_factory):
    h = await harness_factory(SETTINGS)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/ping@GroupopsBot")
    await h.world.say(h.chat, ann, "/poke 42")
    await h.settle()
    assert h.world.texts(h.chat) == ["pong", "Only admins can use /poke."]


async def test_a_full_width_slash_is_a_slash(harness_factory):
    """A Chinese or Japanese keyboard types ／ in full width: ／ping is /ping, and a command
    word such as ／签到 is 签到."""
    h = await harness_factory(SETTINGS)
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "／ping")
    await h.settle()
    assert h.world.texts(h.chat) == ["pong"]
    assert matches_word("／签到", ("签到", "/签到")) and not matches_word("签到／", ("/签到",))
    assert matches_word("/签到", ("签到",)) and not matches_word("/签到 明天", ("签到",))


async def test_a_check_in_word_typed_as_a_command_checks_in(harness_factory):
    h = await harness_factory()
    ann, bob = h.user("ann"), h.user("bob")
    await h.world.say(h.chat, ann, "／签到")
    await h.world.say(h.chat, bob, "/签到")
    await h.settle()
    assert await h.balance(ann) > 0 and await h.balance(bob) > 0


async def test_a_check_in_word_takes_every_command_prefix(harness_factory):
    """`!checkin` checks in as `/checkin` does: commands take `!` (IRC clients keep `/` for
    themselves), and the check-in words are commands too."""
    h = await harness_factory()
    ann, bob, cy = h.user("ann"), h.user("bob"), h.user("cy")
    await h.world.say(h.chat, ann, "!checkin")
    await h.world.say(h.chat, bob, "/checkin")
    await h.world.say(h.chat, cy, "!签到")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Ann checked in: +1 point. 1 day in a row, balance 1.",
        "Bob checked in: +1 point. 1 day in a row, balance 1.",
        "Cy checked in: +1 point. 1 day in a row, balance 1.",
    ]


async def test_platform_admins_and_settings_roles_may_poke_by_reply_mention_or_id(harness_factory):
    extra = {**SETTINGS, "communities": {"club": {"roles": {"deputy": ["local:user:dee"]}}}}
    h = await harness_factory(extra)
    boss, dee, ann = h.user("boss", admin=True), h.user("dee"), h.user("ann")
    said = await h.world.say(h.chat, ann, "hello")
    first = said.actions  # nothing: a plain message
    ann_message = next(iter(h.world.chats[h.chat].messages))
    await h.world.say(h.chat, boss, "/poke for spam", reply_to=ann_message)
    await h.world.say(h.chat, dee, [Text("/nudge "), Mention(ann, "Ann"), Text(" again")])
    await h.world.say(h.chat, dee, "/poke 1234 why")
    await h.settle()
    assert first == ()
    assert h.world.texts(h.chat) == [
        "poked local:user:ann for spam",
        "poked local:user:ann again",
        "poked local:user:1234 why",
    ]
    entries = AuditEntry.filter(action="poke").order_by("created_at", "id")
    rows = await entries.values_list("actor", "target")
    assert rows == [(boss, ann), (dee, ann), (dee, "local:user:1234")]


async def test_anonymous_admin_is_recognised(harness_factory):
    h = await harness_factory(SETTINGS)
    group_as_sender = h.user("group")
    event = h.world.message_event(h.chat, group_as_sender, "/poke 7")
    event.sender_is_admin = True
    await h.engine.submit(event)
    await h.settle()
    assert h.world.texts(h.chat) == ["poked local:user:7"]


async def test_commands_stop_the_pipeline(harness_factory):
    ruleset = {**SETTINGS["rulesets"]["main"], "points": {"checkin_words": ["/ping"]}}
    h = await harness_factory({"rulesets": {"main": ruleset}})
    ann = h.user("ann")
    await h.world.say(h.chat, ann, "/ping")
    await h.settle()
    assert h.world.texts(h.chat) == ["pong"]  # check-in never saw it


@component
class Echo(CommandComponent):
    """Reads chatter too: repeats every message that is not one of its commands."""

    name = "test_echo"
    default = False

    @on_command("echo_count")
    def count(self, event, ctx, command):
        ctx.reply("echo is listening")

    def on_message(self, event, ctx):
        ctx.reply(f"echo: {event.text}")


async def test_a_command_reaches_its_component_and_chatter_reaches_only_chatter_readers(
    harness_factory,
):
    settings = {"rulesets": {"main": {"pipeline": ["membership", "test_pinger", "test_echo"]}}}
    h = await harness_factory(settings)
    ann = h.user("ann")
    for text in ("hello", "/ping", "/unknown thing", "/echo_count"):
        await h.world.say(h.chat, ann, text)
    await h.settle()
    # /ping stops at the pinger; an unknown command is chatter to the echo; the pinger never
    # answers chatter.
    assert h.world.texts(h.chat) == [
        "echo: hello",
        "pong",
        "echo: /unknown thing",
        "echo is listening",
    ]
    pipeline = h.engine.pipeline_for("club")
    plain = [c.name for c, _ in pipeline.for_event(h.world.message_event(h.chat, ann, "hi"))]
    assert "test_pinger" not in plain and "test_echo" in plain


async def test_components_reading_only_some_messages_are_not_called_for_the_rest(harness_factory):
    h = await harness_factory({"rulesets": {"main": {}}})
    ann = h.user("ann")
    pipeline = h.engine.pipeline_for("club")

    def reached(text: str) -> set[str]:
        return {c.name for c, _ in pipeline.for_event(h.world.message_event(h.chat, ann, text))}

    leading = {"cleanup", "disabling", "notes"}
    assert not leading & reached("good morning")
    assert {"cleanup", "disabling"} <= reached("/unknown thing")
    assert "notes" not in reached("/unknown thing")
    assert "notes" in reached("#rules")
    assert {"cleanup", "disabling"} <= reached("/save rules be kind")  # another's command


@component
class PingerTwin(CommandComponent):
    """A plugin that reuses another component's command name."""

    name = "test_pinger_twin"
    default = False

    @on_command("ping")
    def ping(self, event, ctx, command):
        ctx.reply("twin pong")


async def test_a_command_two_components_declare_is_answered_by_the_first_and_logged(
    harness_factory, monkeypatch
):
    monkeypatch.setattr(component_registry, "_SHADOWS_LOGGED", set())  # logged once per process
    seen: list[str] = []
    sink = logger.add(seen.append, level="WARNING", format="{message}")
    try:
        settings = {"rulesets": {"main": {"pipeline": ["test_pinger", "test_pinger_twin"]}}}
        h = await harness_factory(settings)
        await h.world.say(h.chat, h.user("ann"), "/ping")
        await h.settle()
    finally:
        logger.remove(sink)
    assert h.world.texts(h.chat) == ["pong"]
    assert any(
        "/ping is answered by component 'test_pinger'; 'test_pinger_twin' declares it too" in line
        for line in seen
    )


def test_groupops_commands_warns_of_a_name_two_components_declare():
    found = [
        CommandInfo("ping", (), "member", ("local",), "pinger", "Answer"),
        CommandInfo("pong", ("ping",), "member", ("local",), "plugin", "Answer too"),
        CommandInfo("other", (), "member", ("local",), "plugin", "Else"),
    ]
    assert shared_names(found) == {"ping": ["pinger", "plugin"]}
