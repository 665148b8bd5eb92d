"""Tokens and passwords never reach logs or error messages."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

from loguru import logger

from groupops.core.logging import setup_logging
from groupops.core.redaction import redact, register
from groupops.core.settings.schema import LoggingSettings

TOKEN = "7312956480:AAHc9VwZk3L_fakeTokenFor-Tests_0123456"  # shaped like a real bot token
BRIDGE = "puppet_service_token_9f8e7d6c"


def capture(fmt: str) -> io.StringIO:
    stream = io.StringIO()
    setup_logging(LoggingSettings(level="DEBUG", format=fmt), stream)
    return stream


def test_token_is_masked_in_text_logs_tracebacks_and_library_logs():
    register(BRIDGE)
    stream = capture("text")
    logger.info("connecting with {}", TOKEN)
    logging.getLogger("httpx").warning(
        "HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN
    )
    try:
        raise ConnectionError(f"cannot reach wss://bridge?token={BRIDGE}")
    except ConnectionError:
        logger.exception("bridge failed")
    text = stream.getvalue()
    assert TOKEN not in text and BRIDGE not in text
    assert "***" in text and "bridge failed" in text and "ConnectionError" in text


def test_token_is_masked_in_json_lines():
    stream = capture("json")
    logger.info("token {}", TOKEN)
    line = json.loads(stream.getvalue().splitlines()[0])
    assert TOKEN not in json.dumps(line)
    assert line["record"]["level"]["name"] == "INFO"


def test_database_password_is_masked():
    assert redact("postgres://groupops:s3cretPass@db:5432/x") == "postgres://***@db:5432/x"


def test_cli_errors_do_not_echo_secrets(tmp_path):
    settings = tmp_path / "settings.toml"
    settings.write_text('[default.platforms.telegram]\nadapter = "nope"\n')
    (tmp_path / ".secrets.toml").write_text(f'[default.platforms.telegram]\ntoken = "{TOKEN}"\n')
    result = subprocess.run(
        [sys.executable, "-m", "groupops.core.cli", "run", "--settings", str(settings)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "platforms.telegram.adapter" in result.stderr
    assert TOKEN not in result.stderr + result.stdout


def test_a_traceback_shows_no_values_of_its_frames_variables():
    """loguru's diagnose printed each frame's variables under the traceback: a password held
    in a local (a connection's settings) reached the log though no secret was registered."""
    stream = capture("text")

    def connect() -> None:
        password = "unregistered-pw-4711"
        raise ConnectionError("refused " + "x" * len(password))

    try:
        connect()
    except ConnectionError:
        logger.exception("lease pass failed")
    text = stream.getvalue()
    assert "ConnectionError: refused xxxx" in text
    assert "unregistered-pw-4711" not in text


def test_a_redis_outage_is_one_line_when_it_starts_and_one_when_it_ends():
    from redis.exceptions import ConnectionError as RedisConnectionError

    from groupops.core.cluster.outage import Outage

    stream = capture("text")
    outage = Outage("lease pass")
    for _ in range(50):  # a pass every few seconds for minutes
        outage.failed(RedisConnectionError("Error 111 connecting to 127.0.0.1:6391."))
    outage.passed()
    outage.passed()
    try:
        raise KeyError("partition")
    except KeyError as exc:  # not an outage: a bug, logged whole
        outage.failed(exc)
    logged = [line for line in stream.getvalue().splitlines() if line[:4].isdigit()]
    lines = [line.split(" | ", 3)[-1] for line in logged]
    assert lines == [
        "lease pass: Redis is unreachable (Error 111 connecting to 127.0.0.1:6391.); retrying "
        "until it is back",
        "lease pass: Redis reachable again after 0s",
        "lease pass failed; retrying",
    ]
    assert "KeyError: 'partition'" in stream.getvalue()


def test_a_masked_value_leaves_the_sentence_around_it():
    """`(bridge at ws://h/?access_token=…):` lost its closing `):` with the token."""
    line = "wechat (onebot12 bridge at ws://127.0.0.1:6700/?access_token=s3cr3t): online"
    masked = "wechat (onebot12 bridge at ws://127.0.0.1:6700/?access_token=***): online"
    assert redact(line) == masked
    assert redact("token=ab)cd, next") == "token=***, next"  # inside the value: masked whole
