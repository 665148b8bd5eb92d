"""`groupops moderate --ruleset NAME FILE`: what each rule would do to a file of messages."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import TextIO

import click

from ..counted import counted
from ..engine.components import Pipeline
from ..logging import setup_plain_warnings
from ..moderation.learning import load_lessons, ruleset_scope
from ..moderation.preview import Preview, samples
from ..moderation.sampling import bot_command
from ..moderation.spam_document import Lesson
from ..storage.database import open_database
from .common import (
    base_dir,
    db_option,
    load,
    ruleset_named,
    run_async,
    settings_option,
)


async def _lessons(url: str, ruleset: str, path: Path | None) -> list[Lesson]:
    database = await open_database(url, base_dir=base_dir(path), existing=True, source="--db")
    try:
        return list((await load_lessons(ruleset_scope(ruleset))).values())
    finally:
        await database.close()


def _opened(file: Path) -> TextIO:
    # utf-8-sig: a byte-order mark (editors on Windows write one) is not part of line 1
    if str(file) == "-":  # a pipe: the same decoding as a file
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="surrogateescape")
    return file.open(encoding="utf-8-sig", errors="surrogateescape")


RULES_WIDTH = 22


def _rules_column(rules: list[str]) -> str:
    """The rules that fired, as many as fit the column, then how many more (`--explain` and
    the totals name them all), so the messages stay in one column."""
    if not rules:
        return "-"
    for shown in range(len(rules), 0, -1):
        more = len(rules) - shown
        column = ",".join(rules[:shown]) + (f" +{more}" if more else "")
        if len(column) <= RULES_WIDTH:
            return column
    return f"{rules[0][: RULES_WIDTH - 4]}… +{len(rules) - 1}" if len(rules) > 1 else rules[0]


@click.command()
@click.option(
    "--ruleset",
    "ruleset_name",
    default=None,
    help="The ruleset to try (default: the only one in the settings).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object a message, then totals.")
@click.option("--explain", is_flag=True, help="Show what fired each rule (the spam score too).")
@db_option("Use what the ruleset's spam model learned in this database.")
@settings_option
@click.argument(
    "file", type=click.Path(exists=True, dir_okay=False, allow_dash=True, path_type=Path)
)
def moderate(
    ruleset_name: str | None,
    as_json: bool,
    explain: bool,
    db_url: str | None,
    settings_path: Path | None,
    file: Path,
) -> None:
    """Preview moderation on FILE (one message a line, or JSON lines; - reads stdin)."""
    settings, path = load(settings_path, quiet=True)
    setup_plain_warnings()
    ruleset_name = ruleset_named(settings, ruleset_name)
    ruleset = settings.rulesets[ruleset_name]
    lessons = run_async(_lessons(db_url, ruleset_name, path)) if db_url else None
    preview = Preview(ruleset.moderation, lessons, explain=explain)
    pipeline = Pipeline(ruleset)  # which lines are the bot's own commands, as in a group
    with _opened(file) as lines:
        for sample in samples(lines):
            sample.command = bot_command(sample.text, pipeline)
            verdict = preview.judge(sample)
            if as_json:
                click.echo(json.dumps(verdict.as_dict(), ensure_ascii=False))
            else:
                rules = _rules_column(verdict.rules)
                shown = (verdict.action or "ok") + (" +delete" if verdict.deleted else "")
                click.echo(f"{shown:<22} {rules:<{RULES_WIDTH}} {verdict.text[:70]}")
                if explain:
                    for rule, evidence in zip(verdict.rules, verdict.evidence, strict=True):
                        click.echo(f"{'':<14} {rule}: {evidence}")
                    if "classifier" not in verdict.rules and verdict.spam is not None:
                        click.echo(f"{'':<14} classifier: {verdict.spam.explain()}")
    totals = preview.totals
    if as_json:
        click.echo(json.dumps(totals.as_dict(), ensure_ascii=False))
        return
    click.echo(f"\n{counted(totals.messages, 'message')}, {totals.flagged} flagged")
    for rule, count in totals.rules.most_common():
        click.echo(f"  {rule:<14} {count}")
    if totals.actions:
        click.echo("actions: " + ", ".join(f"{a} {n}" for a, n in totals.actions.most_common()))
