"""The Settings page says what `groupops check` says, the settings file's own warnings (a
secret written in it) included, not "No warnings." beside a check that warns."""

from __future__ import annotations

from html import unescape

import httpx
import pytest
from click.testing import CliRunner
from support.console import console_client, link_for, sign_in

from groupops.core.cli.check import check

pytest.importorskip("starlette", reason="the console needs the dashboard extra")


async def test_the_settings_page_warns_of_a_secret_in_the_file_as_check_does(harness, tmp_path):
    from groupops.core.console.app import build_app

    path = tmp_path / "settings.toml"
    path.write_text('[default.database]\nurl = "postgres://bot:hunter2@db.example/groupops"\n')
    warned = CliRunner().invoke(check, ["--settings", str(path)]).stderr
    assert "warning: default.database.url: a secret in settings.toml" in warned
    h = harness
    app = build_app(h.settings, h.database, h.engine, clock=h.clock, settings_path=path)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://console") as client:
        await sign_in(client, await link_for(h))
        shown = unescape((await client.get("/settings")).text)
    assert "default.database.url: a secret in settings.toml" in shown
    assert "No warnings." not in shown and "hunter2" not in shown
    assert "Ruleset from the settings file" in shown and "Built-in default" not in shown


async def test_without_a_settings_file_the_page_names_the_built_in_ruleset(harness):
    """A console started without a settings file (the built-in defaults, as `groupops
    dashboard --db sim.db` runs) does not claim its ruleset came from one."""
    async with console_client(harness) as client:
        await sign_in(client, await link_for(harness))
        shown = unescape((await client.get("/settings")).text)
    assert "<summary>Built-in default ruleset (no settings file)</summary>" in shown
    assert "Changed by chat command (in force over the built-in defaults)" in shown
    assert "settings file" not in shown.replace("(no settings file)", "")
