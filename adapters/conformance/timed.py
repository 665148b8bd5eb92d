"""Timed mutes: a `Mute` with `until` restricts the member on the platform until then, and one
without restricts them for good. The contract leaves a mute's end to the adapter (the
platform's own timer, or one the adapter keeps and carries out, docs/adapters.md): the core
sends no `Unmute` when it ends, so an adapter that ignored `until` would turn `/mute ann 1h`
and a ladder's timed step into mutes for good, and one that put an end on every mute would
let a member muted for good speak again. The target says when the platform will let the
member speak (`ConformanceTarget.mute_ends`)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from groupops.core.actions import Mute
from groupops.core.capabilities import Capability

from .target import FOREVER, ConformanceTarget

LASTING = timedelta(hours=1)  # within every platform's range (Telegram's: 30 s to 366 days)
# platforms keep whole seconds, and an adapter may round an end up by a margin for the wire
SLACK = timedelta(seconds=5)


async def _ends(target: ConformanceTarget, mute: Mute) -> datetime:
    adapter = target.adapter
    if not adapter.supports(Capability.MUTE):
        pytest.skip(f"{adapter.name} declares no {Capability.MUTE}: no mute to time")
    await adapter.perform(mute)
    try:
        ends = await target.mute_ends(mute.user)
    except NotImplementedError:
        pytest.fail(
            f"{adapter.name} declares {Capability.MUTE}, but the target does not say when a "
            "mute ends: implement ConformanceTarget.mute_ends (the platform's end, or the one "
            "the adapter keeps and carries out)"
        )
    assert ends is not None, f"{mute.user} is not muted on the platform after {mute!r}"
    return ends


class TimedMuteConformance:
    async def test_a_timed_mute_ends_at_its_until(self, conformance_target: ConformanceTarget):
        target = conformance_target
        until = target.now() + LASTING
        mute = Mute(chat=target.chat, user=await target.member("Tim"), until=until)
        ends = await _ends(target, mute)
        assert ends != FOREVER, (
            f"{target.adapter.name} muted {mute.user} for good when asked to until "
            f"{until.isoformat()}: the adapter ignores Mute.until (a `/mute 1h` would never "
            "end; the core sends no Unmute at the end)"
        )
        assert abs(ends - until) <= SLACK, (
            f"{target.adapter.name} muted {mute.user} until {ends.isoformat()} when asked to "
            f"until {until.isoformat()}"
        )

    async def test_a_mute_without_until_is_for_good(self, conformance_target: ConformanceTarget):
        target = conformance_target
        mute = Mute(chat=target.chat, user=await target.member("Fay"), until=None)
        ends = await _ends(target, mute)
        assert ends == FOREVER, (
            f"{target.adapter.name} muted {mute.user} until {ends.isoformat()} when asked to "
            "mute for good (Mute.until None): the member would speak again by themselves"
        )
