"""The engine: events in, one transaction per batch, actions out through the outbox.

Events wait in a queue; the engine takes them in batches, runs each through its community's
pipeline in order, and commits every effect, every processed-event key and every outgoing
action of the batch in one transaction. Only then are the actions handed to delivery and the
submitters told. A key seen before changes nothing. Under load batches grow, so throughput
scales without giving up the all-or-nothing commit.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any

from loguru import logger

from ..adapter import Adapter, AdapterHooks
from ..capabilities import Capability
from ..clock import Clock, SystemClock
from ..errors import Cancelled
from ..events import (
    ActionCompleted,
    ButtonPressed,
    CheckoutRequested,
    Event,
    JobDue,
    MessageEvent,
    PaymentEvent,
)
from ..intake import IntakeSupervisor
from ..redaction import one_line, redact
from ..refs import Ref
from ..settings.schema import Settings
from ..startup import start_adapter
from ..storage.database import Database
from ..storage.models import ChatAlias, ChatRow
from ..unanswered import watch
from .admins import AdminDirectory
from .components import Pipeline
from .connections import Connections, requested_chat
from .delivery_audit import DeliveryAudit
from .directory import Directory
from .maintenance import maintain
from .mend import mend
from .outbox import Dispatcher
from .processing import STOP, EngineHalted, Processor
from .refusals import PrivateRefusals
from .results import Outcome, Result
from .routing import PrivateRoutes
from .scheduler import Scheduler
from .state import CommunityState, StateStore
from .windows import WindowStore

__all__ = ["Engine", "Outcome", "Result"]

ANSWERED_KINDS = frozenset({"invite_link", "refund"})  # actions whose result comes back as an event
# actions whose failure for good comes back as an event (detail["failed"], ["outcome"]): a
# refused refund is told to the admin who asked; a refused removal leaves the member a member
FAILURES_ANSWERED = frozenset({"refund", "ban", "kick"})
REMOVALS = frozenset({"ban", "kick"})
RECEPTION = "reception"  # the component answering private commands no community claims
SLASHES = ("/", "／")  # what a command starts with (a full-width one from a CJK keyboard)
CHECKOUTS = "paid"  # ... and the one refusing checkouts no community claims


class Engine:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        adapters: Iterable[Adapter] = (),
        clock: Clock | None = None,
        *,
        pipeline: Sequence[str] | None = None,
    ) -> None:
        self.settings = settings
        self.database = database
        self.adapters: dict[str, Adapter] = {a.platform: a for a in adapters}
        self.admins = AdminDirectory(self)
        self.intake = IntakeSupervisor()  # the adapters' receiving loops, restarted on failure
        for adapter in self.adapters.values():
            adapter.hooks = AdapterHooks(self.migrate_chat, self.admins.invalidate, self.intake)
        self.clock: Clock = clock or SystemClock()
        self.default_locale = settings.i18n.default_locale
        self.directory = Directory(settings)
        self.routes = PrivateRoutes()
        self.connections = Connections()
        self.state = StateStore(database)
        self.outbox = Dispatcher(self)
        self.delivery_audit = DeliveryAudit(self)
        self.outbox.listeners.append(self.delivery_audit)
        self.outbox.listeners.append(PrivateRefusals(self))
        self.scheduler = Scheduler(self)
        self.outbox.listeners.append(self._answered)
        self.outbox.cancel_listeners.append(self._cancelled)
        self._answers: set[asyncio.Future] = set()
        self.stats: Counter[str] = Counter()
        # Awaited inside each batch's transaction with (connection, communities); raising
        # rolls the batch back (a worker whose partition lease moved on must not commit).
        self.commit_guards: list[Callable[[Any, set[str]], Awaitable[None]]] = []
        self.windows: WindowStore | None = None  # windows saved with each batch (a cluster)
        self._pipeline_names = pipeline
        self._pipelines: dict[str, Pipeline] = {}
        self._queue: asyncio.Queue[Any] = asyncio.Queue()
        self._task: asyncio.Task | None = None
        self._stopped = False  # a second stop has nothing to wait for: it returns at once
        # Told when event processing dies (a bug): a process must end rather than wait forever.
        self.on_halt: list[Callable[[EngineHalted], None]] = []
        self.halted: EngineHalted | None = None
        self._maintenance: asyncio.Task | None = None
        self._warming: asyncio.Task | None = None  # the pipelines' slow set-up (`warm`)

    def keep_windows(self) -> None:
        """Save moderation windows with the batch that changed them and load them with each
        community's state, for a process that may take over communities from another."""
        self.windows = WindowStore()
        self.state.on_load.append(self.windows.load)

    # --- lifecycle ----------------------------------------------------------------------------

    async def start(
        self, *, adapters: bool = True, scheduler: bool = True, recover_outbox: bool = True
    ) -> None:
        self._stopped = False
        await self.directory.sync(self.database)
        await self.connections.load()
        await self.outbox.start(recover=recover_outbox)
        await self.scheduler.arm()
        self._task = asyncio.create_task(Processor(self, self._queue).run(), name="engine")
        self._task.add_done_callback(self._processing_ended)
        if scheduler:  # background loops run on real time only
            self.scheduler.start()
            self._maintenance = asyncio.create_task(maintain(self), name="housekeeping")
        if adapters:  # a bot that will receive: its slow set-up runs beside the adapters'
            self._warming = asyncio.create_task(self._warm(), name="warm-up")
            for adapter in self.adapters.values():
                await start_adapter(adapter, self)
                logger.info("{} started", adapter.described)

    async def _warm(self) -> None:
        pipelines = {id(p): p for p in map(self.pipeline_for, self.settings.communities)}
        for pipeline in pipelines.values():
            try:
                await asyncio.to_thread(pipeline.warm)
            except Exception as exc:  # the first event needing it tries again, and says why
                logger.warning("warming up failed: {}", redact(f"{type(exc).__name__}: {exc}"))

    async def stop(self, drain_timeout: float = 10.0) -> None:
        """Stop intake, finish queued events, deliver what is pending (within the timeout)."""
        if self._stopped:
            return
        self._stopped = True
        for adapter in self.adapters.values():
            try:
                await adapter.stop()
            except Exception as exc:  # one adapter's failure must not keep the rest running
                logger.error("{} did not stop cleanly: {}", adapter.described,
                             redact(f"{type(exc).__name__}: {exc}"))  # fmt: skip
        await self.scheduler.stop()
        if self._warming is not None:  # its thread finishes on its own; nothing waits for it
            self._warming.cancel()
            await asyncio.gather(self._warming, return_exceptions=True)
            self._warming = None
        if self._maintenance is not None:
            self._maintenance.cancel()
            await asyncio.gather(self._maintenance, return_exceptions=True)
            self._maintenance = None
        if self._task is not None and not self._task.done():
            self._queue.put_nowait(STOP)
            # (a death meanwhile is logged by _processing_ended)
            finished, _ = await asyncio.wait([self._task], timeout=drain_timeout)
            if not finished:
                # A database that keeps refusing the commit: stop anyway. Those events were
                # never acknowledged, so the platform (or the stream) delivers them again.
                logger.error(
                    "events still uncommitted after {:g}s; stopping without them", drain_timeout
                )
                self._task.cancel()
                await asyncio.gather(self._task, return_exceptions=True)
        self._task = None
        await self.outbox.stop(drain_timeout)
        for adapter in self.adapters.values():
            await adapter.release()

    def _processing_ended(self, task: asyncio.Task) -> None:
        error = None if task.cancelled() else task.exception()
        if error is None:
            return  # stopped on purpose
        self.halted = EngineHalted(f"event processing stopped: {one_line(error)}")
        logger.opt(exception=error).critical(
            "event processing stopped; stopping (events not acknowledged are delivered again)"
        )
        while not self._queue.empty():  # nothing will take them now
            item = self._queue.get_nowait()
            self._queue.task_done()
            if item is not STOP and not item[1].done():
                item[1].set_exception(self.halted)
        for told in self.on_halt:
            told(self.halted)

    async def drain(self, timeout: float | None = None) -> bool:
        """Wait until queued events are committed and their actions delivered."""
        while True:
            await self._queue.join()
            idle = await self.outbox.idle(timeout)
            await self.outbox.flush()
            if not idle or not self._answers:
                return idle
            await asyncio.gather(*self._answers)  # answers fed back may act again

    # --- intake: the engine is the adapters' `EventSink` (core/sink.py) -----------------------

    async def submit(self, event: Event) -> Result:
        """Process `event`; returns once its effects are committed (or it was a duplicate)."""
        return await self.submit_nowait(event)

    def submit_nowait(self, event: Event) -> asyncio.Future[Result]:
        """Queue `event` behind those submitted before it; resolves at its commit."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((mend(event), future))
        return future

    def _cancelled(self, delivery: Any) -> None:
        """An action the operator cancelled: answered as one refused (a removal's member is
        still there; a refund's asker hears it was not made)."""
        self._answered(delivery, None, Cancelled())

    def _answered(self, delivery: Any, result: Any, error: Any) -> None:
        """Feed answers components wait for (a created invite link) back in as events."""
        action = delivery.action
        if action.kind not in ANSWERED_KINDS and action.kind not in FAILURES_ANSWERED:
            return
        if error is not None:  # refused for good: the one who asked is told why
            if action.kind not in FAILURES_ANSWERED:
                return
            detail = {"failed": one_line(error), "outcome": error.audit_outcome}
        elif result is None or action.kind not in ANSWERED_KINDS:
            return
        else:
            detail = {"invite_link": result.invite_link, "name": getattr(action, "name", ""),
                      "locale": action.locale}  # fmt: skip
        if action.kind == "refund":  # the payment given back, and to whom
            detail |= {"charge": getattr(action, "charge", ""), "user": getattr(action, "user", "")}
        if action.kind in REMOVALS:  # whom the platform would not remove
            detail |= {"user": str(getattr(action, "user", ""))}
        future = self.submit_nowait(
            ActionCompleted(
                key=f"done:{delivery.id}",
                chat=action.chat,
                time=self.clock.now(),
                action=action.kind,
                community=delivery.community,
                tag=action.tag,
                detail=detail,
            )
        )
        self._answers.add(future)
        future.add_done_callback(self._answers.discard)

    # --- lookups ------------------------------------------------------------------------------

    def capabilities(self, platform: str) -> frozenset[Capability] | None:
        """What the platform's adapter can do; None when no adapter is attached (actions wait)."""
        adapter = self.adapters.get(platform)
        return adapter.available if adapter is not None else None

    def ruleset_of(self, community: str) -> Any:
        return self.settings.rulesets[self.settings.communities[community].ruleset]

    def pipeline_for(self, community: str) -> Pipeline:
        name = self.settings.communities[community].ruleset
        pipeline = self._pipelines.get(name)
        if pipeline is None:
            pipeline = Pipeline(self.settings.rulesets[name], self._pipeline_names)
            self._pipelines[name] = pipeline
        return pipeline

    def community_for(self, event: Event) -> str | None:
        name = self._community_of(event)
        if name is None and self.unclaimed_command(event):
            # answered (core/community/reception.py) with where the member can connect; only
            # by a community whose pipeline has it, else the command would act there
            name = next((c for c in self.settings.communities if self._has(c, RECEPTION)), None)
        elif name is None and isinstance(event, PaymentEvent):
            # an invoice of a community no longer configured: its checkout is refused by one
            # that sells rather than left unanswered (Telegram waits 10 s, then shows the payer
            # a bare failure), and its payment or refund is held there for the admins: money
            # is never dropped (core/paid/unmatched.py)
            name = next((c for c in self.settings.communities if self._has(c, CHECKOUTS)), None)
            if name is None and not isinstance(event, CheckoutRequested):
                logger.warning("{} {} names no community and none sells: nobody was told ({})",
                               event.kind, getattr(event, "charge", ""), event.payload)  # fmt: skip
        return name

    def _has(self, community: str, component: str) -> bool:
        return any(c.name == component for c in self.pipeline_for(community).components)

    def unclaimed_command(self, event: Event) -> bool:
        """A command sent in private that no community claims: several communities, and the
        member connected to none of them."""
        return (
            isinstance(event, MessageEvent)
            and event.private
            and event.text[:1] in SLASHES
            and self._community_of(event) is None
        )

    def _community_of(self, event: Event) -> str | None:
        if isinstance(event, JobDue | ActionCompleted) and event.community:
            return event.community if event.community in self.settings.communities else None
        name = self.directory.community_of(event.chat, private=_private(event))
        if name is None:
            name = self.routes.community_of(event, self.settings.communities)
        if name is None and (
            isinstance(event, ButtonPressed)
            or (isinstance(event, MessageEvent) and not event.private and event.text[:1] in SLASHES)
        ):
            name = self.directory.admin_community(event.chat)
        if name is None and isinstance(event, MessageEvent) and event.private:
            # a connected member's private commands, and /connect CHAT itself
            connected = self.connections.of(event.sender)
            wanted = self.directory.community_of(requested_chat(event))
            name = wanted or (connected[0] if connected else None)
        if (
            name is None
            and isinstance(event, MessageEvent)
            and event.private
            and len(self.settings.communities) == 1
        ):
            name = next(iter(self.settings.communities))
        return name

    async def community_state(self, name: str) -> CommunityState:
        state = self.state.get(name)
        if state is None:
            ruleset = self.ruleset_of(name)
            blank = CommunityState(
                name=name,
                settings=self.settings.communities[name],
                ruleset=ruleset,
                pipeline=self.pipeline_for(name),
                clock=self.settings.clock_of(name),
            )
            async with watch(f"loading community {name}"):  # its events wait on it
                state = await self.state.load(blank)
        return state

    async def migrate_chat(self, old: str, new: str) -> None:
        """A chat changed id (Telegram group -> supergroup): its community and history follow.
        Telegram says it twice (the old chat's last message, the new one's first): said once."""
        known = self.directory.community_of(new, private=True)
        name = self.directory.add_alias(old, new)
        if name is None:
            return
        await ChatAlias.update_or_create({"new_ref": new}, old_ref=old)
        await ChatRow.get_or_create({"community": name, "platform": new.partition(":")[0]}, ref=new)
        if known != name:
            logger.info("chat {} migrated to {} (community {})", old, new, name)


def _private(event: Event) -> bool:
    """Sent in a one-to-one chat with the bot (a button pressed or a payment made there: its
    chat is the member)."""
    if isinstance(event, ButtonPressed | PaymentEvent):
        return event.chat == Ref.chat(event.member.platform, event.member.local_id)
    return isinstance(event, MessageEvent) and event.private
