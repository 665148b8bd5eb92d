"""An adapter of another package failing at start-up is one line naming the setting to fix:
an option value its constructor refuses (which `groupops check`, looking at names only,
passes), and a `StartupError` naming an option by its key in the adapter's table."""

from __future__ import annotations

import pytest

from groupops.core import platforms
from groupops.core.adapter import Adapter
from groupops.core.errors import StartupError
from groupops.core.settings.validate import validate_settings
from groupops.core.startup import start_adapter


class Chatty(Adapter):
    platform = "chatty"
    name = "chatty"

    def __init__(self, host: str = "127.0.0.1", port: int = 5222) -> None:
        super().__init__()
        self.host, self.port = host, int(port)

    async def start(self, sink) -> None:
        raise StartupError("host", f"cannot reach {self.host}:{self.port}: connection refused")

    async def stop(self) -> None: ...


def _settings(port: object):
    return validate_settings(
        {
            "platforms": {"chatty": {"adapter": "chatty", "port": port}},
            "rulesets": {"main": {"locale": "en"}},
            "communities": {"one": {"ruleset": "main", "chats": ["chatty:room"]}},
        },
        "test settings",
    )


def test_an_option_value_the_constructor_refuses_is_one_line_naming_the_table(monkeypatch):
    """`port = "x20522"` passed check (it is an option of the adapter) and `groupops run`
    showed the constructor's ValueError as a traceback."""
    monkeypatch.setattr(platforms, "load_adapter", lambda name: Chatty)
    with pytest.raises(StartupError) as raised:
        platforms.build_adapters(_settings("x20522"))
    assert str(raised.value) == (
        "platforms.chatty: the chatty adapter refused its options: "
        "invalid literal for int() with base 10: 'x20522'"
    )
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


async def test_a_startup_error_naming_an_option_by_its_key_names_it_in_full(monkeypatch):
    """`StartupError("host", …)` printed `error: host: cannot reach …`, which names no table;
    an option is named by its key, as `option_problems` names it, and qualified here."""
    monkeypatch.setattr(platforms, "load_adapter", lambda name: Chatty)
    [adapter] = platforms.build_adapters(_settings(6668))
    with pytest.raises(StartupError) as raised:
        await start_adapter(adapter, sink=None)  # type: ignore[arg-type]
    assert str(raised.value) == (
        "platforms.chatty.host: cannot reach 127.0.0.1:6668: connection refused"
    )


async def test_a_startup_error_naming_a_setting_in_full_is_kept():
    class Full(Chatty):
        async def start(self, sink) -> None:
            raise StartupError("platforms.chatty.token", "refused by the server")

    with pytest.raises(StartupError) as raised:
        await start_adapter(Full(), sink=None)  # type: ignore[arg-type]
    assert raised.value.setting == "platforms.chatty.token"
