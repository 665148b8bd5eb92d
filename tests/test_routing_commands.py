"""Command handlers are referenced, not named: `@on_command` puts the method itself in the
command's spec, and a class's table is collected from its methods and its bases'."""

from __future__ import annotations

import pytest

from groupops.core.engine import CommandComponent, CommandSpec, on_command
from groupops.core.permissions import Permission
from groupops.core.roles import Role


class Mixin:
    @on_command("listing")
    def listing(self, event, ctx, command) -> None: ...


class Sample(Mixin, CommandComponent):
    name = "test_sample_commands"
    default = False

    @on_command("first", aliases=("one",))
    @on_command("second", permission=Permission.MODERATE)
    def shared(self, event, ctx, command) -> None: ...

    @on_command("third", role=Role.ADMIN)
    def third(self, event, ctx, command) -> None: ...


def test_the_table_is_collected_from_the_methods_with_the_handlers_themselves() -> None:
    specs = {spec.name: spec for spec in Sample.commands}
    assert [spec.name for spec in Sample.commands] == ["listing", "first", "second", "third"]
    assert specs["first"].handler is Sample.shared and specs["second"].handler is Sample.shared
    assert specs["listing"].handler is Mixin.listing
    assert specs["first"].aliases == ("one",)
    assert specs["second"].role >= Role.ADMIN  # from the permission's least role
    assert Sample.command_named("one") == "first"


def test_a_handler_replaced_without_the_decorator_is_refused_when_the_class_is_made() -> None:
    with pytest.raises(TypeError, match="replaces the handler of /third"):

        class Broken(Sample):
            name = "test_broken_commands"

            def third(self, event, ctx, command) -> None: ...


def test_a_handler_replaced_with_the_decorator_takes_the_command_over() -> None:
    class Renewed(Sample):
        name = "test_renewed_commands"

        @on_command("third", role=Role.ADMIN)
        def third(self, event, ctx, command) -> None: ...

    specs = {spec.name: spec for spec in Renewed.commands}
    assert specs["third"].handler is Renewed.third
    assert len(Renewed.commands) == len(Sample.commands)


def test_a_table_written_by_hand_is_refused() -> None:
    with pytest.raises(TypeError, match="declare commands with @on_command"):

        class ByHand(CommandComponent):
            name = "test_by_hand_commands"
            commands = (CommandSpec("x", Sample.third),)
