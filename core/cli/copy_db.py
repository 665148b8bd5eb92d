"""`groupops copy-db`: carry a deployment's data into another database, from SQLite to
PostgreSQL above all (a SQLite backup is no pg_dump archive that pg_restore could read)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..redaction import redact_url
from ..storage.copy_checks import check_source, check_urls, prepare_target
from ..storage.copying import Copied, copy_tables, count_rows, model_tables
from .common import base_dir, fail, load, run_async, settings_option, url_option


@click.command("copy-db")
@settings_option
@url_option("--from", "source", help="The database to copy (default: database.url from settings).")
@url_option("--to", "target", required=True, help="An empty database to copy it into.")
@click.option(
    "--live",
    is_flag=True,
    help="Copy even when another process has the source open (a snapshot: what it writes "
    "afterwards is not copied).",
)
def copy_db(settings_path: Path | None, source: str | None, target: str, live: bool) -> None:
    """Copy every table into another database, SQLite into PostgreSQL (stop groupops first)."""
    settings, path = load(settings_path, required=False, quiet=True)
    source = source or settings.database.url
    folder = base_dir(path)
    started = time.perf_counter()
    with progress_bar(enabled=sys.stderr.isatty()) as advance:
        counts, copied = run_async(transfer(source, target, folder, live, advance))
    seconds = time.perf_counter() - started
    if counts != copied:
        wrong = [
            f"{t} {counts[t]} -> {copied.get(t)}" for t in counts if counts[t] != copied.get(t)
        ]
        fail(f"row counts differ after the copy: {', '.join(wrong)}")
    click.echo(
        f"copied {sum(counts.values()):,} rows of {len(counts)} tables in {seconds:.1f} s; "
        "every table's row count matches"
    )
    click.echo(f"next: set database.url to {redact_url(target)}, then start groupops")


async def transfer(
    source: str, target: str, folder: Path, live: bool, advance: Callable[[str, int, int], None]
) -> tuple[dict[str, int], dict[str, int]]:
    """Check both ends, copy, count the target's rows: (the source's counts, the target's)."""
    tables = model_tables()
    check_urls(source, target, folder)
    await check_source(source, folder, live=live)
    applied = await prepare_target(target, folder, tables)
    if applied:
        click.echo(f"{redact_url(target)}: applied {', '.join(applied)}")
    click.echo(f"{redact_url(source)} -> {redact_url(target)}")
    counts = await copy_tables(source, target, folder, tables, advance, show)
    return counts, await count_rows(target, folder, tables)


def show(copied: Copied) -> None:
    click.echo(f"  {copied.table:<22} {copied.rows:>10,} rows  {copied.seconds:6.2f} s")


@contextmanager
def progress_bar(*, enabled: bool) -> Iterator[Callable[[str, int, int], None]]:
    """The table being copied as a bar on a terminal (rich, on stderr, gone once it is
    copied); nothing otherwise: each table's line says it."""
    if not enabled:
        yield lambda table, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.completed:,}/{task.total:,} rows"))  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("copying", total=None)

        def advance(table: str, done: int, total: int) -> None:
            progress.update(task, description=table, completed=done, total=total)

        yield advance
