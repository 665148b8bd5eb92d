"""`groupops init` against the fake Bot API (both drivers) and a OneBot bridge: the token
checked through the configured base URL, chats found from the bot's updates, settings that
pass `groupops check`, secrets in a 0600 file and never on screen; the interactive path by
typing into stdin."""

from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import pytest
from support.cli import groupops
from support.databases import POSTGRES_ENV, fresh_postgres
from support.fake_telegram import FakeBotAPI
from support.fake_telegram.server import TOKEN
from support.onebot_bridge import FakeOneBot
from support.ports import free_port

# every step is a groupops process: slow on a loaded machine, never a timed assertion
pytestmark = pytest.mark.timeout(900)

DRIVERS = ["aiogram", "ptb"]
CLUB, OTHER, OWNER = -1001234567890, -1009876543210, 10


@pytest.fixture
async def fake():
    fake = FakeBotAPI()
    await fake.start()
    world = fake.world
    world.user(OWNER, "Olga")
    world.add_bot(CLUB, "Run Club", by=OWNER)  # the operator adds the bot…
    world.say(CLUB, OWNER, "/hello")  # …and says something there
    yield fake
    await fake.close()


def read(tmp_path, name: str) -> dict:
    return tomllib.loads((tmp_path / name).read_text(encoding="utf-8"))["default"]


def assert_secret_file(tmp_path) -> None:
    secrets = tmp_path / ".secrets.toml"
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert read(tmp_path, ".secrets.toml")["platforms"]["telegram"]["token"] == TOKEN
    assert TOKEN not in (tmp_path / "settings.toml").read_text()


@pytest.mark.parametrize("driver", DRIVERS)
async def test_non_interactive_init_writes_settings_that_check_and_run(tmp_path, fake, driver):
    result = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--base-url", fake.base_url,
        "--driver", driver, "--timezone", "Asia/Shanghai", cwd=tmp_path,
    )  # fmt: skip
    assert result.code == 0, result.text
    assert f"telegram:{CLUB}  Run Club  (supergroup)" in result.out
    assert TOKEN not in result.text and TOKEN.split(":")[1] not in result.text
    settings = read(tmp_path, "settings.toml")
    assert settings["platforms"]["telegram"] == {
        "adapter": driver, "mode": "polling", "base_url": fake.base_url,
    }  # fmt: skip
    assert settings["communities"]["main"] == {
        "ruleset": "main", "title": "Run Club", "chats": [f"telegram:{CLUB}"],
    }  # fmt: skip
    assert settings["rulesets"]["main"]["timezone"] == "Asia/Shanghai"
    assert_secret_file(tmp_path)
    # a wheel's user has no repository: the header points to what the installed command writes
    header = (tmp_path / "settings.toml").read_text(encoding="utf-8").split("\n[")[0]
    assert "`groupops init --example --settings example.toml` writes" in header
    assert "repository" not in header
    assert (tmp_path / "groupops.db").is_file()
    assert "| INFO" not in result.text  # init's own lines only, no log line among them
    check = await groupops("check", cwd=tmp_path)
    assert check.code == 0, check.text
    assert "1 community, 1 chat on telegram" in check.out
    assert check.err == ""  # what init writes checks clean: no review band without admins
    assert (await groupops("migrate", cwd=tmp_path)).out.endswith("up to date\n")
    # the new ruleset has the learning spam defence on: a link-free scam is caught
    classifier = settings["rulesets"]["main"]["moderation"]["classifier"]
    assert classifier == {"enabled": True, "review": 0}
    # nothing offered in the operator's name until they list it
    assert settings["rulesets"]["main"]["shop"] == {"items": []}
    (tmp_path / "msgs.txt").write_text(
        "Earn 500$ a day from home, no experience needed, DM me for details\n"
        "anyone tried the new release on arm64?\n"
    )
    preview = await groupops("moderate", "msgs.txt", cwd=tmp_path)  # as the README shows it
    assert preview.code == 0, preview.text
    first, second = preview.out.splitlines()[:2]
    assert first.startswith("remind +delete ") and second.startswith("ok ")


@pytest.mark.parametrize("driver", DRIVERS)
async def test_interactive_init_asks_retries_a_bad_token_and_lets_the_operator_pick(
    tmp_path, fake, driver
):
    fake.world.add_bot(OTHER, "Other Group", by=OWNER)
    wrong = "123456:WRONG-token-for-the-fake-0000000000"  # shaped as a token; Telegram refuses it
    typed = "\n".join(["telegram", "123:not-a-real-token", wrong, TOKEN, "2", "My Club", "", ""])
    result = await groupops(
        "init", "--driver", driver, "--base-url", fake.base_url, "--wait", "1",
        cwd=tmp_path, stdin=typed,
    )  # fmt: skip
    assert result.code == 0, result.text
    # told before Telegram is asked
    assert "telegram: platforms.telegram.token: is not a bot token" in result.out
    assert "Telegram refused the bot token" in result.out
    assert f"1) telegram:{CLUB}  Run Club" in result.out
    assert f"2) telegram:{OTHER}  Other Group" in result.out
    assert "send any message there" not in result.out  # it has heard from both already
    assert TOKEN not in result.text and "not-a-real-token" not in result.text
    assert "WRONG-token" not in result.text
    assert "database migrated" not in result.text  # a log line among the questions
    community = read(tmp_path, "settings.toml")["communities"]["main"]
    assert community == {"ruleset": "main", "title": "My Club", "chats": [f"telegram:{OTHER}"]}
    assert_secret_file(tmp_path)


async def test_init_asks_which_chat_is_the_admins_and_leaves_it_out_of_the_community(
    tmp_path, fake
):
    """The bot invited into the community's group and the moderators' one: both became
    community chats (welcomes and moderation among the admins), and no admin chat was set."""
    fake.world.add_bot(OTHER, "Mods", by=OWNER)
    typed = "\n".join(["telegram", TOKEN, "all", "2", "", "", ""])  # Enter: name, language
    result = await groupops(
        "init", "--driver", "aiogram", "--base-url", fake.base_url, "--wait", "1",
        cwd=tmp_path, stdin=typed,
    )  # fmt: skip
    assert result.code == 0, result.text
    assert "Which of them is the admins' own chat, for spam reviews and alerts" in result.out
    settings = read(tmp_path, "settings.toml")
    assert settings["communities"]["main"] == {
        "ruleset": "main", "title": "Run Club", "chats": [f"telegram:{CLUB}"],
        "admin_chat": f"telegram:{OTHER}",
    }  # fmt: skip
    # with somewhere to send them, likely spam goes to the admins for review
    assert settings["rulesets"]["main"]["moderation"]["classifier"] == {"enabled": True}
    check = await groupops("check", cwd=tmp_path)
    assert check.code == 0 and check.err == "", check.text

    given = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--base-url", fake.base_url,
        "--chat", str(CLUB), "--admin-chat", str(OTHER),
        "--settings", str(tmp_path / "again" / "settings.toml"), cwd=tmp_path,
    )  # fmt: skip
    assert given.code == 0, given.text
    again = read(tmp_path / "again", "settings.toml")["communities"]["main"]
    assert (again["chats"], again["admin_chat"]) == ([f"telegram:{CLUB}"], f"telegram:{OTHER}")
    both = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--base-url", fake.base_url,
        "--chat", str(OTHER), "--admin-chat", str(OTHER),
        "--settings", str(tmp_path / "both" / "settings.toml"), cwd=tmp_path,
    )  # fmt: skip
    assert both.code == 2
    assert both.err == (
        f"error: --admin-chat telegram:{OTHER} is also given with --chat: the admins' own chat "
        "is none of the community's\n"
    )
    assert not (tmp_path / "both").exists()
    for chat in (CLUB, OTHER):  # the updates above were read: the bot hears both again
        fake.world.say(chat, OWNER, "/hello")  # a command: privacy mode lets the bot see it
    unsaid = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--base-url", fake.base_url,
        "--settings", str(tmp_path / "unsaid" / "settings.toml"), cwd=tmp_path,
    )  # fmt: skip
    assert unsaid.code == 0, unsaid.text
    assert (
        "note: 2 chats are written as the community's; if one of them is the admins' own, run "
        "init again with --admin-chat ID"
    ) in unsaid.out


async def test_a_token_pasted_with_spaces_around_it_is_taken(tmp_path, fake):
    """The spaces passed the format check and the library refused the token in its own words
    ("It can't contains spaces"), with a fix naming files init had not written yet."""
    typed = "\n".join(["telegram", f"  {TOKEN}\t ", "all", "", "", ""])  # Enter: name, language
    asked = await groupops("init", "--base-url", fake.base_url, cwd=tmp_path, stdin=typed)
    assert asked.code == 0, asked.text
    assert "answers getMe" in asked.out and "spaces" not in asked.text
    assert_secret_file(tmp_path)
    scripted = await groupops(
        "init", "--non-interactive", "--token", f" {TOKEN} ", "--base-url", fake.base_url,
        "--settings", str(tmp_path / "again" / "settings.toml"), cwd=tmp_path,
    )  # fmt: skip
    assert scripted.code == 0, scripted.text
    assert_secret_file(tmp_path / "again")


async def test_init_keeps_existing_settings_and_writes_nothing_on_a_refused_token(tmp_path, fake):
    (tmp_path / "settings.toml").write_text("# mine\n", encoding="utf-8")
    kept = await groupops("init", "--non-interactive", "--token", TOKEN, cwd=tmp_path)
    assert kept.code == 2 and "settings.toml exists" in kept.err
    assert (tmp_path / "settings.toml").read_text() == "# mine\n"
    (tmp_path / ".secrets.toml").write_text("# mine too\n", encoding="utf-8")
    renamed = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--settings", "other.toml", cwd=tmp_path
    )
    assert renamed.code == 2 and not (tmp_path / "other.toml").exists()
    assert renamed.err == (
        ".secrets.toml exists: init writes a new one (pass --force to replace it, or "
        "--settings in another folder)\n"
    )
    other = tmp_path / "new"
    refused = await groupops(
        "init", "--non-interactive", "--token", "123456:WRONG-token-for-the-fake-0000000000",
        "--base-url", fake.base_url, "--settings", str(other / "settings.toml"), cwd=tmp_path,
    )  # fmt: skip
    assert refused.code == 1, refused.text
    assert "Telegram refused the bot token" in refused.out
    assert "the token was not confirmed (see above); nothing written" in refused.err
    assert not other.exists() and "WRONG-token" not in refused.text
    # a token `check` would refuse (36 characters after the colon) is refused before writing
    long = TOKEN + "x"
    misshapen = await groupops(
        "init", "--non-interactive", "--token", long, "--base-url", fake.base_url,
        "--settings", str(other / "settings.toml"), cwd=tmp_path,
    )  # fmt: skip
    assert misshapen.code == 1, misshapen.text
    refused = "telegram: platforms.telegram.token: is not a bot token (expected <bot id digits>:<35"
    assert refused in misshapen.out
    assert not other.exists() and long not in misshapen.text


@pytest.mark.parametrize("driver", DRIVERS)
async def test_an_unreachable_bot_api_is_not_called_a_refused_token(tmp_path, driver):
    result = await groupops(
        "init", "--non-interactive", "--token", TOKEN, "--driver", driver,
        "--base-url", f"http://127.0.0.1:{free_port()}", cwd=tmp_path,
    )  # fmt: skip
    assert result.code == 1, result.text
    assert "Bot API unreachable" in result.out and "refused" not in result.text
    assert result.err == "telegram: the token was not confirmed (see above); nothing written\n"
    assert list(tmp_path.iterdir()) == [] and TOKEN.split(":")[1] not in result.text


async def test_init_names_a_chat_given_by_id_and_checks_a_wechat_bridge(tmp_path, fake):
    bridge = FakeOneBot("bridge-secret", self_id="wxid_bot")
    url = await bridge.listen()
    try:
        result = await groupops(
            "init", "--non-interactive", "--platform", "telegram", "--platform", "wechat",
            "--token", TOKEN, "--base-url", fake.base_url, "--chat", str(CLUB),
            "--chat", "wechat:room1@chatroom", "--wechat-adapter", "onebot12",
            "--wechat-endpoint", url, "--wechat-token", "bridge-secret", cwd=tmp_path,
        )  # fmt: skip
    finally:
        await bridge.close()
    assert result.code == 0, result.text
    assert "online, logged in as wxid_bot" in result.out
    assert "bridge-secret" not in result.text
    settings = read(tmp_path, "settings.toml")
    assert settings["communities"]["main"]["chats"] == [
        f"telegram:{CLUB}",
        "wechat:room1@chatroom",
    ]
    assert settings["platforms"]["wechat"] == {"adapter": "onebot12", "url": url}
    assert read(tmp_path, ".secrets.toml")["platforms"]["wechat"] == {
        "access_token": "bridge-secret"
    }
    check = await groupops("check", cwd=tmp_path)
    assert check.code == 0, check.text


async def test_init_example_writes_the_docs_settings_that_check_and_preview(tmp_path):
    written = await groupops("init", "--example", cwd=tmp_path)
    assert written.code == 0, written.text
    assert written.out.startswith("wrote settings.toml: the example (ruleset tech, community devs)")
    root = Path(__file__).resolve().parent.parent
    assert (tmp_path / "settings.toml").read_text() == (root / "settings.toml").read_text()
    assert not (tmp_path / ".secrets.toml").exists()  # no token asked, none written
    checked = await groupops("check", cwd=tmp_path)
    assert checked.code == 0 and "OK (1 ruleset" in checked.out, checked.text
    spam = "Earn $500 a day from home, DM me now\n"
    previewed = await groupops("moderate", "--ruleset", "tech", "-", cwd=tmp_path, stdin=spam)
    assert previewed.out.startswith("remind +delete "), previewed.text
    again = await groupops("init", "--example", cwd=tmp_path)
    assert again.code == 2
    assert again.err.strip() == "settings.toml exists (pass --force to replace it, or --settings)"


async def test_init_without_a_terminal_or_answers_says_how_to_run_it(tmp_path):
    """Run from a script with nothing to read, it printed only click's "Aborted!"."""
    said = await groupops("init", cwd=tmp_path, stdin="")
    assert said.code == 2
    assert said.err.splitlines()[-1] == (
        "init ran out of answers to read (no terminal to ask in): pass --non-interactive with "
        "the answers as options (groupops init --help), or --example"
    )
    assert list(tmp_path.iterdir()) == []


async def test_init_sets_up_a_onebot_bridge_without_member_lists(tmp_path):
    """get_group_member_list is optional in OneBot 12: a bridge without it failed set-up and
    init blamed the login ("not online and logged in after 10 s", scan the QR code)."""
    from support.onebot_bridge import SPEC

    bridge = FakeOneBot(
        "bridge-secret", self_id="wxid_bot", actions=set(SPEC) - {"get_group_member_list"}
    )
    url = await bridge.listen()
    try:
        result = await groupops(
            "init", "--non-interactive", "--platform", "wechat", "--chat", "wechat:room1@chatroom",
            "--wechat-adapter", "onebot12", "--wechat-endpoint", url,
            "--wechat-token", "bridge-secret", cwd=tmp_path,
        )  # fmt: skip
    finally:
        await bridge.close()
    assert result.code == 0, result.text
    assert "online, logged in as wxid_bot" in result.out
    assert "not online" not in result.text and "Traceback" not in result.text


async def test_init_names_the_action_a_onebot_bridge_refused_at_set_up(tmp_path):
    from support.onebot_bridge import Failed

    bridge = FakeOneBot("bridge-secret", self_id="wxid_bot")
    bridge.refuse["get_self_info"] = [Failed(10002, "unsupported action")] * 100
    url = await bridge.listen()
    try:
        result = await groupops(
            "init", "--non-interactive", "--platform", "wechat", "--chat", "wechat:room1@chatroom",
            "--wechat-adapter", "onebot12", "--wechat-endpoint", url,
            "--wechat-token", "bridge-secret", cwd=tmp_path,
        )  # fmt: skip
    finally:
        await bridge.close()
    assert result.code == 0, result.text  # written anyway, as for any bridge not yet ready
    blocker = next(line for line in result.out.splitlines() if line.startswith("BLOCKER"))
    assert "reached, but set-up failed: adapter 'onebot12' does not support 'get_self_info'" in (
        blocker
    ), result.out
    assert "scan the bridge's QR code" not in result.out and "Traceback" not in result.text


@pytest.mark.skipif(not os.environ.get(POSTGRES_ENV), reason=f"needs {POSTGRES_ENV}")
async def test_a_database_url_with_a_password_goes_to_the_secrets_file(tmp_path, fake):
    async with fresh_postgres() as url:
        with_password = url.replace("://postgres@", "://postgres:S3cretPW@")
        assert "S3cretPW" in with_password
        result = await groupops(
            "init", "--non-interactive", "--token", TOKEN, "--base-url", fake.base_url,
            "--database", with_password, cwd=tmp_path,
        )  # fmt: skip
        assert result.code == 0, result.text
        settings = (tmp_path / "settings.toml").read_text(encoding="utf-8")
        assert "S3cretPW" not in settings
        assert "The database URL holds a password: it is in .secrets.toml" in settings
        assert read(tmp_path, ".secrets.toml")["database"]["url"] == with_password
        assert_secret_file(tmp_path)
        check = await groupops("check", cwd=tmp_path)
    assert check.code == 0, check.text
    assert "secret" not in check.text
