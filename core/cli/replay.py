"""`groupops replay EXPORT --ruleset R [--compare R2]`: what a ruleset would have done to a
real chat history (a Telegram Desktop export or a WeChat chat log), and how two differ."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..logging import setup_logging
from ..replay.history import read_history
from ..replay.report import compare_text, differences, render_text
from ..replay.runner import replay
from ..settings.schema import LoggingSettings
from .common import EXIT_SETTINGS, fail, load, run_async, settings_option

SKIPS_SHOWN = 10  # unreadable messages named on stderr; the rest counted


@click.command("replay")
@click.argument("export", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--ruleset", required=True, help="The ruleset to try on this history.")
@click.option("--compare", "other", default=None, help="A second ruleset, to compare.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome as JSON.")
@settings_option
def replay_command(
    export: Path, ruleset: str, other: str | None, as_json: bool, settings_path: Path | None
) -> None:
    """Show what a ruleset would have done to an exported chat history."""
    settings, path = load(settings_path, quiet=True)
    for name in (ruleset, other):
        if name is not None and name not in settings.rulesets:
            known = ", ".join(sorted(settings.rulesets)) or "none"
            fail(f"{path}: no ruleset {name!r} (expected one of: {known})", EXIT_SETTINGS)
    history = run_async(_read(export))
    for line in history.skipped[:SKIPS_SHOWN]:
        click.echo(f"warning: {line}", err=True)
    if len(history.skipped) > SKIPS_SHOWN:
        click.echo(f"warning: {len(history.skipped) - SKIPS_SHOWN} more", err=True)
    if not history.items:
        fail(f"{export}: no messages, joins or leaves to replay")
    setup_logging(LoggingSettings(level="WARNING"))
    first = run_async(replay(history, settings, ruleset))
    second = run_async(replay(history, settings, other)) if other else None
    if as_json:
        out = {"ruleset": first}
        if second is not None:
            out |= {"compare": second, "differences": differences(first, second)}
        click.echo(json.dumps(out, ensure_ascii=False, sort_keys=True, indent=2))
        return
    click.echo(render_text(first, settings.rulesets[ruleset].health))
    if second is not None and other is not None:
        click.echo("")
        click.echo(render_text(second, settings.rulesets[other].health))
        click.echo("")
        click.echo(compare_text(first, second))


async def _read(export: Path):
    return read_history(export)
