"""The intake's log names a loop by platform and loop name, and by the platform alone where an
adapter named its one loop after the platform (`keep_receiving("irc", …)`): "irc stopped",
never "irc irc stopped". The start-up line names an adapter the same way: "irc adapter
started", never "irc adapter irc started"; a driver named apart stays named
("telegram adapter aiogram started")."""

from __future__ import annotations

from loguru import logger
from support.harness import Harness

from groupops.core.intake import IntakeSupervisor


async def _logged_stop(platform: str, loop_name: str) -> list[str]:
    supervisor = IntakeSupervisor()
    supervisor.first_pause = 0.01
    tries = 0

    async def loop() -> None:
        nonlocal tries
        tries += 1
        if tries == 1:
            raise ConnectionResetError("the server closed the connection")

    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{level} {message}")
    try:
        await supervisor.run(platform, loop_name, loop)
    finally:
        logger.remove(sink)
    return lines


async def test_a_loop_named_after_its_platform_is_named_once():
    (line,) = await _logged_stop("irc", "irc")
    assert line.startswith(
        "WARNING irc stopped: ConnectionResetError: the server closed the connection; restarting"
    )


async def test_a_loop_with_a_name_of_its_own_is_named_after_the_platform():
    (line,) = await _logged_stop("telegram", "polling")
    assert line.startswith("WARNING telegram polling stopped: ConnectionResetError:")


async def _started_line(sqlite_url: str, platform: str) -> str:
    harness = await Harness.open({}, sqlite_url, platform=platform, run=False)
    lines: list[str] = []
    sink = logger.add(lines.append, level="INFO", format="{message}")
    try:
        await harness.engine.start(scheduler=False)
    finally:
        logger.remove(sink)
        await harness.close()
    (line,) = [line.strip() for line in lines if "started" in line]
    return line


async def test_an_adapter_named_after_its_platform_is_named_once_when_started(sqlite_url):
    assert await _started_line(sqlite_url, "local") == "local adapter started"


async def test_an_adapter_serving_another_platform_is_named_with_it_when_started(sqlite_url):
    assert await _started_line(sqlite_url, "telegram") == "telegram adapter local started"
