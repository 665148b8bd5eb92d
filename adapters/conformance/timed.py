"""Timed mutes and bans: a `Mute` or `Ban` with `until` restricts or keeps out the member on the
platform until then, and one without does so for good. The contract leaves the end to the
adapter (the platform's own timer, or one the adapter keeps and carries out, docs/adapters.md):
the core sends no `Unmute` or `Unban` when it ends, so an adapter that ignored `until` would
turn `/mute ann 1h`, `/ban dave 1h` and a ladder's timed steps into sanctions for good, and one
that put an end on every one would let a member muted or banned for good back by themselves.
The target says when the platform will let the member speak or back in
(`ConformanceTarget.mute_ends`, `ConformanceTarget.ban_ends`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from groupops.core.actions import Ban, MemberAction, Mute
from groupops.core.refs import Ref

from .target import FOREVER, ConformanceTarget

LASTING = timedelta(hours=1)  # within every platform's range (Telegram's: 30 s to 366 days)
# platforms keep whole seconds, and an adapter may round an end up by a margin for the wire
SLACK = timedelta(seconds=5)


@dataclass(frozen=True, slots=True)
class Timed:
    """One kind of timed sanction, as the cases below speak of it."""

    action: type[Mute] | type[Ban]
    done: str  # "muted", "banned"
    reader: str  # the target's method that reads the end (overridden: looked up by name)
    back: str  # what the member would do again by themselves


MUTE = Timed(Mute, "muted", "mute_ends", "speak")
BAN = Timed(Ban, "banned", "ban_ends", "come back")


async def _ends(target: ConformanceTarget, kind: Timed, action: MemberAction) -> datetime:
    adapter = target.adapter
    if not adapter.supports(kind.action.capability):
        pytest.skip(
            f"{adapter.name} declares no {kind.action.capability}: no {kind.action.kind} to time"
        )
    await adapter.perform(action)
    try:
        read: Callable[[Ref], Awaitable[datetime | None]] = getattr(target, kind.reader)
        ends = await read(action.user)
    except NotImplementedError:
        pytest.fail(
            f"{adapter.name} declares {kind.action.capability}, but the target does not say "
            f"when it ends: implement ConformanceTarget.{kind.reader} (the platform's end, or "
            "the one the adapter keeps and carries out)"
        )
    assert ends is not None, f"{action.user} is not {kind.done} on the platform after {action!r}"
    return ends


async def _timed(target: ConformanceTarget, kind: Timed, name: str) -> None:
    until = target.now() + LASTING
    action = kind.action(chat=target.chat, user=await target.member(name), until=until)
    ends = await _ends(target, kind, action)
    verb = kind.action.kind
    assert ends != FOREVER, (
        f"{target.adapter.name} {kind.done} {action.user} for good when asked to until "
        f"{until.isoformat()}: the adapter ignores {kind.action.__name__}.until (a `/{verb} "
        f"1h` would never end; the core sends no Un{verb} at the end)"
    )
    assert abs(ends - until) <= SLACK, (
        f"{target.adapter.name} {kind.done} {action.user} until {ends.isoformat()} when asked "
        f"to until {until.isoformat()}"
    )


async def _for_good(target: ConformanceTarget, kind: Timed, name: str) -> None:
    action = kind.action(chat=target.chat, user=await target.member(name), until=None)
    ends = await _ends(target, kind, action)
    assert ends == FOREVER, (
        f"{target.adapter.name} {kind.done} {action.user} until {ends.isoformat()} when asked "
        f"to {kind.action.kind} for good ({kind.action.__name__}.until None): the member would "
        f"{kind.back} again by themselves"
    )


class TimedConformance:
    async def test_a_timed_mute_ends_at_its_until(self, conformance_target: ConformanceTarget):
        await _timed(conformance_target, MUTE, "Tim")

    async def test_a_mute_without_until_is_for_good(self, conformance_target: ConformanceTarget):
        await _for_good(conformance_target, MUTE, "Fay")

    async def test_a_timed_ban_ends_at_its_until(self, conformance_target: ConformanceTarget):
        await _timed(conformance_target, BAN, "Tobias")

    async def test_a_ban_without_until_is_for_good(self, conformance_target: ConformanceTarget):
        await _for_good(conformance_target, BAN, "Bea")
