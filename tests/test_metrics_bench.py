"""`groupops bench metrics` prints the recorder's cost against a pipeline without it."""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_bench_metrics_runs_as_json():
    result = CliRunner().invoke(main, ["bench", "metrics", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    figures = {f["name"]: f for f in report["figures"]}
    recorded = figures["with the activity recorder"]
    assert recorded["unit"] == "events/s" and recorded["baseline"] == "membership only"
    assert recorded["value"] > 0 and recorded["baseline_value"] > 0
    # One counter row per community and day: the quick stream is ten communities on one day.
    assert figures["counter rows written"]["value"] == 10
