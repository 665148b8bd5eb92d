"""The `groupops` command line."""

from __future__ import annotations

from typing import Any

import click

from .. import __version__
from ..errors import MissingExtra
from ..extras import missing_extra
from ..redaction import install_excepthook
from .backup import backup_command
from .bench import bench
from .check import check
from .cluster import receive, worker
from .commands import commands_command
from .common import EXIT_SETTINGS, fail
from .doctor import doctor
from .export import export
from .init import init
from .migrate import migrate
from .moderate import moderate
from .orders import orders
from .outbox import outbox
from .replay import replay_command
from .report import report
from .run import run
from .simulate import simulate
from .spam import spam
from .verify_draw import verify_draw

COMMANDS = [
    init,
    check,
    doctor,
    backup_command,
    run,
    migrate,
    simulate,
    bench,
    moderate,
    spam,
    replay_command,
    export,
    commands_command,
    verify_draw,
    report,
    orders,
    outbox,
    worker,
    receive,
]


class Commands(click.Group):
    """The command group; a command that needs a library of an uninstalled extra exits 2
    naming the extra, wherever the import happened."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (ModuleNotFoundError, MissingExtra) as exc:
            fail(str(missing_extra(f"groupops {ctx.invoked_subcommand}", exc)), EXIT_SETTINGS)


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="groupops")
def main() -> None:
    """groupops: community operations for chat groups on Telegram, WeChat and more."""
    install_excepthook()  # an unexpected traceback is printed with secrets masked too


for command in COMMANDS:
    main.add_command(command)
