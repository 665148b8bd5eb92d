"""Batches: events taken from the queue, run through their pipelines, committed in one
transaction, then acknowledged and handed to delivery.

While one batch commits (SQLite works in its own thread, PostgreSQL on the server) the next
is built in memory, so database time and Python time overlap. Commits stay in order. If a
commit fails, the batch built on top of it is thrown away too, the communities involved are
reloaded from the database, and both batches are processed again one at a time until the
database takes them; their submitters wait meanwhile, so nothing is acknowledged that was
not committed. A batch the database refuses by a constraint, decided afresh three times, is
tried one event at a time, and an event refused alone as often is logged and skipped as
failed: one bad decision never holds the others back (recovery.py).

Reading the database (which keys were seen, a community's state) is treated like the commit:
a database that cannot be reached holds the events back, retried with backoff, and they are
processed once it answers again. The outage is logged as one line when it starts, a reminder
now and then, and one line when it ends.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from loguru import logger

from ..codec import encode_action
from ..events import Event, JobDue
from ..outage import Outage
from ..redaction import one_line
from .batch import Batch, CommitFailed, EngineHalted, Item
from .context import Context
from .delivery import Delivery, outbox_id
from .recovery import Recovery
from .results import Outcome, Result
from .tables import MEMBER_UPSERT, OUTBOX_INSERT, OUTBOX_WITHDRAW, PROCESSED_INSERT
from .targets import AmbiguousTarget
from .unit import UnitOfWork

if TYPE_CHECKING:
    from .engine import Engine

STOP = object()


class Processor(Recovery):
    def __init__(self, engine: Engine, queue: asyncio.Queue) -> None:
        self.engine = engine
        self.queue = queue
        self.stopping = False
        self.outage = Outage("engine")
        self.in_hand: list[Item] = []  # taken from the queue, not yet all answered

    # --- the loop -----------------------------------------------------------------------------

    def _take(self) -> list[Item]:
        """Whatever is queued, up to a batch; notes a stop request."""
        items: list[Item] = []
        limit = self.engine.settings.engine.max_batch
        while len(items) < limit and not self.queue.empty():
            item = self.queue.get_nowait()
            if item is STOP:
                self.queue.task_done()
                self.stopping = True
                break
            items.append(item)
        return items

    def _done(self, items: list[Item]) -> None:
        for _ in items:
            self.queue.task_done()

    async def run(self) -> None:
        try:
            await self._loop()
        except BaseException as exc:
            # Nothing will answer the events in hand: their submitters must not wait forever.
            for _, future in self.in_hand:
                if not future.done():
                    future.set_exception(EngineHalted(f"event processing stopped: {one_line(exc)}"))
            raise

    async def _loop(self) -> None:
        built: tuple[Batch, list[Item]] | None = None  # built in memory, not yet committed
        while True:
            if built is None:
                if self.stopping:
                    return
                first = await self.queue.get()
                if first is STOP:
                    self.queue.task_done()
                    return
                self.in_hand = [first, *self._take()]
                built = await self._start(self.in_hand)
                continue
            batch, items = built
            following = [] if self.stopping else self._take()
            if following:
                self.in_hand = items + following
                built = await self._overlap(batch, items, following)
            else:  # nothing waiting: commit and go back to waiting
                await self._commit_or_recover(batch, items)
                built = None

    async def _start(self, items: list[Item]) -> tuple[Batch, list[Item]] | None:
        try:
            return await self._build(items, await self._seen(items), None), items
        except CommitFailed as failure:  # a failing component's prefix could not commit
            self._forget_names(failure.communities)
            await self._recover(items)
            return None

    async def _overlap(
        self, batch: Batch, items: list[Item], following: list[Item]
    ) -> tuple[Batch, list[Item]] | None:
        """Commit `batch` while building the next one from `following`."""
        try:
            seen = await self._seen(following)  # asked before the commit queues on the connection
        except CommitFailed:  # the database is away: commit (or recover) in turn
            await self._commit_or_recover(batch, items)
            await self._recover(following)
            return None
        commit = asyncio.create_task(self._commit(batch))
        nxt: Batch | None = None
        failed: set[str] = set()
        try:
            nxt = await self._build(following, seen | batch.keys, commit)
        except CommitFailed as failure:
            failed = failure.communities
        committed = await _succeeded(commit)
        if committed:
            self._done(items)
            if nxt is not None:
                return nxt, following
        self._forget_names(batch.communities | failed | (nxt.communities if nxt else set()))
        await self._recover(following if committed else items + following)
        return None

    async def _commit_or_recover(self, batch: Batch, items: list[Item]) -> None:
        try:
            await self._commit(batch)
        except CommitFailed as failure:
            self._log_failure(failure, len(items), 0)
            self._forget_names(failure.communities)
            await self._recover(items)
            return
        self._done(items)

    # --- building a batch ---------------------------------------------------------------------

    async def _seen(self, items: list[Item]) -> set[str]:
        keys = list({event.key for event, _ in items})
        try:
            return await self.engine.database.existing_keys(
                "processed_events", "key", keys, f"checking {_events(len(keys))} for duplicates"
            )
        except Exception as exc:  # retried like a commit: nothing decided, nothing written
            raise CommitFailed(set()) from exc

    async def _build(
        self, items: list[Item], seen: set[str], inflight: asyncio.Task | None
    ) -> Batch:
        """The next batch, decided in memory. Should the database fail it midway (a state to
        load, a component's read), every community the half-built batch changed in memory is
        named in the failure, so that all of them are read afresh before it is decided again:
        naming only the one being loaded left the others' memory ahead of the database (a
        check-in remembered, never written: "you have already checked in")."""
        batch = Batch()
        try:
            return await self._deciding(items, seen, inflight, batch)
        except CommitFailed as failure:
            raise CommitFailed(failure.communities | batch.communities) from failure.__cause__

    async def _deciding(
        self, items: list[Item], seen: set[str], inflight: asyncio.Task | None, batch: Batch
    ) -> Batch:
        engine = self.engine
        stale = engine.state.take_stale()
        if stale:
            if inflight is not None and not inflight.done():
                await asyncio.wait([inflight])
            for stale_name in stale:
                engine.state.invalidate(stale_name)
            # read afresh after an erasure, whose rows SQLite's write-ahead log still pictures
            await engine.database.fold_log()
        stats = engine.stats
        now = engine.clock.now()

        async def settle() -> None:  # a `prepare` is about to read what came before (Context)
            nonlocal inflight
            if inflight is not None:  # commits stay in order; its failure is ours too
                await inflight
                inflight = None
            if batch.results:
                self._seal(batch)
                await self._commit(batch)
                batch.clear()

        for event, future in items:
            if future.done():
                continue
            if event.key in seen:
                stats["duplicate"] += 1
                # said, or a key an adapter reused for another event (a counter that began
                # again at 1 after a restart) drops every event without a trace
                logger.debug("{} dropped: its key was processed before", event.key)
                batch.results.append((future, Result(Outcome.DUPLICATE)))
                continue
            name = engine.community_for(event)
            if name is None:
                stats["ignored"] += 1
                batch.results.append((future, Result(Outcome.IGNORED)))
                continue
            state = engine.state.get(name)
            if state is None:
                if inflight is not None and not inflight.done():
                    # Loading now would read rows the committing batch has not written yet
                    # (state dropped meanwhile, e.g. a partition changing hands).
                    await asyncio.wait([inflight])
                try:
                    state = await engine.community_state(name)
                except Exception as exc:  # retried like a commit, with the whole batch
                    raise CommitFailed({name}) from exc
            ctx = Context(engine, state, event, settle)
            try:
                for component, needs_prepare in state.pipeline.for_event(event):
                    ctx.component = component.name
                    if needs_prepare:  # kept with the event: components are shared
                        try:
                            ctx.prepared = (component, await component.prepare(event, ctx))
                        except AmbiguousTarget as named:  # a command's @name, looked up early
                            named.say(ctx)
                            break
                    component.handle(event, ctx)
                    if ctx.stopped:
                        break
                if isinstance(event, JobDue):
                    engine.scheduler.on_fired(event, ctx)
                # encoded here: an action the codec refuses (a number past 64 bits) fails its
                # event like a component's error, instead of stopping all processing
                payloads = [encode_action(action) for action in ctx.actions]
            except CommitFailed:  # settling what came before: the whole batch is retried
                raise
            except Exception as exc:
                if self.outage.recognize(exc) is not None:  # the database, not the component
                    batch.communities.add(name)
                    raise CommitFailed({name}) from exc
                logger.exception(
                    "{} failed in component {!r}; event skipped", event.key, ctx.component
                )
                stats["failed"] += 1
                # Commit what came before, then forget this community's half-changed state.
                batch.uow.add(PROCESSED_INSERT, (event.key, "failed", now))
                batch.results.append((future, Result(Outcome.FAILED, name)))
                batch.communities.add(name)
                batch.keys.add(event.key)
                seen.add(event.key)
                if inflight is not None:  # commits stay in order; its failure is ours too
                    await inflight
                    inflight = None
                self._seal(batch)
                await self._commit(batch)
                engine.state.invalidate(name)
                batch.clear()  # the prefix is committed: the batch starts again, empty
                continue
            seen.add(event.key)
            self._absorb(batch, name, event, future, ctx, now, payloads)
        self._seal(batch)
        return batch

    def _seal(self, batch: Batch) -> None:
        """The windows the batch changed go into its transaction, as they stand now: the next
        batch, built while this one commits, must not leak into them."""
        windows = self.engine.windows
        if windows is None:
            return
        for name in batch.communities:
            state = self.engine.state.get(name)
            if state is not None:
                windows.write(state, batch.uow)

    def _absorb(
        self,
        batch: Batch,
        name: str,
        event: Event,
        future: asyncio.Future,
        ctx: Context,
        now: Any,
        payloads: list[str],
    ) -> None:
        self.engine.stats["processed"] += 1
        batch.communities.add(name)
        batch.keys.add(event.key)
        written = ctx.written()
        if written is not None:
            batch.uow.extend(written)
        batch.uow.add(PROCESSED_INSERT, (event.key, "ok", now))
        for member in ctx.touched.values():
            batch.members[(name, member.key)] = member.row(name)
        for index, (action, payload) in enumerate(zip(ctx.actions, payloads, strict=True)):
            row_id = outbox_id(event.key, index)
            priority = int(action.effective_priority())
            batch.uow.add(
                OUTBOX_INSERT,
                (
                    row_id, name, action.chat.platform, action.chat, action.kind, action.tag,
                    priority, payload, "pending", 0, "", "", now,
                ),
            )  # fmt: skip
            batch.deliveries.append(Delivery.of(row_id, name, action))
        for withdrawn in ctx.withdrawn:
            batch.uow.add(OUTBOX_WITHDRAW, (now, withdrawn))
        batch.withdrawn += ctx.withdrawn
        result = Result(Outcome.PROCESSED, name, tuple(ctx.actions), tuple(ctx.degraded))
        batch.results.append((future, result))

    async def _commit(self, batch: Batch) -> None:
        database = self.engine.database
        # Member rows first: the batch's balance moves update them.
        writes = UnitOfWork()
        for row in batch.members.values():
            writes.add(MEMBER_UPSERT, row)
        batch.members.clear()
        writes.extend(batch.uow)
        batch.uow = writes
        if len(batch.uow):
            try:
                async with database.transaction(f"commit of {_events(len(batch.results))}") as conn:
                    for guard in self.engine.commit_guards:  # e.g. a partition lease's fence
                        await guard(conn, batch.communities)
                    await database.write(conn, batch.uow)
            except Exception as exc:
                raise CommitFailed(batch.communities) from exc
        self.engine.outbox.enqueue(batch.deliveries)
        if batch.withdrawn:
            self.engine.outbox.cancellations.withdraw(batch.withdrawn)
        for future, result in batch.results:
            if not future.done():
                future.set_result(result)


def _events(count: int) -> str:
    return f"{count} event{'' if count == 1 else 's'}"


async def _succeeded(task: asyncio.Task) -> bool:
    try:
        await task
    except CommitFailed:
        return False
    return True
