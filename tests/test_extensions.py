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
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from groupops.core.app import plugin_component
from groupops.core.engine.components import Component
from groupops.core.errors import GroupopsError

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
    code, output = seen["mistyped"]
    assert code == 2
    assert (
        "default.platforms.memo.admin: is not an option of this adapter (expected one of: admins)"
    ) in output
    [echo] = seen["commands"]
    assert (echo["role"], echo["description"]) == ("member", "Say TEXT back to the chat")
    assert "memo" in echo["platforms"]  # the plugin adapter's platform carries it out
    assert seen["sent"] == [
        "hello there",  # the component answered /echo
        "@Bo, please mind the group rules: shouting.",  # the detector's own reason
        "Cy got it: +15 points.",  # the campaign kind's winner, once
    ]
    assert "WHY IS NOBODY ANSWERING" not in seen["left"]  # deleted through the adapter
    assert seen["balances"] == {"memo:user:ann": 0, "memo:user:bo": 0, "memo:user:cy": 15}


def _point(value: str) -> EntryPoint:
    return EntryPoint(name="shout", value=value, group="groupops.components")


def test_a_component_entry_point_naming_a_module_or_nothing_is_one_line_naming_it():
    cases = {
        "json": "entry point shout = 'json' (groupops.components) names a module, not a "
        "Component class: write it as 'package.module:ClassName'",
        "json:dumps": "names function",
        "json:NoSuchClass": "module 'json' has no attribute 'NoSuchClass'",
        "no_such_package_here:Shout": "cannot import it: No module named 'no_such_package_here'",
    }
    for value, expected in cases.items():
        with pytest.raises(GroupopsError) as raised:
            plugin_component(_point(value))
        message = str(raised.value)
        assert expected in message and "\n" not in message
        assert message.startswith(f"entry point shout = {value!r}")


def test_a_component_entry_point_naming_a_component_class_gives_it():
    assert plugin_component(_point("groupops.core.engine.components:Component")) is Component


def groupops_commands_with(point: str, module: str = "") -> subprocess.CompletedProcess[str]:
    """`groupops commands` in a process where `point` ("name = value") is installed as a
    `groupops.components` entry point, after running `module` (the plugin's code)."""
    name, _, value = (part.strip() for part in point.partition("="))
    script = f"""
import importlib.metadata as metadata
{module}
real = metadata.entry_points
def installed(**select):
    if select.get("group") == "groupops.components":
        point = metadata.EntryPoint({name!r}, {value!r}, "groupops.components")
        return metadata.EntryPoints([point])
    return real(**select)
metadata.entry_points = installed
from groupops.core.cli import main
main(["commands"], prog_name="groupops")
"""
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300
    )


def test_groupops_commands_with_a_broken_plugin_installed_exits_2_with_one_line():
    done = groupops_commands_with("shout = json")
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "error: entry point shout = 'json' (groupops.components) names a module, not a "
        "Component class: write it as 'package.module:ClassName'"
    ]


BANHAMMER = """
import sys
import types

from groupops.core.engine import CommandComponent, on_command

class Banhammer(CommandComponent):
    name = "banhammer"
    default = False

    @on_command("ban")  # the name moderation's commands already answer
    def ban(self, event, ctx, command):
        ctx.reply("bonk")

plugin = types.ModuleType("banhammer_plugin")
plugin.Banhammer = Banhammer
sys.modules["banhammer_plugin"] = plugin
"""


def test_groupops_commands_warns_when_a_plugin_reuses_a_built_in_command_name():
    done = groupops_commands_with("banhammer = banhammer_plugin:Banhammer", BANHAMMER)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stderr.strip().splitlines() == [
        "warning: /ban is declared by 'banhammer', 'modcommands'; in a pipeline with more than "
        "one of them only the first in pipeline order answers it"
    ]
    listed = [line.split()[0] for line in done.stdout.splitlines()]
    assert listed.count("/ban") == 2  # both are listed; the warning says which one answers
