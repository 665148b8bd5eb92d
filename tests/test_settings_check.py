"""`groupops check`: what an operator sees for good and broken settings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.settings_cli import check, write

from groupops.core.registry import adapter_names
from groupops.core.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_the_shipped_example_passes():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "groupops.core.cli",
            "check",
            "--settings",
            str(ROOT / "settings.toml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "OK (1 ruleset, 1 community, 2 chats on telegram, wechat)" in result.stdout


def test_wrong_type_unknown_ruleset_and_bad_timezone_are_all_named(tmp_path):
    path = write(
        tmp_path,
        """
[default.rulesets.tech]
timezone = "Mars/Olympus"
[default.rulesets.tech.points]
checkin = "one"
[default.communities.devs]
ruleset = "tehc"
chats = ["telegram:-1001234567890"]
""",
    )
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert "3 problems" in result.stderr
    assert "rulesets.tech.timezone: 'Mars/Olympus' is not a known time zone" in result.stderr
    assert "rulesets.tech.points.checkin: got 'one', expected a whole number" in result.stderr
    assert (
        "communities.devs.ruleset: 'tehc' is not a defined ruleset (expected one of: tech)"
        in result.stderr
    )


def test_unknown_keys_list_what_is_expected(tmp_path):
    path = write(
        tmp_path,
        """
[default.rulesets.tech]
timezon = "UTC"
[default.comunities.devs]
ruleset = "tech"
""",
    )
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert (
        "default.comunities: unknown section, did you mean 'communities'? (expected one of:"
        in result.stderr
    )


def test_unknown_key_inside_a_ruleset(tmp_path):
    path = write(tmp_path, '[default.rulesets.tech]\ntimezon = "UTC"\n')
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert (
        "rulesets.tech.timezon: unknown key, did you mean 'timezone'? (expected one of: locale, "
        "timezone,"
    ) in result.stderr


def test_an_unknown_key_like_no_known_one_gets_no_guess(tmp_path):
    path = write(tmp_path, "[default.rulesets.tech.moderation]\nxyzzy = 1\n")
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert "rulesets.tech.moderation.xyzzy: unknown key (expected one of: enabled," in result.stderr


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            '[default.rulesets.a]\nday_starts_at = "25:00"',
            "rulesets.a.day_starts_at: '25:00' is not a time of day",
        ),
        (
            '[default.rulesets.a]\nlocale = "xx_Nowhere"',
            "rulesets.a.locale: 'xx_Nowhere' is not a known locale",
        ),
        (
            '[default.rulesets.a.fallbacks]\nmute = "shout"',
            "rulesets.a.fallbacks: 'shout' is not a fallback for 'mute'",
        ),
        (
            '[default.rulesets.a]\npipeline = ["welcome", "nope"]',
            "rulesets.a.pipeline[1]: 'nope' is not a component",
        ),
        (
            "[default.rulesets.a]\n[default.communities.c]\n"
            'ruleset = "a"\nchats = ["telegram:user:5"]',
            "communities.c.chats[0]: 'telegram:user:5' is a user reference",
        ),
        (
            '[default.rulesets.a]\n[default.communities.c]\nruleset = "a"\nchats = ["nocolon"]',
            "communities.c.chats[0]: 'nocolon' is not a reference",
        ),
        (  # a Matrix room id without its platform: said once, with what it was meant to be
            '[default.rulesets.a]\n[default.communities.c]\nruleset = "a"\n'
            'chats = ["!abc:example.org"]',
            "communities.c.chats[0]: '!abc:example.org' is not a reference (expected "
            "'platform:id' or 'platform:user:id'; did you mean 'matrix:!abc:example.org'?)",
        ),
        (
            '[default.database]\nurl = "postgres://db.example/ops?sslmode=require"',
            "database: sslmode is libpq's and is not read here: write ssl=true to require TLS",
        ),
        (  # a password's # splits the URL: Tortoise would say "Port is not an integer" later
            '[default.database]\nurl = "postgres://u:Pg#S3cret@Pass99@127.0.0.1:5432/db"',
            "database: postgres://***@127.0.0.1:5432/db: the port is not a number (percent-encode",
        ),
        (
            '[default.database]\nurl = "mysql://x"',
            "database: database scheme 'mysql' is not supported (expected sqlite://",
        ),
        (
            '[default.platforms.telegram]\nadapter = "nope"',
            "platforms.telegram.adapter: no adapter named 'nope' is installed",
        ),
        (  # a literal: the choices, and the near one
            '[default.rulesets.a.captcha]\nmode = "maths"',
            "rulesets.a.captcha.mode: got 'maths', did you mean 'math'? (expected one of: "
            "button, math, text, question)",
        ),
        (  # a kind naming no variant: said at the kind, not the whole table dumped
            '[default.rulesets.a.campaigns.tuan]\nkind = "checkin"\nends = "30d"',
            "rulesets.a.campaigns.tuan.kind: got 'checkin' (expected one of: challenge, "
            "groupbuy, referral, lottery, multiplier)",
        ),
        (  # a bound said in words, not pydantic's "Input should be greater than or equal to 1"
            '[default.rulesets.a.campaigns.yao]\nkind = "referral"\ngoal = 0\nends = "30d"',
            "rulesets.a.campaigns.yao.goal: got 0, must be at least 1",
        ),
        (
            "[default.cluster]\ntrim_seconds = 0",
            "cluster.trim_seconds: got 0, must be more than 0",
        ),
        ("[default.rulesets.a\n", "is not valid TOML"),
        (  # a docs snippet pasted as it was written: "rulesets.tech: unknown section"
            "[rulesets.tech.captcha]\nenabled = true",
            "rulesets: a table must start with its environment: write [default.rulesets.…] "
            "where this file has [rulesets.…]",
        ),
        (  # passed check, then simulate and run ended in croniter's traceback
            '[default.rulesets.a.tiers]\nrecompute_at = "30 25 * * *"',
            "rulesets.a.tiers.recompute_at: '30 25 * * *' is not a cron schedule",
        ),
        (  # croniter reads a sixth field as seconds: due every second of the minute
            '[default.rulesets.a.tiers]\nrecompute_at = "30 4 * * * *"',
            "rulesets.a.tiers.recompute_at: '30 4 * * * *' is not a cron schedule",
        ),
        (  # valid fields, no such day: run ended in croniter's CroniterBadDateError
            '[[default.rulesets.a.calendar.posts]]\nname = "x"\ncron = "0 8 31 2 *"\ntext = "hi"',
            "rulesets.a.calendar.posts[0].cron: '0 8 31 2 *' never falls due (no such date)",
        ),
        (
            '[default.rulesets.a.lurkers]\nschedule = "0 10 * * 9"',
            "rulesets.a.lurkers.schedule: '0 10 * * 9' is not a cron schedule",
        ),
    ],
)
def test_each_mistake_is_named(tmp_path, body, message):
    result = check("--settings", str(write(tmp_path, body)))
    assert result.returncode == 2
    assert message in result.stderr


def test_a_chat_id_without_its_platform_is_one_problem(tmp_path):
    """It was two: not a reference, and "no adapter serves platform '!abc'"."""
    body = '[default.rulesets.a]\n[default.communities.c]\nruleset = "a"\nchats = ["!abc:x.org"]'
    result = check("--settings", str(write(tmp_path, body)))
    assert result.returncode == 2
    assert "1 problem\n" in result.stderr and "no adapter serves" not in result.stderr


def test_a_chat_in_two_communities(tmp_path):
    path = write(
        tmp_path,
        """
[default.rulesets.a]
[default.communities.one]
ruleset = "a"
chats = ["local:x"]
[default.communities.two]
ruleset = "a"
chats = ["local:x", "local:y", "local:y"]
""",
    )
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert "communities.two.chats[0]: 'local:x' already belongs to community 'one'" in result.stderr
    assert "communities.two.chats[2]: 'local:y' is listed twice; remove one" in result.stderr


def test_missing_file(tmp_path):
    result = check("--settings", str(tmp_path / "absent.toml"))
    assert result.returncode == 2
    assert result.stderr == (
        f"{tmp_path / 'absent.toml'}: settings file not found in {tmp_path} "
        "(`groupops init` writes one)\n"
    )


def test_environment_overrides_and_secrets_file(tmp_path, monkeypatch):
    path = write(
        tmp_path,
        '[default.rulesets.tech]\ntimezone = "UTC"\n[default.rulesets.tech.points]\ncheckin = 1\n',
    )
    (tmp_path / ".secrets.toml").write_text('[default.platforms.local]\nadapter = "local"\n')
    monkeypatch.setenv("GROUPOPS_RULESETS__tech__POINTS__CHECKIN", "3")
    monkeypatch.setenv("GROUPOPS_DATABASE__URL", "sqlite://elsewhere.db")
    settings, _ = load_settings(path)
    assert settings.rulesets["tech"].points.checkin == 3
    assert settings.database.url == "sqlite://elsewhere.db"
    assert settings.platforms == {"local": {"adapter": "local"}}


def test_an_adapter_option_set_by_an_upper_case_variable_is_read(tmp_path, monkeypatch):
    """GROUPOPS_PLATFORMS__WECHAT__ACCESS_TOKEN, as docs/matrix.md and docs/wechat.md write
    such names, was refused: "platforms.wechat.ACCESS_TOKEN: Extra inputs are not permitted"."""
    settings = write(
        tmp_path,
        '[default.platforms.wechat]\nadapter = "onebot12"\nurl = "ws://127.0.0.1:6700"\n'
        '[default.rulesets.main]\n[default.communities.club]\nruleset = "main"\n'
        'chats = ["wechat:g1@chatroom"]\n',
    )
    monkeypatch.setenv("GROUPOPS_PLATFORMS__WECHAT__ACCESS_TOKEN", "s3cret-token")
    monkeypatch.setenv("GROUPOPS_PLATFORMS__WECHAT__MEMBER_SWEEP_SECONDS", "30")
    result = check("--settings", str(settings))
    assert result.returncode == 0, result.stderr
    # only the note that WeChat deletes nothing (tests/test_capability_advice.py)
    assert [line for line in result.stderr.splitlines() if not line.startswith("note:")] == []
    assert result.stdout.startswith(f"{settings}: OK (1 ruleset, 1 community, 1 chat on wechat)")
    loaded, _ = load_settings(settings)
    assert loaded.platforms["wechat"]["access_token"] == "s3cret-token"
    assert loaded.platforms["wechat"]["member_sweep_seconds"] == 30


def test_run_refuses_to_start_on_the_same_errors(tmp_path):
    import os

    path = write(tmp_path, '[default.rulesets.a]\ntimezone = "Nowhere/Land"\n')
    result = subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "run", "--settings", str(path)],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=60,
    )
    assert result.returncode == 2
    assert "rulesets.a.timezone: 'Nowhere/Land' is not a known time zone" in result.stderr


@pytest.mark.parametrize("where", ["file", "environment"])
def test_jinja_values_are_rendered(tmp_path, where):
    """dynaconf's `@jinja` values still work, though Jinja2 is imported only when settings hold
    one: in a fresh process, as `groupops` starts, after reading settings that hold none."""
    value = "@jinja {{ 'Dev' ~ 'Club' }}"
    body = (
        "[default.rulesets.main]\n"
        "[default.communities.main]\n"
        'ruleset = "main"\n'
        'chats = ["local:1"]\n' + (f'title = "{value}"\n' if where == "file" else "")
    )
    plain = tmp_path / "plain" / "settings.toml"
    plain.parent.mkdir()
    plain.write_text(body.replace(f'title = "{value}"\n', ""), encoding="utf-8")
    path = tmp_path / "settings.toml"
    path.write_text(body, encoding="utf-8")
    env = {**os.environ}
    if where == "environment":
        env["GROUPOPS_COMMUNITIES__main__title"] = value
    script = (
        "import os; from pathlib import Path; from groupops.core.settings.loader import read_raw; "
        "title = os.environ.pop('GROUPOPS_COMMUNITIES__main__title', None); "
        f"read_raw(Path({str(plain)!r})); "
        "title and os.environ.__setitem__('GROUPOPS_COMMUNITIES__main__title', title); "
        f"print(read_raw(Path({str(path)!r}))[0]['communities']['main']['title'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "DevClub"


def test_a_bad_key_in_the_secrets_file_says_it_is_written_there(tmp_path):
    path = write(tmp_path, '[default.rulesets.tech]\ntimezone = "UTC"\n')
    (tmp_path / ".secrets.toml").write_text(
        '[default.rulesets.tech]\ntimezon = "UTC"\n', encoding="utf-8"
    )
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert "default.rulesets.tech.timezon: unknown key" in result.stderr
    assert result.stderr.rstrip().endswith("(written in .secrets.toml)")


def test_a_platform_left_only_in_the_secrets_file_says_so(tmp_path):
    path = write(tmp_path, '[default.rulesets.tech]\ntimezone = "UTC"\n')
    (tmp_path / ".secrets.toml").write_text(
        '[default.platforms.telegram]\ntoken = "123456:AAkeptAfterThePlatformLeft_000"\n',
        encoding="utf-8",
    )
    result = check("--settings", str(path))
    assert result.returncode == 2
    installed = ", ".join(adapter_names())  # built-ins and any plugin in this environment
    assert result.stderr.splitlines()[1] == (
        f"  default.platforms.telegram.adapter: is required (expected one of: {installed}) "
        "([default.platforms.telegram] is only in .secrets.toml)"
    )
    assert "AAkeptAfterThePlatformLeft" not in result.stderr


VALID = '# 社区设置\n[default.rulesets.tech]\ntimezone = "Asia/Shanghai"\n'
LATIN = '[default.rulesets.tech]\ntimezone = "America/Monterrey"\n# Corredores Peñoles, Año…\n'


@pytest.mark.parametrize(
    ("name", "encode", "where", "problem"),
    [
        ("settings.toml", lambda t: t.encode("gbk"), ":1", "is not UTF-8 text (byte 0xc9; GBK?)"),
        ("settings.toml", lambda t: t.encode("utf-16"), "", "is UTF-16 text: save it as UTF-8"),
        (".secrets.toml", lambda t: t.encode("utf-16"), "", "is UTF-16 text: save it as UTF-8"),
        # Spanish saved by a Western Windows editor was called GBK
        (
            "settings.toml",
            lambda t: LATIN.encode("cp1252"),
            ":3",
            "is not UTF-8 text (byte 0xf1; Windows-1252?): save it as UTF-8",
        ),
        # bytes that look like no encoding in particular are named without a guess
        (
            "settings.toml",
            lambda t: b"# \x81\n" + t.encode(),
            ":1",
            "is not UTF-8 text (byte 0x81): save it as UTF-8",
        ),
    ],
)
def test_a_file_that_is_not_plain_utf8_is_one_line(tmp_path, name, encode, where, problem):
    """A GBK or UTF-16 file (Windows editors) had ended every command in a UnicodeDecodeError
    traceback."""
    settings = tmp_path / "settings.toml"
    settings.write_text(VALID, encoding="utf-8")
    (tmp_path / name).write_bytes(encode(VALID))
    result = check("--settings", str(settings))
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{tmp_path / name}{where}: {problem}")
    assert "Traceback" not in result.stderr


def test_a_byte_order_mark_from_notepad_is_read_past(tmp_path):
    """Notepad begins a UTF-8 file with a byte-order mark; check refused it ("save it as UTF-8
    without one"), an instruction few editors make easy to follow."""
    settings = tmp_path / "settings.toml"
    settings.write_bytes(
        (
            VALID + '[default.platforms.telegram]\nadapter = "aiogram"\n'
            '[default.communities.club]\nruleset = "tech"\nchats = ["telegram:-1001"]\n'
        ).encode("utf-8-sig")
    )
    (tmp_path / ".secrets.toml").write_bytes(
        b"\xef\xbb\xbf[default.platforms.telegram]\n"
        b'token = "7012345678:AAHfakeTokenFirstdayTrial0123456789"\n'
    )
    result = check("--settings", str(settings))
    assert result.returncode == 0, result.output
    assert "OK (1 ruleset, 1 community, 1 chat on telegram)" in result.stdout
    assert "byte-order mark" not in result.output and "Invalid statement" not in result.output


def test_a_url_missing_its_scheme_separator_is_named_without_its_password(tmp_path):
    """The database URL was echoed whole, password and all; a mistyped Redis URL passed check
    and ended doctor and worker in redis-py's traceback."""
    body = (
        '[default.database]\nurl = "postgres//ops:S3cretPW@db/x"\n'
        '[default.cluster]\nredis_url = "redis//:R3disPW@127.0.0.1:6379/7"\n'
    )
    result = check("--settings", str(write(tmp_path, body)))
    assert result.returncode == 2
    assert "default.database: 'postgres//ops:***@db/x' is not a database URL" in result.stderr
    assert (
        "default.cluster.redis_url: 'redis//***@127.0.0.1:6379/7' is not a Redis URL"
        in result.stderr
    )
    assert "S3cretPW" not in result.output and "R3disPW" not in result.output


def test_a_secrets_table_without_its_environment_is_named(tmp_path):
    """[platforms.telegram] in .secrets.toml was ignored, and check asked for the token."""
    settings = write(tmp_path, "[default.rulesets.main]\n")
    (tmp_path / ".secrets.toml").write_text('[platforms.telegram]\ntoken = "1:x"\n')
    result = check("--settings", str(settings))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"{tmp_path / '.secrets.toml'}: 1 problem",
        "  platforms: a table must start with its environment: write [default.platforms.…] "
        "where this file has [platforms.…]",
    ]


def test_a_value_set_by_an_environment_variable_names_the_variable(tmp_path, monkeypatch):
    """The error named settings.toml, where the operator looked for the value in vain."""
    settings = write(tmp_path, "[default.rulesets.tech.captcha]\nenabled = true\n")
    monkeypatch.setenv("GROUPOPS_RULESETS__tech__CAPTCHA__TIMEOUT", "5 minutes")
    result = check("--settings", str(settings))
    assert result.returncode == 2
    assert result.stderr.splitlines()[1] == (
        "  rulesets.tech.captcha.timeout: '5 minutes' is not a duration (expected a number and "
        "a unit s, m, h, d or w, e.g. '10m', '2h', '3d') (set by "
        "GROUPOPS_RULESETS__tech__CAPTCHA__TIMEOUT)"
    )


def test_a_sqlite_url_naming_no_file_is_refused_by_check(tmp_path):
    """`sqlite://` passed check, then migrate failed with "unable to open database file"."""
    result = check("--settings", str(write(tmp_path, '[default.database]\nurl = "sqlite://"\n')))
    assert result.returncode == 2, result.stderr
    assert "default.database: 'sqlite://' names no file (expected sqlite://groupops.db" in (
        result.stderr
    )


def telegram_settings(tmp_path, option: str):
    """Settings for aiogram with one more option line, the token in .secrets.toml."""
    path = write(
        tmp_path,
        f'[default.platforms.telegram]\nadapter = "aiogram"\n{option}\n[default.rulesets.main]\n',
    )
    (tmp_path / ".secrets.toml").write_text(
        '[default.platforms.telegram]\ntoken = "123456789:AAFakeSecretTokenValueXYZ12345678ab"\n'
    )
    return path


def test_a_misspelt_telegram_option_names_the_option_meant(tmp_path):
    path = telegram_settings(tmp_path, 'mdoe = "polling"')
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert (
        "default.platforms.telegram.mdoe: unknown key, did you mean 'mode'? (expected one of: "
    ) in result.stderr
    assert "AAFake" not in result.stderr
    path.write_text(path.read_text().replace('mdoe = "polling"', 'mode = "pollin"'))
    result = check("--settings", str(path))
    assert (
        "default.platforms.telegram.mode: 'pollin' is not 'polling' or 'webhook'; did you mean "
        "'polling'?"
    ) in result.stderr


def test_a_bot_api_address_without_its_scheme_or_with_bot_is_named(tmp_path):
    """`127.0.0.1:8081` passed check, and every call then failed with the HTTP client's
    'unsupported protocol'; one ending in /bot reads to the libraries as a refused token."""
    path = telegram_settings(tmp_path, 'base_url = "127.0.0.1:8081"')
    result = check("--settings", str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines()[1:] == [
        "  default.platforms.telegram.base_url: '127.0.0.1:8081' is not an http(s) URL "
        "(expected e.g. http://127.0.0.1:8081)"
    ], result.stderr
    path.write_text(path.read_text().replace("127.0.0.1:8081", "http://127.0.0.1:8081/bot"))
    result = check("--settings", str(path))
    assert result.stderr.splitlines()[1:] == [
        "  default.platforms.telegram.base_url: ends in /bot, which the library adds: use "
        "'http://127.0.0.1:8081'"
    ], result.stderr
    path.write_text(path.read_text().replace("/bot", ""))
    assert check("--settings", str(path)).returncode == 0
