"""`groupops bench NAME`: run a named benchmark and print its figures against their baselines.
`groupops bench` lists them; `groupops bench NAME --help` describes one (from its module)."""

from __future__ import annotations

import ast
import importlib.util
import json

import click

from ..bench import BENCHMARKS, run_benchmark
from ..logging import setup_logging
from ..settings.schema import LoggingSettings
from .common import run_async


def describe(name: str) -> str:
    """The benchmark's one-line description, then its module's docstring (read, not imported:
    a benchmark may need an extra that is not installed)."""
    benchmark = BENCHMARKS[name]
    text = benchmark.description[:1].upper() + benchmark.description[1:] + "."
    try:
        spec = importlib.util.find_spec(benchmark.module)
    except ModuleNotFoundError:
        spec = None
    if spec is not None and spec.origin:
        with open(spec.origin, encoding="utf-8") as source:
            doc = ast.get_docstring(ast.parse(source.read()))
        if doc:
            text += "\n\n" + doc
    return text


class Benchmark(click.Command):
    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.help = describe(self.name or "")  # read only when asked for
        super().format_help_text(ctx, formatter)


def runner(name: str):
    def run(as_json: bool, quick: bool) -> None:
        setup_logging(LoggingSettings(level="WARNING"))
        report = run_async(run_benchmark(name, quick=quick))
        click.echo(json.dumps(report.as_dict(), indent=2) if as_json else report.as_text())

    return run


OPTIONS = [
    click.Option(["--json", "as_json"], is_flag=True, help="Print figures as JSON."),
    click.Option(["--quick"], is_flag=True, help="A smaller run, for smoke-testing the benchmark."),
]


@click.group(invoke_without_command=True)
@click.pass_context
def bench(ctx: click.Context) -> None:
    """Run a benchmark (list them by running without a name; NAME --help describes one)."""
    if ctx.invoked_subcommand is None:
        for key in sorted(BENCHMARKS):
            click.echo(f"{key:<16} {BENCHMARKS[key].description}")


for _name in sorted(BENCHMARKS):
    bench.add_command(
        Benchmark(
            _name,
            callback=runner(_name),
            params=list(OPTIONS),
            short_help=BENCHMARKS[_name].description,
        )
    )
