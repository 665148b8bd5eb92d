"""`groupops simulate` reports what moderation did to the simulated spammers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_simulated_spam_is_caught_and_reported(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "simulate", "--members", "200", "--days",
         "7", "--seed", "1", "--json"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    moderation = summary["moderation"]
    deletes = sum(actions.get("delete", 0) for actions in moderation.values())
    assert deletes == summary["actions"]["delete"] > 0
    assert set(moderation) <= {"contacts", "invites", "blocklist", "links", "flood"}
