"""`groupops run` with `[default.dashboard] enabled = true`: the bot serves the console; an
admin's /dashboard brings a link privately; a mute asked for in the console and its undo
reach the group through each Telegram driver against the fake Bot API at once."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
from collections.abc import Callable

import httpx
import pytest
from support.console import post_form, sign_in
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN
from support.ports import free_port
from support.telegram_harness import CHAT_ID

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

SECRET = "console-signing-secret-for-the-test"
BOSS, ANN = 7, 41


def _write_settings(tmp_path, base_url: str, driver: str, port: int) -> None:
    (tmp_path / "settings.toml").write_text(
        f"""
[default.database]
url = "sqlite://run.db"
[default.platforms.telegram]
adapter = "{driver}"
mode = "polling"
base_url = "{base_url}"
poll_timeout = 2
[default.dashboard]
enabled = true
port = {port}
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
        f'[default.platforms.telegram]\ntoken = "{TOKEN}"\n'
        f'[default.dashboard]\nsecret = "{SECRET}"\n',
        encoding="utf-8",
    )


async def _until(done: Callable[[], object], what: str) -> None:
    for _ in range(600):  # a loaded machine is slow; the test waits, it does not time
        if done():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"never happened: {what}")


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_run_serves_the_console_and_its_mute_reaches_telegram(tmp_path, driver):
    fake = FakeBotAPI()
    base_url = await fake.start()
    world = fake.world
    group = world.group(CHAT_ID, "Run Club")
    world.user(BOSS, "Boss")
    world.add_member(CHAT_ID, BOSS, "administrator")
    world.private(BOSS)
    world.user(ANN, "Ann")
    world.add_member(CHAT_ID, ANN)
    port = free_port()
    _write_settings(tmp_path, base_url, driver, port)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPOPS_")}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", "run", "--settings",
        str(tmp_path / "settings.toml"), cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await asyncio.wait_for(world.polled.wait(), 120)
        world.say(CHAT_ID, ANN, "hello")
        world.say(CHAT_ID, BOSS, "/dashboard")
        await _until(lambda: world.texts(BOSS), "the private link")
        await _until(lambda: world.texts(CHAT_ID), "the note in the group")
        assert world.texts(CHAT_ID)[-1] == "I sent you a sign-in link privately."
        link = re.search(rf"http://127\.0\.0\.1:{port}/login/([\w-]+)", world.texts(BOSS)[-1])
        assert link, world.texts(BOSS)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            assert (await sign_in(client, link.group(1))).status_code == 303
            page = f"/c/club/m/telegram:user:{ANN}"
            asked = await post_form(client, page, f"{page}/act", kind="mute", amount="0",
                                    reason="flooding")  # fmt: skip
            assert asked.status_code == 303
            await _until(lambda: group.status(ANN) == "restricted", "Ann muted")
            log = (await client.get("/moderation")).text
            entry = re.search(r'data-entry="([^"]+)">Undo', log)
            assert entry, log
            await post_form(client, "/moderation", "/c/club/undo", entry=entry.group(1))
            await _until(lambda: group.status(ANN) == "member", "Ann may speak again")
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), 120)  # a loaded machine
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await fake.close()
    output = (out + err).decode()
    assert process.returncode == 0, output
    assert f"console on http://127.0.0.1:{port}" in output
    assert SECRET not in output
