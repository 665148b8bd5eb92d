"""docs/quickstart.md followed step by step: every `sh` block of the page is run in order, in
an empty folder, against the fake Bot API (a group the bot was added to as an admin, where
the operator said hello), with the answers an operator would type. The page and the test
cannot drift apart: change a command there and this runs the new one."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sqlite3
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from support.cli import clean_env
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN

# every step is a groupops process: slow on a loaded machine, never a timed assertion
pytestmark = pytest.mark.timeout(900)

DOCS = Path(__file__).resolve().parents[1] / "docs"
CLUB, OWNER, SPAMMER = -1001234567890, 10, 66
ANSWERS = {"groupops init": "\n".join(["", TOKEN, "all", "", "", ""])}  # Enter = the default


def commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", (DOCS / "quickstart.md").read_text(), re.S)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def environment(base_url: str) -> dict[str, str]:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return clean_env(PATH=path, GROUPOPS_INIT_BASE_URL=base_url)


async def shell(line: str, cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    typed = next((a for start, a in ANSWERS.items() if line.startswith(start)), "")
    process = await asyncio.create_subprocess_exec(
        "bash", "-euo", "pipefail", "-c", line, cwd=cwd, env=env,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(typed.encode()), 120)
    return process.returncode or 0, out.decode()


async def run_until_moderated(line: str, cwd: Path, env: dict[str, str], fake) -> str:
    """`groupops run`: a spammer posts a contact ad; the bot answers; Ctrl-C stops it."""
    world = fake.world
    world.polled.clear()
    process = await asyncio.create_subprocess_exec(
        "bash", "-c", f"exec {line}", cwd=cwd, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    try:
        await asyncio.wait_for(world.polled.wait(), 60)
        world.user(SPAMMER, "Spammer")
        world.join(CLUB, SPAMMER)
        world.say(CLUB, SPAMMER, "vx: abc123456 加我")
        await fake.wait_until(lambda: any("Spammer" in t for t in world.texts(CLUB)), 60)
        await fake.wait_until(lambda: len(world.texts(CLUB)) >= 2, 60)
        process.send_signal(signal.SIGINT)
        out, _ = await asyncio.wait_for(process.communicate(), 60)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, out.decode()
    return out.decode()


async def test_the_quickstart_works_as_written(tmp_path):
    fake = FakeBotAPI()
    await fake.start()
    world = fake.world
    world.user(OWNER, "Olga")
    world.add_bot(CLUB, "Run Club", by=OWNER)  # step 2: added…
    world.bot_rights(CLUB)  # …as an admin with every right
    world.say(CLUB, OWNER, "hello")
    env = environment(fake.base_url)
    ran: list[str] = []
    try:
        for line in commands():
            if line.startswith("groupops run"):
                output = await run_until_moderated(line, tmp_path, env, fake)
            else:
                code, output = await shell(line, tmp_path, env)
                assert code == 0, f"{line}\n{output}"
            assert TOKEN not in output and TOKEN.split(":")[1] not in output, line
            ran.append(line.split()[1])
    finally:
        await fake.close()
    assert ran[:4] == ["init", "check", "doctor", "run"]
    assert "backup" in ran and "migrate" in ran
    settings = tomllib.loads((tmp_path / "settings.toml").read_text())["default"]
    assert settings["communities"]["main"]["chats"] == [f"telegram:{CLUB}"]
    assert settings["rulesets"]["main"]["timezone"] == "Asia/Shanghai"
    texts = world.texts(CLUB)
    assert any(t.startswith("Welcome to Run Club, Spammer") for t in texts), texts
    assert any("Spammer" in t and "rules" in t for t in texts[1:]), texts  # the reminder
    for backup in ("backups/groupops.db", "backups/before-upgrade.db"):
        with sqlite3.connect(tmp_path / backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT count(*) FROM members").fetchone()[0] >= 1


def test_the_deploy_examples_run_what_the_quickstart_runs():
    deploy = DOCS / "examples" / "deploy"
    unit = (deploy / "groupops.service").read_text()
    assert "ExecStart=/srv/groupops/venv/bin/groupops run" in unit
    assert "RestartPreventExitStatus=2" in unit
    compose = yaml.safe_load((deploy / "compose.yaml").read_text())
    bot = compose["services"]["bot"]
    assert bot["build"]["dockerfile"] == "docs/examples/deploy/Dockerfile"
    assert (DOCS.parent / bot["build"]["dockerfile"]).is_file()
    url = bot["environment"]["GROUPOPS_DATABASE__URL"]
    db = compose["services"]["db"]["environment"]
    assert url == (
        f"postgres://{db['POSTGRES_USER']}:{db['POSTGRES_PASSWORD']}@db:5432/{db['POSTGRES_DB']}"
    )
    dockerfile = (deploy / "Dockerfile").read_text()
    # the image holds the platform's library and the database driver compose.yaml uses
    installed = re.search(r'pip install --no-cache-dir "/src\[([\w,]+)\]"', dockerfile)
    assert installed and {"telegram", "postgres"} <= set(installed.group(1).split(","))
    assert 'CMD ["groupops", "run", "--settings", "/data/settings.toml"]' in dockerfile


def test_the_quickstarts_install_line_brings_the_telegram_library():
    """`groupops init` sets up Telegram on aiogram unless told otherwise: the page's install
    line must bring it (without the extra, init stops at once asking for it)."""
    page = (DOCS / "quickstart.md").read_text()
    installs = re.findall(r"^\$ python -m pip install (?:--upgrade )?'([^']+)'", page, re.M)
    assert installs
    for line in installs:
        wheel = re.fullmatch(r"\./(groupops)-VERSION-py3-none-any\.whl\[([\w,]+)\]", line)
        if wheel:  # a wheel file with its extras
            assert "telegram" in wheel.group(2).split(","), line
            continue
        requirement = Requirement(line)
        assert requirement.name == "groupops" and "telegram" in requirement.extras, line
