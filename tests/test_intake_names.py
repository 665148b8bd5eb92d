"""The intake's log names a loop by platform and loop name, and by the platform alone where an
adapter named its one loop after the platform (`keep_receiving("irc", …)`): "irc stopped",
never "irc irc stopped"."""

from __future__ import annotations

from loguru import logger

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
