"""`groupops bench campaigns` runs and reports each figure with its unit and baseline."""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_bench_campaigns_quick_json():
    result = CliRunner().invoke(main, ["bench", "campaigns", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    figures = {f["name"]: f for f in report["figures"]}
    running = figures["pipeline with 3 campaigns running"]
    assert running["unit"] == "events/s" and running["baseline"] == "no campaigns"
    assert running["value"] > 0 and running["baseline_value"] > 0
    assert figures["draw shuffle"]["baseline"] == "random.shuffle"
    # the campaigns answer a check-in on a line of its reply: no message of their own
    assert figures["actions delivered"]["value"] == figures["actions delivered"]["baseline_value"]
    assert report["parameters"]["entrants"] == 10_000
