"""A click group whose commands are imported when one runs, not when the group is built.

`groupops --help` lists every command from a table of names and summaries, so it imports none
of them; `groupops NAME` imports only NAME's module (and what it needs). A summary in the
table is the command's own short help (a test keeps the two equal).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, NoReturn

import click

from ..errors import GroupopsError, MissingExtra
from ..extras import missing_extra
from .common import EXIT_SETTINGS, fail


@dataclass(frozen=True, slots=True)
class LazyCommand:
    module: str  # relative to this package, e.g. ".check"
    attribute: str  # the click command in that module
    summary: str  # the command's short help, shown by `groupops --help`
    features: bool = True  # reads settings or runs the engine: the features are loaded first
    # only validates settings: the ruleset sections are loaded first, the features on demand
    sections_only: bool = False


def load_command(name: str, entry: LazyCommand) -> click.Command:
    if entry.sections_only:
        from ..app import load_sections

        load_sections()
    elif entry.features:
        from ..app import load_features

        load_features()
    module = importlib.import_module(entry.module, __package__)
    command = getattr(module, entry.attribute)
    if not isinstance(command, click.Command):
        raise TypeError(f"{entry.module}.{entry.attribute} is not a click command")
    return command


def fail_missing(what: str, exc: ModuleNotFoundError | MissingExtra) -> NoReturn:
    fail(str(missing_extra(what, exc)), EXIT_SETTINGS)


class LazyGroup(click.Group):
    """The command group; a command that needs a library of an uninstalled extra exits 2
    naming the extra, whether the import failed when loading the command or while it ran."""

    def __init__(self, *args: Any, lazy: dict[str, LazyCommand], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.lazy, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands or cmd_name not in self.lazy:
            return self.commands.get(cmd_name)
        try:
            command = load_command(cmd_name, self.lazy[cmd_name])
        except (ModuleNotFoundError, MissingExtra) as exc:
            fail_missing(f"groupops {cmd_name}", exc)
        self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            loaded = self.commands.get(name)
            if loaded is not None:
                if loaded.hidden:
                    continue
                rows.append((name, loaded.get_short_help_str(limit)))
            else:
                # a stand-in command shortens the summary as click shortens help (its helper
                # for that is private since click 8.5)
                stand_in = click.Command(name, help=self.lazy[name].summary)
                rows.append((name, stand_in.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ModuleNotFoundError, MissingExtra) as exc:
            fail_missing(f"groupops {ctx.invoked_subcommand}", exc)
        except GroupopsError as exc:  # foreseeable (a broken plugin, say): one line, no traceback
            fail(f"error: {exc}", EXIT_SETTINGS)
