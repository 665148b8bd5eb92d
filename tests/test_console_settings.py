"""The Settings page says what `groupops check` says, the settings file's own warnings (a
secret written in it) included, not "No warnings." beside a check that warns."""

from __future__ import annotations

import re
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


SCOPED = {
    "rulesets": {"side": {"timezone": "UTC"}, "spare": {"timezone": "UTC"}},
    "communities": {
        "club": {"chat_locales": {"local:gone": "de"}},
        "other": {"ruleset": "side", "chats": ["local:other"], "title": "Other Club",
                  "chat_locales": {"local:secret-room": "de"}},
    },
}  # fmt: skip


async def test_an_admin_of_one_community_reads_only_its_warnings(harness_factory, tmp_path):
    """The page quoted every warning of the settings file to any admin: the other
    communities' names and chats, and the file's own secrets' places."""
    from groupops.core.console.app import build_app

    path = tmp_path / "settings.toml"
    path.write_text('[default.database]\nurl = "postgres://bot:hunter2@db.example/groupops"\n')
    h = await harness_factory(SCOPED)
    h.user("boss", admin=True)
    app = build_app(h.settings, h.database, h.engine, clock=h.clock, settings_path=path)
    pages = {}
    for who, grant in (("operator", ("*",)), ("admin", ("club",))):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://console") as client:
            await sign_in(client, await link_for(h, "local:user:boss", grant))
            pages[who] = unescape((await client.get("/settings")).text)
    operator, admin = pages["operator"], pages["admin"]
    for warning in ("default.communities.club.chat_locales", "default.rulesets.spare",
                    "default.communities.other.chat_locales", "default.database.url"):  # fmt: skip
        assert warning in operator
    assert "default.communities.club.chat_locales" in admin
    for hidden in ("other", "Other Club", "secret-room", "spare", "side", "default.database"):
        assert hidden not in admin, hidden
    assert re.search(r"\d rulesets, 2 communities, 2 chats on local", operator)
    assert "1 ruleset, 1 community, 1 chat on local" in admin
