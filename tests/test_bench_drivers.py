"""`groupops bench drivers` reports each driver with groupops against the same library running
a small bot of its own (middleware, filter, counter), wall and CPU, and every action the
default ruleset produced was delivered."""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_bench_drivers_reports_both_drivers_against_the_library_bot():
    result = CliRunner().invoke(main, ["bench", "drivers", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    figures = {f["name"]: f for f in json.loads(result.output)["figures"]}
    for driver in ("aiogram", "ptb"):
        for clock in ("wall", "CPU"):
            speed = figures[f"{driver} + groupops, {clock}"]
            assert speed["unit"] == "updates/s" and speed["baseline"] == f"{driver} bot's own"
            assert speed["value"] > 0 and speed["baseline_value"] > 0
        cost = figures[f"{driver}: groupops CPU per update"]
        assert cost["unit"] == "µs" and cost["baseline"] == f"{driver} bot's own CPU per update"
        assert cost["ratio"] > 0
    # same updates, same ruleset: both drivers led to the same actions
    assert (
        figures["aiogram: actions delivered"]["value"]
        == figures["ptb: actions delivered"]["value"]
        > 0
    )
