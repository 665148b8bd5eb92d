"""The command line imports a command's module only when that command runs: `groupops --help`
loads none of them, `groupops check` none of the heavy libraries the engine uses elsewhere.
(No timings here; `groupops bench cli` measures them.)"""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from groupops.core.cli import COMMANDS, main
from groupops.core.cli.lazy import load_command

HEAVY = ("sklearn", "scipy", "numpy", "aiohttp", "croniter", "tortoise", "pydantic")


def modules_after(*args: str) -> set[str]:
    """The top-level modules a fresh interpreter has loaded after `groupops ARGS`."""
    script = (
        "import json, sys\n"
        "from groupops.core.cli import main\n"
        "try:\n"
        f"    main({list(args)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted({m.partition('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_help_lists_every_command_with_its_own_summary():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name, entry in COMMANDS.items():
        command = load_command(name, entry)
        assert command.name == name
        assert entry.summary == command.get_short_help_str(limit=1000), name
        assert name in result.output


def test_help_imports_no_command_and_no_heavy_library():
    loaded = modules_after("--help")
    assert not loaded & set(HEAVY)


def test_check_does_not_import_the_classifier_or_http_client(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text(
        '[default.rulesets.main]\ntimezone = "UTC"\n\n'
        '[default.communities.main]\nruleset = "main"\nchats = ["telegram:-100123"]\n',
        encoding="utf-8",
    )
    loaded = modules_after("check", "--settings", str(settings))
    assert not loaded & {"sklearn", "scipy", "aiohttp", "croniter"}


def test_check_of_an_aiogram_platform_does_not_import_aiogram(tmp_path):
    """aiogram builds a pydantic model for each of its types at import (seconds of CPU): the
    settings of `groupops init`'s default driver are checked from the adapter's class alone."""
    settings = tmp_path / "settings.toml"
    settings.write_text(
        '[default.platforms.telegram]\nadapter = "aiogram"\nmode = "polling"\n'
        'token = "123456789:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"\n',
        encoding="utf-8",
    )
    loaded = modules_after("check", "--settings", str(settings))
    assert "groupops" in loaded and "aiogram" not in loaded


def test_unknown_command_is_refused():
    result = CliRunner().invoke(main, ["no-such-command"])
    assert result.exit_code == 2
    assert "No such command" in result.output


def test_bench_cli_reports_both_commands_beside_a_bare_python_start():
    result = CliRunner().invoke(main, ["bench", "cli", "--quick", "--json"])
    assert result.exit_code == 0, result.output
    figures = {f["name"]: f for f in json.loads(result.output)["figures"]}
    for command in ("groupops --help", "groupops check"):
        for clock in ("wall", "CPU"):
            figure = figures[f"{command}, {clock}"]
            assert figure["unit"] == "ms" and figure["baseline"] == "python -c pass"
            assert figure["value"] > 0 and figure["baseline_value"] > 0
