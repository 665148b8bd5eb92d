"""A chat's platform prefix must name a platform something can serve: a typo
(`telegarm:-100…`) is a settings error that check, doctor and run refuse with a guess; a real
platform without its [platforms.NAME] table is allowed (its actions wait in the outbox), but
check warns and run's start-up line names the communities nothing serves."""

from __future__ import annotations

import asyncio
import signal
import sys

from support.cli import LOCAL_SETTINGS, clean_env, groupops

TYPO = """
[default.platforms.telegram]
adapter = "aiogram"
[default.rulesets.main]
timezone = "UTC"
[default.communities.main]
ruleset = "main"
chats = ["telegarm:-1001111111111"]
"""

ERROR = (
    "default.communities.main.chats[0]: 'telegarm:-1001111111111': no adapter serves platform "
    "'telegarm' (did you mean 'telegram'? configured: telegram)"
)


async def test_a_mistyped_platform_prefix_is_refused_with_a_guess(tmp_path):
    (tmp_path / "settings.toml").write_text(TYPO)
    (tmp_path / ".secrets.toml").write_text(
        '[default.platforms.telegram]\ntoken = "123456789:AAH-test-token-abcdefghijklmnopqrst"\n'
    )
    for command in ("check", "doctor", "run"):
        result = await groupops(command, cwd=tmp_path, timeout=300)  # run loads every adapter
        assert result.code == 2, (command, result.text)
        assert result.err == f"settings.toml: 1 problem\n  {ERROR}\n", (command, result.err)
        assert "Traceback" not in result.text


UNCONFIGURED = (
    LOCAL_SETTINGS
    + """
[default.communities.wx]
ruleset = "main"
chats = ["wechat:12345@chatroom"]
"""
)


async def test_a_platform_without_its_table_warns_and_run_names_the_community(tmp_path):
    (tmp_path / "settings.toml").write_text(UNCONFIGURED.format(url="sqlite://club.db"))
    checked = await groupops("check", cwd=tmp_path)
    assert checked.code == 0, checked.text
    assert checked.err == (
        "note: no [platforms.wechat] configured; actions for the chats of wx wait in the outbox\n"
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", "run", cwd=tmp_path, env=clean_env(),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    assert process.stdout is not None
    try:
        while "groupops running" not in (
            line := (await asyncio.wait_for(process.stdout.readline(), 120)).decode()
        ):
            assert line, "run stopped before it ran"
    finally:
        process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(process.wait(), 60)
    assert (
        "groupops running: 1 community on local, 1 on no configured platform (wx): their "
        "actions wait in the outbox (sqlite://club.db)" in line
    )
