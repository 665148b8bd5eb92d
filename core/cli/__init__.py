"""The `groupops` command line. Each command's module is imported only when it runs
(`lazy.py`), so `groupops --help` and light commands start quickly."""

from __future__ import annotations

import click

from .. import __version__
from ..build import described
from ..redaction import install_excepthook
from .lazy import LazyCommand, LazyGroup

# name -> where the command lives and its short help (kept equal to the command's own by a test)
COMMANDS: dict[str, LazyCommand] = {
    "init": LazyCommand(
        ".init", "init", "Set up groupops: check the bot token, find the chats, write the settings."
    ),
    "check": LazyCommand(
        ".check",
        "check",
        "Validate the settings file, its rulesets and communities.",
        sections_only=True,
    ),
    "doctor": LazyCommand(
        ".doctor",
        "doctor",
        "Check what the bot can do in each configured chat, and the database and Redis.",
    ),
    "backup": LazyCommand(
        ".backup",
        "backup_command",
        "Back up the database (SQLite online backup, or pg_dump for PostgreSQL).",
    ),
    "restore": LazyCommand(
        ".restore",
        "restore_command",
        "Put an SQLite backup in place of the database (stop groupops first).",
    ),
    "copy-db": LazyCommand(
        ".copy_db",
        "copy_db",
        "Copy every table into another database, SQLite into PostgreSQL (stop groupops first).",
    ),
    "run": LazyCommand(
        ".run", "run", "Run the bot: connect the configured platforms and process their events."
    ),
    "migrate": LazyCommand(
        ".migrate",
        "migrate",
        "Apply pending database migrations (a fresh database gets all of them) and add what a "
        "database made by an earlier release lacks: tables, columns, indexes.",
    ),
    "simulate": LazyCommand(
        ".simulate",
        "simulate",
        "Simulate a community for some days on the local adapter and summarise what happened.",
    ),
    "bench": LazyCommand(
        ".bench",
        "bench",
        "Run a benchmark (list them by running without a name; NAME --help describes one).",
    ),
    "moderate": LazyCommand(
        ".moderate",
        "moderate",
        "Preview moderation on FILE (one message a line, or JSON lines; - reads stdin).",
    ),
    "spam": LazyCommand(".spam", "spam", "The spam classifier: teach it, inspect it, measure it."),
    "replay": LazyCommand(
        ".replay",
        "replay_command",
        "Show what a ruleset would have done to an exported chat history.",
    ),
    "export": LazyCommand(
        ".export",
        "export",
        "Print each community's settings as JSON: the settings file's values, and beside them "
        "the changes made by chat commands.",
    ),
    "commands": LazyCommand(
        ".commands",
        "commands_command",
        "List every chat command: aliases, role, platforms and what it does.",
    ),
    "verify-draw": LazyCommand(
        ".verify_draw",
        "verify_draw",
        "Recompute a giveaway draw: entrant digest, secret commitment and winner order.",
    ),
    "report": LazyCommand(
        ".report",
        "report",
        "Report a community's KPIs with their health, its segments, or a comparison.",
    ),
    "dashboard": LazyCommand(
        ".dashboard", "dashboard", "Serve the operator console in the browser."
    ),
    "orders": LazyCommand(
        ".orders",
        "orders",
        "Orders (purchases) used by consumption tiers and the conversion KPI.",
    ),
    "points": LazyCommand(
        ".points",
        "points",
        "Balances and the points ledger: the top members, or one member's entries.",
    ),
    "outbox": LazyCommand(
        ".outbox", "outbox", "List failed and stuck outgoing actions with their errors."
    ),
    "worker": LazyCommand(
        ".cluster",
        "worker",
        "Process events from the Redis streams (one of several workers on PostgreSQL).",
    ),
    "receive": LazyCommand(
        ".cluster",
        "receive",
        "Connect the configured platforms and put what they receive on the Redis streams.",
    ),
}


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(described(__version__), prog_name="groupops")
def main() -> None:
    """groupops: community operations for chat groups on Telegram, WeChat and more."""
    install_excepthook()  # an unexpected traceback is printed with secrets masked too
