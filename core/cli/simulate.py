"""`groupops simulate`: the main job, a simulated community through the real engine."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..logging import setup_logging
from ..settings import validate_settings
from ..settings.schema import LoggingSettings
from ..simulate import SimulationOptions, run_simulation
from ..simulate.defaults import BUILTIN_SETTINGS
from ..simulate.text import render_text
from .common import load, run_async, settings_option
from .databases import sqlite_path


@click.command()
@click.option("--members", default=200, show_default=True, type=click.IntRange(1, 1_000_000))
@click.option("--days", default=7, show_default=True, type=click.IntRange(1, 3650))
@click.option("--seed", default=1, show_default=True, type=int)
@click.option(
    "--ruleset", default=None, help="Ruleset to simulate (default: the first in settings)."
)
@click.option(
    "--join-waves",
    default=0,
    show_default=True,
    type=click.IntRange(0, 3650),
    help="Start this many days with a wave of joins, most of them bots that never answer "
    "the captcha (the captcha and anti-raid are switched on for the run).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Keep the simulation's SQLite database here, a file or sqlite://FILE "
    "(default: a temporary file).",
)
@click.option("-v", "--verbose", is_flag=True, help="Show the engine's log.")
@settings_option
def simulate(
    members: int,
    days: int,
    seed: int,
    ruleset: str | None,
    join_waves: int,
    as_json: bool,
    db: str | None,
    verbose: bool,
    settings_path: Path | None,
) -> None:
    """Simulate a community for some days on the local adapter and summarise what happened."""
    settings, path = load(settings_path, required=False, quiet=True)
    if path is None:
        settings = validate_settings(BUILTIN_SETTINGS, "built-in defaults")
    setup_logging(LoggingSettings(level="DEBUG" if verbose else "WARNING"))
    if ruleset is not None and ruleset not in settings.rulesets:
        raise click.BadParameter(
            f"{ruleset!r} is not a ruleset (expected one of: {', '.join(settings.rulesets)})",
            param_hint="--ruleset",
        )
    if not settings.rulesets:
        raise click.UsageError(f"{path}: defines no rulesets to simulate")
    options = SimulationOptions(
        members=members,
        days=days,
        seed=seed,
        ruleset=ruleset,
        db=sqlite_path(db) if db else None,
        join_waves=join_waves,
    )
    with progress_bar(days * 24, enabled=sys.stdout.isatty()) as advance:
        summary = run_async(run_simulation(options, settings, advance))
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, sort_keys=True, indent=2))
    else:
        click.echo(render_text(summary, settings.rulesets[summary["ruleset"]].health))


@contextmanager
def progress_bar(hours: int, *, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A bar on a terminal (rich, on stderr so piped output stays clean); nothing otherwise."""
    if not enabled:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("simulating"), BarColumn(), TextColumn("{task.completed}/{task.total} h"),
               TimeRemainingColumn())  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("simulating", total=hours)
        yield lambda n: progress.advance(task, n)
