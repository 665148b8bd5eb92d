"""Start-up failures as an operator meets them in `groupops run` (and the cluster commands):
one line naming the setting to fix, a non-zero exit code, no traceback and no secret."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.fake_telegram import FakeBotAPI
from support.ports import free_port

from groupops.core.redaction import install_excepthook, redact, register

REAL_SHAPED = "7312956480:AAHc9VwZk3L_fakeTokenForTests_01234"  # valid format, not the fake's
PASSWORD = "pa@ss:w0rd-9"


def write(folder: Path, platform: str, database: str = "sqlite://run.db", extra: str = "") -> None:
    (folder / "settings.toml").write_text(
        f"""
[default.database]
url = "{database}"
{platform}
[default.rulesets.main]
timezone = "UTC"
[default.communities.club]
ruleset = "main"
chats = ["telegram:-1001"]
{extra}
""",
        encoding="utf-8",
    )


def telegram(driver: str, base_url: str) -> str:
    return f'[default.platforms.telegram]\nadapter = "{driver}"\nbase_url = "{base_url}"\n'


async def groupops(folder: Path, *args: str, token: str = REAL_SHAPED) -> tuple[int, str]:
    (folder / ".secrets.toml").write_text(
        f'[default.platforms.telegram]\ntoken = "{token}"\n', encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("GROUPOPS_")}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "groupops.core.cli",
        *args,
        "--settings",
        str(folder / "settings.toml"),
        cwd=folder,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, (out + err).decode()


def the_one_error(output: str) -> str:
    """The output's only line that is not a log record; there must be exactly one."""
    assert "Traceback" not in output, output
    lines = [line for line in output.splitlines() if line.strip() and " | " not in line]
    assert len(lines) == 1, output
    return lines[0]


def no_secret(output: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in output
    assert REAL_SHAPED.split(":")[1] not in output


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_a_rejected_token_is_one_line_naming_it(tmp_path, driver):
    fake = FakeBotAPI()  # answers 401 to any token but its own, as Telegram does
    try:
        write(tmp_path, telegram(driver, await fake.start()))
        code, output = await groupops(tmp_path, "run")
    finally:
        await fake.close()
    assert code == 1
    line = the_one_error(output)
    assert line.startswith("error: platforms.telegram.token: rejected by the Bot API"), line
    no_secret(output, REAL_SHAPED)


@pytest.mark.parametrize("driver", ["aiogram", "ptb"])
async def test_an_unreachable_server_is_one_line_naming_it(tmp_path, driver):
    url = f"http://127.0.0.1:{free_port()}"
    write(tmp_path, telegram(driver, url))
    code, output = await groupops(tmp_path, "run")
    assert code == 1
    line = the_one_error(output)
    assert line.startswith(f"error: platforms.telegram.base_url: cannot reach {url}"), line
    no_secret(output, REAL_SHAPED)


async def test_an_unreachable_database_is_one_line_naming_it(tmp_path):
    port = free_port()
    database = f"postgres://groupops:{PASSWORD}@127.0.0.1:{port}/groupops"
    write(tmp_path, telegram("aiogram", "http://127.0.0.1:9"), database)
    code, output = await groupops(tmp_path, "run")
    assert code == 1
    line = the_one_error(output)
    assert line.startswith("error: database.url: cannot open postgres://"), line
    # not Python's "ConnectionRefusedError: [Errno 111] Connect call failed"
    assert line.endswith(
        f": nothing listens on 127.0.0.1:{port} (is PostgreSQL running there, on that port?)"
    ), line
    no_secret(output, PASSWORD, "ss:w0rd")


@pytest.mark.parametrize(
    "command", [("spam", "stats", "--ruleset", "main"), ("export",), ("migrate",), ("outbox",)]
)
async def test_a_database_url_of_unknown_scheme_is_one_line_naming_it(tmp_path, command):
    write(tmp_path, telegram("aiogram", "http://127.0.0.1:9"))
    code, output = await groupops(tmp_path, *command, "--db", f"nonsense://u:{PASSWORD}@h/db")
    assert code == 1
    line = the_one_error(output)
    assert line.startswith("error: --db: database scheme 'nonsense' is not supported (expected")
    no_secret(output, PASSWORD)


@pytest.mark.parametrize("command", [("spam", "stats", "--ruleset", "main"), ("export",)])
async def test_a_bare_path_given_as_db_is_one_line_showing_the_urls_it_takes(tmp_path, command):
    write(tmp_path, telegram("aiogram", "http://127.0.0.1:9"))
    code, output = await groupops(tmp_path, *command, "--db", "groupops.db")
    assert code == 1
    assert the_one_error(output) == (
        "error: --db: 'groupops.db' is not a database URL (expected sqlite://groupops.db "
        "(beside the settings), sqlite:///abs/path.db or postgres://HOST/DB); nor is it a "
        "SQLite file here"
    )
    assert not (tmp_path / "groupops.db").exists()


async def test_a_sqlite_file_that_cannot_be_opened_is_one_line_every_time(tmp_path):
    # aiosqlite's worker thread used to report after the loop had closed: two tracebacks,
    # about every other run
    write(tmp_path, telegram("aiogram", "http://127.0.0.1:9"))
    missing = tmp_path / "no-such-folder" / "x.db"
    for _ in range(3):  # migrate makes a database: it tries to open the file
        code, output = await groupops(tmp_path, "migrate", "--db", f"sqlite://{missing}")
        assert code == 1
        line = the_one_error(output)
        assert line == f"error: --db: cannot open sqlite://{missing}: unable to open database file"
    # a command that only reads does not try: the file is not there
    code, output = await groupops(
        tmp_path, "spam", "stats", "--ruleset", "main", "--db", f"sqlite://{missing}"
    )
    assert code == 1
    assert the_one_error(output) == f"error: --db: {missing}: no such database (check the path)"


@pytest.mark.parametrize("token", ["123:from-env", "123456:TEST-token-for-the-fake", "AAH:x" * 9])
async def test_check_refuses_a_malformed_token_without_echoing_it(tmp_path, token):
    write(tmp_path, telegram("aiogram", "http://127.0.0.1:9"))
    code, output = await groupops(tmp_path, "check", token=token)
    assert code == 2
    assert "platforms.telegram.token: is not a bot token" in output
    assert token not in output


async def test_check_accepts_a_well_formed_token(tmp_path):
    write(tmp_path, telegram("aiogram", "http://127.0.0.1:9"))
    code, output = await groupops(tmp_path, "check")
    assert code == 0, output
    no_secret(output, REAL_SHAPED)


def test_urls_with_passwords_are_masked():
    for url in (
        "redis://:s3cretpass@cache:6379/0",
        "redis://s3cretpass@cache:6379/0",
        "postgres://app:s3cret@pass@db:5432/x",
        'connecting to "rediss://:s3cret@pass@cache/1" failed',
    ):
        masked = redact(url)
        assert "s3cret" not in masked and "pass@" not in masked, masked
        assert "***@" in masked


def test_an_uncaught_exception_prints_its_traceback_redacted():
    secret = "bridge-secret-42"
    program = (
        "from groupops.core.redaction import install_excepthook, register\n"
        f"install_excepthook(); register({secret!r})\n"
        f"raise RuntimeError('rejected: {secret} and {REAL_SHAPED}')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "RuntimeError: rejected: *** and ***" in done.stderr
    assert secret not in done.stderr and REAL_SHAPED not in done.stderr
    assert install_excepthook and register  # the hook the CLI installs at start


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        (f"postgres://groupops:Sl/{PASSWORD}@127.0.0.1:{{port}}/groupops", f"Sl/{PASSWORD}"),
        (f"postgres://groupops:{PASSWORD}#x@127.0.0.1:{{port}}/groupops", PASSWORD),
        (f"postgres://groupops@127.0.0.1:{{port}}/groupops?password={PASSWORD}", PASSWORD),
    ],
)
@pytest.mark.parametrize("given", ["settings", "--db"])
async def test_a_database_password_is_masked_however_it_is_written(tmp_path, url, secret, given):
    url = url.format(port=free_port())
    write(
        tmp_path,
        telegram("aiogram", "http://127.0.0.1:9"),
        url if given == "settings" else "sqlite://run.db",
    )
    code, output = await groupops(tmp_path, "migrate", *(["--db", url] if given == "--db" else []))
    assert code in (1, 2)
    assert "Traceback" not in output
    no_secret(output, secret, PASSWORD)
    assert "groupops" in output  # the user name and database are not secrets
    if "Sl/" in secret:  # the URL splits at the /: the error says what to do
        assert "percent-encode / # ? @ in the password" in output


async def test_simulate_refuses_another_databases_url_without_showing_its_password(tmp_path):
    url = f"postgres://groupops:{PASSWORD}@127.0.0.1:5432/groupops"
    write(tmp_path, telegram("aiogram", "http://127.0.0.1:9"))
    code, output = await groupops(tmp_path, "simulate", "--days", "1", "--db", url)
    assert code == 2
    assert "a simulation keeps its database in SQLite; give a file or sqlite://FILE" in output
    no_secret(output, PASSWORD)


def test_an_error_with_no_text_is_named_once():
    """A database that accepts connections and never answers: 'cannot open …: TimeoutError:
    TimeoutError'."""
    from groupops.core.redaction import one_line

    assert one_line(TimeoutError()) == "TimeoutError"
    assert one_line(ConnectionRefusedError(111, "Connect call failed")) == (
        "ConnectionRefusedError: [Errno 111] Connect call failed"
    )


@pytest.mark.parametrize(
    "command", [("export",), ("outbox",), ("outbox", "retry", "--all"), ("spam", "stats")]
)
async def test_a_read_of_a_mistyped_db_is_refused_not_made_empty(tmp_path, command):
    write(tmp_path, telegram("aiogram", "http://127.0.0.1:9"))
    typo = tmp_path / "typo.db"
    code, output = await groupops(tmp_path, *command, "--db", f"sqlite://{typo}")
    assert code == 1
    assert the_one_error(output) == f"error: --db: {typo}: no such database (check the path)"
    assert not typo.exists()
