"""`groupops init --platform wechat` as an operator runs it against a OneBot 12 bridge (the
fake of support/onebot_bridge.py) and a Wechaty endpoint: the bridge asked for, its endpoint
checked in that bridge's form and asked again when asking (one line and exit 2 when not), the
token asked hidden, a refused token ending init with nothing written, the groups the account is
in offered as Telegram's and Matrix's are, a token in the URL kept out of settings.toml.
Never a traceback."""

from __future__ import annotations

import stat
import tomllib
from collections.abc import AsyncIterator

import pytest
from support.cli import groupops
from support.onebot_bridge import SPEC, FakeOneBot
from support.ports import free_port

pytestmark = pytest.mark.timeout(900)

TOKEN = "bridge-secret"
ROOM = "20001@chatroom"
OTHER = "30002@chatroom"


@pytest.fixture
async def bridge() -> AsyncIterator[FakeOneBot]:
    bridge = FakeOneBot(TOKEN, self_id="wxid_bot")
    bridge.group(ROOM, {"ann": "Ann"})
    bridge.group(OTHER, {"bob": "Bob"})
    await bridge.listen()
    yield bridge
    await bridge.close()


def read(folder, name: str) -> dict:
    return tomllib.loads((folder / name).read_text(encoding="utf-8"))["default"]


def onebot(*args: str) -> tuple[str, ...]:
    return ("init", "--non-interactive", "--platform", "wechat", "--wechat-adapter", "onebot12",
            *args)  # fmt: skip


async def test_a_value_in_the_wrong_form_is_one_line_and_exit_2(tmp_path):
    """The OneBot URL typed as host:port, the Wechaty endpoint as a URL, no Wechaty token:
    each had ended in a pydantic traceback."""
    said = await groupops(*onebot("--wechat-endpoint", "127.0.0.1:18400"), cwd=tmp_path,
                          GROUPOPS_INIT_WECHAT_TOKEN="x")  # fmt: skip
    assert said.code == 2, said.text
    assert said.err == (
        "wechat: platforms.wechat.url: '127.0.0.1:18400' is not a ws:// or wss:// URL "
        "(forward mode)\n"
    )
    wechaty = ("init", "--non-interactive", "--platform", "wechat", "--wechat-endpoint")
    url = await groupops(
        *wechaty, "ws://127.0.0.1:18400/", cwd=tmp_path, GROUPOPS_INIT_WECHAT_TOKEN="x"
    )
    assert url.code == 2, url.text
    assert url.err == (
        "wechat: platforms.wechat.endpoint: 'ws://127.0.0.1:18400/' is not host:port "
        "(e.g. '127.0.0.1:8788')\n"
    )
    tokenless = await groupops(*wechaty, "127.0.0.1:18400", cwd=tmp_path)
    assert tokenless.code == 2, tokenless.text
    assert tokenless.err == (
        "--wechat-token is required for wechaty (or GROUPOPS_INIT_WECHAT_TOKEN)\n"
    )
    for outcome in (said, url, tokenless):
        assert "Traceback" not in outcome.text
    assert list(tmp_path.iterdir()) == []


async def test_interactive_init_asks_the_bridge_endpoint_and_token_again(tmp_path, bridge):
    """Asked which bridge, the URL in its form, the token hidden; a wrong URL and a missing
    token asked again; the rooms the bridge lists offered to pick from."""
    typed = "\n".join(
        ["wechat", "onebot12", "127.0.0.1:18400", bridge.url, "", TOKEN, "2", "", "", ""]
    )
    result = await groupops("init", cwd=tmp_path, stdin=typed)
    assert result.code == 0, result.text
    assert "WeChat bridge: wechaty (a Wechaty puppet service) or onebot12" in result.out
    assert "Error: platforms.wechat.url: '127.0.0.1:18400' is not a ws:// or wss:// URL" in (
        result.out
    )
    assert f"wechat: the OneBot bridge at {bridge.url} refused the access token" in result.out
    assert f"1) wechat:{ROOM}" in result.out and f"2) wechat:{OTHER}" in result.out
    assert TOKEN not in result.text and "Traceback" not in result.text
    settings = read(tmp_path, "settings.toml")
    assert settings["platforms"]["wechat"] == {"adapter": "onebot12", "url": bridge.url}
    assert settings["communities"]["main"]["chats"] == [f"wechat:{OTHER}"]
    secrets = tmp_path / ".secrets.toml"
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert read(tmp_path, ".secrets.toml")["platforms"]["wechat"] == {"access_token": TOKEN}


async def test_interactive_wechaty_asks_the_endpoint_again_and_a_token(tmp_path):
    """The default bridge: a ws:// URL is refused as its endpoint and asked again, the token
    asked for; a bridge not up yet still has its settings written."""
    port = free_port()
    typed = "\n".join(["wechat", "", "ws://127.0.0.1:18400/", f"127.0.0.1:{port}", "wechaty-tok",
                       "", "", ""])  # fmt: skip
    result = await groupops("init", cwd=tmp_path, stdin=typed, timeout=180)
    assert result.code == 0, result.text
    assert "Error: platforms.wechat.endpoint: 'ws://127.0.0.1:18400/' is not host:port" in (
        result.out
    )
    assert "The puppet service's token" in result.text
    assert "the settings are written anyway" in result.out
    assert "Traceback" not in result.text and "wechaty-tok" not in result.text
    settings = read(tmp_path, "settings.toml")
    assert settings["platforms"]["wechat"] == {
        "adapter": "wechaty",
        "endpoint": f"127.0.0.1:{port}",
    }
    assert read(tmp_path, ".secrets.toml")["platforms"]["wechat"] == {"token": "wechaty-tok"}


async def test_a_refused_token_writes_nothing_without_asking(tmp_path, bridge):
    refused = await groupops(*onebot("--wechat-endpoint", bridge.url), cwd=tmp_path)
    assert refused.code == 1, refused.text
    assert refused.err == (
        f"wechat: the OneBot bridge at {bridge.url} refused the access token (HTTP 401/403): "
        "give the token set in the bridge (--wechat-token or GROUPOPS_INIT_WECHAT_TOKEN); "
        "nothing written\n"
    )
    assert refused.out == "" and list(tmp_path.iterdir()) == []


async def test_the_bridges_rooms_are_found_and_a_bare_room_id_is_taken(tmp_path, bridge):
    for folder in ("all", "given"):
        (tmp_path / folder).mkdir()
    found = await groupops(*onebot("--wechat-endpoint", bridge.url), cwd=tmp_path / "all",
                           GROUPOPS_INIT_WECHAT_TOKEN=TOKEN)  # fmt: skip
    assert found.code == 0, found.text
    assert f"seen 2 chat(s):\n  wechat:{ROOM}  {ROOM}  (group)" in found.out
    assert "no chats yet" not in found.out
    chats = read(tmp_path / "all", "settings.toml")["communities"]["main"]["chats"]
    assert chats == [f"wechat:{ROOM}", f"wechat:{OTHER}"]
    # given without `wechat:`, and a room the account is not in: both written, one noted
    given = await groupops(
        *onebot("--wechat-endpoint", bridge.url, "--chat", ROOM, "--chat", "wechat:ghost@chatroom"),
        cwd=tmp_path / "given", GROUPOPS_INIT_WECHAT_TOKEN=TOKEN,
    )  # fmt: skip
    assert given.code == 0, given.text
    assert f"note: wechat:{ROOM}" not in given.out
    assert (
        "note: wechat:ghost@chatroom is not among the groups the bridge lists for the bot's "
        "account; written as given"
    ) in given.out
    chats = read(tmp_path / "given", "settings.toml")["communities"]["main"]["chats"]
    assert chats == [f"wechat:{ROOM}", "wechat:ghost@chatroom"]


async def test_a_chat_on_no_platform_being_set_up_is_refused(tmp_path, bridge):
    said = await groupops(*onebot("--wechat-endpoint", bridge.url, "--chat", "!abc:example.org"),
                          cwd=tmp_path, GROUPOPS_INIT_WECHAT_TOKEN=TOKEN)  # fmt: skip
    assert said.code == 2, said.text
    assert said.err == (
        "--chat '!abc:example.org': a matrix chat, and this init sets up no matrix "
        "(expected e.g. wechat:12345@chatroom)\n"
    )
    assert list(tmp_path.iterdir()) == []
    # a room of version 12 (Synapse's default) has no server in its id: it is Matrix's all the
    # same (it was written as a WeChat room, and on a multi-platform init "named no platform")
    v12 = "!oY-eiJp7v9u-BeLXAlO0Z1AAdkPXapkjz2epfZ74-hc"
    said = await groupops(*onebot("--wechat-endpoint", bridge.url, "--chat", v12),
                          cwd=tmp_path, GROUPOPS_INIT_WECHAT_TOKEN=TOKEN)  # fmt: skip
    assert said.code == 2, said.text
    assert said.err == (
        f"--chat '{v12}': a matrix chat, and this init sets up no matrix "
        "(expected e.g. wechat:12345@chatroom)\n"
    )
    assert list(tmp_path.iterdir()) == []


async def test_a_bridge_without_a_group_list_says_the_rooms_go_unchecked(tmp_path):
    bridge = FakeOneBot(TOKEN, self_id="wxid_bot", actions=set(SPEC) - {"get_group_list"})
    url = await bridge.listen()
    try:
        result = await groupops(*onebot("--wechat-endpoint", url, "--chat", ROOM), cwd=tmp_path,
                                GROUPOPS_INIT_WECHAT_TOKEN=TOKEN)  # fmt: skip
        assert result.code == 0, result.text
        assert "note: the bridge cannot list the groups its account is in" in result.out
        assert "not among the groups" not in result.out
        doctor = await groupops("doctor", cwd=tmp_path)
    finally:
        await bridge.close()
    assert (
        f"note     wechat:{ROOM}: not checked whether the bot is in the room: the bridge gives "
        "no list of the account's groups"
    ) in doctor.out, doctor.text


async def test_a_token_in_the_url_goes_to_the_secrets_file(tmp_path, bridge):
    """The fake takes the token only as a header: init sends it so, and writes the URL bare."""
    with_token = f"{bridge.url}?access_token={TOKEN}"
    result = await groupops(*onebot("--wechat-endpoint", with_token), cwd=tmp_path)
    assert result.code == 0, result.text
    assert f"bridge at {bridge.url}): online" in result.out and TOKEN not in result.text
    settings = (tmp_path / "settings.toml").read_text(encoding="utf-8")
    assert TOKEN not in settings
    assert read(tmp_path, "settings.toml")["platforms"]["wechat"]["url"] == bridge.url
    assert read(tmp_path, ".secrets.toml")["platforms"]["wechat"] == {"access_token": TOKEN}
    check = await groupops("check", cwd=tmp_path)
    assert check.code == 0 and "secret" not in check.text, check.text
