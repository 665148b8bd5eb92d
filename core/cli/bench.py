"""`groupops bench NAME`: run a named benchmark and print its figures against their baselines."""

from __future__ import annotations

import json

import click

from ..bench import BENCHMARKS, run_benchmark
from ..logging import setup_logging
from ..settings.schema import LoggingSettings
from .common import run_async


@click.command()
@click.argument("name", type=click.Choice(sorted(BENCHMARKS)), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print figures as JSON.")
@click.option("--quick", is_flag=True, help="A smaller run, for smoke-testing the benchmark.")
def bench(name: str | None, as_json: bool, quick: bool) -> None:
    """Run a benchmark (list them by running without a name)."""
    if name is None:
        for key in sorted(BENCHMARKS):
            click.echo(f"{key:<16} {BENCHMARKS[key].description}")
        return
    setup_logging(LoggingSettings(level="WARNING"))
    report = run_async(run_benchmark(name, quick=quick))
    click.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.as_text())
