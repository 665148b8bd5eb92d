"""The console seen from the network. Listening beyond this computer over plain HTTP, sign-in
links and session cookies cross the network readable: the console warns as it starts, naming
the fix. A visitor without a session, whatever address they ask for, gets the sign-in page
or a not-found page in the console's layout: no community, setting or traceback."""

from __future__ import annotations

import httpx
import pytest
from loguru import logger

pytest.importorskip("starlette", reason="the console needs the dashboard extra")

SECRET = "hunter2-signing-secret"


@pytest.fixture
def warnings():
    lines: list[str] = []
    sink = logger.add(lambda m: lines.append(str(m)), level="WARNING", format="{level} | {message}")
    yield lines
    logger.remove(sink)


async def _served(h, host: str, base_url: str = "") -> tuple[str, int]:
    from groupops.core.console.server import ConsoleServer

    settings = h.settings.model_copy(
        update={"dashboard": h.settings.dashboard.model_copy(
            update={"base_url": base_url, "secret": SECRET})}
    )  # fmt: skip
    server = ConsoleServer(settings, h.database, h.engine, host=host, port=0)
    await server.start()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as visitor:
            pages = [await visitor.get(path) for path in
                     ("/settings", "/c/club", "/outbox", "/static/../app.py", "/nope")]  # fmt: skip
        statuses = [page.status_code for page in pages]
        assert statuses == [401, 401, 401, 404, 404]
        for page in pages:
            assert "Test Club" not in page.text and "Traceback" not in page.text
            assert SECRET not in page.text
        return host, server.port
    finally:
        await server.stop()


async def test_a_console_open_to_the_network_over_http_warns_as_it_starts(harness, warnings):
    _, port = await _served(harness, "0.0.0.0")
    said = [line.rstrip("\n") for line in warnings if "plain HTTP" in line]
    assert said == [
        f"WARNING | the console listens on 0.0.0.0:{port}, open beyond this computer, over "
        "plain HTTP: sign-in links and session cookies cross the network readable; serve it "
        "behind an HTTPS reverse proxy and set dashboard.base_url to its https:// address (or "
        "keep dashboard.host at 127.0.0.1)"
    ]


async def test_on_loopback_or_behind_https_the_console_does_not_warn(harness, warnings):
    await _served(harness, "127.0.0.1")
    await _served(harness, "0.0.0.0", base_url="https://console.example.org")
    assert not [line for line in warnings if "plain HTTP" in line]
