"""A contributor's extensions — a component, a detector, a campaign kind and an adapter, each
in its own file with one registration line (tests/support/extensions/), installed through
entry points — work end to end: `groupops check` accepts a settings file using all four,
`groupops commands` lists the new command with its component's docstring, and in a chat on
the new messenger the command answers, the detector removes a message with its own reason,
and the campaign pays its winner once. They run in a process of their own, so what they
register stays out of the rest of the suite."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).parent


def test_a_component_detector_campaign_kind_and_adapter_plug_in(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "support.extensions.scenario", str(tmp_path)],
        cwd=TESTS,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    code, output = seen["check"]
    assert code == 0 and "OK (1 ruleset, 1 community, 1 chat on memo)" in output
    [echo] = seen["commands"]
    assert (echo["role"], echo["description"]) == ("member", "Say TEXT back to the chat")
    assert seen["sent"] == [
        "hello there",  # the component answered /echo
        "@Bo please mind the group rules: shouting.",  # the detector's own reason
        "Cy got it: +15 points.",  # the campaign kind's winner, once
    ]
    assert "WHY IS NOBODY ANSWERING" not in seen["left"]  # deleted through the adapter
    assert seen["balances"] == {"memo:user:ann": 0, "memo:user:bo": 0, "memo:user:cy": 15}
