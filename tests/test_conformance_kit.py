"""The conformance kit's own patience: a platform over a network shows an effect a moment after
`perform` returned (an IRC server relays the line 0.3 s later), and a target may look with a
coroutine. `seen` asks until it sees the effect, and gives up after `OBSERVE_WITHIN`."""

from __future__ import annotations

import asyncio
import time

from groupops.adapters.conformance import target
from groupops.adapters.conformance.target import ConformanceTarget


class Late:
    """Shows the effect `after` seconds from now, through a plain method or a coroutine."""

    def __init__(self, after: float, coroutine: bool = False) -> None:
        self.shown_at = time.monotonic() + after
        self.coroutine = coroutine

    def observe(self, capability, action, result):
        shown = time.monotonic() >= self.shown_at
        if not self.coroutine:
            return shown

        async def looked() -> bool:
            await asyncio.sleep(0)
            return shown

        return looked()


async def test_an_effect_shown_late_is_seen():
    assert await ConformanceTarget.seen(Late(0.3), None, None, None) is True
    assert await ConformanceTarget.seen(Late(0.3, coroutine=True), None, None, None) is True


async def test_an_effect_never_shown_fails_after_the_wait(monkeypatch):
    monkeypatch.setattr(target, "OBSERVE_WITHIN", 0.3)
    began = time.monotonic()
    assert await ConformanceTarget.seen(Late(60), None, None, None) is False
    assert time.monotonic() - began >= 0.3
