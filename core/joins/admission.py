"""A newcomer the captcha asks is not in yet: what greets newcomers waits until they pass.

A feature that greets newcomers asks `held` on a join, and implements `AwaitsAdmission` to
be told, within the event that decided it, when a held newcomer passed. One who fails or
never answers is removed and never heard of again."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..engine import Context
from ..refs import Ref
from .store import Challenges, ChallengeSlice


@runtime_checkable
class AwaitsAdmission(Protocol):
    def admitted(self, chat: Ref, member: Ref, ctx: Context) -> None:
        """`member` passed the captcha in `chat` (the event is the answer, not the join)."""


def held(ctx: Context, chat: Ref, member: Ref) -> bool:
    """The captcha is asking `member` in `chat` (it runs first, so this holds on the join)."""
    state: Challenges | None = ctx.community.slices.get(ChallengeSlice)
    return state is not None and state.find(str(chat), str(member)) is not None


def admit(ctx: Context, chat: Ref, member: Ref) -> None:
    """Tell the features waiting on `member` that they are in."""
    for component in ctx.community.pipeline.components:
        if isinstance(component, AwaitsAdmission):
            component.admitted(chat, member, ctx)
