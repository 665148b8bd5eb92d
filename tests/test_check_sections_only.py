"""`groupops check` validates settings from the ruleset sections alone (`app.load_sections`):
it imports neither the components nor the engine and the storage models behind them, the
schema is the one the running application validates against, and what needs the components
(a ruleset's own pipeline, disabled commands) still gets them."""

from __future__ import annotations

import json
import subprocess
import sys

from support.settings_cli import check, write

from groupops.core.settings.validate import settings_model

PROBE = """
import json, sys
from groupops.core.app import load_sections
from groupops.core.settings.validate import settings_model
load_sections()
schema = settings_model().model_json_schema()
heavy = ("tortoise", "groupops.core.storage.models", "groupops.core.engine.engine",
         "groupops.core.engine.context", "groupops.core.features")
print(json.dumps({"schema": schema, "loaded": [name for name in heavy if name in sys.modules]}))
"""

SETTINGS = """
[default.database]
url = "sqlite://groupops.db"
[default.rulesets.main]
{extra}
[default.communities.club]
ruleset = "main"
chats = ["local:main"]
"""


def fresh_check(path) -> subprocess.CompletedProcess[str]:
    """`groupops check` as a user runs it: a fresh interpreter, nothing loaded before."""
    return subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "check", "--settings", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_sections_alone_give_the_whole_schema_without_the_engine():
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    found = json.loads(probe.stdout)
    assert found["loaded"] == []
    assert found["schema"] == json.loads(json.dumps(settings_model().model_json_schema()))


def test_a_fresh_check_reports_what_an_in_process_check_reports(tmp_path):
    cases = {
        "plain": "",
        "pipeline out of order": 'pipeline = ["membership", "welcome", "moderation"]',
        "disabled commands": '[default.rulesets.main.disabling]\ndisabled = ["report", "nosuch"]',
        "a bad section value": "[default.rulesets.main.welcome]\ncoalesce = 3",
    }
    for name, extra in cases.items():
        path = write(tmp_path, SETTINGS.format(extra=extra))
        fresh, here = fresh_check(path), check("--settings", str(path))
        assert fresh.returncode == here.returncode, name
        assert sorted((fresh.stdout + fresh.stderr).splitlines()) == sorted(
            here.output.splitlines()
        ), name
    assert fresh_check(write(tmp_path, SETTINGS.format(extra=cases["plain"]))).returncode == 0
