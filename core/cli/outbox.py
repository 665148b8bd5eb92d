"""`groupops outbox`: actions given up on (a permanent refusal) and actions stuck (failing
again and again, or waiting for a platform), with their errors; `groupops outbox retry
ID…|--all` puts given-up actions back in the queue, `groupops outbox cancel ID…` drops
actions for good. A running bot acts on either within its rescan interval; a stopped one at
its next start. Exit code 1 when an id was not acted on (unknown, already sent…)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import click

from ..clock import SystemClock
from ..counted import counted
from ..durations import parse_duration
from ..engine.outbox import RESCAN_SECONDS
from ..engine.outbox_rows import (
    Backlog,
    NotCancellable,
    OutboxRow,
    backlog,
    cancel,
    queued,
    requeue,
    troubled,
    why_not_requeued,
)
from ..engine.outbox_rows import communities as outbox_communities
from ..redaction import redact
from ..settings import Settings
from .common import EXIT_SETTINGS, db_option, fail, settings_option, with_database

ERROR_WIDTH = 60  # the text listing cuts long errors; --json has them whole


@click.group(invoke_without_command=True)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the rows as JSON: failed and stuck ones, then the others waiting to be sent.",
)
@click.option("--community", default=None, help="Only this community's actions.")
@click.option(
    "--older-than",
    default="5m",
    show_default=True,
    help="A pending action without a failure counts as stuck after waiting this long.",
)
@db_option()
@settings_option
@click.pass_context
def outbox(
    ctx: click.Context,
    as_json: bool,
    community: str | None,
    older_than: str,
    db_url: str | None,
    settings_path: Path | None,
) -> None:
    """List failed and stuck outgoing actions with their errors."""
    if ctx.invoked_subcommand is not None:
        return
    try:
        wait = parse_duration(older_than)
    except ValueError as exc:
        fail(f"--older-than: {exc}", EXIT_SETTINGS)
    now = SystemClock().now()

    async def read(settings: Settings) -> tuple[list[OutboxRow], list[Backlog], list[OutboxRow]]:
        if community is not None:  # mistyped, it would read as all clear
            known = set(settings.communities) | await outbox_communities()
            if community not in known:
                listed = ", ".join(sorted(known)) or "none yet"
                fail(f"--community: {community!r} is not known here (known: {listed})",
                     EXIT_SETTINGS)  # fmt: skip
        pending = await queued(community) if as_json else []
        return await troubled(now, wait, community), await backlog(community), pending

    rows, waiting, pending = with_database(settings_path, db_url, read)
    if as_json:
        # what the text shows: the failed and stuck rows, then the rest of those it counts
        # as waiting to be sent (`troubled` false)
        listed = {row.id for row in rows}
        shown = [row.as_dict() for row in rows]
        shown += [row.as_dict(troubled=False) for row in pending if row.id not in listed]
        click.echo(json.dumps(shown, ensure_ascii=False, indent=2))
        return
    click.echo(_table(rows, wait))
    click.echo(_backlog(waiting, now))


def _backlog(waiting: list[Backlog], now: datetime) -> str:
    if not waiting:
        return "nothing waiting to be sent"
    total = sum(b.count for b in waiting)
    lines = [f"{counted(total, 'action')} waiting to be sent (pending, failing or not):"]
    for b in waiting:
        age = int((now - b.oldest).total_seconds())
        lines.append(f"  {b.chat:<28} {b.count:>6}  oldest waiting {_age(age)}")
    return "\n".join(lines)


def _age(seconds: int) -> str:
    minutes, seconds = divmod(max(seconds, 0), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h {minutes}m"
    return f"{minutes}m {seconds}s" if minutes else f"{seconds}s"


def _table(rows: list[OutboxRow], wait: timedelta) -> str:
    if not rows:
        return "no failed or stuck actions"
    lines = [f"{'id':<40} {'state':<9} {'tries':>5}  {'kind':<12} {'chat':<28} error"]
    for row in rows:
        error = row.error if len(row.error) <= ERROR_WIDTH else row.error[: ERROR_WIDTH - 1] + "…"
        if not error and row.state == "waiting":
            error = f"(waiting since {row.created_at:%Y-%m-%d %H:%M} UTC)"
        lines.append(
            f"{row.id:<40} {row.state:<9} {row.attempts:>5}  {row.kind:<12} {row.chat:<28} {error}"
        )
    failed = sum(row.state == "failed" for row in rows)
    late = sum(row.state == "missed" for row in rows)
    missed = f"{late} missed (past their deadline: not retried), " if late else ""
    kept = sum(row.state == "secret" for row in rows)
    if kept:
        missed += f"{kept} secret (carried a one-time secret, not kept: not retried), "
    lines.append(
        f"{failed} failed, {missed}{len(rows) - failed - late - kept} stuck (pending with a failed "
        "attempt, or for "
        f"over {int(wait.total_seconds())}s); `groupops outbox retry ID|--all` re-queues the "
        "failed ones, `groupops outbox cancel ID` drops one"
    )
    return "\n".join(lines)


@outbox.command("retry")
@click.argument("ids", nargs=-1)
@click.option("--all", "every", is_flag=True, help="Every failed action.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@db_option()
@settings_option
def retry(
    ids: tuple[str, ...], every: bool, as_json: bool, db_url: str | None, settings_path: Path | None
) -> None:
    """Put failed actions back in the queue (by id, or --all)."""
    if bool(ids) == every:
        raise click.UsageError("give the ids of failed actions, or --all (not both)")

    async def work(_settings: Settings) -> tuple[list[str], dict[str, str]]:
        requeued, missing = await requeue(None if every else list(ids))
        return requeued, await why_not_requeued(missing) if missing else {}

    requeued, refused = with_database(settings_path, db_url, work)
    if as_json:
        result: dict[str, Any] = {"requeued": requeued, "not_failed": refused}
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        if requeued or not refused:  # "0 re-queued; a running bot sends them" said nothing
            click.echo(
                f"{counted(len(requeued), 'action')} re-queued; a running bot "
                f"sends them within {RESCAN_SECONDS:g}s, a stopped one when it starts"
            )
        for outbox_id, why in refused.items():
            click.echo(f"{outbox_id}: {why}", err=True)
    if refused:
        raise SystemExit(1)


@outbox.command("cancel")
@click.argument("ids", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@db_option()
@settings_option
def cancel_command(
    ids: tuple[str, ...], as_json: bool, db_url: str | None, settings_path: Path | None
) -> None:
    """Cancel pending or failed actions for good: they are never sent, and the actions queued
    behind them for the same chat go on. Recorded in the audit log."""

    async def work(_settings: Settings) -> tuple[list[OutboxRow], dict[str, str]]:
        done: list[OutboxRow] = []
        refused: dict[str, str] = {}
        for outbox_id in dict.fromkeys(ids):
            try:
                done.append(await cancel(outbox_id, SystemClock().now()))
            except NotCancellable as exc:
                refused[outbox_id] = redact(str(exc))
        return done, refused

    done, refused = with_database(settings_path, db_url, work)
    if as_json:
        result = {"cancelled": [row.id for row in done], "not_cancelled": refused}
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for row in done:
            click.echo(
                f"{row.id}: cancelled ({row.kind} in {row.chat}); a running bot drops it "
                f"within {RESCAN_SECONDS:g}s"
            )
        for message in refused.values():
            click.echo(message, err=True)
    if refused:
        raise SystemExit(1)
