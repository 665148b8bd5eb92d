"""`groupops init --platform matrix`: the access token checked against the homeserver (whoami,
as `groupops run` checks it at start), the rooms the bot is in or invited to offered, settings
that pass `groupops check` and the token only in .secrets.toml (0600); a bad URL, a refused
token, another account's token or a homeserver that does not answer end init in one line with
nothing written. One test against a real Synapse; the refusals against a small fake that
answers whoami as the spec says."""

from __future__ import annotations

import asyncio
import stat
import tomllib
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from click.testing import CliRunner
from support.matrix_fixtures import make_room
from support.ports import free_port

from groupops.core.cli import main
from groupops.core.settings import load_settings

pytest.importorskip("mautrix", reason="the Matrix adapter needs the matrix extra")

BOT = "@groupops:fake.test"
GOOD = "syt_Z29vZA_good_token_for_the_fake_000"
OTHERS = "syt_b3RoZXI_another_accounts_token_00"


async def init(tmp_path, *args: str):
    """`groupops init` as the operator types it (in a thread: the fake homeserver is served
    by this test's event loop)."""
    argv = ["init", "--non-interactive", "--platform", "matrix",
            "--settings", str(tmp_path / "conf" / "settings.toml"), *args]  # fmt: skip
    return await asyncio.to_thread(CliRunner().invoke, main, argv)


@pytest.fixture
def invites() -> dict[str, str]:
    """The rooms the fake's bot is invited to, by id: their names (set by a test)."""
    return {}


@pytest.fixture
async def homeserver(invites) -> AsyncIterator[str]:
    """Answers whoami as the spec says: the token's account, or 401 M_UNKNOWN_TOKEN; the bot
    has joined no room, and /sync carries the invites with their `invite_state` as Synapse
    sends it (a name event among the stripped state)."""

    async def whoami(request: web.Request) -> web.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token == GOOD:
            return web.json_response({"user_id": BOT})
        if token == OTHERS:
            return web.json_response({"user_id": "@someone:fake.test"})
        error = {"errcode": "M_UNKNOWN_TOKEN", "error": "Invalid access token passed."}
        return web.json_response(error, status=401)

    async def joined_rooms(request: web.Request) -> web.Response:
        return web.json_response({"joined_rooms": []})

    def stripped(room: str, name: str) -> dict:
        event = {"type": "m.room.name", "state_key": "", "sender": "@owner:fake.test"}
        return {"invite_state": {"events": [event | {"content": {"name": name}}]}}

    async def sync(request: web.Request) -> web.Response:
        invite = {room: stripped(room, name) for room, name in invites.items()}
        return web.json_response({"next_batch": "s1", "rooms": {"invite": invite}})

    app = web.Application()
    app.router.add_get("/_matrix/client/v3/account/whoami", whoami)
    app.router.add_get("/_matrix/client/v3/joined_rooms", joined_rooms)
    app.router.add_get("/_matrix/client/v3/sync", sync)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


def error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    return lines[0]


async def test_a_refused_token_another_accounts_or_a_bad_url_ends_init_in_one_line(
    tmp_path, homeserver
):
    refused = await init(tmp_path, "--matrix-homeserver", homeserver, "--matrix-user", BOT,
                         "--matrix-token", "syt_not_a_token_of_this_server_0")  # fmt: skip
    assert refused.exit_code == 1
    assert error_line(refused).startswith(
        "matrix: platforms.matrix.access_token: the homeserver refused it ("
    )
    assert error_line(refused).endswith("; nothing written")
    assert refused.stdout == ""  # the one line, not a doctor block above it
    assert "syt_not_a_token" not in refused.output

    others = await init(tmp_path, "--matrix-homeserver", homeserver, "--matrix-user", BOT,
                        "--matrix-token", OTHERS)  # fmt: skip
    assert others.exit_code == 1
    assert error_line(others) == (
        f"matrix: platforms.matrix.user_id: the access token belongs to @someone:fake.test, "
        f"not {BOT}; nothing written"
    )

    bad_url = await init(tmp_path, "--matrix-homeserver", "matrix.example.org",
                         "--matrix-user", BOT, "--matrix-token", GOOD)  # fmt: skip
    assert bad_url.exit_code == 1
    assert error_line(bad_url) == (
        "matrix: platforms.matrix.homeserver: 'matrix.example.org' is not an http:// or "
        "https:// URL; nothing written"
    )
    bare_user = await init(tmp_path, "--matrix-homeserver", homeserver,
                           "--matrix-user", "groupbot", "--matrix-token", GOOD)  # fmt: skip
    assert bare_user.exit_code == 1
    assert error_line(bare_user) == (
        "matrix: platforms.matrix.user_id: 'groupbot' is not a Matrix user id (@name:server); "
        "nothing written"
    )
    assert bad_url.stdout == bare_user.stdout == others.stdout == ""

    down = await init(tmp_path, "--matrix-homeserver", f"http://127.0.0.1:{free_port()}",
                      "--matrix-user", BOT, "--matrix-token", GOOD)  # fmt: skip
    assert down.exit_code == 1
    assert error_line(down).startswith(
        "matrix: platforms.matrix.homeserver: the homeserver is down or unreachable ("
    )
    assert down.stdout == ""
    assert GOOD not in down.output + others.output + bad_url.output + bare_user.output
    assert not (tmp_path / "conf").exists()  # nothing written

    missing = await init(tmp_path, "--matrix-homeserver", homeserver, "--matrix-user", BOT)
    assert missing.exit_code == 2
    assert error_line(missing) == (
        "--matrix-token is required for matrix (or GROUPOPS_INIT_MATRIX_TOKEN)"
    )


async def test_asked_init_asks_again_after_a_refused_token(tmp_path, homeserver):
    typed = f"{homeserver}\n{BOT}\nsyt_mistyped_token_0000000000\n\n\n{GOOD}\nskip\n"
    argv = ["init", "--platform", "matrix", "--title", "Club", "--locale", "en",
            "--settings", str(tmp_path / "settings.toml")]  # fmt: skip
    result = await asyncio.to_thread(CliRunner().invoke, main, argv, typed)
    assert result.exit_code == 0, result.output
    refused = "matrix: platforms.matrix.access_token: the homeserver refused it ("
    assert result.stdout.count(refused) == 1  # said once, then asked again
    assert f"signed in as {BOT}" in result.stdout
    assert "syt_mistyped" not in result.output and GOOD not in result.output
    secrets = tomllib.loads((tmp_path / ".secrets.toml").read_text(encoding="utf-8"))
    assert secrets["default"]["platforms"]["matrix"] == {"access_token": GOOD}


async def test_asked_init_checks_the_url_and_the_user_id_as_they_are_typed(tmp_path, homeserver):
    """A scheme-less URL and a bare user id are each said and asked again at once, before
    the token is asked for (typed once)."""
    typed = f"127.0.0.1:18901\n{homeserver}\ngroupbot\n{BOT}\n{GOOD}\nskip\n"
    argv = ["init", "--platform", "matrix", "--title", "Club", "--locale", "en",
            "--settings", str(tmp_path / "settings.toml")]  # fmt: skip
    result = await asyncio.to_thread(CliRunner().invoke, main, argv, typed)
    assert result.exit_code == 0, result.output
    out = result.stdout
    url_error = (
        "Error: platforms.matrix.homeserver: '127.0.0.1:18901' is not an http:// or https:// URL"
    )
    user_error = "Error: platforms.matrix.user_id: 'groupbot' is not a Matrix user id"
    assert out.count(url_error) == 1 and out.count(user_error) == 1
    assert out.count("The bot's access token") == 1
    assert out.index(url_error) < out.index(user_error) < out.index("The bot's access token")
    assert f"signed in as {BOT}" in out


async def test_a_bot_in_no_room_is_told_to_invite_it_then_init_again_with_force(
    tmp_path, homeserver
):
    typed = f"{homeserver}\n{BOT}\n{GOOD}\n\nskip\n"
    argv = ["init", "--platform", "matrix", "--title", "Club", "--locale", "en",
            "--settings", str(tmp_path / "asked" / "settings.toml")]  # fmt: skip
    asked = await asyncio.to_thread(CliRunner().invoke, main, argv, typed)
    assert asked.exit_code == 0, asked.output
    assert f"Invite {BOT} to your room (no message is needed there)." in asked.stdout
    assert asked.stdout.count("No room seen yet. Press Enter to look again, or type 'skip'") == 2
    assert "'hello'" not in asked.stdout and "your group" not in asked.stdout
    force = "then run `groupops init --force` (or add its id to `chats` in settings.toml)"
    assert f"no chats yet: invite the bot to the room, {force}" in asked.stdout

    quiet = await init(tmp_path, "--matrix-homeserver", homeserver, "--matrix-user", BOT,
                       "--matrix-token", GOOD)  # fmt: skip
    assert quiet.exit_code == 0, quiet.output
    assert f"no chats yet: invite the bot to the room, {force}" in quiet.stdout


async def test_an_invited_rooms_name_is_read_from_its_invite(tmp_path, homeserver, invites):
    invites["!club:fake.test"] = "Run Club"
    result = await init(tmp_path, "--matrix-homeserver", homeserver, "--matrix-user", BOT,
                        "--matrix-token", GOOD)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "matrix:!club:fake.test  Run Club  (room)" in result.stdout
    settings = tomllib.loads((tmp_path / "conf" / "settings.toml").read_text(encoding="utf-8"))
    assert settings["default"]["communities"]["main"]["title"] == "Run Club"


async def test_init_sets_up_matrix_with_the_rooms_the_bot_is_in(tmp_path, synapse):
    owner, bot = synapse.register("Owner"), synapse.register("Bot")
    room = make_room(synapse, owner, bot)  # invited: the first run joins it
    result = await init(tmp_path, "--matrix-homeserver", synapse.url,
                        "--matrix-user", bot.user_id, "--matrix-token", bot.token)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"signed in as {bot.user_id}" in result.stdout
    assert f"matrix:{room}  Test Club  (room)" in result.stdout  # named by its invite
    assert bot.token not in result.output
    folder = tmp_path / "conf"
    settings = tomllib.loads((folder / "settings.toml").read_text(encoding="utf-8"))["default"]
    assert settings["platforms"]["matrix"] == {
        "adapter": "matrix", "homeserver": synapse.url, "user_id": bot.user_id,
    }  # fmt: skip
    assert settings["communities"]["main"]["chats"] == [f"matrix:{room}"]
    secrets = folder / ".secrets.toml"
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert tomllib.loads(secrets.read_text())["default"]["platforms"]["matrix"] == {
        "access_token": bot.token
    }
    assert bot.token not in (folder / "settings.toml").read_text(encoding="utf-8")
    checked, _ = load_settings(folder / "settings.toml")  # what `groupops check` reads
    assert [str(c) for c in checked.communities["main"].chats] == [f"matrix:{room}"]
