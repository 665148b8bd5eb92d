"""An access token written into the OneBot bridge's URL (`?access_token=`, as the spec allows)
is shown masked by `groupops doctor` and `groupops run`, on the failure path too."""

from __future__ import annotations

import asyncio
import signal
import sys

from aiohttp import web
from support.cli import clean_env, groupops

TOKEN = "s3cr3t"  # short, as operators write them
SETTINGS = """
[default.database]
url = "sqlite://club.db"
[default.platforms.wechat]
adapter = "onebot12"
reconnect_max_seconds = 1
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
chats = ["wechat:12345@chatroom"]
"""


async def test_a_token_in_the_bridge_url_never_shows_in_doctor_or_run(tmp_path):
    async def unavailable(request: web.Request) -> web.Response:
        return web.Response(status=503)  # a bridge up but not serving its WebSocket yet

    app = web.Application()
    app.router.add_get("/", unavailable)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    url = f"ws://127.0.0.1:{port}/?access_token={TOKEN}"
    (tmp_path / "settings.toml").write_text(SETTINGS)
    env = {"GROUPOPS_PLATFORMS__WECHAT__URL": url}
    try:
        doctor = await groupops("doctor", cwd=tmp_path, timeout=300, **env)
        assert f"onebot12 bridge at ws://127.0.0.1:{port}/?access_token=***):" in doctor.text
        assert TOKEN not in doctor.text, doctor.text
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "groupops.core.cli", "run", cwd=tmp_path,
            env=clean_env(**env), stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        assert process.stdout is not None
        said: list[str] = []
        try:
            while "retrying until it is back" not in "".join(said[-1:]):
                line = (await asyncio.wait_for(process.stdout.readline(), 120)).decode()
                assert line, "run stopped before it ran:\n" + "".join(said)
                said.append(line)
        finally:
            process.send_signal(signal.SIGTERM)
            rest, _ = await asyncio.wait_for(process.communicate(), 60)
        run = "".join(said) + rest.decode()
        assert "503" in run and "access_token=***" in run, run
        assert TOKEN not in run, run
    finally:
        await runner.cleanup()
