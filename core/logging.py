"""Logging with loguru: readable lines by default, JSON lines by setting, secrets redacted in
every record (including tracebacks and other libraries' logs, which are routed through here)."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from loguru import logger

from .outage import database_away
from .redaction import one_line, redact
from .settings.schema import LoggingSettings

TEXT_FORMAT = "{time:YYYY-MM-DD HH:mm:ss.SSS} | {level:<7} | {name}:{line} | {message}"
QUIET_LIBRARIES = {
    "httpx": logging.WARNING,
    "aiosqlite": logging.WARNING,
    "tortoise": logging.WARNING,
    # PTB logs a traceback for every answer that is not JSON; the driver raises it as a
    # typed error that the outbox or the caller reports in one line.
    "telegram.request": logging.CRITICAL,
}
# Libraries that log a line per update handled ("Update id=5061 is handled. Duration 22 ms"):
# kept for an operator who sets a debugging level, quiet otherwise.
CHATTY_LIBRARIES = ("aiogram.event",)
DEBUGGING = frozenset({"TRACE", "DEBUG"})


class _RedactingSink:
    """Writes formatted records after masking secrets in the whole text."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, message: str) -> None:
        self.stream.write(redact(str(message)))
        self.stream.flush()


class _InterceptHandler(logging.Handler):
    """Sends the standard library's log records (aiogram, telegram, aiohttp…) to loguru."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level: str | int = logger.level(record.levelname).name
        except ValueError:
            level = record.levelno
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and database_away(error):
            # asyncpg's pool retrying its connections while the server is away ("Failed to
            # restore the pool connection floor; retrying", 16 lines in two minutes): a
            # foreseeable outage each retrying loop reports itself, one line when it starts
            # and one a minute, so the pool's own retries are kept for a debugging level
            message = f"{record.getMessage()} ({one_line(error)})"
            logger.opt(depth=6).log("DEBUG", message)
            return
        logger.opt(depth=6, exception=record.exc_info).log(level, record.getMessage())


def setup_logging(settings: LoggingSettings, stream: TextIO | None = None) -> None:
    logger.remove()
    json_lines = settings.format == "json"
    sink = _RedactingSink(stream or sys.stderr)
    # diagnose off: a traceback would show its frames' variables (settings, connections)
    logger.add(
        sink.write, level=settings.level, format=TEXT_FORMAT, serialize=json_lines,
        colorize=False, diagnose=False,
    )  # fmt: skip
    if settings.file:
        file_sink = open(settings.file, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        logger.add(
            _RedactingSink(file_sink).write,
            level=settings.level,
            format=TEXT_FORMAT,
            serialize=json_lines,
            diagnose=False,
        )
    logging.basicConfig(handlers=[_InterceptHandler()], level=0, force=True)
    for name, level in QUIET_LIBRARIES.items():
        logging.getLogger(name).setLevel(level)
    chatty = logging.DEBUG if settings.level in DEBUGGING else logging.WARNING
    for name in CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(chatty)


def setup_plain_warnings(stream: TextIO | None = None) -> None:
    """For commands whose output is the answer (`groupops moderate`, `groupops spam`): only
    warnings and errors, each one plain line (`warning: line 3: …`) on stderr, redacted."""
    logger.remove()
    sink = _RedactingSink(stream or sys.stderr)
    logger.add(
        sink.write,
        level="WARNING",
        format=lambda record: record["level"].name.lower() + ": {message}\n",
        colorize=False,
    )
