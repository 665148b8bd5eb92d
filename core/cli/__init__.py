"""The `groupops` command line."""

from __future__ import annotations

import click

from .. import __version__
from .bench import bench
from .check import check
from .cluster import receive, worker
from .export import export
from .migrate import migrate
from .moderate import moderate
from .orders import orders
from .report import report
from .run import run
from .simulate import simulate
from .verify_draw import verify_draw

COMMANDS = [
    check,
    run,
    migrate,
    simulate,
    bench,
    moderate,
    export,
    verify_draw,
    report,
    orders,
    worker,
    receive,
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="groupops")
def main() -> None:
    """groupops: community operations for chat groups on Telegram, WeChat and more."""


for command in COMMANDS:
    main.add_command(command)
