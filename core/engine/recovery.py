"""A batch whose commit failed, processed again: one batch at a time with backoff while the
database is away; a batch it refuses by a constraint taken apart, and an event refused alone
skipped as failed, so one bad decision never holds the others back. Failures are logged as
one line where they are foreseeable (an outage, a refused value, a contended balance)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from loguru import logger
from tortoise.exceptions import IntegrityError

from ..errors import NotOwner
from ..events import JobDue
from ..outage import Outage
from ..redaction import one_line
from ..storage.fitting import refuses_value
from .batch import Batch, CommitFailed, Item
from .results import Outcome, Result
from .tables import JOB_FINISH, PROCESSED_INSERT, JobFinished

if TYPE_CHECKING:
    from .engine import Engine

MAX_COMMIT_BACKOFF = 30.0
REFUSALS = 3  # times a batch is refused by a constraint before its events are tried alone


class Recovery:
    """Mixed into the processor, which builds and commits batches."""

    engine: Engine
    outage: Outage

    if TYPE_CHECKING:

        def _done(self, items: list[Item]) -> None: ...
        async def _seen(self, items: list[Item]) -> set[str]: ...
        async def _build(
            self, items: list[Item], seen: set[str], inflight: asyncio.Task | None
        ) -> Batch: ...
        async def _commit(self, batch: Batch) -> None: ...

    async def _recover(self, items: list[Item]) -> None:
        await self._retry(items)
        self.outage.passed()
        self._done(items)

    async def _retry(self, items: list[Item], alone: bool = False) -> None:
        """One batch at a time, retrying with backoff until the database takes it. A batch the
        database refuses (a constraint, not an outage) `REFUSALS` times, decided afresh each
        time, is taken apart: its events are tried one by one, and one refused on its own
        that often is skipped as failed, so one bad event cannot hold every other for good."""
        delay, refused = 0.5, 0
        while True:
            pending = [(event, future) for event, future in items if not future.done()]
            if not pending:
                break
            try:
                seen = await self._seen(pending)
                batch = await self._build(pending, seen, None)
                await self._commit(batch)
                if seen:
                    await self._pick_up(pending, seen)
                break
            except CommitFailed as failure:
                self._forget_names(failure.communities)
                self._log_failure(failure, len(pending), delay)
                refused = refused + 1 if _refused(failure.__cause__) else 0
                if refused >= REFUSALS:
                    if alone:
                        await self._skip_refused(pending[0], failure)
                        break
                    for item in pending:
                        await self._retry([item], alone=True)
                    break
                await asyncio.sleep(delay)
                delay = min(MAX_COMMIT_BACKOFF, delay * 2)

    async def _pick_up(self, items: list[Item], seen: set[str]) -> None:
        """Events found processed on a retry were committed by the try that seemed to fail
        (the database took the COMMIT, its answer was lost): their actions are in the table
        but in no lane. Queue them now rather than at the outbox's next rescan (30 s), which
        also sent them after the chat's later actions (a ban notice before its reminder)."""
        names = {
            name
            for event, _ in items
            if event.key in seen and (name := self.engine.community_for(event)) is not None
        }
        if not names:
            return
        try:
            count = await self.engine.outbox.rescan(sorted(names))
        except Exception as exc:  # the rescan's own loop picks them up later
            logger.info("outbox: committed actions not picked up yet ({})", one_line(exc))
            return
        if count:
            logger.info("outbox: {} actions of a commit that seemed to fail picked up", count)

    async def _skip_refused(self, item: Item, failure: CommitFailed) -> None:
        """Record an event the database refuses however it is decided as processed and failed
        (a scheduled job as skipped), logged with the cause."""
        event, future = item
        logger.error(
            "{} refused by the database {} times ({}); event skipped",
            event.key, REFUSALS, one_line(failure.__cause__ or failure),
        )  # fmt: skip
        self.engine.stats["failed"] += 1
        delay = 0.5
        while not future.done():
            now = self.engine.clock.now()
            batch = Batch()
            batch.uow.add(PROCESSED_INSERT, (event.key, "failed", now))
            if isinstance(event, JobDue):
                job = event.key.removeprefix("job:")
                batch.uow.add(JOB_FINISH, JobFinished("skipped", now, job))
            batch.results.append((future, Result(Outcome.FAILED, self.engine.community_for(event))))
            try:
                await self._commit(batch)
            except CommitFailed as again:  # the database gone meanwhile: as any commit
                self._log_failure(again, 1, delay)
                await asyncio.sleep(delay)
                delay = min(MAX_COMMIT_BACKOFF, delay * 2)

    def _log_failure(self, failure: CommitFailed, count: int, delay: float) -> None:
        cause = failure.__cause__
        if cause is not None and self.outage.recognize(cause) is not None:
            self.outage.failed(cause)  # foreseeable: one line, not a traceback a try
            return
        if cause is not None and refuses_value(cause):  # fitted from now on (fitting.py)
            logger.warning(
                "commit of {} events refused a value ({}); again in {:.3g}s", count,
                one_line(cause), delay,
            )  # fmt: skip
            return
        if isinstance(cause, IntegrityError):
            # Expected under contention: a guarded balance move (a spend the balance no longer
            # covers) refused by the database. State is reloaded and the events decided again.
            logger.warning(
                "commit of {} events refused ({}); deciding again in {:.3g}s",
                count,
                type(failure.__cause__).__name__,
                delay,
            )
            return
        if isinstance(cause, NotOwner):  # the new owner processes these events
            logger.warning(
                "commit of {} events not made: {}; left to their new owner", count, cause
            )
            return
        logger.opt(exception=failure.__cause__).error(
            "commit of {} events failed; retrying in {:.3g}s", count, delay
        )

    def _forget_names(self, names: set[str]) -> None:
        for name in names:
            self.engine.state.invalidate(name)


def _refused(cause: BaseException | None) -> bool:
    """The database refused the batch itself (a constraint, a value it never takes), so
    deciding it again the same way would not help: counted towards taking it apart."""
    return cause is not None and (isinstance(cause, IntegrityError) or refuses_value(cause))
