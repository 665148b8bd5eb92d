"""`groupops bench checkin-burst`: every check-in committed and replied to, with a baseline."""

from __future__ import annotations

import json

from click.testing import CliRunner

from groupops.core.cli import main


def test_checkin_burst_commits_every_checkin_and_queues_every_reply():
    result = CliRunner().invoke(main, ["bench", "checkin-burst", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{") :])
    figures = {f["name"]: f for f in report["figures"]}
    first = figures["check-ins committed, replies queued"]
    assert first["unit"] == "s" and first["baseline"] == "the same members chatting"
    assert first["value"] > 0 and first["baseline_value"] > 0
    assert figures["ledger entries committed"]["value"] == report["parameters"]["members"] == 200
    assert figures["replies queued"]["value"] == 200
