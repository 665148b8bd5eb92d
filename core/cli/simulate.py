"""`groupops simulate`: the main job, a simulated community through the real engine."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..logging import setup_logging
from ..settings import validate_settings
from ..settings.schema import LoggingSettings
from ..simulate import SimulationOptions, run_simulation
from ..simulate.defaults import BUILTIN_SETTINGS
from .common import load, run_async, settings_option


def render_text(summary: dict[str, Any]) -> str:
    actions = ", ".join(f"{kind} {n:,}" for kind, n in summary["actions"].items()) or "none"
    delivery = ", ".join(f"{status} {n:,}" for status, n in summary["delivery"].items()) or "none"
    lines = [
        f"Simulated {summary['days']} days of a community with "
        f"{summary['members_start']:,} members "
        f"(ruleset {summary['ruleset']!r}, seed {summary['seed']})",
        f"  members       {summary['members']:,}  "
        f"(+{summary['joins']:,} joined, -{summary['leaves']:,} left)",
        f"  messages      {summary['messages']:,}",
        f"  check-ins     {summary['checkins']:,}  ({summary['points_awarded']:,} points awarded)",
        f"  actions       {actions}",
        f"  delivery      {delivery}",
    ]
    base = {
        "seed",
        "days",
        "ruleset",
        "start",
        "members_start",
        "members",
        "messages",
        "joins",
        "leaves",
        "checkins",
        "points_awarded",
        "actions",
        "delivery",
        "events",
    }
    for key, value in summary.items():
        if key not in base:
            lines.extend(_section(key, value, 1))
    return "\n".join(lines)


def _scalar(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:,.4g}"
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def _section(key: str, value: Any, depth: int) -> list[str]:
    """Feature sections as indented lines: a flat mapping on one line, nested ones below."""
    pad = "  " * depth
    if not isinstance(value, dict):
        return [f"{pad}{key:<13} {_scalar(value)}"]
    shown = {k: v for k, v in value.items() if v is not None and v != {}}
    if not shown:
        return [f"{pad}{key:<13} none"]
    if all(not isinstance(v, dict | list) for v in shown.values()):
        return [f"{pad}{key:<13} " + ", ".join(f"{k} {_scalar(v)}" for k, v in shown.items())]
    lines = [f"{pad}{key}"]
    for inner, item in shown.items():
        if isinstance(item, list):
            item = json.dumps(item, ensure_ascii=False)
        lines.extend(_section(str(inner), item, depth + 1))
    return lines


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
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Keep the simulation's SQLite database here (default: a temporary file).",
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
    db: Path | None,
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
        members=members, days=days, seed=seed, ruleset=ruleset, db=db, join_waves=join_waves
    )
    show_bar = sys.stderr.isatty() and days * members >= 2000
    with (
        click.progressbar(length=days * 24, label="simulating", file=sys.stderr)
        if show_bar
        else _NoBar() as bar
    ):
        summary = run_async(run_simulation(options, settings, bar.update))
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, sort_keys=True, indent=2))
    else:
        click.echo(render_text(summary))


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        return None
