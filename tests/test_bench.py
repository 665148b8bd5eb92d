"""Benchmarks print every figure with its unit and a baseline measured in the same run.
(Timings are never asserted: they depend on the machine.)"""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_bench_lists_and_runs_pipeline_as_json():
    listing = CliRunner().invoke(main, ["bench"])
    assert "pipeline" in listing.output
    result = CliRunner().invoke(main, ["bench", "pipeline", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["benchmark"] == "pipeline"
    first = report["figures"][0]
    assert first["unit"] == "events/s" and first["baseline"] == "empty pipeline (sqlite)"
    assert first["value"] > 0 and first["baseline_value"] > 0
