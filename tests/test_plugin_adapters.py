"""Adapters installed from packages of their own.

One whose library is not installed (a package installed with --no-deps, a dependency
uninstalled since): `groupops check` and `run` say which module is missing and which package
brings it, in one line, exit 2. They ended in a bare `ModuleNotFoundError` traceback, as no
extra of groupops knows the plugin's library.

One whose secret option is named as its protocol names it (`sasl_password`, an IRC
operator's `oper_password`): its value is masked in the log, and check warns when it is
written in settings.toml, as for `password` and `token`. Only those exact names were secrets,
and an IRC library's DEBUG line `RAW: OPER olga operpass` reached the log as it was.

The plugin is a real distribution on `sys.path` (a `.dist-info` with its entry point), so
`importlib.metadata` finds it as it finds an installed package; each command runs in a process
of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SETTINGS = """
[default.database]
url = "sqlite://groupops.db"
[default.platforms.chirp]
adapter = "chirp"
[default.rulesets.main]
locale = "en"
[default.communities.main]
ruleset = "main"
chats = ["chirp:#general"]
"""
ADAPTER = """
from groupops.core.adapter import Adapter
{imports}

class ChirpAdapter(Adapter):
    platform = name = "chirp"
    requires = {requires!r}

    async def start(self, sink): ...

    async def stop(self): ...
"""


def _plugin(
    root: Path, imports: str = "", requires: tuple[str, ...] = (), source: str = ""
) -> None:
    """A package `chirp-groupops` providing the adapter `chirp`."""
    (root / "chirp_groupops.py").write_text(
        source or ADAPTER.format(imports=imports, requires=requires), encoding="utf-8"
    )
    dist = root / "chirp_groupops-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: chirp-groupops\nVersion: 0.1\n", encoding="utf-8"
    )
    (dist / "entry_points.txt").write_text(
        "[groupops.adapters]\nchirp = chirp_groupops:ChirpAdapter\n", encoding="utf-8"
    )


def _groupops(root: Path, *args: str, extra: str = "") -> subprocess.CompletedProcess[str]:
    (root / "settings.toml").write_text(
        SETTINGS.replace(
            '[default.platforms.chirp]\nadapter = "chirp"\n',
            f'[default.platforms.chirp]\nadapter = "chirp"\n{extra}',
        ),
        encoding="utf-8",
    )
    path = os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", *args, "--settings", "settings.toml"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


EXPECTED = (
    "default.platforms.chirp.adapter: the chirp adapter needs the module 'chirp_sdk', which "
    "is not installed: install chirp-groupops with its dependencies (pip install chirp-groupops)"
)


@pytest.mark.parametrize(
    "plugin",
    [
        {"requires": ("chirp_sdk",)},  # named in `requires`, imported when built
        {"imports": "import chirp_sdk.client"},  # imported at the top of the module
    ],
    ids=["requires", "imported"],
)
@pytest.mark.parametrize("command", ["check", "run"])
def test_a_plugin_adapter_missing_its_library_is_one_line_naming_the_package(
    tmp_path, plugin, command
):
    _plugin(tmp_path, **plugin)
    done = _groupops(tmp_path, command)
    assert done.returncode == 2, done.stderr
    assert EXPECTED in done.stderr + done.stdout
    assert "Traceback" not in done.stderr


SIGNING_IN = """
import logging

from groupops.core.adapter import Adapter
from groupops.core.errors import StartupError


class ChirpAdapter(Adapter):
    platform = name = "chirp"

    def __init__(self, sasl_password: str = "") -> None:
        super().__init__()
        self.sasl_password = sasl_password

    async def start(self, sink):
        # what a protocol library logs at DEBUG: the line it wrote
        logging.getLogger("chirp.wire").debug("RAW: AUTHENTICATE %s", self.sasl_password)
        raise StartupError("platforms.chirp.host", "cannot reach 127.0.0.1:6697")

    async def stop(self): ...
"""


def test_a_plugin_adapters_secret_option_is_masked_and_warned_of_in_settings(tmp_path):
    _plugin(tmp_path, source=SIGNING_IN)
    (tmp_path / ".secrets.toml").write_text(
        '[default.platforms.chirp]\nsasl_password = "Swordfish42"\n', encoding="utf-8"
    )
    done = _groupops(tmp_path, "run", extra='[default.logging]\nlevel = "DEBUG"\n')
    said = done.stderr + done.stdout
    assert done.returncode == 1, said
    assert "RAW: AUTHENTICATE ***" in said
    assert "error: platforms.chirp.host: cannot reach 127.0.0.1:6697" in said
    assert "Swordfish42" not in said

    (tmp_path / ".secrets.toml").unlink()
    done = _groupops(tmp_path, "check", extra='sasl_password = "Swordfish42"\n')
    assert done.returncode == 0, done.stderr
    assert (
        "warning: default.platforms.chirp.sasl_password: a secret in settings.toml; move it to "
        ".secrets.toml"
    ) in done.stderr
    assert "Swordfish42" not in done.stderr + done.stdout
