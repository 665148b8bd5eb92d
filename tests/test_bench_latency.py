"""`groupops bench latency` times replies from the moment each event was due to the moment
the reply left the outbox, for the default pipeline beside an engine that only auto-replies.
(Timings are never asserted: they depend on the machine.)"""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_bench_latency_reports_percentiles_against_the_answer_only_engine():
    result = CliRunner().invoke(main, ["bench", "latency", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["parameters"]["rate_per_second"] == 1000
    figures = {f["name"]: f for f in report["figures"]}
    for name in ("p50 event to reply, default pipeline", "p99 event to reply, default pipeline"):
        assert figures[name]["unit"] == "ms"
        assert figures[name]["baseline"] == "auto-reply only"
        assert figures[name]["value"] > 0 and figures[name]["baseline_value"] > 0
    # every check-in and auto-reply of the quick workload was answered and timed
    assert figures["replies timed, default pipeline"]["value"] > 100
