"""The operator's view of the Matrix adapter: `groupops check` names each bad setting, and
`groupops run` stops with one line when the homeserver refuses the token, never printing it."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

from click.testing import CliRunner
from support.cli import clean_env, groupops
from support.matrix_fixtures import make_room
from support.ports import free_port
from support.settings_cli import community_settings

from groupops.core.cli import main


def matrix_platform(homeserver: str, user_id: str) -> str:
    return (
        f'[default.platforms.matrix]\nadapter = "matrix"\nhomeserver = "{homeserver}"\n'
        f'user_id = "{user_id}"\n'
    )


def matrix_token(token: str) -> str:
    """The .secrets.toml that holds the access token."""
    return f'[default.platforms.matrix]\naccess_token = "{token}"\n'


def settings_file(tmp_path, platform: str, secrets: str = "") -> str:
    return community_settings(
        tmp_path, "matrix:!room:localhost", platform, timezone="Europe/Berlin", secrets=secrets
    )


def test_check_names_each_bad_matrix_setting(tmp_path):
    bad = matrix_platform("matrix.example.org", "groupops")
    result = CliRunner().invoke(main, ["check", "--settings", settings_file(tmp_path, bad)])
    assert result.exit_code == 2
    assert "platforms.matrix.homeserver: 'matrix.example.org' is not an http://" in result.output
    assert "platforms.matrix.user_id: 'groupops' is not a Matrix user id" in result.output
    # like Telegram's token, where the secret goes (it said only "is required")
    assert (
        "platforms.matrix.access_token: is required: put it in .secrets.toml beside "
        "settings.toml or in GROUPOPS_PLATFORMS__MATRIX__ACCESS_TOKEN\n"
    ) in result.output


def test_check_names_the_key_a_misspelt_option_meant_and_a_type_in_words(tmp_path):
    """'homeservr' said "Extra inputs are not permitted", and a number written as a word
    pydantic's "Input should be a valid number, unable to parse string as a number"."""
    bad = (
        '[default.platforms.matrix]\nadapter = "matrix"\nhomeservr = "https://m.example.org"\n'
        'user_id = "@bot:example.org"\nsync_timeout_seconds = "thirty"\n'
    )
    secrets = matrix_token("syt_not_a_real_token_4567")
    result = CliRunner().invoke(
        main, ["check", "--settings", settings_file(tmp_path, bad, secrets)]
    )
    assert result.exit_code == 2
    assert (
        "platforms.matrix.homeservr: unknown key, did you mean 'homeserver'? (expected one of: "
        "homeserver, user_id, access_token, sync_timeout_seconds,"
    ) in result.output
    assert "platforms.matrix.sync_timeout_seconds: expected a number\n" in result.output
    assert "syt_not_a_real_token_4567" not in result.output and "thirty" not in result.output


def test_check_accepts_the_token_from_the_secrets_file(tmp_path):
    good = matrix_platform("https://matrix.example.org", "@groupops:example.org")
    secrets = matrix_token("syt_not_a_real_token_0123")
    result = CliRunner().invoke(
        main, ["check", "--settings", settings_file(tmp_path, good, secrets)]
    )
    assert result.exit_code == 0, result.output
    assert "syt_not_a_real_token_0123" not in result.output


def test_run_stops_with_one_line_when_the_homeserver_refuses_the_token(tmp_path, synapse):
    platform = matrix_platform(synapse.url, "@groupops:localhost")
    secrets = matrix_token("syt_stolen_token_987654")
    result = CliRunner().invoke(
        main, ["run", "--settings", settings_file(tmp_path, platform, secrets)]
    )
    assert result.exit_code == 1
    assert "platforms.matrix.access_token: the homeserver refused it (whoami: M_UNKNOWN_TOKEN" in (
        result.output
    )
    assert "syt_stolen_token_987654" not in result.output


async def test_doctor_names_what_the_bot_lacks_in_each_room(tmp_path, synapse):
    owner, bot = synapse.register("Olga"), synapse.register("Bot")
    room = make_room(synapse, owner, bot)  # invited, power level 100
    bot.join(room)
    weak = owner.create_room(preset="private_chat", invite=[bot.user_id])  # level 0 there
    bot.join(weak)
    absent = owner.create_room(preset="private_chat")
    invited = owner.create_room(preset="private_chat", invite=[bot.user_id])  # not joined yet
    platform = matrix_platform(synapse.url, bot.user_id)
    path = settings_file(tmp_path, platform, matrix_token(bot.token))
    unknown = "!nosuchroom:localhost"  # a mistyped room id
    rooms = ", ".join(f'"matrix:{r}"' for r in (room, weak, absent, invited, unknown))
    Path(path).write_text(
        Path(path).read_text().replace('chats = ["matrix:!room:localhost"]', f"chats = [{rooms}]")
    )
    result = await groupops("doctor", cwd=tmp_path)
    # the first run accepts the invite: a note, not a blocker that stops a deploy script
    assert (
        f"note     matrix:{invited}: the bot is invited; it joins when groupops run" in result.out
    )
    assert f"signed in as {bot.user_id}" in result.out, result.text
    assert f"ok       matrix:{room}: in the room, power level 100" in result.out
    assert f"WARNING  matrix:{weak}: power level 0 may not redact" in result.out
    # each fix names the level the bot needs (it said "raise the bot's power level": to what?)
    assert (
        f"WARNING  matrix:{weak}: power level 0 may not change power levels\n"
        "           switches off: mutes\n"
        f"           fix: give {bot.user_id} power level 100 or more (m.room.power_levels needs "
        "it)\n"
    ) in result.out, result.out
    assert (
        f"           fix: give {bot.user_id} power level 50 or more, or let a lower level send "
        "org.groupops.bans (state_default, or events)\n"
    ) in result.out, result.out
    # the homeserver says only "M_FORBIDDEN … not in room": say what to do about it
    for missing in (absent, unknown):
        assert (
            f"BLOCKER  matrix:{missing}: cannot read the room (member: M_FORBIDDEN"
        ) in result.out, result.out
        assert (
            "           switches off: everything there\n"
            f"           fix: invite {bot.user_id} to the room (it joins rooms it is invited "
            f"to), or check the room id in the community's chats (matrix:{missing})\n"
        ) in result.out.split(f"BLOCKER  matrix:{missing}: ", 1)[1]
    assert bot.token not in result.text
    assert "Unclosed client session" not in result.err


async def test_doctor_checks_the_admin_room_too(tmp_path, synapse):
    """An admin room the bot is not in was never mentioned: reviews, alerts and reports for
    the admins went nowhere with doctor saying all was well."""
    owner, bot = synapse.register("Olga"), synapse.register("Bot")
    room = make_room(synapse, owner, bot)
    bot.join(room)
    admins = owner.create_room(preset="private_chat")  # the bot was never invited
    platform = matrix_platform(synapse.url, bot.user_id)
    path = settings_file(tmp_path, platform, matrix_token(bot.token))
    Path(path).write_text(
        Path(path)
        .read_text()
        .replace('chats = ["matrix:!room:localhost"]',
                 f'chats = ["matrix:{room}"]\nadmin_chat = "matrix:{admins}"')
    )  # fmt: skip
    result = await groupops("doctor", cwd=tmp_path)
    assert f"WARNING  matrix:{admins}: the bot is not in the admin room" in result.out, result.out
    assert "fix: invite the bot into it (it joins rooms it is invited to), or correct" in result.out
    owner.member_call(admins, "invite", bot.user_id)
    bot.join(admins)
    again = await groupops("doctor", cwd=tmp_path)
    assert f"ok       matrix:{admins}: the bot is in the admin room" in again.out, again.out
    assert bot.token not in result.text + again.text


async def test_doctor_with_the_homeserver_down_is_its_findings_only(tmp_path):
    port = free_port()  # nothing listens there
    platform = matrix_platform(f"http://127.0.0.1:{port}", "@groupops:localhost")
    secrets = matrix_token("syt_kept_secret_5555")
    settings_file(tmp_path, platform, secrets)
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    assert (
        f"BLOCKER  matrix (http://127.0.0.1:{port}): platforms.matrix.homeserver: the homeserver "
        f"is down or unreachable (whoami: Cannot connect to host 127.0.0.1:{port}"
    ) in result.out  # not a refused token: nothing refused it
    assert "fix: check platforms.matrix.homeserver\n" in result.out
    assert result.err == ""  # the client it opened is closed, not left to the garbage collector
    assert "syt_kept_secret_5555" not in result.text


async def test_run_waits_for_a_homeserver_that_is_down_and_the_rest_runs(tmp_path):
    """A homeserver down at start had stopped `run`, WeChat and Telegram with it, while an
    unreachable bridge is waited for; now Matrix waits too, and SIGTERM stops it cleanly."""
    port = free_port()  # nothing listens there
    platform = matrix_platform(f"http://127.0.0.1:{port}", "@groupops:localhost")
    settings_file(tmp_path, platform, matrix_token("syt_kept_secret_6666"))
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "groupops.core.cli", "run", cwd=tmp_path, env=clean_env(),
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stderr is not None
    said = []
    # the sync loop's outage line: once, the sign-in's tries are not said again
    while not any("matrix sync: the homeserver is unreachable" in line for line in said):
        line = (await asyncio.wait_for(process.stderr.readline(), 60)).decode()
        assert line, "".join(said)
        said.append(line)
    assert any("groupops running" in line for line in said)
    process.send_signal(signal.SIGTERM)
    rest = (await asyncio.wait_for(process.stderr.read(), 60)).decode()
    assert await process.wait() == 0, "".join(said) + rest
    log = "".join(said) + rest
    assert (
        "platforms.matrix.homeserver: the homeserver is down or unreachable (whoami: Cannot "
        f"connect to host 127.0.0.1:{port}"
    ) in log
    assert log.count("Matrix signs in once it answers, trying again ever less often") == 1, log
    assert "syt_kept_secret_6666" not in log and "Traceback" not in log


async def test_doctor_names_a_token_of_another_account(tmp_path, synapse):
    """doctor said 'signed in as' the configured account while the token was another's;
    run refused it."""
    bot, other = synapse.register("Bot"), synapse.register("Alice")
    platform = matrix_platform(synapse.url, bot.user_id)
    settings_file(tmp_path, platform, matrix_token(other.token))
    result = await groupops("doctor", cwd=tmp_path)
    assert result.code == 1, result.text
    assert (
        f"platforms.matrix.user_id: the access token belongs to {other.user_id}, not {bot.user_id}"
    ) in result.out
    assert "signed in as" not in result.out and other.token not in result.text


def test_check_says_a_captcha_to_press_is_typed_on_matrix(tmp_path):
    """Matrix has no buttons: a 'button' captcha had muted newcomers under a question they
    could neither press nor type, and check said nothing."""
    good = matrix_platform("https://matrix.example.org", "@groupops:example.org")
    path = settings_file(tmp_path, good, matrix_token("syt_not_a_real_token_0123"))
    text = Path(path).read_text()
    Path(path).write_text(
        text.replace(
            'timezone = "Europe/Berlin"\n',
            'timezone = "Europe/Berlin"\ncaptcha = {enabled = true, mode = "button"}\n',
        )
    )
    result = CliRunner().invoke(main, ["check", "--settings", path])
    assert result.exit_code == 0, result.output
    assert (
        "warning: default.rulesets.main.captcha.mode: 'button' needs a button, and matrix has "
        "none: newcomers in club's matrix chats are asked to type an answer instead (a sum)"
    ) in result.stderr


async def test_doctor_warns_of_a_room_where_newcomers_cannot_type_the_captcha(tmp_path, synapse):
    owner, bot = synapse.register("Olga"), synapse.register("Bot")
    quiet = make_room(synapse, owner, bot)
    bot.join(quiet)
    levels = owner.state(quiet, "m.room.power_levels") or {}
    owner.call(
        "PUT",
        f"/_matrix/client/v3/rooms/{quiet}/state/m.room.power_levels",
        {**levels, "events_default": 50},
    )
    platform = matrix_platform(synapse.url, bot.user_id)
    path = settings_file(tmp_path, platform, matrix_token(bot.token))
    Path(path).write_text(
        Path(path).read_text().replace("matrix:!room:localhost", f"matrix:{quiet}")
    )
    result = await groupops("doctor", "--strict", cwd=tmp_path)
    assert result.code == 1, result.text
    assert (
        f"WARNING  matrix:{quiet}: members at the default power level (0) may not send messages "
        "(m.room.message needs 50)\n"
        "           switches off: the join captcha: a newcomer cannot type the answer"
    ) in result.out


NOT_CHECKED = "note     matrix:!adm:x: the admin room is not checked: signing in failed"


def with_admin_room(path: str, room: str) -> None:
    text = Path(path).read_text()
    Path(path).write_text(
        text.replace(
            'chats = ["matrix:!room:localhost"]',
            f'chats = ["matrix:!room:localhost"]\nadmin_chat = "matrix:{room}"',
        )
    )


async def test_doctor_gives_no_admin_room_advice_for_a_refused_token(tmp_path, synapse):
    """A refused token also said 'the bot is not in the admin room … invite the bot into
    it', sending the operator after the wrong cause."""
    platform = matrix_platform(synapse.url, "@groupops:localhost")
    with_admin_room(settings_file(tmp_path, platform, matrix_token("syt_refused_1")), "!adm:x")
    result = await groupops("doctor", cwd=tmp_path)
    assert "platforms.matrix.access_token: the homeserver refused it" in result.out, result.out
    assert "not in the admin room" not in result.out
    assert "invite the bot into it" not in result.out
    assert NOT_CHECKED in result.out, result.out


async def test_doctor_gives_no_admin_room_advice_with_the_homeserver_down(tmp_path):
    port = free_port()  # nothing listens there
    platform = matrix_platform(f"http://127.0.0.1:{port}", "@groupops:localhost")
    with_admin_room(settings_file(tmp_path, platform, matrix_token("syt_down_2")), "!adm:x")
    result = await groupops("doctor", cwd=tmp_path)
    assert "the homeserver is down or unreachable" in result.out, result.out
    assert "cannot read the admin room" not in result.out
    assert "invite the bot into it" not in result.out
    assert NOT_CHECKED in result.out, result.out


async def test_doctor_says_a_pending_invite_to_the_admin_room_alike(tmp_path, synapse):
    """An admin room the bot is invited to is what a community room with a pending invite is:
    a note that the first run joins it, not a warning that the bot is not there."""
    owner, bot = synapse.register("Olga"), synapse.register("Bot")
    room = make_room(synapse, owner, bot)
    bot.join(room)
    platform = matrix_platform(synapse.url, bot.user_id)
    path = settings_file(tmp_path, platform, matrix_token(bot.token))
    # the doctor ran once before the invite (as an operator's first look does)
    await groupops("doctor", cwd=tmp_path)
    admins = owner.create_room(preset="private_chat", invite=[bot.user_id])
    Path(path).write_text(
        Path(path)
        .read_text()
        .replace('chats = ["matrix:!room:localhost"]',
                 f'chats = ["matrix:{room}"]\nadmin_chat = "matrix:{admins}"')
    )  # fmt: skip
    result = await groupops("doctor", cwd=tmp_path)
    said = f"note     matrix:{admins}: the bot is invited; it joins when groupops run"
    assert said in result.out, result.out
    assert "not in the admin room" not in result.out


async def test_doctor_waits_once_for_a_homeserver_that_never_answers(monkeypatch):
    """One that accepts connections and says nothing: the admin rooms' check asked it again,
    and the doctor waited twice the read timeout (60 s) to say the same."""
    from groupops.adapters.matrix import client
    from groupops.adapters.matrix.adapter import MatrixAdapter
    from groupops.core.doctor.examine import examine_platforms
    from groupops.core.doctor.findings import Level
    from groupops.core.refs import Ref
    from groupops.core.settings import validate_settings

    monkeypatch.setattr(client, "READ_SECONDS", 0.5)
    asked: list[bytes] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        asked.append(await reader.readline())  # the request line, then nothing in return
        await asyncio.sleep(5)
        writer.close()

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    adapter = MatrixAdapter.from_settings(
        {"homeserver": f"http://127.0.0.1:{port}", "user_id": "@bot:x",
         "access_token": "syt_silent_3"}
    )  # fmt: skip
    settings = validate_settings(
        {"rulesets": {"main": {}},
         "communities": {"club": {"ruleset": "main", "chats": ["matrix:!room:x"],
                                  "admin_chat": "matrix:!adm:x"}}},
        "test",
    )  # fmt: skip
    try:
        found = await examine_platforms(settings, [adapter])
    finally:
        server.close()
    assert [line.split(b" ")[1].split(b"?")[0] for line in asked] == [
        b"/_matrix/client/v3/account/whoami"
    ]
    by_subject = {str(f.subject): f for f in found}
    assert by_subject[str(Ref("matrix:!adm:x"))].level is Level.NOTE
    assert "no answer within 0.5 s" in by_subject[f"matrix (http://127.0.0.1:{port})"].what
