"""`groupops bench moderation` prints its figures with units and a same-run baseline."""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_bench_moderation_reports_throughput_and_latency():
    result = CliRunner().invoke(main, ["bench", "moderation", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["parameters"]["blocklist_entries"] == 10_000
    assert report["parameters"]["regexes"] == 100
    figures = {f["name"]: f for f in report["figures"]}
    pipeline = figures["moderation pipeline"]
    assert pipeline["unit"] == "messages/s" and pipeline["value"] > 0
    assert pipeline["baseline"].startswith("naive scan") and pipeline["baseline_value"] > 0
    assert figures["p50 per message"]["unit"] == "µs"
    assert figures["p99 per message"]["value"] >= figures["p50 per message"]["value"]
    # every spam line is caught, no chatter line is
    assert figures["messages flagged"]["value"] == report["parameters"]["spam"] > 0
