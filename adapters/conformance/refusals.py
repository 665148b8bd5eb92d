"""The platform refusing an action: what the adapter raises decides what the outbox does
(core/engine/outbox.py), so a refusal must arrive as the typed error of core/errors.py, never
as the library's own exception. A 429 that escapes raw is retried with the backoff of an
adapter bug instead of waiting `retry_after`; a chat that is gone, reported as transient, is
retried for ever; a network fault reported as permanent loses the action."""

from __future__ import annotations

import asyncio
from enum import StrEnum

import pytest

from groupops.core.actions import SendMessage
from groupops.core.capabilities import Capability
from groupops.core.errors import (
    ActionError,
    Disconnected,
    Forbidden,
    RateLimited,
    TargetNotFound,
    TransientError,
)

from .samples import TEXT
from .target import ConformanceTarget


class Failure(StrEnum):
    """The refusals every platform has, as a target provokes them (`refuse_next`)."""

    RATE_LIMITED = "rate_limited"  # slow down (HTTP 429, M_LIMIT_EXCEEDED)
    CHAT_NOT_FOUND = "chat_not_found"  # the chat does not exist
    FORBIDDEN = "forbidden"  # the bot was removed from the chat, or may not post there
    UNREACHABLE = "unreachable"  # no answer: the connection failed on the way


# failure -> the error the adapter raises, and whether the outbox gives the action up
EXPECTED: dict[Failure, tuple[type[ActionError], bool]] = {
    Failure.RATE_LIMITED: (RateLimited, False),
    Failure.CHAT_NOT_FOUND: (TargetNotFound, True),
    Failure.FORBIDDEN: (Forbidden, True),
    Failure.UNREACHABLE: (TransientError, False),  # Disconnected too: a bridge gone away
}


# what the target must do when the send went through all the same
PROVOKE: dict[Failure, str] = {
    Failure.RATE_LIMITED: "have the platform answer the next send with its 'slow down'",
    Failure.CHAT_NOT_FOUND: "return a chat the platform has never heard of",
    Failure.FORBIDDEN: (
        "return a chat the bot was removed from and may not post in from outside (an IRC "
        "channel takes messages from non-members unless it is +n, which ngIRCd does not set "
        "on a new channel)"
    ),
    Failure.UNREACHABLE: (
        "make the connection fail during the send: the platform takes the request and closes "
        "the connection without answering, or never answers (the Telegram target's fake Bot "
        "API hangs up on the next sendMessage). A connection dropped before the send is no "
        "such failure: an adapter that reconnects within its wait rightly sends normally"
    ),
}


class RefusalConformance:
    @pytest.mark.parametrize("failure", list(Failure), ids=str)
    async def test_a_refused_send_raises_the_typed_error(
        self, conformance_target: ConformanceTarget, failure: Failure
    ):
        """An ordinary send the platform refuses raises the error the outbox acts on; the
        adapter is none the worse for it: the next send works."""
        target, adapter = conformance_target, conformance_target.adapter
        if not adapter.supports(Capability.SEND):
            pytest.skip(f"{adapter.name} does not send to chats")
        try:
            chat = await target.refuse_next(failure)
        except NotImplementedError as exc:
            pytest.skip(str(exc))
        expected, permanent = EXPECTED[failure]
        try:
            await adapter.perform(SendMessage(chat=chat, segments=TEXT))
        except Exception as exc:  # whatever escapes: a raw library exception fails below
            error = exc
        else:
            pytest.fail(
                f"{failure}: the platform refused nothing, the send went through; "
                f"refuse_next({failure.name}) should {PROVOKE[failure]}"
            )
        assert isinstance(error, expected), (
            f"{failure}: {type(error).__module__}.{type(error).__name__} ({error}) "
            f"where the outbox needs {expected.__name__}"
        )
        assert error.permanent is permanent, f"{failure}: permanent is {error.permanent}"
        if isinstance(error, RateLimited):
            assert error.retry_after > 0, f"{failure}: no wait to keep ({error.retry_after})"
        if isinstance(error, (RateLimited, Disconnected)):  # a bridge reconnecting meanwhile
            await asyncio.sleep(error.retry_after)  # what the outbox waits before the next
        action = SendMessage(chat=target.chat, segments=TEXT)
        result = await adapter.perform(action)
        assert await target.seen(Capability.SEND, action, result), "the next send left no trace"
