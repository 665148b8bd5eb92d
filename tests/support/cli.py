"""Running `groupops` as an operator does: a subprocess in a folder, with stdin to type into,
while the test's event loop serves the fake peers it talks to."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


# A deployment's settings.toml with one community on the local adapter, on `url`
LOCAL_SETTINGS = """
[default.database]
url = "{url}"
[default.platforms.local]
adapter = "local"
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
chats = ["local:main"]
"""


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without the developer's GROUPOPS_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPOPS_")}
    return env | {"COLUMNS": "200"} | extra


async def groupops(
    *args: str, cwd: Path, stdin: str | None = None, timeout: float = 90, **env: str
) -> Outcome:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "groupops.core.cli",
        *args,
        cwd=cwd,
        env=clean_env(**env),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(
            process.communicate(stdin.encode() if stdin is not None else None), timeout
        )
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    return Outcome(process.returncode or 0, out.decode(), err.decode())
