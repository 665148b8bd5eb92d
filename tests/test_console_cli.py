"""`groupops simulate --db sqlite://sim.db`, then `groupops report` and `groupops dashboard`
on that database with no settings file: the simulated community's KPIs and members show, and
a link from `groupops dashboard login-link` signs in."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sys

import httpx
import pytest
from support.cli import clean_env, groupops
from support.console import sign_in

pytest.importorskip("starlette", reason="the console needs the dashboard extra")


async def _serve(cwd) -> tuple[asyncio.subprocess.Process, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", "dashboard", "--db", "sqlite://sim.db",
        "--port", "0", cwd=cwd, env=clean_env(), stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stderr is not None
    while True:
        line = (await asyncio.wait_for(process.stderr.readline(), 60)).decode()
        assert line, "the console stopped before it listened"
        found = re.search(r"console on (http://\S+) \(", line)
        if found:
            return process, found.group(1)


async def test_a_simulations_database_opens_in_report_and_the_console(tmp_path):
    simulated = await groupops("simulate", "--db", "sqlite://sim.db", "--days", "2",
                               "--members", "30", cwd=tmp_path)  # fmt: skip
    assert simulated.code == 0, simulated.text
    assert (tmp_path / "sim.db").is_file()
    report = await groupops("report", "--db", "sqlite://sim.db", "--community", "simulated",
                            "--date", "2026-03-03", cwd=tmp_path)  # fmt: skip
    assert report.code == 0, report.text
    assert report.out.startswith("Report for Simulated community, week 2026-W10")
    link = await groupops("dashboard", "login-link", "--db", "sqlite://sim.db", cwd=tmp_path)
    assert link.code == 0, link.text
    token = link.out.strip().rsplit("/", 1)[1]
    process, url = await _serve(tmp_path)
    try:
        async with httpx.AsyncClient(base_url=url) as client:
            assert (await sign_in(client, token)).status_code == 303
            overview = (await client.get("/communities")).text
            assert "Simulated community" in overview
            assert re.search(r'class="kpi (healthy|watch|alert)"', overview)
            assert "activity rate" in overview
            members = (await client.get("/members")).text
            assert members.count('href="/c/simulated/m/local:user:') >= 20
    finally:
        os.kill(process.pid, signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 30) == 0


async def test_login_link_for_a_member_without_a_role_is_refused(tmp_path):
    (tmp_path / "settings.toml").write_text(
        '[default.rulesets.main]\ntimezone = "UTC"\n'
        '[default.communities.club]\nruleset = "main"\nchats = ["local:main"]\n'
        '[default.communities.club.roles]\nadmin = ["local:user:boss"]\n',
        encoding="utf-8",
    )
    refused = await groupops("dashboard", "login-link", "--user", "local:user:ann",
                             cwd=tmp_path)  # fmt: skip
    assert refused.code == 2
    assert "local:user:ann holds no admin role in any community's settings" in refused.err
    granted = await groupops("dashboard", "login-link", "--user", "local:user:boss",
                             cwd=tmp_path)  # fmt: skip
    assert granted.code == 0, granted.text
    assert re.fullmatch(r"http://127\.0\.0\.1:8080/login/[\w-]{40,}\n", granted.out)
    # a console started with --port 9090 is not at that address: the link cannot know, and says so
    assert granted.err.splitlines()[-1] == (
        "(the address is dashboard.host and dashboard.port of the settings; for a console "
        "started with --host or --port, pass the --base-url `groupops dashboard` printed)"
    )
    told = await groupops("dashboard", "login-link", "--user", "local:user:boss",
                          "--base-url", "http://127.0.0.1:9090", cwd=tmp_path)  # fmt: skip
    assert told.out.startswith("http://127.0.0.1:9090/login/") and "--base-url" not in told.err


BUSY_SETTINGS = """
[default.platforms.local]
adapter = "local"
[default.dashboard]
enabled = {console}
port = {port}
[default.metrics.prometheus]
enabled = {prometheus}
port = {port}
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
chats = ["local:main"]
"""


@pytest.mark.parametrize(
    ("command", "console", "prometheus", "setting"),
    [
        (("dashboard",), "false", "false", "dashboard.port"),
        (("run",), "true", "false", "dashboard.port"),
        (("run",), "false", "true", "metrics.prometheus.port"),
    ],
)
async def test_a_busy_port_is_one_line_naming_the_setting(
    tmp_path, command, console, prometheus, setting
):
    """uvicorn had exited from inside its task: `dashboard` printed 60 lines of traceback and
    `run` hung; a busy Prometheus port ended `run` in a traceback."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        settings = BUSY_SETTINGS.format(console=console, prometheus=prometheus, port=port)
        (tmp_path / "settings.toml").write_text(settings, encoding="utf-8")
        said = await groupops(*command, cwd=tmp_path, timeout=60)
    assert said.code == 1, said.text
    assert said.err.splitlines()[-1] == (
        f"error: {setting}: cannot listen on 127.0.0.1:{port}: address already in use"
    )
    assert "Traceback" not in said.text


async def test_the_console_in_an_empty_folder_is_refused_without_making_a_database(tmp_path):
    for command in (("dashboard", "--port", "0"), ("dashboard", "login-link")):
        said = await groupops(*command, cwd=tmp_path)
        assert said.code == 2, said.text
        assert said.err.startswith("no settings.toml and no database (groupops.db) in ")
    assert list(tmp_path.iterdir()) == []


async def test_an_unknown_report_language_is_refused_not_replaced(tmp_path):
    """report --locale klingon printed the community's Chinese and exited 0."""
    simulated = await groupops("simulate", "--db", "sqlite://sim.db", "--days", "1",
                               "--members", "10", cwd=tmp_path)  # fmt: skip
    assert simulated.code == 0, simulated.text
    said = await groupops("report", "--db", "sqlite://sim.db", "--community", "simulated",
                          "--locale", "klingon", cwd=tmp_path)  # fmt: skip
    assert said.code == 2
    assert said.err.splitlines()[-1] == (
        "Error: Invalid value for '--locale': 'klingon' has no catalog (one of: ar, de, en, es, "
        "fa, id, pt_BR, ru, uk, vi, zh_Hans, zh_Hant)"
    )
