"""Admin commands that change the rules: effective on the next message, persistent across a
restart, visible in `groupops export`."""

from __future__ import annotations

import asyncio
import json
import sys


async def club(harness_factory, extra: dict | None = None):
    h = await harness_factory(extra or {})
    return h, h.user("boss", owner=True), h.user("ann")


async def test_blocklist_commands_take_effect_and_persist(harness_factory):
    h, boss, ann = await club(harness_factory)
    await h.world.say(h.chat, boss, "/addblocklist 代开发票, free money")
    await h.world.say(h.chat, ann, "代 开 發 票 找我")
    await h.world.say(h.chat, boss, "/blocklist")
    await h.settle()
    await h.restart()
    await h.world.say(h.chat, ann, "FREE   MONEY here")
    await h.world.say(h.chat, boss, "/rmblocklist free money")
    await h.world.say(h.chat, ann, "free money again")
    await h.world.say(h.chat, ann, "/blocklist")
    await h.settle()
    assert h.world.texts(h.chat) == [
        "Added 2 entries to the blocklist.",
        "@Ann, please mind the group rules: a blocked word.",
        "2 blocklist entries: 代开发票, free money",
        "Removed 1 entry from the blocklist.",
        "Only admins can use /blocklist.",
    ]
    assert h.world.private_texts(ann) == [
        "A warning from Test Club: a blocked word. You have 2 warnings; more may get you removed."
    ]


async def test_locks_and_flood_by_command(harness_factory):
    h, boss, ann = await club(harness_factory)
    await h.world.say(h.chat, boss, "/lock sticker gif")
    await h.world.say(h.chat, boss, "/lock nonsense")
    await h.world.say(h.chat, ann, "", media="sticker")
    await h.world.say(h.chat, boss, "/unlock gif")
    await h.world.say(h.chat, boss, "/locks")
    await h.world.say(h.chat, boss, "/setflood 3 60")
    await h.settle()
    for n in range(3):
        await h.world.say(h.chat, ann, f"line {n}")
    await h.world.say(h.chat, boss, "/setflood off")
    await h.settle()
    texts = h.world.texts(h.chat)
    assert texts[:5] == [
        "Locked: sticker, gif.",
        "Lockable types: photo, video, sticker, gif, document, voice, audio, contact, "
        "location, poll, forward, url.",
        "Unlocked: gif.",
        "Locked: sticker.",
        "Flood control: at most 3 messages in 60 seconds.",
    ]
    assert texts[5:] == [
        "@Ann has been muted for 1 hour: flooding the chat.",
        "Flood control is off.",
    ]
    assert next(m.deleted for m in h.world.chats[h.chat].messages.values() if m.sender == ann)


async def test_setflood_out_of_range_answers_with_its_usage(harness_factory):
    h, boss, _ann = await club(harness_factory)
    usage = "Usage: /setflood MESSAGES [SECONDS], e.g. /setflood 5 10, or /setflood off"
    await h.world.say(h.chat, boss, "/setflood 99999999999999999999 1")
    await h.world.say(h.chat, boss, "/setflood 5 86401")
    await h.world.say(h.chat, boss, "/setflood 1001")
    await h.world.say(h.chat, boss, "/setflood 1000 86400")
    await h.settle()
    assert h.world.texts(h.chat) == [
        usage,
        usage,
        usage,
        "Flood control: at most 1,000 messages in 86,400 seconds.",
    ]


async def test_export_shows_changes_made_by_command(harness_factory, tmp_path):
    h, boss, ann = await club(harness_factory)
    await h.world.say(h.chat, boss, "/addblocklist 刷单")
    await h.world.say(h.chat, boss, "/lock url")
    await h.world.say(h.chat, boss, "/approve @ann")  # unknown yet: refused
    await h.world.say(h.chat, ann, "hello")
    await h.world.say(h.chat, boss, "/approve @ann")
    await h.world.say(h.chat, ann, "/connect")  # a member's connection is no setting
    await h.settle()
    if not h.db_url.startswith("sqlite"):
        return  # the CLI reads settings files; one dialect is enough for the export
    settings = tmp_path / "export.toml"
    settings.write_text(
        f'[default.database]\nurl = "{h.db_url}"\n'
        '[default.rulesets.main]\ntimezone = "Asia/Shanghai"\n'
        '[default.communities.club]\nruleset = "main"\nchats = ["local:main"]\n',
        encoding="utf-8",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", "export", "--settings", str(settings),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await process.communicate()
    assert process.returncode == 0, err.decode()
    club_export = json.loads(out)["communities"]["club"]
    changed = club_export["changed_by_command"]
    assert changed["blocklist.added"]["value"] == ["刷单"]
    assert changed["locks.locked"]["value"] == ["url"]
    assert changed["approved"]["value"] == [ann]
    assert changed["approved"]["updated_by"] == boss
    assert not [key for key in changed if key.startswith("connection:")]
    assert (club_export["ruleset"], club_export["chats"]) == ("main", ["local:main"])
    in_force = club_export["settings"]
    assert in_force["moderation"]["escalation"] == ["remind", "warn_private", "kick"]
    assert in_force["timezone"] == "Asia/Shanghai"
    # every section in force, join defence and paid membership among them
    assert {"captcha", "antiraid", "paid", "goodbye", "cleanup"} <= in_force.keys()
    assert in_force["captcha"]["enabled"] is False


def test_export_help_says_the_file_and_the_command_changes_are_apart():
    from click.testing import CliRunner

    from groupops.core.cli import main

    result = CliRunner().invoke(main, ["export", "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert (
        "Print each community's settings as JSON: the settings file's values, and beside them "
        "the changes made by chat commands." in " ".join(result.output.split())
    )
    assert "in force" not in result.output
