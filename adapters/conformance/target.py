"""What the conformance suite needs from the platform side of an adapter under test."""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from groupops.core.actions import Action, ActionResult
from groupops.core.adapter import Adapter
from groupops.core.capabilities import Capability
from groupops.core.events import Event
from groupops.core.refs import Ref

if TYPE_CHECKING:
    from .refusals import Failure


OBSERVE_WITHIN = 5.0  # seconds an effect may take to show on the platform
FOREVER = datetime.max.replace(tzinfo=UTC)  # `mute_ends`, `ban_ends` of one with no end


class ConformanceTarget(ABC):
    """An adapter wired to a platform (real, fake or in-process) in which the bot administers
    `chat`. The target is the adapter's `EventSink`: `events` collects what the adapter pushed,
    through either entry."""

    adapter: Adapter
    chat: Ref

    def __init__(self) -> None:
        self.events: list[Event] = []
        # which entry of the sink took each event: "submit" (returns at the commit) or
        # "submit_nowait" (queued now, its future resolves at the commit)
        self.entries: list[str] = []
        # Run inside the commit, before it completes: what the platform was told while the
        # event was still being committed (the suite sets it)
        self.committing: Callable[[Event], Awaitable[None]] | None = None

    # --- the sink the adapter is started with (`EventSink`, core/sink.py): the target -------

    async def submit(self, event: Event) -> None:
        """Returning is the commit."""
        self.entries.append("submit")
        await self._commit(event)

    def submit_nowait(self, event: Event) -> asyncio.Future[None]:
        """Queued now; the future resolves at the commit."""
        self.entries.append("submit_nowait")
        return asyncio.ensure_future(self._commit(event))

    async def _commit(self, event: Event) -> None:
        if self.committing is not None:
            await self.committing(event)
        self.events.append(event)

    def now(self) -> datetime:
        """The platform's current time (for mute and ban ends)."""
        return datetime.now(UTC)

    @abstractmethod
    async def start(self) -> None:
        """Start the platform side and the adapter (with the target as its sink)."""

    @abstractmethod
    async def close(self) -> None:
        """Stop the adapter and the platform side."""

    @abstractmethod
    async def member(self, name: str) -> Ref:
        """A new ordinary member of `chat`."""

    async def admin(self, name: str) -> Ref:
        """A new administrator of `chat` whom the bot may edit (promoted by the bot). Asked
        of every adapter; one without admin titles may give an ordinary member."""
        return await self.member(name)

    @abstractmethod
    async def say(self, user: Ref, text: str) -> None:
        """`user` posts `text` in `chat`; returns once the adapter has pushed the event."""

    @abstractmethod
    async def join(self, name: str) -> Ref:
        """A new user joins `chat`; returns once the adapter has pushed the event."""

    @abstractmethod
    async def leave(self, user: Ref) -> None:
        """`user` leaves `chat` of their own accord; returns once the adapter has pushed the
        event."""

    async def reply(self, user: Ref, message_id: str, text: str) -> None:
        """`user` posts `text` in `chat` as a reply to the message `message_id`; returns once
        the adapter has pushed the event. NotImplementedError: the reply case is skipped
        (every platform has replies: implement it)."""
        raise NotImplementedError(f"{type(self).__name__}: the target posts no replies")

    async def edit(self, user: Ref, message_id: str, text: str) -> None:
        """`user` edits their message to `text`. Returns once the adapter has pushed the
        event where it maps edits, else once the platform accepted the edit (the suite posts
        a message after it and expects no edit before that). NotImplementedError: the
        platform has no edits."""
        raise NotImplementedError(f"{type(self).__name__}: the platform has no edits")

    async def react(self, user: Ref, message_id: str, emoji: str) -> None:
        """`user` reacts to a message with `emoji`; returns as `edit` does.
        NotImplementedError: the platform has no reactions."""
        raise NotImplementedError(f"{type(self).__name__}: the platform has no reactions")

    async def acknowledged(self, event: Event) -> bool | None:
        """Whether the platform holds the adapter's acknowledgement of the update that
        carried `event` (Telegram: the confirmed poll offset is past it; Matrix: the saved
        sync token is past it), so it would not deliver it again; None where the platform
        takes no acknowledgement (an in-process world, a stream that is not acknowledged)."""
        return None

    async def reconnect(self, user: Ref) -> None:
        """`user`'s client drops off the platform and comes back into `chat`, where presence
        and membership differ (IRC: a QUIT, then a JOIN when the client connects again);
        returns once they are back. NotImplementedError: the platform has no presence apart
        from membership, and the case is skipped."""
        raise NotImplementedError(
            f"{type(self).__name__}: the platform has no presence apart from membership"
        )

    async def restart(self) -> None:
        """Stop the adapter and start a new instance of it, as a restarted process would: the
        platform keeps its chats and members, the adapter only what it keeps outside the
        process. Events pushed after it must not reuse a key given before (the engine drops
        a key it has processed as a duplicate). NotImplementedError: the case is skipped."""
        raise NotImplementedError(f"{type(self).__name__}: the target restarts no adapter")

    async def join_request(self, name: str) -> Ref:
        """A new user asks to join `chat`; returns once the adapter has pushed the event.
        Asked only of adapters that declare join approval (a platform without join requests
        need not implement it)."""
        raise NotImplementedError(f"{type(self).__name__}: the platform has no join requests")

    @abstractmethod
    async def private_user(self, name: str) -> Ref:
        """A user who may receive private messages from the bot."""

    @abstractmethod
    def observe(
        self, capability: Capability, action: Action, result: ActionResult
    ) -> bool | Awaitable[bool]:
        """Whether the platform now shows the action's effect (the message, the restriction,
        the removal, the approved member, the link). Asked right after `perform` returned, and
        again until it says yes or `OBSERVE_WITHIN` seconds pass: a platform over a network may
        show it a moment later. It may be a coroutine."""

    async def seen(self, capability: Capability, action: Action, result: ActionResult) -> bool:
        """`observe`, asked until it sees the effect or `OBSERVE_WITHIN` seconds pass."""
        deadline = asyncio.get_running_loop().time() + OBSERVE_WITHIN
        while True:
            said = self.observe(capability, action, result)
            if isinstance(said, Awaitable):
                said = await said
            if said or asyncio.get_running_loop().time() >= deadline:
                return bool(said)
            await asyncio.sleep(0.1)

    async def mute_ends(self, user: Ref) -> datetime | None:
        """When the platform will let `user`, muted in `chat`, speak again: the end it
        restricts them until (or the one the adapter keeps and carries out itself, where the
        platform has no timed restrictions), `FOREVER` for a mute with no end, None where they
        are not muted. Asked of every adapter that declares member.mute; NotImplementedError
        fails the timed-mute cases (timed.py), since an adapter that ignores `until` would
        pass unnoticed."""
        raise NotImplementedError(f"{type(self).__name__}: the target reads no mute ends")

    async def ban_ends(self, user: Ref) -> datetime | None:
        """When the platform will let `user`, banned from `chat`, back in: the end it bans them
        until (or the one the adapter keeps and carries out itself, where the platform has no
        timed bans), `FOREVER` for a ban with no end, None where they are not banned. Asked of
        every adapter that declares member.ban; NotImplementedError fails the timed-ban cases
        (timed.py), since an adapter that ignores `until` would pass unnoticed."""
        raise NotImplementedError(f"{type(self).__name__}: the target reads no ban ends")

    async def last_text(self) -> str:
        """The text of the bot's last message in `chat` as members see it on the platform
        (a mention as the platform shows it). NotImplementedError: the mention case is
        skipped."""
        raise NotImplementedError(f"{type(self).__name__}: the target reads no texts back")

    async def refuse_next(self, failure: Failure) -> Ref:
        """Make the platform refuse the next message the bot sends to the chat returned:
        `chat` itself (a refusal injected once, a rate limit brought about), or another chat
        in the refused state (one that does not exist, one the bot was removed from). A send
        to `chat` after it works again (after `retry_after` for a rate limit: keep it short).
        NotImplementedError, saying why: the platform side cannot produce that refusal, and
        the case is skipped."""
        raise NotImplementedError(f"{type(self).__name__}: cannot provoke {failure}")

    async def checkout(self, name: str) -> tuple[Ref, str]:
        """A user about to pay an invoice: (the user, the platform's checkout query id).
        Asked only of adapters that declare payment.checkout."""
        raise NotImplementedError(f"{type(self).__name__} has no payments")

    async def payment(self, name: str) -> tuple[Ref, str]:
        """A user who paid an invoice: (the user, the platform's charge id). Asked only of
        adapters that declare payment.refund."""
        raise NotImplementedError(f"{type(self).__name__} has no payments")
