"""`groupops run` as an operator starts it: a subprocess with a token in .secrets.toml, long
polling against the fake Bot API, stopped by SIGTERM or Ctrl-C with the outbox drained."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN
from support.telegram_harness import CHAT_ID

WELCOME = "Welcome to Run Club, {}! Please read the group rules and say hello."


def write_settings(tmp_path, base_url: str, driver: str) -> None:
    (tmp_path / "settings.toml").write_text(
        f"""
[default.database]
url = "sqlite://run.db"
[default.platforms.telegram]
adapter = "{driver}"
mode = "polling"
base_url = "{base_url}"
poll_timeout = 2
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
title = "Run Club"
chats = ["telegram:{CHAT_ID}"]
""",
        encoding="utf-8",
    )
    (tmp_path / ".secrets.toml").write_text(
        f'[default.platforms.telegram]\ntoken = "{TOKEN}"\n', encoding="utf-8"
    )


@pytest.mark.parametrize(("driver", "stop"), [("aiogram", signal.SIGTERM), ("ptb", signal.SIGINT)])
async def test_run_polls_welcomes_and_stops_cleanly(tmp_path, driver, stop):
    fake = FakeBotAPI()
    base_url = await fake.start()
    world = fake.world
    world.group(CHAT_ID, "Run Club")
    write_settings(tmp_path, base_url, driver)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPOPS_")}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "groupops.core.cli",
        "run",
        "--settings",
        str(tmp_path / "settings.toml"),
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await asyncio.wait_for(world.polled.wait(), 120)  # a loaded machine starts slowly
        for user_id, name in ((41, "Ann"), (42, "Bo"), (43, "Cy")):
            world.user(user_id, name)
            world.join(CHAT_ID, user_id)
        await asyncio.wait_for(world.wait_acknowledged(), 15)  # committed, maybe not sent yet
        process.send_signal(stop)
        out, err = await asyncio.wait_for(process.communicate(), 30)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await fake.close()
    log = (out + err).decode()
    assert process.returncode == 0, log
    assert sorted(world.texts(CHAT_ID)) == sorted(WELCOME.format(n) for n in ("Ann", "Bo", "Cy"))
    assert "stopped" in log
    # who stopped it: a run stopped by something other than its operator says by what
    assert f"stopping ({stop.name} received): finishing queued events" in log
    # what `groupops doctor` says, logged at start
    assert "privacy mode is on" in log and "the bot is an admin: join and leave updates" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log
