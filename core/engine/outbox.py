"""Delivery from the persistent outbox: per-platform lanes with rate limits and priorities.

An action reaches a lane only after the transaction that created it committed. Only a
permanent refusal ends an action (`failed`): a 429 blocks the chat for `retry_after`; a
transient error (5xx, timeout, connection, an answer that is not the platform's) holds the
chat with a capped backoff while the platform is down, so the chat's order is kept; one the
platform keeps failing while it carries out others of its kind is given up (`GivenUp`), so
its chat goes on; an unexpected adapter error sets the action aside with the same backoff.
Each outcome is written (outcome_log.py) before the slot that produced it sends again, so a
crash resends at most what was in flight. Pending rows are loaded at start, and rows
re-queued from outside (`groupops outbox retry`) are picked up by a periodic rescan; the same
rescan drops the actions an operator cancelled (`groupops outbox cancel`) from their chats'
queues.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

import orjson
from loguru import logger

from ..actions import Action, ActionResult, SendPrivate, lasting_from_now
from ..codec import decode_action, encode_action
from ..counted import counted
from ..delivery_key import carrying
from ..errors import (
    ActionError,
    AlreadyDone,
    Disconnected,
    Forbidden,
    GivenUp,
    RateLimited,
    TooLate,
)
from ..outage import Outage
from ..redaction import redact
from ..storage.models import OutboxItem
from ..unanswered import watch
from .action_log import said_done
from .cancellations import Cancellations
from .delivery import FAILURES, Delivery, backoff
from .lanes import Lane
from .outcome_log import Outcome, OutcomeLog
from .ratelimit import LimitsFactory, LocalLimits
from .rendering import render_action

if TYPE_CHECKING:
    from .engine import Engine

RESCAN_SECONDS = 30.0  # how often the table is read for rows re-queued from outside
RESCAN_MIN_AGE = timedelta(seconds=10)  # rows younger than this are still being enqueued


Listener = Callable[[Delivery, ActionResult | None, ActionError | None], Awaitable[None] | None]


class Dispatcher:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.lanes: dict[str, Lane] = {}
        self.listeners: list[Listener] = []
        # told of an action the operator cancelled while this process held it (cancellations.py)
        self.cancel_listeners: list[Callable[[Delivery], None]] = []
        self.log = OutcomeLog(self)
        # Actions in memory (queued, in flight, set aside or unwritten): id -> community.
        self.known: dict[str, str] = {}
        self.cancellations = Cancellations(self)  # what an operator cancelled meanwhile
        self._changed = asyncio.Event()
        self._rescanner: asyncio.Task | None = None
        self.sent = 0
        self.failed = 0
        # Asked before each attempt; False drops the delivery from memory and leaves its row
        # pending (a worker that lost the partition leaves it to the new owner).
        self.may_deliver: Callable[[Delivery], bool] | None = None
        # The communities whose rows this process delivers (None: all); a cluster worker
        # answers with those of the partitions it holds.
        self.scope: Callable[[], list[str]] | None = None
        # Builds each lane's limits when its adapter attaches (a cluster shares them in Redis).
        self.limits: LimitsFactory = LocalLimits
        self.outages: dict[str, Outage] = {}  # platform -> its connection, as deliveries find it
        # seconds before the next try after that many transient failures (1, 2, 4 … 60)
        self.backoff: Callable[[int], float] = backoff

    def lane(self, platform: str) -> Lane:
        lane = self.lanes.get(platform)
        if lane is None:
            lane = self.lanes[platform] = Lane(self, platform)
            adapter = self.engine.adapters.get(platform)
            if adapter is not None:
                lane.attach(adapter, self.engine.settings.engine.delivery_concurrency)
        return lane

    async def start(self, *, recover: bool = True) -> None:
        self.log.start()
        if recover:
            count = await self.rescan()
            if count:
                logger.info("outbox: {} pending actions recovered", count)
        if recover or self.scope is not None:  # a cluster worker recovers per partition
            self._rescanner = asyncio.create_task(self._rescan_loop(), name="outbox-rescan")

    def enqueue(self, deliveries: Iterable[Delivery]) -> None:
        for delivery in deliveries:
            if delivery.id in self.known:
                continue
            self.known[delivery.id] = delivery.community
            self.lane(delivery.action.chat.platform).put(delivery)

    async def rescan(self, communities: list[str] | None = None, *, settled: bool = False) -> int:
        """Queue the table's pending rows this process does not hold yet; returns how many.
        `settled` leaves out rows young enough that their batch may still be enqueueing them."""
        query = OutboxItem.filter(status="pending")
        scope = communities if communities is not None else (self.scope() if self.scope else None)
        if scope is not None:
            if not scope:
                return 0
            query = query.filter(community__in=scope)
        async with self.log.lock:  # no outcome is written (and forgotten) meanwhile
            rows = await query.order_by("created_at").values_list(
                "id", "community", "payload", "attempts", "created_at"
            )
            young = self.engine.clock.now() - RESCAN_MIN_AGE
            fresh = [
                Delivery.of(i, c, decode_action(p), a)
                for i, c, p, a, created in rows
                if i not in self.known and (not settled or created <= young)
            ]
            self.enqueue(fresh)
        return len(fresh)

    def let_go(self, communities: Iterable[str]) -> int:
        """Forget the queued and set-aside actions of `communities` (a cluster worker handing
        their partition to another): the table says what is pending when they come back, not a
        queue that the other worker may have sent meanwhile. Returns how many of theirs are
        still in hand (in flight, or their outcome not yet written)."""
        names = set(communities)
        for lane in self.lanes.values():
            for delivery in lane.withdraw(lambda delivery: delivery.community in names):
                self.known.pop(delivery.id, None)
        return sum(1 for community in self.known.values() if community in names)

    async def _rescan_loop(self) -> None:
        outage = Outage("outbox rescan")
        while True:
            await asyncio.sleep(RESCAN_SECONDS)
            try:
                count = await self.rescan(settled=True)
                await self.cancellations.sweep()
            except Exception as exc:
                outage.failed(exc)
                continue
            outage.passed()
            if count:
                logger.info("outbox: {} re-queued actions picked up", count)

    # --- counts -------------------------------------------------------------------------------

    def pending(self) -> int:
        """Actions this process can deliver and has not finished (lanes with an open adapter)."""
        return sum(lane.pending() for lane in self.lanes.values() if lane.live)

    def waiting(self) -> dict[str, int]:
        """Actions held for platforms whose adapter is missing or not open, by platform."""
        return {
            name: lane.pending()
            for name, lane in self.lanes.items()
            if not lane.live and lane.pending()
        }

    def changed(self) -> None:
        self._changed.set()

    async def idle(self, timeout: float | None = None) -> bool:
        """Wait until nothing deliverable is queued or in flight; False on timeout."""
        if not self.pending():
            return True

        async def quiet() -> None:
            while self.pending():
                self._changed.clear()
                await self._changed.wait()

        try:
            await asyncio.wait_for(quiet(), timeout)
        except TimeoutError:
            return False
        return True

    # --- one attempt --------------------------------------------------------------------------

    async def deliver(self, lane: Lane, delivery: Delivery) -> float | None:
        """Carry out one action. Returns None when the chat may go on, or the seconds to hold
        the chat (the action was put back first in its queue)."""
        adapter = lane.adapter
        assert adapter is not None
        if self.may_deliver is not None and not self.may_deliver(delivery):
            self.known.pop(delivery.id, None)
            return None
        if self.cancellations.drops(delivery):
            return None
        deadline = delivery.action.deadline
        if deadline is not None and self.engine.clock.now() > deadline:
            late = TooLate(deadline.isoformat(), delivery.action.missed)
            logger.warning("{} {} dropped: {}", delivery.id, delivery.action.kind, late)
            await self._finish(delivery, None, late)
            return None
        delivery.attempts += 1
        try:
            action = lasting_from_now(delivery.action, self.engine.clock.now())
            # a platform that hangs fails nothing: said while it keeps the chat waiting
            async with watch(f"{delivery.id} {action.kind}", f"the {lane.platform} platform"):
                with carrying(delivery.id):  # a platform's idempotency key (delivery_key.py)
                    result = await adapter.perform(
                        render_action(
                            action, buttons=adapter.shows_buttons, prefix=adapter.command_prefix
                        )
                    )
        except RateLimited as exc:
            delivery.attempts -= 1  # a 429 is not the action's fault
            logger.info("{} {}: {}", lane.platform, delivery.action.chat, exc)
            assert lane.limits is not None
            await lane.limits.block(delivery.action.chat, exc.retry_after)
            lane.push_front(delivery)
            return None
        except AlreadyDone as exc:  # an earlier try went through, its answer lost: done
            logger.info("{} {} was done already: {}", delivery.id, delivery.action.kind, exc)
            result = ActionResult()
        except Disconnected as exc:
            delivery.attempts -= 1  # an outage is not the action's fault: wait, never give up
            delivery.strikes = 0
            self._outage(lane.platform).failed(exc)  # said once, then now and then, not per try
            lane.push_front(delivery)
            return exc.retry_after
        except ActionError as exc:
            if exc.permanent:
                await self._finish(delivery, None, exc)
                return None
            # one request the platform chokes on while it takes others: give it up, free the chat
            counted = delivery.count_failure(
                lane.done[delivery.action.kind], outage=self._outage(lane.platform).away
            )
            limit = self.engine.settings.engine.give_up_after_tries
            if limit and counted >= limit:
                await self._finish(delivery, None, GivenUp(delivery.attempts, lane.platform, exc))
                return None
            delay = self.backoff(delivery.attempts)
            # said once it counts: while the platform carries out others of its kind
            count = f"; {counted} of {limit} failures before it is given up" if counted else ""
            logger.warning("{} failed ({}), retry in {:.3g}s{}", delivery.id, exc, delay, count)
            await self._note(delivery, exc)
            lane.push_front(delivery)
            return delay
        except Exception as exc:  # an adapter bug must not kill the lane, nor end the action
            delay = self.backoff(delivery.attempts)
            if delivery.attempts == 1:
                logger.exception("adapter {} crashed on {}", adapter.name, delivery.id)
            else:
                logger.warning(
                    "adapter {} crashed on {} again: {!r}", adapter.name, delivery.id, exc
                )
            await self._note(delivery, ActionError(f"adapter crashed: {exc!r}"))
            lane.put_later(delivery, delay)  # set aside: the chat's other actions go on
            return None
        await self._finish(delivery, result, None)
        said_done(delivery.action, delivery.id)
        lane.done[delivery.action.kind] += 1
        self._outage(lane.platform).passed()
        return None

    def _outage(self, platform: str) -> Outage:
        outage = self.outages.get(platform)
        if outage is None:
            service = f"the {platform} connection"
            outage = self.outages[platform] = Outage(
                f"outbox {platform}",
                (lambda error: service if isinstance(error, Disconnected) else None,),
                slowing=True,
            )
        return outage

    async def _note(self, delivery: Delivery, error: ActionError) -> None:
        """A failed attempt, kept on the pending row so `groupops outbox` can show it."""
        row = ("pending", delivery.attempts, redact(str(error)), "", None, delivery.id)
        await self.log.record(Outcome(delivery, row, final=False), wait=False)

    async def _finish(
        self, delivery: Delivery, result: ActionResult | None, error: ActionError | None
    ) -> None:
        now = self.engine.clock.now()
        if error is None:
            self.sent += 1
            detail = (
                orjson.dumps(
                    {"message_ids": list(result.message_ids), "invite_link": result.invite_link}
                ).decode()
                if result
                else "{}"
            )
            outcome = Outcome(
                delivery, ("sent", delivery.attempts, "", detail, now, delivery.id), True
            )
            self._follow_ups(outcome, now)
        else:
            self.failed += 1
            action = delivery.action
            level = "WARNING" if _operators_trouble(action, error) else "INFO"
            logger.log(level, "{} {} in {} failed for good: {}", delivery.id, action.kind,
                       action.chat, error)  # fmt: skip
            row = ("failed", delivery.attempts, redact(str(error)), "", now, delivery.id)
            outcome = Outcome(delivery, row, True)
            self._follow_ups(outcome, now, failed=True, error=error)
        if delivery.action.audit:
            said = "done" if error is None else error.audit_outcome
            outcome.audit.append((said, delivery.action.audit))
        await self.log.record(outcome)  # durable before this slot sends again
        for listener in self.listeners:
            answer = listener(delivery, result, error)
            if answer is not None:
                await answer

    def _follow_ups(
        self, outcome: Outcome, now, failed: bool = False, error: ActionError | None = None
    ) -> None:
        """The actions that were to follow this one (after a failure, those marked
        `after_failure`, or for that failure), as new outbox rows."""
        parent = outcome.delivery
        for index, action in enumerate(parent.action.then):
            if failed and not (action.after_failure or action.only_after_failure):
                continue
            if failed and action.failure and not FAILURES[action.failure](error):
                continue
            if not failed and action.only_after_failure:
                continue
            outbox_id = f"{parent.id}+{index}"
            outcome.inserts.append(
                (
                    outbox_id, parent.community, action.chat.platform, action.chat, action.kind,
                    action.tag, int(action.effective_priority()), encode_action(action),
                    "pending", 0, "", "", now,
                )
            )  # fmt: skip
            outcome.follow_ups.append(
                Delivery.of(outbox_id, parent.community, action, follows=(parent, index))
            )

    def recorded(self, outcomes: list[Outcome]) -> None:
        """Called by the outcome log once `outcomes` are written."""
        for outcome in outcomes:
            if outcome.final:
                self.known.pop(outcome.delivery.id, None)
                self.cancellations.pending.discard(outcome.delivery.id)
            self.enqueue(outcome.follow_ups)
        self.changed()

    async def flush(self) -> None:
        await self.log.flush()

    async def stop(self, drain_timeout: float = 10.0) -> None:
        if not await self.idle(drain_timeout):
            logger.warning(
                "outbox: {} still pending at shutdown; sent on next start",
                counted(self.pending(), "action"),
            )
        for platform, count in self.waiting().items():
            logger.info(
                "outbox: {} for {} waiting for its adapter", counted(count, "action"), platform
            )
        if self._rescanner is not None:
            self._rescanner.cancel()
            await asyncio.gather(self._rescanner, return_exceptions=True)
            self._rescanner = None
        for lane in self.lanes.values():
            await lane.stop()
        await self.log.stop()


def _operators_trouble(action: Action, error: ActionError) -> bool:
    """Whether a failure is worth a WARNING. Nobody there to act on (a kick of one who left)
    is not; nor is a member the bot may not write to privately (not the WeChat account's
    friend, a Telegram user who never started the bot): their setting, met at every WeChat
    newcomer's onboarding, and the mention standing in for it is said where it goes."""
    if error.audit_outcome != "failed":
        return False
    return not (action.kind == SendPrivate.kind and isinstance(error, Forbidden))
