"""Delivery outcomes, written back to the outbox table in group commits.

A worker that carried out an action awaits `record` before it takes its next one, so the
outcome is durable before anything else leaves through that slot: a crash resends at most
the actions that were in flight at that moment, one per slot. Outcomes that arrive while a
write is running wait for the next one and share its transaction (group commit), so the wait
costs about one write whatever the number of slots, not one write per action.

A moderation step's audit entry turns `done` or `failed` in the same transaction, so a crash
never leaves a delivered step `queued`. An action carrying a one-time secret (a `/link` code)
is stored without it in that transaction too (`Action.secret`).

An action's follow-ups (the notice that states its outcome) are inserted in the same
transaction as its "sent", so they exist exactly when the action is known to have succeeded.
A rescan of the table for rows re-queued from outside holds `lock`, so it never sees a row
between its write and the dispatcher forgetting it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from loguru import logger

from ..codec import without_secret
from ..outage import Outage
from ..storage.statements import Statement
from .tables import (
    AUDIT_OUTCOME,
    OUTBOX_DONE,
    OUTBOX_FORGET,
    OUTBOX_INSERT,
    OUTBOX_UNLESS_CANCELLED,
)

if TYPE_CHECKING:
    from .delivery import Delivery
    from .outbox import Dispatcher

RETRY_CAP_SECONDS = 5.0  # while the database refuses the write, try again at most this far apart
STOP_SECONDS = 5.0  # how long a stop waits for the last outcomes to be written


@dataclass(slots=True)
class Outcome:
    delivery: Delivery
    row: tuple  # an OUTBOX_DONE row
    final: bool  # sent or failed: the dispatcher forgets the action once written
    follow_ups: list[Delivery] = field(default_factory=list)
    inserts: list[tuple] = field(default_factory=list)  # their OUTBOX_INSERT rows
    audit: list[tuple] = field(default_factory=list)  # AUDIT_OUTCOME rows


Entry = tuple[Outcome, asyncio.Future[None] | None]


def _secret(outcome: Outcome) -> bool:
    return outcome.final and bool(outcome.delivery.action.secret)


def _forgotten(outcome: Outcome) -> tuple[str, str]:
    return (without_secret(outcome.delivery.action), outcome.delivery.id)


class OutcomeLog:
    def __init__(self, dispatcher: Dispatcher) -> None:
        self.dispatcher = dispatcher
        self.lock = asyncio.Lock()
        self._queue: list[Entry] = []
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="outbox-outcomes")

    async def record(self, outcome: Outcome, *, wait: bool = True) -> None:
        """Queue `outcome` for the next write; with `wait`, return once it is written."""
        future = asyncio.get_running_loop().create_future() if wait else None
        self._queue.append((outcome, future))
        self._idle.clear()
        self._wake.set()
        if future is not None:
            await asyncio.shield(future)  # a cancelled worker leaves the write to go on

    async def flush(self) -> None:
        """Until every outcome queued so far is written."""
        if self._task is None or self._task.done():
            await self._write_all(retry=False)
            return
        await self._idle.wait()

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            await self._write_all(retry=True)

    async def _write_all(self, *, retry: bool) -> None:
        while self._queue:
            batch, self._queue = self._queue, []
            try:
                async with self.lock:
                    await self._write(batch, retry=retry)
                    self.dispatcher.recorded([outcome for outcome, _ in batch])
            except BaseException:
                self._queue[:0] = batch  # not written: kept for the next try
                raise
            for _, future in batch:
                if future is not None and not future.done():
                    future.set_result(None)
        self._idle.set()

    async def _write(self, batch: list[Entry], *, retry: bool) -> None:
        database = self.dispatcher.engine.database
        writes: list[tuple[Statement[Any], list[Any]]] = [
            (OUTBOX_INSERT, [row for outcome, _ in batch for row in outcome.inserts]),
            (OUTBOX_DONE, [outcome.row for outcome, _ in batch if outcome.row[0] == "sent"]),
            (
                OUTBOX_UNLESS_CANCELLED,
                [outcome.row for outcome, _ in batch if outcome.row[0] != "sent"],
            ),
            (AUDIT_OUTCOME, [row for outcome, _ in batch for row in outcome.audit]),
            (OUTBOX_FORGET, [_forgotten(outcome) for outcome, _ in batch if _secret(outcome)]),
        ]
        delay = 0.05
        what = f"recording {len(batch)} delivery outcomes"
        outage = Outage(what)
        while True:
            try:
                async with database.transaction(what) as conn:
                    await database.write(conn, writes)
                outage.passed()
                return
            except Exception as exc:
                if not retry:
                    raise
                # Nothing more leaves through the waiting slots until the outcome is safe.
                outage.failed(exc)
                await asyncio.sleep(delay)
                delay = min(RETRY_CAP_SECONDS, delay * 2)

    async def stop(self) -> None:
        if self._task is None:
            return
        try:
            await asyncio.wait_for(self._idle.wait(), STOP_SECONDS)
        except TimeoutError:
            logger.error("delivery outcomes still unwritten at stop; those actions are resent")
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        self._task = None
