"""`groupops bench drivers` reports each driver with groupops against the same driver with a
no-op handler, and every action the default ruleset produced was delivered."""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_bench_drivers_reports_both_drivers_against_their_no_op_baseline():
    result = CliRunner().invoke(main, ["bench", "drivers", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    figures = {f["name"]: f for f in json.loads(result.output)["figures"]}
    for driver in ("aiogram", "ptb"):
        speed = figures[f"{driver} + groupops"]
        assert speed["unit"] == "updates/s" and speed["baseline"] == f"{driver} no-op"
        assert speed["value"] > 0 and speed["baseline_value"] > 0
        assert figures[f"{driver}: groupops added per update"]["unit"] == "µs"
    # same updates, same ruleset: both drivers led to the same actions
    assert (
        figures["aiogram: actions delivered"]["value"]
        == figures["ptb: actions delivered"]["value"]
        > 0
    )
